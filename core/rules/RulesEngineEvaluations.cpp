// The RulesEngine's checks on scorecards and evaluations (R-ASSESS-1,
// R-ASSESS-4..6, R-PURPOSE-1, R-AUTH-1), apart from RulesEngine.cpp to keep
// each file about one subject.
#include "core/people/AuthorisationStore.h"
#include "core/policy/PolicyStore.h"
#include "core/rules/RulesEngine.h"
#include "core/time/Clock.h"

#include <QCoreApplication>

namespace cv::core {

namespace {

class EvaluationRuleText
{
    Q_DECLARE_TR_FUNCTIONS(RulesEngine)
public:
    static QString ownCall() { return tr("nobody evaluates their own calls."); }
    static QString templatePurpose(Purpose purpose, const QList<Purpose>& allowed)
    {
        return tr("the scorecard serves %1, not %2, the purpose this call was recorded for.")
            .arg(purposeNames(allowed).join(QStringLiteral(", ")), purposeText(purpose));
    }
    static QString notPublished()
    {
        return tr("the scorecard version is a draft; only published criteria, known to agents "
                  "in advance, evaluate a call.");
    }
    static QString publishedAfterCall(const QDateTime& published, const QDateTime& call)
    {
        return tr("the scorecard version was published on %1, after the call on %2; its "
                  "criteria were not known in advance.")
            .arg(published.toString(Qt::ISODate), call.toString(Qt::ISODate));
    }
    static QString replaced()
    {
        return tr("the agent asked for another evaluator than you for this call.");
    }
    static QString secondEvaluation()
    {
        return tr("this call already has a coach evaluation; a second evaluator only on the "
                  "agent's request.");
    }
    static QString tooSoon(const QDateTime& previous, int days, const QDateTime& call)
    {
        return tr("the call on %1 is within %2 days after the agent's previous assessment "
                  "evaluation (%3); the agent gets that time to improve first, unless they asked "
                  "for an extra moment.")
            .arg(call.toString(Qt::ISODate))
            .arg(days)
            .arg(previous.toString(Qt::ISODate));
    }
    static QString notYourEvaluation() { return tr("only its evaluator changes an evaluation."); }
    static QString submitted()
    {
        return tr("the evaluation is submitted: it is the outcome the agent is told and can no "
                  "longer change.");
    }
    static QString notYetSubmitted() { return tr("the coach's evaluation is not submitted yet."); }
    static QString selfEvaluationOpen()
    {
        return tr("finish and submit your own self-evaluation of this call first; the coach's "
                  "scores are not shown before.");
    }
    static QString contestOnlySubmitted()
    {
        return tr("Another evaluator can be asked for only against a submitted coach evaluation "
                  "of the agent's own call.");
    }
    static QString tooManyExtraMoments(const QDate& from, const QDate& to)
    {
        return tr("the agent already asked for three additional moments between %1 and %2, the "
                  "most in one assessment period.")
            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    }
    static QString assessmentNotEnabled(const QDate& date)
    {
        return tr("no policy in force on %1 enables the assessment purpose.")
            .arg(date.toString(Qt::ISODate));
    }
    static QString notAnAgent() { return tr("requests are recorded for agents only."); }
};

std::unexpected<Error> refuse(const char* rule, const QString& message)
{
    return std::unexpected(Error::refused(QString::fromLatin1(rule), message));
}

std::unexpected<Error> missingFacts(const char* what)
{
    return std::unexpected(Error{ErrorCode::Usage, QString::fromLatin1(what), {}});
}

} // namespace

Result<void> RulesEngine::checkTemplateFits(const EvaluationFacts& facts) const
{
    // R-PURPOSE-1: a scorecard serves the purposes it names, and an
    // evaluation has its recording's purpose.
    if (!facts.templatePurposes.contains(facts.recordingPurpose))
        return refuse("R-PURPOSE-1", EvaluationRuleText::templatePurpose(facts.recordingPurpose,
                                                                         facts.templatePurposes));
    // R-ASSESS-1: criteria known in advance — published before the call.
    if (!facts.templatePublishedUtc.isValid())
        return refuse("R-ASSESS-1", EvaluationRuleText::notPublished());
    if (facts.templatePublishedUtc > facts.callStartUtc)
        return refuse("R-ASSESS-1", EvaluationRuleText::publishedAfterCall(
                                        facts.templatePublishedUtc, facts.callStartUtc));
    return {};
}

Result<void> RulesEngine::checkEvaluate(const Person& actor, const Request& request) const
{
    if (!request.evaluation || !request.subject)
        return missingFacts("EvaluateRecording needs the evaluation facts and the agent");
    const EvaluationFacts& facts = *request.evaluation;
    // R-AUTH-1 (and R-AUTH-4): evaluating is monitoring.
    if (auto authorised = checkAuthorisedFor(actor, facts.recordingPurpose); !authorised)
        return authorised;
    // R-AUTH-1: an authorisation is to monitor others, never oneself (as at import).
    if (request.subject->id == actor.id)
        return refuse("R-AUTH-1", EvaluationRuleText::ownCall());
    if (auto fits = checkTemplateFits(facts); !fits)
        return fits;
    // R-ASSESS-4: one coach evaluation per call, unless the agent asked for
    // another evaluator; then anyone but the evaluator(s) they contested.
    if (facts.replacedEvaluators.contains(actor.id))
        return refuse("R-ASSESS-4", EvaluationRuleText::replaced());
    for (PersonId evaluator : facts.coachEvaluators) {
        if (!facts.replacedEvaluators.contains(evaluator))
            return refuse("R-ASSESS-4", EvaluationRuleText::secondEvaluation());
    }
    // R-ASSESS-6: time to improve after an assessment evaluation.
    if (facts.recordingPurpose == Purpose::Assessment && facts.previousAssessmentUtc.isValid() &&
        !facts.extraMomentAvailable) {
        const QDate today = m_clock.nowUtc().date();
        const std::optional<Policy> policy = m_policies.activeOn(today);
        const int days =
            policy ? policy->assessmentMinimumIntervalDays : Policy{}.assessmentMinimumIntervalDays;
        if (facts.callStartUtc >= facts.previousAssessmentUtc &&
            facts.callStartUtc < facts.previousAssessmentUtc.addDays(days))
            return refuse("R-ASSESS-6", EvaluationRuleText::tooSoon(facts.previousAssessmentUtc,
                                                                    days, facts.callStartUtc));
    }
    return {};
}

Result<void> RulesEngine::checkSelfEvaluate(const Person&, const Request& request) const
{
    // The role check already made sure the actor is the call's agent
    // (R-ACCESS-1); the template must fit as for the coach.
    if (!request.evaluation)
        return missingFacts("SelfEvaluate needs the evaluation facts");
    return checkTemplateFits(*request.evaluation);
}

Result<void> RulesEngine::checkEditEvaluation(const Person& actor, const Request& request) const
{
    if (!request.evaluation)
        return missingFacts("EditEvaluation needs the evaluation facts");
    if (request.evaluation->evaluator != actor.id)
        return refuse("R-AUTH-3", EvaluationRuleText::notYourEvaluation());
    // R-REPORT-1: a submitted evaluation is the outcome the agent is told
    // (and signs off, R-REPORT-2); it never changes afterwards.
    if (request.evaluation->submitted)
        return refuse("R-REPORT-1", EvaluationRuleText::submitted());
    return {};
}

Result<void> RulesEngine::checkViewEvaluation(const Person& actor, const Request& request) const
{
    if (!request.evaluation)
        return {}; // listing: what each role sees is filtered per evaluation
    const EvaluationFacts& facts = *request.evaluation;
    if (facts.evaluator == actor.id)
        return {};
    if (request.subject && request.subject->id == actor.id) {
        // The agent: a coach's evaluation once submitted (R-REPORT-1), and
        // not while their own self-evaluation of the call is open.
        if (facts.coachEvaluation && !facts.submitted)
            return refuse("R-AUTH-3", EvaluationRuleText::notYetSubmitted());
        if (facts.coachEvaluation && facts.agentSelfEvaluationOpen)
            return refuse("R-AUTH-3", EvaluationRuleText::selfEvaluationOpen());
        return {};
    }
    // Privacy officers oversee; anyone else reads an evaluation only with an
    // authorisation for its purpose (R-PURPOSE-1, R-AUTH-1).
    if (actor.hasRole(Role::PrivacyOfficer))
        return {};
    return checkAuthorisedFor(actor, facts.recordingPurpose);
}

Result<void> RulesEngine::checkAgentRequest(const Person&, const Request& request) const
{
    if (!request.agentRequest || !request.subject)
        return missingFacts("RecordAgentRequest needs the request facts and the agent");
    const AgentRequestFacts& facts = *request.agentRequest;
    if (!request.subject->hasRole(Role::Agent))
        return refuse("R-SCOPE-1", EvaluationRuleText::notAnAgent());
    if (facts.kind == AgentRequestKind::OtherEvaluator) {
        if (!facts.contestedIsSubmittedCoachEvaluation)
            return std::unexpected(
                Error{ErrorCode::Usage, EvaluationRuleText::contestOnlySubmitted(), {}});
        return {}; // R-ASSESS-4: the agent's right, whenever they ask
    }
    // R-ASSESS-5: at most three extra moments per assessment period.
    const std::optional<Policy> policy = m_policies.activeOn(facts.madeOn);
    const PurposePolicy* assessment = policy ? policy->purposePolicy(Purpose::Assessment) : nullptr;
    if (!assessment)
        return refuse("R-POLICY-1", EvaluationRuleText::assessmentNotEnabled(facts.madeOn));
    const auto [from, to] = samplingWindow(assessment->period, facts.madeOn);
    int inPeriod = 0;
    for (const QDate& earlier : facts.earlierExtraMoments)
        inPeriod += earlier >= from && earlier <= to ? 1 : 0;
    if (inPeriod >= 3)
        return refuse("R-ASSESS-5", EvaluationRuleText::tooManyExtraMoments(from, to));
    return {};
}

} // namespace cv::core
