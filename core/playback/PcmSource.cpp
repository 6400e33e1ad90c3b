#include "core/playback/PcmSource.h"

#include "core/playback/PlaybackPipeline.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace cv::core {

namespace {

constexpr qint64 kMaxBlockFrames = 4096;

} // namespace

PcmSource::PcmSource(PlaybackPipeline& pipeline, const QAudioFormat& format, QObject* parent)
    : QIODevice(parent)
    , m_pipeline(pipeline)
    , m_format(format)
    , m_block(std::size_t(kMaxBlockFrames * PlaybackPipeline::kOutputChannels))
{
    Q_ASSERT(format.channelCount() == PlaybackPipeline::kOutputChannels);
    Q_ASSERT(format.sampleFormat() == QAudioFormat::Int16 ||
             format.sampleFormat() == QAudioFormat::Float);
}

qint64 PcmSource::bytesAvailable() const
{
    // A pull source always has more until the recording ends.
    return (m_pipeline.atEnd() ? 0 : kMaxBlockFrames * m_format.bytesPerFrame()) +
           QIODevice::bytesAvailable();
}

bool PcmSource::atEnd() const
{
    return m_pipeline.atEnd();
}

qint64 PcmSource::readData(char* data, qint64 maxSize)
{
    const int bytesPerFrame = m_format.bytesPerFrame();
    qint64 wanted = maxSize / bytesPerFrame;
    qint64 done = 0;
    while (done < wanted) {
        const qint64 frames = std::min(wanted - done, kMaxBlockFrames);
        const qint64 got = m_pipeline.render(m_block.data(), frames);
        const qint64 samples = got * PlaybackPipeline::kOutputChannels;
        char* dst = data + done * bytesPerFrame;
        if (m_format.sampleFormat() == QAudioFormat::Float) {
            std::memcpy(dst, m_block.data(), std::size_t(samples) * sizeof(float));
        } else {
            auto* out = reinterpret_cast<qint16*>(dst);
            for (qint64 i = 0; i < samples; ++i) {
                const float s = std::clamp(m_block[std::size_t(i)], -1.0f, 1.0f);
                out[i] = qint16(std::lrint(s * 32767.0f));
            }
        }
        done += got;
        if (got < frames)
            break;
    }
    return done * bytesPerFrame;
}

} // namespace cv::core
