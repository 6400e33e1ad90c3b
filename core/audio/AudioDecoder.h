#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;
struct sf_private_tag;

namespace cv::core {

// What a decoder found in a stream.
struct AudioFormat
{
    int sampleRateHz = 0;
    int channels = 0;
    qint64 frames = 0; // as libsndfile counts them; readFrames() tells the truth
    // What the header itself claims, when it claims more audio than the
    // stream holds (a truncated file, a lying or absurd length); otherwise
    // equal to `frames`.
    qint64 claimedFrames = 0;
    QString container; // libsndfile's name, e.g. "WAV (Microsoft)"; "GSM" for raw GSM
    QString encoding;  // "U-Law", "A-Law", "GSM 6.10", "Signed 16 bit PCM", …
    // File name suffixes (lower case, no dot) that name this container, e.g.
    // {"wav", "wave"}; empty when CoachVault knows no fixed suffix for it.
    QStringList suffixes;
    // Lossy codecs (Vorbis, Opus, MP3) count frames only approximately in
    // their headers; for all others the decoded count must match exactly.
    bool exactLength = true;
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
//
// Raw GSM 6.10 (Asterisk's ".gsm": 33-byte frames of 160 samples, 8 kHz
// mono, no header) carries nothing libsndfile could recognise, so it is
// opened only with OpenHint::RawGsm610. Such a recording is stored with
// container kRawGsmContainer ("GSM") and encoding "GSM 6.10"; whoever
// reopens stored audio (playback) calls openStored(device, container),
// which applies the hint for exactly that container string.
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

    // How to open: let libsndfile recognise the container (the default),
    // or read header-less GSM 6.10, 8 kHz mono.
    enum class OpenHint
    {
        Detect,
        RawGsm610,
    };

    static constexpr int kMinSampleRateHz = 4000;
    static constexpr int kMaxSampleRateHz = 192000;
    static constexpr int kMaxChannels = 2;
    static constexpr int kGsmFrameBytes = 33; // one raw GSM 6.10 frame
    static constexpr int kGsmFrameSamples = 160;
    // The Recording::container of raw GSM: reopen with OpenHint::RawGsm610.
    static QString rawGsmContainer() { return QStringLiteral("GSM"); }

    // `device` must be open for reading and seekable. A raw GSM stream
    // whose size is not a whole number of frames is Unsupported.
    static Opened open(QIODevice& device, OpenHint hint = OpenHint::Detect);
    // Reopens audio stored with `container` (Recording::container): raw
    // GSM with its hint, everything else by detection.
    static Opened openStored(QIODevice& device, const QString& container);
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
