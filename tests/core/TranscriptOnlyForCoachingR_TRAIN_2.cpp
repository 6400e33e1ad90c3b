// R-TRAIN-2 for transcripts: a transcript is kept and scanned only for a
// coaching recording (the clips it serves come only from those). Importing
// one for an assessment or quality recording is refused with the rule ID,
// audited, and nothing is stored; agents and privacy officers are refused by
// role (R-AUTH-3), a trainer without an authorisation for coaching by
// R-AUTH-1, and a destroyed recording by R-RETAIN-3.
#include "core/retention/RetentionSweep.h"
#include "core/transcript/TranscriptDesk.h"
#include "tests/support/ClipFixtures.h"

#include <QTest>

using namespace cv::core;

namespace {

const QByteArray kVtt = QByteArrayLiteral("WEBVTT\n\n"
                                          "00:00:00.500 --> 00:00:02.000\n"
                                          "Mijn BSN is 111222333.\n");

bool refusalAudited(cv::test::AdminFixture& fx, const QString& rule)
{
    auto entries = fx.admin->auditEntries(fx.administrator, AuditFilter{});
    return entries && std::any_of(entries->cbegin(), entries->cend(), [&](const AuditEntry& e) {
               return e.outcome == QLatin1String("refused") && e.ruleId == rule;
           });
}

} // namespace

class TranscriptOnlyForCoachingR_TRAIN_2 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyCoaching_data()
    {
        QTest::addColumn<Purpose>("purpose");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("coaching") << Purpose::Coaching << true;
        QTest::newRow("assessment") << Purpose::Assessment << false;
        QTest::newRow("quality") << Purpose::Quality << false;
    }
    void onlyCoaching()
    {
        QFETCH(Purpose, purpose);
        QFETCH(bool, allowed);
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        const RecordingId id = cv::test::storeClipCall(fx, purpose);
        QVERIFY(id > 0);
        TranscriptDesk desk(*fx.vault, *fx.admin);
        auto imported = desk.importTranscript(fx.coach, id, kVtt);
        QCOMPARE(bool(imported), allowed);
        QCOMPARE(desk.hasTranscript(id), allowed);
        if (allowed) {
            QCOMPARE(imported->proposals.size(), 1);
            QCOMPARE(imported->proposals.first().kind, pii::PiiKind::Bsn);
            return;
        }
        QCOMPARE(imported.error().ruleId, QStringLiteral("R-TRAIN-2"));
        QVERIFY(refusalAudited(fx, QStringLiteral("R-TRAIN-2")));
        // Every other use is refused the same way.
        QCOMPARE(desk.scan(fx.coach, id).error().ruleId, QStringLiteral("R-TRAIN-2"));
        QCOMPARE(desk.transcript(fx.coach, id).error().ruleId, QStringLiteral("R-TRAIN-2"));
        QCOMPARE(desk.decide(fx.coach, id, {1}, ProposalDecision::Accepted).error().ruleId,
                 QStringLiteral("R-TRAIN-2"));
    }

    void onlyThoseWhoCutClipsWithAnAuthorisation()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        const RecordingId id = cv::test::storeClipCall(fx);
        TranscriptDesk desk(*fx.vault, *fx.admin);
        QCOMPARE(desk.importTranscript(fx.agent, id, kVtt).error().ruleId,
                 QStringLiteral("R-AUTH-3"));
        QCOMPARE(desk.importTranscript(fx.privacyOfficer, id, kVtt).error().ruleId,
                 QStringLiteral("R-AUTH-3"));
        // The trainer of the fixture holds no authorisation for coaching.
        QCOMPARE(desk.importTranscript(fx.trainer, id, kVtt).error().ruleId,
                 QStringLiteral("R-AUTH-1"));
        QVERIFY(!desk.hasTranscript(id));
        QCOMPARE(desk.addNames(fx.agent, {QStringLiteral("Wubbo")}).error().ruleId,
                 QStringLiteral("R-AUTH-3"));
    }

    void aDestroyedRecordingTakesNoTranscriptR_RETAIN_3()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        const RecordingId id = cv::test::storeClipCall(fx);
        TranscriptDesk desk(*fx.vault, *fx.admin);
        QVERIFY(desk.importTranscript(fx.coach, id, kVtt));
        // The evaluation term lapses; the sweep destroys the call and its transcript.
        fx.clock.advanceSecs(qint64(fx.policy.evaluationTermDays + 30) * 86400);
        QVERIFY(RetentionSweep(*fx.vault, *fx.admin).run(fx.clock.nowUtc(), QStringLiteral("t")));
        QVERIFY(!desk.hasTranscript(id));
        QVERIFY(TranscriptStore(*fx.vault).proposals(id).isEmpty());
        QCOMPARE(desk.importTranscript(fx.coach, id, kVtt).error().ruleId,
                 QStringLiteral("R-RETAIN-3"));
        QVERIFY(refusalAudited(fx, QStringLiteral("R-RETAIN-3")));
        QVERIFY(!desk.hasTranscript(id));
    }
};

QTEST_GUILESS_MAIN(TranscriptOnlyForCoachingR_TRAIN_2)
#include "TranscriptOnlyForCoachingR_TRAIN_2.moc"
