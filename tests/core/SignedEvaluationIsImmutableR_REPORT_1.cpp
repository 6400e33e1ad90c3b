// R-REPORT-1: in the feedback session the evaluator may adjust a score,
// each change kept with before and after, until the agent signs; a signed
// evaluation never changes again — every use case refuses it, and the
// database's triggers refuse a write that bypasses them.
#include "core/feedback/EvaluationSeal.h"
#include "core/vault/Vault.h"
#include "tests/support/FeedbackFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace cv::core;
using cv::test::FeedbackFixture;

namespace {
const QString kNaam = QStringLiteral("opening.naam");
const QString kBegroeting = QStringLiteral("opening.begroeting");
} // namespace

class SignedEvaluationIsImmutableR_REPORT_1 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void adjustmentsKeepBeforeAndAfterUntilTheAgentSigns()
    {
        FeedbackFixture f;
        QVERIFY(f.ok());
        const Evaluation e = f.submitted();
        QVERIFY(e.id > 0);
        const CriterionAnswer before = e.answers.value(kBegroeting);
        const CriterionAnswer after{CriterionScore::of(3), QStringLiteral("Na overleg: 3")};
        f.s.fx.clock.advanceSecs(30);
        auto adjusted = f.feedback->adjust(f.s.fx.coach, e.id, kBegroeting, after);
        QVERIFY2(adjusted, qPrintable(adjusted ? QString() : adjusted.error().message));
        QCOMPARE(adjusted->before.score.value, before.score.value);
        QCOMPARE(adjusted->after.score.value, std::optional<int>(3));

        auto record = f.feedback->record(f.s.fx.coach, e.id);
        QVERIFY(record);
        QCOMPARE(record->adjustments.size(), 1);
        QCOMPARE(record->adjustments[0].criterionId, kBegroeting);
        QCOMPARE(record->adjustments[0].before.score.value, before.score.value);
        QCOMPARE(record->adjustments[0].after.comment, QStringLiteral("Na overleg: 3"));
        QCOMPARE(record->adjustments[0].adjustedBy, f.s.fx.coach.id);
        QCOMPARE(record->evaluation.answers.value(kBegroeting).score.value, std::optional<int>(3));
        QVERIFY(*record->evaluation.total < *e.total); // the total follows
        AuditFilter adjusts;
        adjusts.action = QStringLiteral("evaluation.adjust");
        QCOMPARE(f.s.fx.admin->audit().list(adjusts).size(), 1);

        // Off the scale, unknown, or by someone else: refused, nothing kept.
        QCOMPARE(f.feedback->adjust(f.s.fx.coach, e.id, kBegroeting, {CriterionScore::of(9), {}})
                     .error()
                     .code,
                 ErrorCode::BadInput);
        QCOMPARE(f.feedback->adjust(f.s.fx.coach, e.id, QStringLiteral("x.y"), after).error().code,
                 ErrorCode::BadInput);
        QCOMPARE(f.feedback->adjust(f.s.fx.manager, e.id, kBegroeting, {CriterionScore::of(2), {}})
                     .error()
                     .ruleId,
                 QStringLiteral("R-AUTH-3"));
        QCOMPARE(f.feedback->adjust(f.s.fx.agent, e.id, kBegroeting, {CriterionScore::of(5), {}})
                     .error()
                     .ruleId,
                 QStringLiteral("R-AUTH-3"));

        // Once the agent signed, the scores they signed stay.
        QVERIFY(f.feedback->signAsAgent(
            e.id, f.s.fx.agent.id, FeedbackFixture::pin(FeedbackFixture::agentPin()), true, {}));
        auto late =
            f.feedback->adjust(f.s.fx.coach, e.id, kBegroeting, {CriterionScore::of(4), {}});
        QVERIFY(!late);
        QCOMPARE(late.error().ruleId, QStringLiteral("R-REPORT-2"));
        QCOMPARE(f.feedback->record(f.s.fx.coach, e.id)->adjustments.size(), 1);
    }

    void aDraftIsNotAdjustedButEdited()
    {
        FeedbackFixture f;
        QVERIFY(f.ok());
        const RecordingId call = f.s.call(f.s.fx.agent, Purpose::Coaching,
                                          QDateTime(QDate(2026, 2, 2), QTime(9, 0), Qt::UTC));
        auto draft = f.s.desk->start(f.s.fx.coach, call, f.s.published);
        QVERIFY(draft);
        auto adjusted =
            f.feedback->adjust(f.s.fx.coach, draft->id, kBegroeting, {CriterionScore::of(3), {}});
        QVERIFY(!adjusted);
        QCOMPARE(adjusted.error().ruleId, QStringLiteral("R-REPORT-1"));
        auto signing =
            f.feedback->signAsAgent(draft->id, f.s.fx.agent.id,
                                    FeedbackFixture::pin(FeedbackFixture::agentPin()), true, {});
        QVERIFY(!signing);
        QCOMPARE(signing.error().ruleId, QStringLiteral("R-REPORT-1"));
    }

    void everyWriteToASignedEvaluationIsRefused()
    {
        FeedbackFixture f;
        QVERIFY(f.ok());
        const FeedbackRecord sealed = f.signedOff();
        QVERIFY(sealed.seal);
        const EvaluationId id = sealed.evaluation.id;
        const QByteArray canonical = EvaluationSeal::canonical(sealed);

        // Through the use cases.
        Evaluation changed = sealed.evaluation;
        changed.answers[kNaam].comment = QStringLiteral("anders");
        QCOMPARE(f.s.desk->saveDraft(f.s.fx.coach, changed).error().ruleId,
                 QStringLiteral("R-REPORT-1"));
        QCOMPARE(f.s.desk->submit(f.s.fx.coach, id).error().ruleId, QStringLiteral("R-REPORT-1"));
        QCOMPARE(
            f.feedback->adjust(f.s.fx.coach, id, kNaam, {CriterionScore::of(0), {}}).error().ruleId,
            QStringLiteral("R-REPORT-1"));
        QCOMPARE(f.feedback
                     ->signAsAgent(id, f.s.fx.agent.id,
                                   FeedbackFixture::pin(FeedbackFixture::agentPin()), false, {})
                     .error()
                     .ruleId,
                 QStringLiteral("R-REPORT-1"));
        QCOMPARE(f.feedback
                     ->signAsEvaluator(id, f.s.fx.coach.id,
                                       FeedbackFixture::pin(FeedbackFixture::coachPin()))
                     .error()
                     .ruleId,
                 QStringLiteral("R-REPORT-1"));
        // Through the stores.
        EvaluationStore store(*f.s.fx.vault);
        QCOMPARE(store.saveDraft(changed, {}).error().ruleId, QStringLiteral("R-REPORT-1"));
        QCOMPARE(store.markSubmitted(id).error().ruleId, QStringLiteral("R-REPORT-1"));
        QCOMPARE(f.feedback->store().markSignedOff(id).error().ruleId,
                 QStringLiteral("R-REPORT-1"));

        // Straight into the database: the triggers refuse.
        const QStringList writes{
            QStringLiteral("UPDATE evaluation SET score_total = 1 WHERE id = %1"),
            QStringLiteral("UPDATE evaluation SET status = 'submitted' WHERE id = %1"),
            QStringLiteral("DELETE FROM evaluation WHERE id = %1"),
            QStringLiteral("UPDATE evaluation_score SET value = 0 WHERE evaluation_id = %1"),
            QStringLiteral("DELETE FROM evaluation_score WHERE evaluation_id = %1"),
            QStringLiteral("INSERT INTO evaluation_score (evaluation_id, criterion_id, value) "
                           "VALUES (%1, 'extra', 1)"),
            QStringLiteral("UPDATE evaluation_note SET text = 'x' WHERE evaluation_id = %1"),
            QStringLiteral("DELETE FROM evaluation_note WHERE evaluation_id = %1"),
            QStringLiteral("UPDATE evaluation_signoff SET agrees = 0 WHERE evaluation_id = %1"),
            QStringLiteral(
                "UPDATE evaluation_signoff SET agent_view = '' WHERE evaluation_id = %1"),
            QStringLiteral("DELETE FROM evaluation_signoff WHERE evaluation_id = %1"),
            QStringLiteral("UPDATE evaluation_seal SET sha256 = 'x' WHERE evaluation_id = %1"),
        };
        for (const QString& sql : writes) {
            QSqlQuery q(f.s.fx.vault->database());
            QVERIFY2(!q.exec(sql.arg(id)), qPrintable(sql));
        }
        // Still exactly as sealed.
        FeedbackRecord now;
        now.evaluation = *store.find(id);
        f.feedback->store().load(id, now);
        QCOMPARE(EvaluationSeal::canonical(now), canonical);
        QVERIFY(f.s.fx.admin->verifyAudit(f.s.fx.privacyOfficer));
    }
};

QTEST_GUILESS_MAIN(SignedEvaluationIsImmutableR_REPORT_1)
#include "SignedEvaluationIsImmutableR_REPORT_1.moc"
