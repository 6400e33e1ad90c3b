#pragma once

#include "core/Error.h"
#include "core/feedback/Feedback.h"
#include "core/scoring/ScoreFormula.h"

#include <QList>

namespace cv::core {

class Vault;

// The feedback session's rows: adjustments, sign-offs with the agent's view,
// seals and disputes. Writes that change an evaluation carry
// "status = 'submitted'" and fail when they touch nothing; the schema's
// triggers refuse any write to a signed evaluation besides. Writes belong
// in the caller's Transaction.
class FeedbackStore final
{
public:
    explicit FeedbackStore(Vault& vault);

    // Replaces one answer of a submitted evaluation, keeps the adjustment
    // and the new derived total.
    Result<qint64> adjust(EvaluationId id, const ScoreAdjustment& adjustment,
                          const ScoreResult& score);
    Result<void> addSignOff(EvaluationId id, const SignOff& signOff, const QString& agentView);
    // submitted -> signed; from here on nothing of it changes.
    Result<void> markSignedOff(EvaluationId id);
    Result<void> addSeal(EvaluationId id, const Seal& seal);
    Result<DisputeId> openDispute(const Dispute& dispute);
    Result<void> resolveDispute(DisputeId id, PersonId by, const QString& resolution);

    // Fills in everything but `evaluation` of `record` for evaluation `id`.
    void load(EvaluationId id, FeedbackRecord& record) const;
    std::optional<Dispute> dispute(DisputeId id) const;
    // Open disputes of evaluations by `evaluator` (all when 0), oldest first.
    QList<Dispute> openDisputes(PersonId evaluator = 0) const;
    // Every evaluation stored as signed: its id.
    QList<EvaluationId> signedEvaluations() const;

private:
    Vault& m_vault;
};

} // namespace cv::core
