#pragma once

#include <QAudioFormat>
#include <QIODevice>

#include <vector>

namespace cv::core {

class PlaybackPipeline;

// Audio for a QAudioSink (the player reads from it and pushes): renders the pipeline on demand and
// converts its float frames to the sink's sample format (16-bit or float,
// stereo). Read-only and sequential; reads return 0 at the end of the
// recording. Holds one block of samples, never the whole call.
class PcmSource final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PcmSource)
public:
    // The pipeline must outlive this device.
    PcmSource(PlaybackPipeline& pipeline, const QAudioFormat& format, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    PlaybackPipeline& m_pipeline;
    QAudioFormat m_format;
    std::vector<float> m_block;
};

} // namespace cv::core
