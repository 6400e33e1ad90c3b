#pragma once

#include "core/Error.h"
#include "core/transcript/Transcript.h"

#include <QStringList>

#include <optional>

namespace cv::core {

class Vault;

// The transcript tables (schema version 11): transcripts, the redaction
// proposals with their decisions, and the names trainers added to the
// detector. No rules here (TranscriptDesk). Writes belong in the caller's
// Transaction.
class TranscriptStore final
{
public:
    explicit TranscriptStore(Vault& vault);

    // Replaces the recording's transcript; sets imported_at from the vault's clock.
    Result<void> store(const StoredTranscript& transcript);
    std::optional<StoredTranscript> find(RecordingId recording) const;
    bool has(RecordingId recording) const;

    QList<StoredProposal> proposals(RecordingId recording) const; // in time order
    // Makes `found` the recording's proposals: one found again (same kind,
    // span and words) keeps its id and decision, a new one is "proposed", one no
    // longer found goes. Returns the proposals as they now stand.
    Result<QList<StoredProposal>> replaceProposals(RecordingId recording,
                                                   const QList<StoredProposal>& found);
    // Sets the decision of the given proposals of `recording`; BadInput
    // naming the first id that is not one of them (nothing changed then).
    Result<void> decide(RecordingId recording, const QList<qint64>& ids, ProposalDecision decision,
                        PersonId by);

    // For the retention sweep: the recording's transcript and its proposals.
    Result<void> destroyOf(RecordingId recording);

    QStringList addedNames() const; // sorted
    // Adds the names not yet on the list; returns those it added.
    Result<QStringList> addNames(const QStringList& names, PersonId by);

private:
    Vault& m_vault;
};

} // namespace cv::core
