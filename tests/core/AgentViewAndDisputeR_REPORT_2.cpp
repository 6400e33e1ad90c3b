// R-REPORT-2: the agent gives their view with their sign-off, agreeing or
// disagreeing, and it is kept with the evaluation. After sign-off the agent
// can dispute it; the dispute reaches the evaluator's Inbox and is resolved
// with a note — all of it kept with the evaluation, outside the seal.
#include "tests/support/FeedbackFixture.h"

#include <QTest>

using namespace cv::core;
using cv::test::FeedbackFixture;

class AgentViewAndDisputeR_REPORT_2 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theViewIsKeptWithTheEvaluation()
    {
        FeedbackFixture f;
        QVERIFY(f.ok());
        const FeedbackRecord sealed = f.signedOff(QStringLiteral("De wachttijd lag niet aan mij."));
        QVERIFY(sealed.seal);
        // The agent reads it back, as does the coach.
        for (const Person* reader : {&f.s.fx.agent, &f.s.fx.coach}) {
            auto r = f.feedback->record(*reader, sealed.evaluation.id);
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            QCOMPARE(r->agentView, QStringLiteral("De wachttijd lag niet aan mij."));
            QCOMPARE(r->agentSignOff->agrees, std::optional<bool>(true));
            QCOMPARE(r->agentSignOff->signer, f.s.fx.agent.id);
            QCOMPARE(r->evaluatorSignOff->signer, f.s.fx.coach.id);
        }
        // Another agent reads nothing of it.
        QCOMPARE(f.feedback->record(f.s.fx.temp, sealed.evaluation.id).error().code,
                 ErrorCode::Refused);
    }

    void theSelfEvaluationStandsBesideTheCoachs()
    {
        FeedbackFixture f;
        QVERIFY(f.ok());
        const Evaluation coach = f.submitted();
        QVERIFY(coach.id > 0);
        auto none = f.feedback->selfEvaluation(f.s.fx.coach, coach.id);
        QVERIFY(none);
        QVERIFY(!none->has_value());
        const auto scorecard = f.s.desk->templateOf(coach);
        QHash<QString, CriterionAnswer> answers =
            cv::test::ScoringFixture::fillAll({}, *scorecard).answers;
        answers[QStringLiteral("opening.begroeting")].score = CriterionScore::of(2);
        auto self = f.s.desk->record(f.s.fx.agent, coach.recording, coach.templateVersion,
                                     EvaluationKind::Self, answers, {}, true);
        QVERIFY2(self, qPrintable(self ? QString() : self.error().message));
        auto beside = f.feedback->selfEvaluation(f.s.fx.coach, coach.id);
        QVERIFY(beside && beside->has_value());
        QCOMPARE((*beside)->id, self->id);
        QCOMPARE((*beside)->answers.value(QStringLiteral("opening.begroeting")).score.value,
                 std::optional<int>(2));
    }

    void aDisputeIsOpenedInTheInboxAndResolved()
    {
        FeedbackFixture f;
        QVERIFY(f.ok());
        // Not before sign-off: the view is given then.
        const Evaluation open = f.submitted();
        QCOMPARE(f.feedback->dispute(f.s.fx.agent, open.id, QStringLiteral("Nee")).error().ruleId,
                 QStringLiteral("R-REPORT-2"));

        const FeedbackRecord sealed = f.signedOff();
        const EvaluationId id = sealed.evaluation.id;
        // Only the agent disputes; with a reason.
        QCOMPARE(f.feedback->dispute(f.s.fx.coach, id, QStringLiteral("x")).error().ruleId,
                 QStringLiteral("R-AUTH-3"));
        QCOMPARE(f.feedback->dispute(f.s.fx.temp, id, QStringLiteral("x")).error().ruleId,
                 QStringLiteral("R-AUTH-3"));
        QCOMPARE(f.feedback->dispute(f.s.fx.agent, id, QStringLiteral("  ")).error().code,
                 ErrorCode::Usage);
        f.s.fx.clock.advanceSecs(3600);
        auto disputed =
            f.feedback->dispute(f.s.fx.agent, id, QStringLiteral("Het gesprek was al gestart."));
        QVERIFY2(disputed, qPrintable(disputed ? QString() : disputed.error().message));
        // One open dispute at a time.
        QCOMPARE(f.feedback->dispute(f.s.fx.agent, id, QStringLiteral("nog een")).error().ruleId,
                 QStringLiteral("R-REPORT-2"));

        // In the coach's Inbox (and a manager's), not in the trainer's.
        auto inbox = f.feedback->openDisputes(f.s.fx.coach);
        QVERIFY(inbox);
        QCOMPARE(inbox->size(), 1);
        QCOMPARE(inbox->first().id, *disputed);
        QCOMPARE(inbox->first().evaluation, id);
        QCOMPARE(f.feedback->openDisputes(f.s.fx.manager)->size(), 1);
        QCOMPARE(f.feedback->openDisputes(f.s.fx.trainer)->size(), 0);

        // Resolved by the evaluator with a note; nobody else but a manager.
        QCOMPARE(f.feedback->resolveDispute(f.s.fx.trainer, *disputed, QStringLiteral("x"))
                     .error()
                     .ruleId,
                 QStringLiteral("R-AUTH-3"));
        QCOMPARE(
            f.feedback->resolveDispute(f.s.fx.agent, *disputed, QStringLiteral("x")).error().ruleId,
            QStringLiteral("R-AUTH-3"));
        QCOMPARE(f.feedback->resolveDispute(f.s.fx.coach, *disputed, {}).error().code,
                 ErrorCode::Usage);
        f.s.fx.clock.advanceSecs(3600);
        auto resolved = f.feedback->resolveDispute(
            f.s.fx.coach, *disputed, QStringLiteral("Besproken; score blijft, uitleg gegeven."));
        QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().message));
        QCOMPARE(f.feedback->openDisputes(f.s.fx.coach)->size(), 0);
        QCOMPARE(f.feedback->resolveDispute(f.s.fx.coach, *disputed, QStringLiteral("again"))
                     .error()
                     .code,
                 ErrorCode::Usage);

        auto record = f.feedback->record(f.s.fx.agent, id);
        QVERIFY(record);
        QCOMPARE(record->disputes.size(), 1);
        const Dispute& d = record->disputes.first();
        QCOMPARE(d.reason, QStringLiteral("Het gesprek was al gestart."));
        QCOMPARE(d.openedBy, f.s.fx.agent.id);
        QCOMPARE(d.resolvedBy, std::optional<PersonId>(f.s.fx.coach.id));
        QCOMPARE(d.resolution, QStringLiteral("Besproken; score blijft, uitleg gegeven."));
        QVERIFY(d.resolvedUtc > d.openedUtc);
        // A new dispute may follow the resolved one.
        QVERIFY(f.feedback->dispute(f.s.fx.agent, id, QStringLiteral("Toch niet eens.")));
        // Disputes come after the seal and do not break it.
        QVERIFY(f.s.fx.admin->verifyAudit(f.s.fx.privacyOfficer));
        AuditFilter audit;
        audit.action = QStringLiteral("evaluation.");
        audit.subject = f.s.fx.agent.id;
        QStringList actions;
        for (const AuditEntry& e : f.s.fx.admin->audit().list(audit))
            actions << e.action;
        QVERIFY(actions.contains(QStringLiteral("evaluation.dispute")));
        QVERIFY(actions.contains(QStringLiteral("evaluation.resolve-dispute")));
    }
};

QTEST_GUILESS_MAIN(AgentViewAndDisputeR_REPORT_2)
#include "AgentViewAndDisputeR_REPORT_2.moc"
