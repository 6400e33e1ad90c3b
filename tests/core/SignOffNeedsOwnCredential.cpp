// The feedback session ends with two signatures, each given with the
// signer's own credential: the agent first (agree or disagree, R-REPORT-2),
// then the evaluator. A wrong credential, someone else's line, or the wrong
// order is refused with its rule ID, audited, and leaves nothing signed.
#include "core/feedback/EvaluationSeal.h"
#include "core/vault/Vault.h"
#include "tests/support/FeedbackFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace cv::core;
using cv::test::FeedbackFixture;

class SignOffNeedsOwnCredential final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWrongCredentialIsRefusedAndAudited()
    {
        FeedbackFixture f;
        QVERIFY(f.ok());
        const Evaluation e = f.submitted();
        QVERIFY(e.id > 0);
        const qint64 auditBefore = f.s.fx.admin->audit().count();

        auto wrong = f.feedback->signAsAgent(e.id, f.s.fx.agent.id, FeedbackFixture::pin("000000"),
                                             true, QStringLiteral("Prima"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::Refused);
        QCOMPARE(wrong.error().ruleId, QStringLiteral("R-AUTH-3"));
        // The coach's PIN is not the agent's either.
        auto coachPin = f.feedback->signAsAgent(
            e.id, f.s.fx.agent.id, FeedbackFixture::pin(FeedbackFixture::coachPin()), true, {});
        QVERIFY(!coachPin);
        QCOMPARE(coachPin.error().ruleId, QStringLiteral("R-AUTH-3"));

        FeedbackRecord r;
        r.evaluation = e;
        f.feedback->store().load(e.id, r);
        QVERIFY(!r.agentSignOff);
        QVERIFY(!r.evaluatorSignOff);
        AuditFilter refused;
        refused.action = QStringLiteral("evaluation.sign-agent");
        refused.outcome = QStringLiteral("refused");
        QCOMPARE(f.s.fx.admin->audit().list(refused).size(), 2);
        QVERIFY(f.s.fx.admin->audit().count() > auditBefore);
    }

    void onlyTheAgentAndTheEvaluatorSignInTurn()
    {
        FeedbackFixture f;
        QVERIFY(f.ok());
        const Evaluation e = f.submitted();
        QVERIFY(e.id > 0);
        const auto coachPin = [] {
            return FeedbackFixture::pin(FeedbackFixture::coachPin());
        };
        const auto agentPin = [] {
            return FeedbackFixture::pin(FeedbackFixture::agentPin());
        };

        // The coach, with a right credential, cannot sign on the agent's line.
        auto coachAsAgent = f.feedback->signAsAgent(e.id, f.s.fx.coach.id, coachPin(), true, {});
        QVERIFY(!coachAsAgent);
        QCOMPARE(coachAsAgent.error().ruleId, QStringLiteral("R-AUTH-3"));
        // Another agent with their own right PIN is no party to it.
        auto other = f.feedback->signAsAgent(
            e.id, f.s.fx.temp.id, FeedbackFixture::pin(FeedbackFixture::otherAgentPin()), true, {});
        QVERIFY(!other);
        QCOMPARE(other.error().ruleId, QStringLiteral("R-AUTH-3"));
        // The evaluator signs after the agent, not before.
        auto early = f.feedback->signAsEvaluator(e.id, f.s.fx.coach.id, coachPin());
        QVERIFY(!early);
        QCOMPARE(early.error().ruleId, QStringLiteral("R-REPORT-2"));

        f.s.fx.clock.advanceSecs(60);
        auto agent = f.feedback->signAsAgent(e.id, f.s.fx.agent.id, agentPin(), false,
                                             QStringLiteral("  Ik zie het anders.  "));
        QVERIFY2(agent, qPrintable(agent ? QString() : agent.error().message));
        QVERIFY(agent->agentSignOff);
        QCOMPARE(agent->agentSignOff->agrees, std::optional<bool>(false));
        QCOMPARE(agent->agentView, QStringLiteral("Ik zie het anders."));
        QCOMPARE(agent->evaluation.status, EvaluationStatus::Submitted);
        // Once only.
        auto twice = f.feedback->signAsAgent(e.id, f.s.fx.agent.id, agentPin(), true, {});
        QVERIFY(!twice);
        QCOMPARE(twice.error().ruleId, QStringLiteral("R-REPORT-2"));
        // The agent's credential on the evaluator's line is refused.
        auto agentAsEvaluator = f.feedback->signAsEvaluator(e.id, f.s.fx.agent.id, agentPin());
        QVERIFY(!agentAsEvaluator);
        QCOMPARE(agentAsEvaluator.error().ruleId, QStringLiteral("R-AUTH-3"));
        // A wrong credential for the coach too.
        auto wrongCoach =
            f.feedback->signAsEvaluator(e.id, f.s.fx.coach.id, FeedbackFixture::pin("999999"));
        QVERIFY(!wrongCoach);
        QCOMPARE(wrongCoach.error().ruleId, QStringLiteral("R-AUTH-3"));

        f.s.fx.clock.advanceSecs(60);
        auto sealed = f.feedback->signAsEvaluator(e.id, f.s.fx.coach.id, coachPin());
        QVERIFY2(sealed, qPrintable(sealed ? QString() : sealed.error().message));
        QCOMPARE(sealed->evaluation.status, EvaluationStatus::SignedOff);
        QVERIFY(sealed->evaluatorSignOff);
        QVERIFY(sealed->evaluatorSignOff->signedUtc > sealed->agentSignOff->signedUtc);
        QVERIFY(sealed->seal);
        QCOMPARE(sealed->seal->sha256.size(), 64);
        QCOMPARE(sealed->seal->sha256, EvaluationSeal::sha256(*sealed));

        // Stored as 'signed' (the retention sweep's word for completed).
        QSqlQuery q(f.s.fx.vault->database());
        QVERIFY(q.exec(QStringLiteral("SELECT status FROM evaluation WHERE id = %1").arg(e.id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("signed"));
        // The seal's hash is in the audit trail.
        AuditFilter seals;
        seals.action = QStringLiteral("evaluation.seal");
        const QList<AuditEntry> entries = f.s.fx.admin->audit().list(seals);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].objectId, QString::number(e.id));
        QCOMPARE(entries[0].detail, QStringLiteral("sha256 ") + sealed->seal->sha256);
        QCOMPARE(entries[0].seq, sealed->seal->auditSeq);
        QVERIFY(f.s.fx.admin->verifyAudit(f.s.fx.privacyOfficer));
    }
};

QTEST_GUILESS_MAIN(SignOffNeedsOwnCredential)
#include "SignOffNeedsOwnCredential.moc"
