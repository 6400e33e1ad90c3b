#pragma once

#include "core/people/Person.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace cv::core {

// What an agent asked for about their assessment (guideline 4.6, 4.7).
enum class AgentRequestKind
{
    OtherEvaluator,  // R-ASSESS-4: another authorised person evaluates the call
    ExtraMonitoring, // R-ASSESS-5: one additional monitored moment (at most 3 a period)
};

QString agentRequestKindName(AgentRequestKind kind); // "other-evaluator", "extra-monitoring"
std::optional<AgentRequestKind> agentRequestKindFromName(const QString& name);

struct AgentRequest
{
    qint64 id = 0;
    PersonId agent = 0;
    AgentRequestKind kind = AgentRequestKind::OtherEvaluator;
    QDate madeOn; // when the agent asked
    // OtherEvaluator: the contested evaluation and its evaluator, who may
    // not evaluate that call again.
    qint64 evaluation = 0;
    PersonId replacedEvaluator = 0;
    // ExtraMonitoring: the assessment evaluation that used this moment
    // (0 while unused); a used moment lifts the interval of R-ASSESS-6 once.
    qint64 usedByEvaluation = 0;
    QString note;
    PersonId recordedBy = 0;
    QDateTime recordedUtc;
};

} // namespace cv::core
