#pragma once

#include "core/Error.h"
#include "core/scoring/Evaluation.h"

#include <QList>

#include <optional>

namespace cv::core {

class Vault;

struct EvaluationFilter
{
    std::optional<PersonId> agent;
    std::optional<PersonId> evaluator;
    std::optional<Purpose> purpose;
    std::optional<EvaluationStatus> status; // Submitted: signed off or not
    std::optional<EvaluationKind> kind;
    std::optional<RecordingId> recording;
};

// Evaluations, their answers and timed notes. A submitted evaluation is never
// written again: every statement that writes carries "status = 'draft'" and
// fails when it touches nothing. Writes belong in the caller's Transaction.
class EvaluationStore final
{
public:
    explicit EvaluationStore(Vault& vault);

    // A new draft without answers; returns its id.
    Result<EvaluationId> insert(const Evaluation& evaluation);
    // Replaces the draft's answers and notes with `evaluation`'s and keeps
    // `score` as its derived total. A few small statements: cheap enough to
    // autosave every few seconds.
    Result<void> saveDraft(const Evaluation& evaluation, const ScoreResult& score);
    Result<QDateTime> markSubmitted(EvaluationId id);

    // With answers and notes.
    std::optional<Evaluation> find(EvaluationId id) const;
    // Without answers and notes (the derived total is there), newest first.
    QList<Evaluation> list(const EvaluationFilter& filter = {}) const;
    // For lists of recordings (the Inbox): per recording with any coach
    // evaluation, whether one is submitted (else a draft exists). One query.
    QHash<RecordingId, EvaluationStatus> coachStatusByRecording() const;
    // When the agent's newest submitted coach assessment evaluation of a call
    // other than `excluding` was submitted, at or before `notAfter` (R-ASSESS-6).
    QDateTime lastAssessmentSubmitted(PersonId agent, const QDateTime& notAfter,
                                      RecordingId excluding) const;

private:
    Result<void> refuseUnlessDraft(EvaluationId id, int rowsAffected) const;
    Vault& m_vault;
};

} // namespace cv::core
