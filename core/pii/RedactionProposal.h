#pragma once

#include "core/pii/DutchPiiDetector.h"
#include "core/transcript/TranscriptFormats.h"

#include <QList>

namespace cv::core::pii {

// A stretch of a recording the detector proposes to silence in a training
// clip (R-TRAIN-1). Times come from the transcript: exact per word for the
// JSON format, the whole cue (or cues) for WebVTT and SRT — so a proposal
// never covers less than the personal data.
struct RedactionProposal
{
    PiiKind kind = PiiKind::Name;
    QString text; // the words of the transcript it covers
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// Scans the transcript as one text (so a number spoken across two cues is
// still found) and maps every finding back to the segments it touches.
QList<RedactionProposal> proposeRedactions(const QList<TranscriptSegment>& segments,
                                           const DutchPiiDetector& detector);

} // namespace cv::core::pii
