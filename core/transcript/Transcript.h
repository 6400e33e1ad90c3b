#pragma once

#include "core/people/Person.h"
#include "core/pii/PiiFinding.h"
#include "core/recordings/Recording.h"
#include "core/transcript/TranscriptFormats.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cv::core {

// A recording's transcript as the vault keeps it (docs/transcripts.md):
// only for coaching recordings (R-TRAIN-2), gone with the recording.
struct StoredTranscript
{
    RecordingId recording = 0;
    TranscriptFormat format = TranscriptFormat::WebVtt;
    QList<TranscriptSegment> segments;
    PersonId importedBy = 0;
    QDateTime importedUtc;
};

// What the trainer made of one proposal of the detector. A proposal stays
// "proposed" until someone decides; only accepted ones are redacted when a
// clip asks for the accepted proposals.
enum class ProposalDecision
{
    Proposed,
    Accepted,
    Rejected,
};

QString proposalDecisionName(ProposalDecision decision); // "proposed", "accepted", "rejected"
std::optional<ProposalDecision> proposalDecisionFromName(const QString& name);

// One stretch of personal data the detector found in a stored transcript,
// with its time in the recording and the decision on it.
struct StoredProposal
{
    qint64 id = 0;
    RecordingId recording = 0;
    pii::PiiKind kind = pii::PiiKind::Name;
    QString text;
    qint64 startMs = 0;
    qint64 endMs = 0;
    ProposalDecision decision = ProposalDecision::Proposed;
    PersonId decidedBy = 0;
    QDateTime decidedUtc;
};

} // namespace cv::core
