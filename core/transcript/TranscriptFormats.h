#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace cv::core {

// One stretch of speech with its time in the recording (milliseconds).
// WebVTT and SRT give one per cue; the JSON format one per word.
struct TranscriptSegment
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text;
};

enum class TranscriptFormat
{
    WebVtt,
    Srt,
    Json, // CoachVault's word format
};

QString transcriptFormatName(TranscriptFormat format); // "vtt", "srt", "json"
std::optional<TranscriptFormat> transcriptFormatFromName(const QString& name);
// Which format `bytes` are in, told apart by content as parseTranscript does.
TranscriptFormat detectTranscriptFormat(const QByteArray& bytes);

// Parses a transcript file (WebVTT, SRT or CoachVault JSON, told apart by
// content). Errors are BadInput and name the line (or JSON word) and reason.
// See docs/transcripts.md.
Result<QList<TranscriptSegment>> parseTranscript(const QByteArray& bytes);

} // namespace cv::core
