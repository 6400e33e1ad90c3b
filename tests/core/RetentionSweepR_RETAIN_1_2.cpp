// The retention sweep with the test clock (R-RETAIN-1, R-RETAIN-2,
// R-ASSESS-3): a signed-off evaluation's recording goes at the next sweep;
// an unevaluated one when its term lapses (one day before, it is in the
// 7-day warning); a retained one when its retention ends. What stays: the
// tombstone, the evaluation with its sign-offs, the audit entry, a clip that
// was anonymised; opening the recording is refused with R-RETAIN-3, and a
// clip in which the agent stays identifiable went with it.
#include "core/clips/ClipStore.h"
#include "core/recordings/RecordingAccess.h"
#include "core/recordings/RecordingStore.h"
#include "core/retention/RetentionDesk.h"
#include "core/retention/RetentionStore.h"
#include "core/retention/RetentionSweep.h"
#include "tests/support/FeedbackFixture.h"

#include <QTest>

using namespace cv::core;
using cv::test::FeedbackFixture;

namespace {

bool contains(const QList<Destruction>& list, RecordingId id, const QString& rule)
{
    return std::any_of(list.begin(), list.end(),
                       [&](const Destruction& d) { return d.recording == id && d.ruleId == rule; });
}

} // namespace

class RetentionSweepR_RETAIN_1_2 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signedOffIsDestroyedAtTheNextSweepR_RETAIN_1()
    {
        FeedbackFixture f;
        QVERIFY(f.ok());
        const FeedbackRecord signedOff = f.signedOff();
        QCOMPARE(signedOff.evaluation.status, EvaluationStatus::SignedOff);
        const RecordingId id = signedOff.evaluation.recording;
        // A call of today: its term has not lapsed, only the sign-off counts.
        const RecordingId fresh =
            f.s.call(f.s.fx.agent, Purpose::Coaching, f.s.fx.clock.nowUtc().addSecs(-3600));
        RetentionSweep sweep(*f.s.fx.vault, *f.s.fx.admin);
        const QDateTime now = f.s.fx.clock.nowUtc();
        QVERIFY(contains(sweep.due(now), id, QStringLiteral("R-RETAIN-1")));
        QVERIFY(!contains(sweep.due(now), fresh, QStringLiteral("R-RETAIN-2")));

        auto report = sweep.run(now, QStringLiteral("test"));
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY(contains(report->destroyed, id, QStringLiteral("R-RETAIN-1")));
        QVERIFY(sweep.due(now).isEmpty()); // nothing left to do

        RecordingStore store(*f.s.fx.vault);
        const QList<Recording> held = store.all();
        QVERIFY(
            std::none_of(held.begin(), held.end(), [&](const Recording& r) { return r.id == id; }));
        QVERIFY(std::any_of(held.begin(), held.end(),
                            [&](const Recording& r) { return r.id == fresh; }));
        QCOMPARE(store.chunkCount(id), 0);
        QVERIFY(!store.peaks(id));
        const auto tombstone = RetentionStore(*f.s.fx.vault).tombstone(id);
        QVERIFY(tombstone);
        QCOMPARE(tombstone->ruleId, QStringLiteral("R-RETAIN-1"));
        QCOMPARE(tombstone->destroyedUtc, now);
        QCOMPARE(tombstone->destroyedBy, QStringLiteral("test"));

        // The evaluation, its sign-offs and its seal survive.
        auto record = f.feedback->record(f.s.fx.coach, signedOff.evaluation.id);
        QVERIFY2(record, record ? "" : qPrintable(record.error().message));
        QVERIFY(record->agentSignOff && record->evaluatorSignOff && record->seal);
        QVERIFY(f.s.fx.admin->verifyAudit(f.s.fx.privacyOfficer));

        // The audit trail says what went, by which rule, about whom.
        auto entries = f.s.fx.admin->auditEntries(f.s.fx.privacyOfficer, {});
        QVERIFY(entries);
        QVERIFY(std::any_of(entries->begin(), entries->end(), [&](const AuditEntry& e) {
            return e.action == QLatin1String("recording.destroy") &&
                   e.objectId == QString::number(id) && e.ruleId == QLatin1String("R-RETAIN-1") &&
                   e.subject == f.s.fx.agent.id;
        }));

        // Opening it is refused: the audio is gone for good.
        RecordingAccess access(*f.s.fx.vault, *f.s.fx.admin);
        auto opened = access.open(f.s.fx.coach, id);
        QVERIFY(!opened);
        QCOMPARE(opened.error().ruleId, QStringLiteral("R-RETAIN-3"));
    }

    void aLapsedTermDestroysAnUnevaluatedCallR_RETAIN_2()
    {
        FeedbackFixture f;
        QVERIFY(f.ok());
        const int term = f.s.fx.policy.evaluationTermDays;
        const QDateTime now = f.s.fx.clock.nowUtc();
        const RecordingId lapsed =
            f.s.call(f.s.fx.agent, Purpose::Coaching, now.addDays(-term).addSecs(-60));
        const RecordingId dueTomorrow =
            f.s.call(f.s.fx.agent, Purpose::Coaching, now.addDays(1 - term));
        const RecordingId dueLater = f.s.call(f.s.fx.agent, Purpose::Coaching, now.addDays(-1));
        RetentionSweep sweep(*f.s.fx.vault, *f.s.fx.admin);
        QVERIFY(contains(sweep.due(now), lapsed, QStringLiteral("R-RETAIN-2")));
        QVERIFY(!contains(sweep.due(now), dueTomorrow, QStringLiteral("R-RETAIN-2")));
        // The Inbox's warning: what goes within 7 days, soonest first.
        const QList<Destruction> soon = sweep.upcoming(now, 7);
        QVERIFY(contains(soon, dueTomorrow, QStringLiteral("R-RETAIN-2")));
        QVERIFY(!contains(soon, lapsed, QStringLiteral("R-RETAIN-2"))); // due now, not upcoming
        QVERIFY(!contains(soon, dueLater, QStringLiteral("R-RETAIN-2")) || term - 1 <= 7);
        QVERIFY(std::is_sorted(soon.begin(), soon.end(),
                               [](const auto& a, const auto& b) { return a.dueUtc < b.dueUtc; }));

        QVERIFY(sweep.run(now, QStringLiteral("test")));
        RetentionStore store(*f.s.fx.vault);
        QVERIFY(store.isDestroyed(lapsed));
        QVERIFY(!store.isDestroyed(dueTomorrow));
        // A day later the next one goes.
        f.s.fx.clock.advanceSecs(86400);
        QVERIFY(sweep.run(f.s.fx.clock.nowUtc(), QStringLiteral("test")));
        QVERIFY(store.isDestroyed(dueTomorrow));
        QVERIFY(!store.isDestroyed(dueLater));
    }

    void aSubmittedButUnsignedEvaluationDoesNotSaveTheCallR_RETAIN_2()
    {
        FeedbackFixture f;
        QVERIFY(f.ok());
        const Evaluation submitted = f.submitted(); // a call of 2026-01-21, term long lapsed
        RetentionSweep sweep(*f.s.fx.vault, *f.s.fx.admin);
        QVERIFY(contains(sweep.due(f.s.fx.clock.nowUtc()), submitted.recording,
                         QStringLiteral("R-RETAIN-2")));
        QVERIFY(sweep.run(f.s.fx.clock.nowUtc(), QStringLiteral("test")));
        // The evaluation stays, and can still be signed off.
        auto record = f.feedback->record(f.s.fx.coach, submitted.id);
        QVERIFY(record);
    }

    void retainedIsKeptUntilItsEndDateR_RETAIN_1()
    {
        FeedbackFixture f;
        QVERIFY(f.ok());
        const QDateTime now = f.s.fx.clock.nowUtc();
        const RecordingId id = f.s.call(f.s.fx.agent, Purpose::Coaching, now.addSecs(-3600));
        RetentionDesk desk(*f.s.fx.vault, *f.s.fx.admin);
        const QDate until = now.date().addDays(30);
        auto grant = desk.retain(f.s.fx.coach, id, now.date().addDays(-1),
                                 QStringLiteral("Voorbeeld voor de teamtraining"), until);
        QVERIFY2(grant, grant ? "" : qPrintable(grant.error().message));
        RetentionSweep sweep(*f.s.fx.vault, *f.s.fx.admin);
        // Past its evaluation term, it is still kept: retained.
        f.s.fx.clock.advanceSecs(20 * 86400);
        QVERIFY(!contains(sweep.due(f.s.fx.clock.nowUtc()), id, QStringLiteral("R-RETAIN-2")));
        QVERIFY(!contains(sweep.due(f.s.fx.clock.nowUtc()), id, QStringLiteral("R-RETAIN-1")));
        // The day after its last day it goes.
        f.s.fx.clock.advanceSecs(11 * 86400);
        QVERIFY(sweep.run(f.s.fx.clock.nowUtc(), QStringLiteral("test")));
        const auto tombstone = RetentionStore(*f.s.fx.vault).tombstone(id);
        QVERIFY(tombstone);
        QCOMPARE(tombstone->ruleId, QStringLiteral("R-RETAIN-1"));
        QVERIFY(tombstone->reason.contains(until.toString(Qt::ISODate)));
    }

    void retentionNeedsConsentReasonAndEndDateR_RETAIN_1_data()
    {
        QTest::addColumn<int>("consentDays"); // relative to today; 999: none
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("untilDays"); // relative to today; 999: none
        QTest::addColumn<QString>("rule");
        QTest::newRow("no consent")
            << 999 << QStringLiteral("r") << 30 << QStringLiteral("R-RETAIN-1");
        QTest::newRow("consent in the future")
            << 2 << QStringLiteral("r") << 30 << QStringLiteral("R-RETAIN-1");
        QTest::newRow("no reason")
            << -1 << QStringLiteral("  ") << 30 << QStringLiteral("R-RETAIN-1");
        QTest::newRow("no end date")
            << -1 << QStringLiteral("r") << 999 << QStringLiteral("R-RETAIN-1");
        QTest::newRow("end date today")
            << -1 << QStringLiteral("r") << 0 << QStringLiteral("R-RETAIN-1");
        QTest::newRow("beyond the policy's longest")
            << -1 << QStringLiteral("r") << 400 << QStringLiteral("R-RETAIN-1");
    }

    void retentionNeedsConsentReasonAndEndDateR_RETAIN_1()
    {
        QFETCH(int, consentDays);
        QFETCH(QString, reason);
        QFETCH(int, untilDays);
        QFETCH(QString, rule);
        FeedbackFixture f;
        QVERIFY(f.ok());
        const QDate today = f.s.fx.clock.nowUtc().date();
        const RecordingId id =
            f.s.call(f.s.fx.agent, Purpose::Coaching, f.s.fx.clock.nowUtc().addSecs(-3600));
        RetentionDesk desk(*f.s.fx.vault, *f.s.fx.admin);
        auto grant =
            desk.retain(f.s.fx.coach, id, consentDays == 999 ? QDate() : today.addDays(consentDays),
                        reason, untilDays == 999 ? QDate() : today.addDays(untilDays));
        QVERIFY(!grant);
        QCOMPARE(grant.error().ruleId, rule);
        QVERIFY(!RetentionStore(*f.s.fx.vault).grantFor(id));
    }

    void personalClipsGoWithTheirRecordingAnonymisedOnesStay()
    {
        FeedbackFixture f;
        QVERIFY(f.ok());
        const FeedbackRecord signedOff = f.signedOff();
        const RecordingId id = signedOff.evaluation.recording;
        ClipStore clips(*f.s.fx.vault);
        ClipRecord clip;
        clip.recording = id;
        clip.fromMs = 1000;
        clip.toMs = 9000;
        clip.disguise = Disguise::Customer;
        clip.disguiseSemitones = 4;
        clip.personal = true; // the agent stays identifiable, by consent
        clip.consentAgent = f.s.fx.agent.id;
        clip.consentGivenOn = QDate(2026, 1, 10);
        clip.format = QStringLiteral("wav");
        clip.createdBy = f.s.fx.trainer.id;
        auto personal = clips.insert(clip);
        clip.personal = false;
        clip.disguise = Disguise::Both;
        clip.consentAgent = 0;
        clip.consentGivenOn = {};
        auto anonymised = clips.insert(clip);
        QVERIFY(personal && anonymised);
        RetentionSweep sweep(*f.s.fx.vault, *f.s.fx.admin);
        QVERIFY(sweep.run(f.s.fx.clock.nowUtc(), QStringLiteral("test")));
        const QList<ClipRecord> left = clips.all();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().id, *anonymised);
        QCOMPARE(left.first().recording, 0); // detached from the destroyed recording
    }

    void onlyCoachesAndManagersRetainAndNothingDestroyedComesBack()
    {
        FeedbackFixture f;
        QVERIFY(f.ok());
        const QDate today = f.s.fx.clock.nowUtc().date();
        const FeedbackRecord signedOff = f.signedOff();
        const RecordingId id = signedOff.evaluation.recording;
        RetentionDesk desk(*f.s.fx.vault, *f.s.fx.admin);
        auto byAgent = desk.retain(f.s.fx.agent, id, today, QStringLiteral("r"), today.addDays(5));
        QVERIFY(!byAgent);
        QCOMPARE(byAgent.error().ruleId, QStringLiteral("R-AUTH-3"));
        RetentionSweep sweep(*f.s.fx.vault, *f.s.fx.admin);
        QVERIFY(sweep.run(f.s.fx.clock.nowUtc(), QStringLiteral("test")));
        auto late = desk.retain(f.s.fx.manager, id, today, QStringLiteral("r"), today.addDays(5));
        QVERIFY(!late);
        QCOMPARE(late.error().ruleId, QStringLiteral("R-RETAIN-3"));
    }
};

QTEST_GUILESS_MAIN(RetentionSweepR_RETAIN_1_2)
#include "RetentionSweepR_RETAIN_1_2.moc"
