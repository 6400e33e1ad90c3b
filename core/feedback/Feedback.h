#pragma once

#include "core/scoring/Evaluation.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cv::core {

using DisputeId = qint64;

enum class SignOffRole
{
    Agent,     // first: agrees or disagrees, with their view (R-REPORT-2)
    Evaluator, // then: seals the evaluation
};

QString signOffRoleName(SignOffRole role); // "agent", "evaluator"

// One signature under an evaluation, given with the signer's own credential.
struct SignOff
{
    SignOffRole role = SignOffRole::Agent;
    PersonId signer = 0;
    std::optional<bool> agrees; // the agent's: agree or disagree
    QDateTime signedUtc;
};

// A score changed in the feedback session, before and after (R-REPORT-1).
struct ScoreAdjustment
{
    qint64 id = 0;
    QString criterionId;
    CriterionAnswer before;
    CriterionAnswer after;
    PersonId adjustedBy = 0;
    QDateTime adjustedUtc;
};

// The agent's objection after sign-off, and its resolution (R-REPORT-2).
struct Dispute
{
    DisputeId id = 0;
    EvaluationId evaluation = 0;
    PersonId openedBy = 0;
    QDateTime openedUtc;
    QString reason;
    std::optional<PersonId> resolvedBy;
    QDateTime resolvedUtc;
    QString resolution;

    bool isOpen() const { return !resolvedUtc.isValid(); }
};

// The SHA-256 of a signed evaluation's canonical content, also kept in the
// audit trail's "evaluation.seal" entry (EvaluationSeal).
struct Seal
{
    QString sha256; // hex
    qint64 auditSeq = 0;
    QDateTime sealedUtc;
};

// Everything the feedback session, the report and the subject export show
// about one coach evaluation.
struct FeedbackRecord
{
    Evaluation evaluation; // with answers and notes
    QList<ScoreAdjustment> adjustments;
    std::optional<SignOff> agentSignOff;
    std::optional<SignOff> evaluatorSignOff;
    QString agentView; // given with the agent's sign-off
    QList<Dispute> disputes;
    std::optional<Seal> seal;

    bool hasOpenDispute() const
    {
        for (const Dispute& d : disputes) {
            if (d.isOpen())
                return true;
        }
        return false;
    }
};

} // namespace cv::core
