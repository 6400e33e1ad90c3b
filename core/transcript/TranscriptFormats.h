#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cv::core {

// One stretch of speech with its time in the recording (milliseconds).
// WebVTT and SRT give one per cue; the JSON format one per word.
struct TranscriptSegment
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text;
};

// Parses a transcript file (WebVTT, SRT or CoachVault JSON, told apart by
// content). Errors are BadInput and name the line (or JSON word) and reason.
// See docs/transcripts.md.
Result<QList<TranscriptSegment>> parseTranscript(const QByteArray& bytes);

} // namespace cv::core
