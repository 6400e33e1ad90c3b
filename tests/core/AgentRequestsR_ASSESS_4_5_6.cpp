// The agent's requests, recorded and enforced:
// R-ASSESS-4 another authorised evaluator on request (and only then a
// second coach evaluation, never by the contested evaluator);
// R-ASSESS-5 at most three extra moments per assessment period;
// R-ASSESS-6 the policy's minimum interval after an assessment evaluation
// before the next assessment monitoring (an extra moment lifts it once).
#include "core/scoring/EvaluationDesk.h"
#include "tests/support/ScoringFixture.h"

#include <QTest>

using namespace cv::core;
using cv::test::ScoringFixture;

namespace {

QDateTime at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

// Starts, fills and submits a coach evaluation of `recording` by `coach`.
Result<Evaluation> evaluateFully(ScoringFixture& s, const Person& coach, RecordingId recording)
{
    auto draft = s.desk->start(coach, recording, s.published);
    if (!draft)
        return draft;
    if (auto saved =
            s.desk->saveDraft(coach, ScoringFixture::fillAll(*draft, ScoringFixture::example()));
        !saved)
        return std::unexpected(saved.error());
    return s.desk->submit(coach, draft->id);
}

} // namespace

class AgentRequestsR_ASSESS_4_5_6 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R_ASSESS_4_anotherEvaluatorOnTheAgentsRequest()
    {
        ScoringFixture s;
        QVERIFY(s.ok());
        auto& fx = s.fx;
        const Person linda = fx.add(QStringLiteral("linda"), QStringLiteral("Linda Coach"),
                                    {Role::Coach}, Employment::Permanent);
        s.authorise(linda, {Purpose::Coaching});
        const RecordingId recording = s.call(fx.agent, Purpose::Coaching, at(2, 20));
        auto first = evaluateFully(s, fx.coach, recording);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));

        // Without a request: no second coach evaluation.
        QCOMPARE(s.desk->start(linda, recording, s.published).error().ruleId,
                 QStringLiteral("R-ASSESS-4"));
        // Someone else's agent cannot ask for Sanne; a draft cannot be contested.
        QCOMPARE(
            s.desk->requestOtherEvaluator(fx.temp, first->id, QDate(2026, 3, 2)).error().ruleId,
            QStringLiteral("R-AUTH-3"));
        // Sanne asks.
        auto request = s.desk->requestOtherEvaluator(fx.agent, first->id, QDate(2026, 3, 2),
                                                     QStringLiteral("Ik herken me er niet in"));
        QVERIFY2(request, qPrintable(request ? QString() : request.error().message));
        const auto recorded = s.desk->requests(fx.agent, fx.agent.id).value();
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().kind, AgentRequestKind::OtherEvaluator);
        QCOMPARE(recorded.first().replacedEvaluator, fx.coach.id);
        QVERIFY(fx.admin->audit().list().last().detail.startsWith(QStringLiteral("R-ASSESS-4")));

        // The contested evaluator may not evaluate the call again…
        auto again = s.desk->start(fx.coach, recording, s.published);
        QVERIFY(!again);
        QCOMPARE(again.error().ruleId, QStringLiteral("R-ASSESS-4"));
        // …another authorised person may.
        auto second = evaluateFully(s, linda, recording);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
        QVERIFY(second->isSubmitted());
    }

    void R_ASSESS_4_onlyASubmittedCoachEvaluationIsContested()
    {
        ScoringFixture s;
        QVERIFY(s.ok());
        const RecordingId recording = s.call(s.fx.agent, Purpose::Coaching, at(2, 20));
        auto draft = s.desk->start(s.fx.coach, recording, s.published);
        QVERIFY(draft);
        auto early = s.desk->requestOtherEvaluator(s.fx.agent, draft->id, QDate(2026, 3, 2));
        QVERIFY(!early);
        QCOMPARE(early.error().code, ErrorCode::Usage);
    }

    void R_ASSESS_5_atMostThreeExtraMomentsPerPeriod()
    {
        ScoringFixture s;
        QVERIFY(s.ok());
        auto& fx = s.fx;
        // The policy's assessment period is the quarter: Q1 2026.
        for (int day : {5, 20, 28})
            QVERIFY(s.desk->requestExtraMoment(fx.agent, fx.agent.id, QDate(2026, 1, day)));
        auto fourth = s.desk->requestExtraMoment(fx.coach, fx.agent.id, QDate(2026, 3, 31));
        QVERIFY(!fourth);
        QCOMPARE(fourth.error().ruleId, QStringLiteral("R-ASSESS-5"));
        QVERIFY(fourth.error().message.contains(QStringLiteral("2026-01-01")));
        QCOMPARE(fx.admin->audit().list().last().ruleId, QStringLiteral("R-ASSESS-5"));
        // A new period, and another agent, start from zero.
        QVERIFY(s.desk->requestExtraMoment(fx.agent, fx.agent.id, QDate(2026, 4, 1)));
        QVERIFY(s.desk->requestExtraMoment(fx.manager, fx.temp.id, QDate(2026, 3, 31)));
        // Only for agents; only the agent, a coach or a manager records it.
        QCOMPARE(
            s.desk->requestExtraMoment(fx.manager, fx.trainer.id, QDate(2026, 3, 1)).error().ruleId,
            QStringLiteral("R-SCOPE-1"));
        QCOMPARE(s.desk->requestExtraMoment(fx.temp, fx.agent.id, QDate(2026, 4, 2)).error().ruleId,
                 QStringLiteral("R-AUTH-3"));
        int extra = 0;
        const QList<AgentRequest> recorded = s.desk->requests(fx.coach, fx.agent.id).value();
        for (const AgentRequest& r : recorded)
            extra += r.kind == AgentRequestKind::ExtraMonitoring ? 1 : 0;
        QCOMPARE(extra, 4);
    }

    void R_ASSESS_6_timeToImproveBeforeTheNextAssessment()
    {
        ScoringFixture s;
        QVERIFY(s.ok());
        auto& fx = s.fx;
        QCOMPARE(fx.policy.assessmentMinimumIntervalDays, 30);
        const RecordingId first = s.call(fx.agent, Purpose::Assessment, at(2, 2));
        const RecordingId tooSoon = s.call(fx.agent, Purpose::Assessment, at(2, 20));
        const RecordingId alsoTooSoon = s.call(fx.agent, Purpose::Assessment, at(3, 6, 23));
        const RecordingId afterInterval = s.call(fx.agent, Purpose::Assessment, at(3, 7, 9));
        const RecordingId coaching = s.call(fx.agent, Purpose::Coaching, at(2, 21));
        fx.clock.set(at(2, 5, 9)); // submitted 2026-02-05 09:00
        QVERIFY(evaluateFully(s, fx.coach, first));
        fx.clock.set(at(3, 10));

        auto refused = s.desk->start(fx.coach, tooSoon, s.published);
        QVERIFY(!refused);
        QCOMPARE(refused.error().ruleId, QStringLiteral("R-ASSESS-6"));
        QCOMPARE(s.desk->start(fx.coach, alsoTooSoon, s.published).error().ruleId,
                 QStringLiteral("R-ASSESS-6"));
        QVERIFY(s.desk->start(fx.coach, afterInterval, s.published)); // 30 days after
        QVERIFY(s.desk->start(fx.coach, coaching, s.published));      // other purposes: no interval

        // The agent asks for an extra moment (R-ASSESS-5): it lifts the
        // interval for one call after the request, and is then used.
        QVERIFY(s.desk->requestExtraMoment(fx.agent, fx.agent.id, QDate(2026, 2, 10)));
        auto lifted = s.desk->start(fx.coach, tooSoon, s.published);
        QVERIFY2(lifted, qPrintable(lifted ? QString() : lifted.error().message));
        const auto requests = s.desk->requests(fx.coach, fx.agent.id).value();
        QCOMPARE(requests.last().usedByEvaluation, lifted->id);
        QCOMPARE(s.desk->start(fx.coach, alsoTooSoon, s.published).error().ruleId,
                 QStringLiteral("R-ASSESS-6"));
        // A request made after the call does not cover it.
        QVERIFY(s.desk->requestExtraMoment(fx.agent, fx.agent.id, QDate(2026, 3, 8)));
        QCOMPARE(s.desk->start(fx.coach, alsoTooSoon, s.published).error().ruleId,
                 QStringLiteral("R-ASSESS-6"));
    }
};

QTEST_GUILESS_MAIN(AgentRequestsR_ASSESS_4_5_6)
#include "AgentRequestsR_ASSESS_4_5_6.moc"
