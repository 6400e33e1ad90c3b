// The agents' requests of EvaluationDesk (R-ASSESS-4, R-ASSESS-5), apart
// from EvaluationDesk.cpp to keep each file about one subject.
#include "core/admin/Administration.h"
#include "core/scoring/EvaluationDesk.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>

namespace cv::core {

namespace {

class RequestText
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationDesk)
public:
    static QString noSuchEvaluation(EvaluationId id)
    {
        return tr("There is no evaluation %1.").arg(id);
    }
    static QString noSuchPerson(PersonId id) { return tr("There is no person #%1.").arg(id); }
};

} // namespace

Result<qint64> EvaluationDesk::storeRequest(const Person& actor, const AgentRequest& request,
                                            const QString& auditDetail)
{
    Transaction transaction(m_vault);
    auto id = m_requests.insert(request);
    if (!id)
        return id;
    if (auto logged = m_admin.record(actor, actionName(Action::RecordAgentRequest),
                                     QStringLiteral("agent-request"), QString::number(*id),
                                     request.agent, auditDetail);
        !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

Result<qint64> EvaluationDesk::requestOtherEvaluator(const Person& actor, EvaluationId contested,
                                                     const QDate& madeOn, const QString& note)
{
    const std::optional<Evaluation> stored = m_evaluations.find(contested);
    if (!stored)
        return fail(ErrorCode::Usage, RequestText::noSuchEvaluation(contested));
    const auto agent = m_admin.persons().find(stored->agent);
    if (!agent)
        return fail(ErrorCode::Internal, RequestText::noSuchEvaluation(contested));
    AgentRequestFacts facts;
    facts.kind = AgentRequestKind::OtherEvaluator;
    facts.madeOn = madeOn;
    facts.contestedIsSubmittedCoachEvaluation =
        stored->kind == EvaluationKind::Coach && stored->isSubmitted();
    Request request(Action::RecordAgentRequest);
    request.subject = &*agent;
    request.agentRequest = &facts;
    if (auto allowed = m_admin.decide(actor, request, QStringLiteral("evaluation"),
                                      QString::number(contested));
        !allowed)
        return std::unexpected(allowed.error());
    AgentRequest r;
    r.agent = agent->id;
    r.kind = AgentRequestKind::OtherEvaluator;
    r.madeOn = madeOn;
    r.evaluation = contested;
    r.replacedEvaluator = stored->evaluator;
    r.note = note;
    r.recordedBy = actor.id;
    return storeRequest(
        actor, r, QStringLiteral("R-ASSESS-4: other-evaluator for evaluation %1").arg(contested));
}

Result<qint64> EvaluationDesk::requestExtraMoment(const Person& actor, PersonId agentId,
                                                  const QDate& madeOn, const QString& note)
{
    const auto agent = m_admin.persons().find(agentId);
    if (!agent)
        return fail(ErrorCode::Usage, RequestText::noSuchPerson(agentId));
    AgentRequestFacts facts;
    facts.kind = AgentRequestKind::ExtraMonitoring;
    facts.madeOn = madeOn;
    for (const AgentRequest& earlier : m_requests.forAgent(agentId)) {
        if (earlier.kind == AgentRequestKind::ExtraMonitoring)
            facts.earlierExtraMoments << earlier.madeOn;
    }
    Request request(Action::RecordAgentRequest);
    request.subject = &*agent;
    request.agentRequest = &facts;
    if (auto allowed =
            m_admin.decide(actor, request, QStringLiteral("person"), QString::number(agentId));
        !allowed)
        return std::unexpected(allowed.error());
    AgentRequest r;
    r.agent = agentId;
    r.kind = AgentRequestKind::ExtraMonitoring;
    r.madeOn = madeOn;
    r.note = note;
    r.recordedBy = actor.id;
    return storeRequest(
        actor, r,
        QStringLiteral("R-ASSESS-5: extra-monitoring on %1").arg(madeOn.toString(Qt::ISODate)));
}

Result<QList<AgentRequest>> EvaluationDesk::requests(const Person& actor, PersonId agentId)
{
    const auto agent = m_admin.persons().find(agentId);
    if (!agent)
        return fail(ErrorCode::Usage, RequestText::noSuchPerson(agentId));
    Request request(Action::ViewEvaluations);
    request.subject = &*agent;
    if (auto allowed =
            m_admin.decide(actor, request, QStringLiteral("person"), QString::number(agentId));
        !allowed)
        return std::unexpected(allowed.error());
    return m_requests.forAgent(agentId);
}

} // namespace cv::core
