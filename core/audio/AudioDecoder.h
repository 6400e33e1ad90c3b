#pragma once

#include <QString>

#include <memory>

class QIODevice;
struct sf_private_tag;

namespace cv::core {

// What a decoder found in a stream.
struct AudioFormat
{
    int sampleRateHz = 0;
    int channels = 0;
    qint64 frames = 0; // as the header claims; readFrames() tells the truth
    QString container; // "WAV", "RF64", "FLAC", "OGG", "MPEG", …
    QString encoding;  // "u-law", "A-law", "GSM 6.10", "PCM 16", …
    qint64 durationMs() const { return sampleRateHz > 0 ? frames * 1000 / sampleRateHz : 0; }
};

// The only place libsndfile appears. Decodes any format libsndfile 1.2 reads
// (WAV PCM/float/u-law/A-law/GSM 6.10/IMA and MS ADPCM, RF64, FLAC, Ogg
// Vorbis, Ogg Opus, MP3) from a QIODevice through libsndfile's virtual I/O,
// so audio is read from wherever it lives (a file to import, the vault's
// chunk stream) and never copied to a temporary file.
//
// Opening has three outcomes: Ok, NotAudio (libsndfile does not recognise
// the data), or Unsupported (audio, but outside what CoachVault accepts:
// mono or stereo, 4 kHz to 192 kHz, at least one frame). Threading: one
// decoder belongs to one thread at a time; the device must outlive it.
class AudioDecoder final
{
public:
    enum class Status
    {
        Ok,
        NotAudio,
        Unsupported,
    };
    struct Opened
    {
        Status status = Status::NotAudio;
        QString why; // for NotAudio / Unsupported: what was wrong, for people
        std::unique_ptr<AudioDecoder> decoder;
    };

    static constexpr int kMinSampleRateHz = 4000;
    static constexpr int kMaxSampleRateHz = 192000;
    static constexpr int kMaxChannels = 2;

    // `device` must be open for reading and seekable.
    static Opened open(QIODevice& device);
    ~AudioDecoder();
    AudioDecoder(const AudioDecoder&) = delete;
    AudioDecoder& operator=(const AudioDecoder&) = delete;

    const AudioFormat& format() const { return m_format; }
    // Reads up to `frames` frames as interleaved floats in [-1, 1]; returns
    // how many were read (0 at the end). A decoding error sets error().
    qint64 readFrames(float* interleaved, qint64 frames);
    bool seekFrame(qint64 frame);
    const QString& error() const { return m_error; }

private:
    AudioDecoder() = default;
    struct DeviceIo;
    std::unique_ptr<DeviceIo> m_io;
    sf_private_tag* m_file = nullptr;
    AudioFormat m_format;
    QString m_error;
};

} // namespace cv::core
