#pragma once

#include "core/Error.h"
#include "core/clips/ClipSpec.h"
#include "core/transcript/Transcript.h"
#include "core/transcript/TranscriptStore.h"

#include <QByteArray>
#include <QStringList>

namespace cv::core {

class Administration;
class Vault;
struct Person;

// Transcript-assisted redaction (docs/transcripts.md), decide -> audit ->
// act like the rest of the product; the Clips area and the CLI both come
// through here. Every use is Action::UseTranscript: those who cut clips,
// only for a coaching recording (R-TRAIN-2) still held (R-RETAIN-3), with an
// authorisation for coaching in force (R-AUTH-1). A refusal is audited with
// its rule ID; a bad file changes nothing.
// - importTranscript(): parses WebVTT, SRT or the JSON word format, checks
//   it fits the recording, keeps it, scans it and keeps the proposals (one
//   found again keeps its decision). Audited "transcript.import".
// - transcript(): the stored transcript. Audited "transcript.view".
// - proposals(): the stored proposals as they stand. Audited "transcript.view".
// - scan(): scans the stored transcript again with the current name list
//   and returns the proposals with their decisions. Audited "transcript.scan".
// - decide(): accepts and rejects proposals, all or nothing. Audited
//   "transcript.decide".
// - acceptedRegions(): the accepted proposals as redaction regions within a
//   clip's range, for ClipSpec::regions; Usage while a proposal in the range
//   is still to decide, or when there is no transcript.
// - addNames() / names(): the names trainers add to the detector's list.
class TranscriptDesk final
{
public:
    struct Scanned
    {
        StoredTranscript transcript;
        QList<StoredProposal> proposals;
    };

    TranscriptDesk(Vault& vault, Administration& admin);

    Result<Scanned> importTranscript(const Person& actor, RecordingId recording,
                                     const QByteArray& bytes);
    Result<StoredTranscript> transcript(const Person& actor, RecordingId recording);
    Result<Scanned> scan(const Person& actor, RecordingId recording);
    Result<QList<StoredProposal>> proposals(const Person& actor, RecordingId recording);
    // An id in both lists, or one that is not the recording's: nothing changes.
    Result<void> decide(const Person& actor, RecordingId recording, const QList<qint64>& accepted,
                        const QList<qint64>& rejected);
    Result<void> decide(const Person& actor, RecordingId recording, const QList<qint64>& ids,
                        ProposalDecision decision)
    {
        const QList<qint64> none;
        return decision == ProposalDecision::Accepted ? decide(actor, recording, ids, none)
                                                      : decide(actor, recording, none, ids);
    }
    Result<QList<RedactionRegion>> acceptedRegions(const Person& actor, RecordingId recording,
                                                   qint64 fromMs, qint64 toMs);
    bool hasTranscript(RecordingId recording) const { return m_store.has(recording); }

    Result<QStringList> addNames(const Person& actor, const QStringList& names);
    Result<QStringList> names(const Person& actor);

private:
    struct Held
    {
        Recording recording;
        StoredTranscript transcript;
    };
    Result<Recording> allowed(const Person& actor, RecordingId recording);
    // allowed(), and the recording has a transcript (Usage if not).
    Result<Held> allowedWithTranscript(const Person& actor, RecordingId recording);
    Result<QList<StoredProposal>> rescan(const StoredTranscript& transcript);
    Result<void> audit(const Person& actor, const QString& action, const Recording& recording,
                       const QString& detail);

    Vault& m_vault;
    Administration& m_admin;
    TranscriptStore m_store;
};

} // namespace cv::core
