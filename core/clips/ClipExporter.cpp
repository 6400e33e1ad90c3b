#include "core/clips/ClipExporter.h"

#include "core/clips/RenderedClip.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <sndfile.h>

#include <algorithm>
#include <memory>

namespace cv::core {

namespace {

class ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ClipExporter)
public:
    static QString opusRate(int rate)
    {
        return tr("Ogg Opus takes audio at 8, 12, 16, 24 or 48 kHz; this call is %1 Hz. Export "
                  "it as WAV or FLAC.")
            .arg(rate);
    }
    static QString cannotEncode(const QString& why)
    {
        return tr("The clip could not be encoded: %1").arg(why);
    }
    static QString exists(const QString& path)
    {
        return tr("%1 already exists; choose another name.").arg(path);
    }
    static QString cannotWrite(const QString& path, const QString& why)
    {
        return tr("%1 could not be written: %2").arg(path, why);
    }
};

// libsndfile's virtual I/O over a growing QByteArray.
struct MemoryFile
{
    QByteArray bytes;
    sf_count_t pos = 0;
};

sf_count_t memLength(void* user)
{
    return static_cast<MemoryFile*>(user)->bytes.size();
}

sf_count_t memSeek(sf_count_t offset, int whence, void* user)
{
    auto* f = static_cast<MemoryFile*>(user);
    sf_count_t target = offset;
    if (whence == SEEK_CUR)
        target = f->pos + offset;
    else if (whence == SEEK_END)
        target = f->bytes.size() + offset;
    if (target < 0)
        return -1;
    f->pos = target;
    return f->pos;
}

sf_count_t memRead(void* out, sf_count_t count, void* user)
{
    auto* f = static_cast<MemoryFile*>(user);
    const sf_count_t n = std::clamp<sf_count_t>(f->bytes.size() - f->pos, 0, count);
    std::copy_n(f->bytes.constData() + f->pos, n, static_cast<char*>(out));
    f->pos += n;
    return n;
}

sf_count_t memWrite(const void* in, sf_count_t count, void* user)
{
    auto* f = static_cast<MemoryFile*>(user);
    if (f->pos + count > f->bytes.size())
        f->bytes.resize(qsizetype(f->pos + count));
    std::copy_n(static_cast<const char*>(in), count, f->bytes.data() + f->pos);
    f->pos += count;
    return count;
}

sf_count_t memTell(void* user)
{
    return static_cast<MemoryFile*>(user)->pos;
}

bool opusRateOk(int rate)
{
    return rate == 8000 || rate == 12000 || rate == 16000 || rate == 24000 || rate == 48000;
}

Result<QByteArray> encodeAs(const RenderedClip& clip, int sfFormat)
{
    SF_VIRTUAL_IO io{memLength, memSeek, memRead, memWrite, memTell};
    MemoryFile file;
    SF_INFO info{};
    info.samplerate = clip.sampleRateHz;
    info.channels = clip.channels;
    info.format = sfFormat;
    if (!sf_format_check(&info))
        return fail(ErrorCode::Internal,
                    ExportText::cannotEncode(QStringLiteral("format %1").arg(sfFormat, 0, 16)));
    SNDFILE* sf = sf_open_virtual(&io, SFM_WRITE, &info, &file);
    if (!sf)
        return fail(ErrorCode::Internal,
                    ExportText::cannotEncode(QString::fromUtf8(sf_strerror(nullptr))));
    std::unique_ptr<SNDFILE, int (*)(SNDFILE*)> closer(sf, sf_close);
    sf_command(sf, SFC_SET_ADD_PEAK_CHUNK, nullptr, SF_FALSE);
    // Full-scale floats map to full-scale integers, clipped rather than wrapped.
    sf_command(sf, SFC_SET_CLIPPING, nullptr, SF_TRUE);
    const sf_count_t frames = clip.frames();
    if (sf_writef_float(sf, clip.samples.data(), frames) != frames)
        return fail(ErrorCode::Internal,
                    ExportText::cannotEncode(QString::fromUtf8(sf_strerror(sf))));
    closer.reset();
    return file.bytes;
}

} // namespace

QString clipFormatName(ClipFormat format)
{
    switch (format) {
    case ClipFormat::Wav:
        return QStringLiteral("wav");
    case ClipFormat::Flac:
        return QStringLiteral("flac");
    case ClipFormat::OggOpus:
        return QStringLiteral("opus");
    }
    return QStringLiteral("wav");
}

std::optional<ClipFormat> clipFormatFromName(const QString& name)
{
    for (ClipFormat f : {ClipFormat::Wav, ClipFormat::Flac, ClipFormat::OggOpus}) {
        if (clipFormatName(f) == name)
            return f;
    }
    return std::nullopt;
}

std::optional<ClipFormat> clipFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("ogg"))
        return ClipFormat::OggOpus;
    return clipFormatFromName(suffix);
}

Result<QByteArray> ClipExporter::encode(const RenderedClip& clip, ClipFormat format)
{
    switch (format) {
    case ClipFormat::Wav:
        return encodeAs(clip, SF_FORMAT_WAV | SF_FORMAT_PCM_16);
    case ClipFormat::Flac:
        return encodeAs(clip, SF_FORMAT_FLAC | SF_FORMAT_PCM_16);
    case ClipFormat::OggOpus:
        if (!opusRateOk(clip.sampleRateHz))
            return fail(ErrorCode::BadInput, ExportText::opusRate(clip.sampleRateHz));
        return encodeAs(clip, SF_FORMAT_OGG | SF_FORMAT_OPUS);
    }
    return fail(ErrorCode::Internal, ExportText::cannotEncode(QString()));
}

Result<QByteArray> ClipExporter::encodePreview(const RenderedClip& clip)
{
    return encodeAs(clip, SF_FORMAT_WAV | SF_FORMAT_FLOAT);
}

Result<void> ClipExporter::writeFile(const QByteArray& bytes, const QString& path)
{
    if (QFileInfo::exists(path))
        return fail(ErrorCode::AlreadyExists, ExportText::exists(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, ExportText::cannotWrite(path, file.errorString()));
    return {};
}

} // namespace cv::core
