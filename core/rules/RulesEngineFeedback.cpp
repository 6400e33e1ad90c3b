// The RulesEngine's checks on the feedback session (R-REPORT-1, R-REPORT-2):
// who adjusts, signs off, disputes and resolves, and when.
#include "core/rules/RulesEngine.h"

#include <QCoreApplication>

namespace cv::core {

namespace {

class FeedbackRuleText
{
    Q_DECLARE_TR_FUNCTIONS(RulesEngine)
public:
    static QString onlyCoachEvaluations()
    {
        return tr("only a coach's evaluation has a feedback session; a self-evaluation is not "
                  "signed off.");
    }
    static QString notSubmitted()
    {
        return tr("the evaluation is not submitted yet; the feedback session discusses the "
                  "submitted outcome.");
    }
    static QString signedOff()
    {
        return tr("the evaluation is signed off by the agent and the evaluator and never "
                  "changes.");
    }
    static QString onlyEvaluatorAdjusts()
    {
        return tr("only the evaluator adjusts the scores of an evaluation.");
    }
    static QString agentAlreadySigned()
    {
        return tr("the agent signed off these scores; they no longer change.");
    }
    static QString notAParty()
    {
        return tr("only the agent of the call and the evaluator sign off an evaluation.");
    }
    static QString agentSignsFirst()
    {
        return tr("the agent signs off first, then the evaluator.");
    }
    static QString alreadySigned() { return tr("this person has already signed off."); }
    static QString disputeAfterSignOff()
    {
        return tr("an evaluation can be disputed once it is signed off; before that the agent "
                  "gives their view at sign-off.");
    }
    static QString disputeOpen()
    {
        return tr("a dispute of this evaluation is still open; it is resolved first.");
    }
    static QString notYourDispute()
    {
        return tr("only the evaluator or a manager resolves a dispute of an evaluation.");
    }
};

std::unexpected<Error> refuse(const char* rule, const QString& message)
{
    return std::unexpected(Error::refused(QString::fromLatin1(rule), message));
}

} // namespace

Result<void> RulesEngine::checkFeedback(const Person& actor, const Request& request) const
{
    if (!request.feedback)
        return std::unexpected(Error{
            ErrorCode::Usage, QStringLiteral("feedback actions need the feedback facts"), {}});
    const FeedbackFacts& f = *request.feedback;
    if (!f.coachEvaluation)
        return refuse("R-REPORT-2", FeedbackRuleText::onlyCoachEvaluations());
    switch (request.action) {
    case Action::AdjustEvaluation:
        if (f.evaluator != actor.id)
            return refuse("R-AUTH-3", FeedbackRuleText::onlyEvaluatorAdjusts());
        if (f.signedOff)
            return refuse("R-REPORT-1", FeedbackRuleText::signedOff());
        if (!f.submitted)
            return refuse("R-REPORT-1", FeedbackRuleText::notSubmitted());
        if (f.agentSigned)
            return refuse("R-REPORT-2", FeedbackRuleText::agentAlreadySigned());
        return {};
    case Action::SignOffEvaluation:
        if (f.signedOff)
            return refuse("R-REPORT-1", FeedbackRuleText::signedOff());
        if (!f.submitted)
            return refuse("R-REPORT-1", FeedbackRuleText::notSubmitted());
        if (f.signingAsAgent) {
            if (actor.id != f.agent)
                return refuse("R-AUTH-3", FeedbackRuleText::notAParty());
            if (f.agentSigned)
                return refuse("R-REPORT-2", FeedbackRuleText::alreadySigned());
            return {};
        }
        if (actor.id == f.evaluator) {
            if (!f.agentSigned)
                return refuse("R-REPORT-2", FeedbackRuleText::agentSignsFirst());
            if (f.evaluatorSigned)
                return refuse("R-REPORT-2", FeedbackRuleText::alreadySigned());
            return {};
        }
        return refuse("R-AUTH-3", FeedbackRuleText::notAParty());
    case Action::DisputeEvaluation:
        if (!f.signedOff)
            return refuse("R-REPORT-2", FeedbackRuleText::disputeAfterSignOff());
        if (f.openDispute)
            return refuse("R-REPORT-2", FeedbackRuleText::disputeOpen());
        return {};
    case Action::ResolveDispute:
        if (f.evaluator != actor.id && !actor.hasRole(Role::Manager))
            return refuse("R-AUTH-3", FeedbackRuleText::notYourDispute());
        return {};
    default:
        return {};
    }
}

} // namespace cv::core
