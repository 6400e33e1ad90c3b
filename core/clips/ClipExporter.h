#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cv::core {

struct RenderedClip;

enum class ClipFormat
{
    Wav,     // 16-bit PCM
    Flac,    // 16-bit
    OggOpus, // 8, 12, 16, 24 or 48 kHz sources only
};

QString clipFormatName(ClipFormat format); // "wav", "flac", "opus"
std::optional<ClipFormat> clipFormatFromName(const QString& name);
// From a file name's suffix: .wav, .flac, .opus or .ogg (Ogg Opus).
std::optional<ClipFormat> clipFormatForPath(const QString& path);

// Encodes a rendered clip with libsndfile (virtual I/O into memory: the
// writing counterpart of AudioDecoder) and writes it where the person asked.
// The files carry audio and the format's mandatory headers only: no string
// chunks, tags or comments (libsndfile writes none unless asked, and the
// PEAK chunk is switched off), so nothing names a person, a recording, a
// date or a source file. Ogg Opus carries libopus's vendor string, which
// names the encoder only.
class ClipExporter final
{
public:
    static Result<QByteArray> encode(const RenderedClip& clip, ClipFormat format);
    // 32-bit float WAV in memory, for playing a preview through AudioDecoder.
    static Result<QByteArray> encodePreview(const RenderedClip& clip);
    // Writes atomically (QSaveFile); refuses to overwrite (AlreadyExists).
    static Result<void> writeFile(const QByteArray& bytes, const QString& path);
};

} // namespace cv::core
