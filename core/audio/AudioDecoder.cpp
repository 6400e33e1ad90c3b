#include "core/audio/AudioDecoder.h"

#include <QCoreApplication>
#include <QIODevice>

#include <sndfile.h>

#include <array>
#include <optional>

namespace cv::core {

namespace {

class DecoderText
{
    Q_DECLARE_TR_FUNCTIONS(AudioDecoder)
public:
    static QString notAudio(const QString& detail)
    {
        return tr("not an audio file CoachVault can read (%1)").arg(detail);
    }
    static QString channels(int count)
    {
        return tr("%n channel(s); only mono and stereo calls are supported", nullptr, count);
    }
    static QString rate(int hz)
    {
        return tr("a sample rate of %1 Hz is not a telephone recording").arg(hz);
    }
    static QString empty() { return tr("the recording holds no audio"); }
    static QString unseekable()
    {
        return tr("the stream cannot be read from an arbitrary position");
    }
    static QString gsmFrames(qint64 bytes)
    {
        return tr("%1 bytes is not a whole number of 33-byte raw GSM 6.10 frames; the file is "
                  "truncated or not raw GSM")
            .arg(bytes);
    }
};

QString formatName(int format, int mask)
{
    SF_FORMAT_INFO info{};
    info.format = format & mask;
    if (sf_command(nullptr, SFC_GET_FORMAT_INFO, &info, sizeof info) == 0 && info.name)
        return QString::fromUtf8(info.name);
    return QStringLiteral("0x%1").arg(format & mask, 0, 16);
}

QStringList suffixesOf(int type)
{
    switch (type) {
    case SF_FORMAT_WAV:
    case SF_FORMAT_WAVEX:
        return {QStringLiteral("wav"), QStringLiteral("wave")};
    case SF_FORMAT_RF64:
        return {QStringLiteral("wav"), QStringLiteral("rf64")};
    case SF_FORMAT_W64:
        return {QStringLiteral("w64"), QStringLiteral("wav")};
    case SF_FORMAT_FLAC:
        return {QStringLiteral("flac")};
    case SF_FORMAT_OGG:
        return {QStringLiteral("ogg"), QStringLiteral("oga"), QStringLiteral("opus")};
    case SF_FORMAT_MPEG:
        return {QStringLiteral("mp3"), QStringLiteral("mp2"), QStringLiteral("mpga")};
    case SF_FORMAT_AIFF:
        return {QStringLiteral("aif"), QStringLiteral("aiff"), QStringLiteral("aifc")};
    case SF_FORMAT_AU:
        return {QStringLiteral("au"), QStringLiteral("snd")};
    case SF_FORMAT_CAF:
        return {QStringLiteral("caf")};
    case SF_FORMAT_RAW:
        return {QStringLiteral("gsm")}; // only raw GSM is ever opened raw
    default:
        return {};
    }
}

bool isLossy(int subtype)
{
    return subtype == SF_FORMAT_VORBIS || subtype == SF_FORMAT_OPUS ||
           subtype == SF_FORMAT_MPEG_LAYER_I || subtype == SF_FORMAT_MPEG_LAYER_II ||
           subtype == SF_FORMAT_MPEG_LAYER_III;
}

// What the header claims when it claims more than the stream holds.
// libsndfile does not say so through SF_INFO (it trims `frames` to the
// data present) but notes it in its log, as it has for decades:
//   "data : 172800000 (should be 16000)"    (WAV, RF64; AIFF's "SSND")
// The claim in frames follows from the ratio of the two byte counts.
qint64 claimedFrames(SNDFILE* file, qint64 frames)
{
    std::array<char, 8192> log{};
    sf_command(file, SFC_GET_LOG_INFO, log.data(), int(log.size()));
    const QList<QByteArray> lines = QByteArray(log.data()).split('\n');
    for (const QByteArray& raw : lines) {
        const QByteArray line = raw.trimmed();
        if (!line.startsWith("data ") && !line.startsWith("SSND "))
            continue;
        const qsizetype colon = line.indexOf(':');
        const qsizetype should = line.indexOf("(should be ");
        if (colon < 0 || should < 0)
            continue;
        bool okClaimed = false, okPresent = false;
        const qint64 claimed =
            line.mid(colon + 1, should - colon - 1).trimmed().toLongLong(&okClaimed);
        QByteArray present = line.mid(should + 11);
        present.chop(present.endsWith(')') ? 1 : 0);
        const qint64 held = present.trimmed().toLongLong(&okPresent);
        if (okClaimed && okPresent && held > 0 && claimed > held)
            return qint64(double(frames) * double(claimed) / double(held) + 0.5);
    }
    return frames;
}

} // namespace

// libsndfile's virtual I/O over a QIODevice.
struct AudioDecoder::DeviceIo
{
    QIODevice& device;
    SF_VIRTUAL_IO callbacks{};

    explicit DeviceIo(QIODevice& d)
        : device(d)
    {
        callbacks.get_filelen = [](void* self) -> sf_count_t {
            return static_cast<DeviceIo*>(self)->device.size();
        };
        callbacks.seek = [](sf_count_t offset, int whence, void* self) -> sf_count_t {
            QIODevice& dev = static_cast<DeviceIo*>(self)->device;
            qint64 target = offset;
            if (whence == SEEK_CUR)
                target = dev.pos() + offset;
            else if (whence == SEEK_END)
                target = dev.size() + offset;
            if (target < 0 || !dev.seek(target))
                return -1;
            return dev.pos();
        };
        callbacks.read = [](void* ptr, sf_count_t count, void* self) -> sf_count_t {
            const qint64 n =
                static_cast<DeviceIo*>(self)->device.read(static_cast<char*>(ptr), count);
            return n < 0 ? 0 : n;
        };
        callbacks.write = [](const void*, sf_count_t, void*) -> sf_count_t {
            return 0;
        };
        callbacks.tell = [](void* self) -> sf_count_t {
            return static_cast<DeviceIo*>(self)->device.pos();
        };
    }
};

AudioDecoder::Opened AudioDecoder::openStored(QIODevice& device, const QString& container)
{
    return open(device, container == rawGsmContainer() ? OpenHint::RawGsm610 : OpenHint::Detect);
}

namespace {

// libsndfile refuses a WAV whose 'fmt ' chunk gives 0 Hz or 0 channels with
// only "SF_INFO struct incomplete"; say what is wrong instead.
std::optional<QString> wavFormatProblem(QIODevice& device)
{
    device.seek(0);
    const QByteArray head = device.read(4096);
    if (head.size() < 12 || (!head.startsWith("RIFF") && !head.startsWith("RF64")) ||
        head.mid(8, 4) != "WAVE")
        return std::nullopt;
    const auto le = [&](qsizetype at, int bytes) {
        quint32 value = 0;
        for (int i = bytes - 1; i >= 0; --i)
            value = (value << 8) | quint8(head.at(at + i));
        return value;
    };
    for (qsizetype at = 12; at + 8 <= head.size();) {
        const quint32 size = le(at + 4, 4);
        if (head.mid(at, 4) == "fmt " && at + 16 <= head.size()) {
            const int channels = int(le(at + 10, 2));
            const int rate = int(le(at + 12, 4));
            if (channels == 0)
                return DecoderText::channels(0);
            if (rate == 0)
                return DecoderText::rate(0);
            return std::nullopt;
        }
        at += 8 + qsizetype(size) + (size & 1);
    }
    return std::nullopt;
}

} // namespace

AudioDecoder::Opened AudioDecoder::open(QIODevice& device, OpenHint hint)
{
    Opened opened;
    if (!device.isOpen() || device.isSequential()) {
        opened.why = DecoderText::unseekable();
        return opened;
    }
    SF_INFO info{};
    if (hint == OpenHint::RawGsm610) {
        if (device.size() % kGsmFrameBytes != 0) {
            opened.status = Status::Unsupported;
            opened.why = DecoderText::gsmFrames(device.size());
            return opened;
        }
        info.format = SF_FORMAT_RAW | SF_FORMAT_GSM610;
        info.samplerate = 8000;
        info.channels = 1;
    }
    std::unique_ptr<AudioDecoder> decoder(new AudioDecoder);
    decoder->m_io = std::make_unique<DeviceIo>(device);
    device.seek(0);
    decoder->m_file =
        sf_open_virtual(&decoder->m_io->callbacks, SFM_READ, &info, decoder->m_io.get());
    if (!decoder->m_file) {
        const QString refusal = QString::fromUtf8(sf_strerror(nullptr));
        if (const auto problem = wavFormatProblem(device)) {
            opened.status = Status::Unsupported;
            opened.why = *problem;
        } else {
            opened.status = Status::NotAudio;
            opened.why = DecoderText::notAudio(refusal);
        }
        return opened;
    }
    AudioFormat& f = decoder->m_format;
    f.sampleRateHz = info.samplerate;
    f.channels = info.channels;
    f.frames = info.frames;
    f.claimedFrames = claimedFrames(decoder->m_file, info.frames);
    f.container = hint == OpenHint::RawGsm610 ? rawGsmContainer()
                                              : formatName(info.format, SF_FORMAT_TYPEMASK);
    f.encoding = formatName(info.format, SF_FORMAT_SUBMASK);
    f.suffixes = suffixesOf(info.format & SF_FORMAT_TYPEMASK);
    f.exactLength = !isLossy(info.format & SF_FORMAT_SUBMASK);
    opened.status = Status::Unsupported;
    if (info.channels < 1 || info.channels > kMaxChannels)
        opened.why = DecoderText::channels(info.channels);
    else if (info.samplerate < kMinSampleRateHz || info.samplerate > kMaxSampleRateHz)
        opened.why = DecoderText::rate(info.samplerate);
    else if (info.frames <= 0)
        opened.why = DecoderText::empty();
    else {
        opened.status = Status::Ok;
        // Scale integer formats to [-1, 1] and keep floats there.
        sf_command(decoder->m_file, SFC_SET_NORM_FLOAT, nullptr, SF_TRUE);
        sf_command(decoder->m_file, SFC_SET_CLIPPING, nullptr, SF_TRUE);
        opened.decoder = std::move(decoder);
    }
    return opened;
}

AudioDecoder::~AudioDecoder()
{
    if (m_file)
        sf_close(m_file);
}

qint64 AudioDecoder::readFrames(float* interleaved, qint64 frames)
{
    const sf_count_t read = sf_readf_float(m_file, interleaved, frames);
    if (read < frames && sf_error(m_file) != SF_ERR_NO_ERROR)
        m_error = QString::fromUtf8(sf_strerror(m_file));
    return read;
}

bool AudioDecoder::seekFrame(qint64 frame)
{
    return sf_seek(m_file, frame, SEEK_SET) == frame;
}

} // namespace cv::core
