// R-TRAIN-2: clips are cut only from coaching recordings; an assessment or
// quality recording is refused with the rule ID, and the refusal is audited.
#include "core/clips/ClipDesk.h"
#include "tests/support/ClipFixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cv::core;

class ClipsOnlyFromCoachingR_TRAIN_2 final : public QObject
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
        ClipDesk desk(*fx.vault, *fx.admin);
        ClipSpec spec;
        spec.recordingId = id;
        spec.toMs = 2000;
        QTemporaryDir out;
        auto exported = desk.exportClip(fx.coach, spec, out.filePath(QStringLiteral("c.wav")));
        QCOMPARE(bool(exported), allowed);
        if (!allowed) {
            QCOMPARE(exported.error().ruleId, QStringLiteral("R-TRAIN-2"));
            QVERIFY(!QFile::exists(out.filePath(QStringLiteral("c.wav"))));
            QVERIFY(ClipStore(*fx.vault).all().isEmpty());
        } else {
            QCOMPARE(ClipStore(*fx.vault).all().size(), 1);
            QCOMPARE(ClipStore(*fx.vault).all().first().sourcePurpose, Purpose::Coaching);
        }
        AuditFilter filter;
        auto entries = fx.admin->auditEntries(fx.administrator, filter);
        QVERIFY(entries);
        bool found = false;
        for (const AuditEntry& e : *entries) {
            if (allowed && e.action == QLatin1String("clip.export"))
                found = true;
            if (!allowed && e.outcome == QLatin1String("refused") &&
                e.ruleId == QLatin1String("R-TRAIN-2"))
                found = true;
        }
        QVERIFY(found);
    }

    void agentsAndPrivacyOfficersCannotCut()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        const RecordingId id = cv::test::storeClipCall(fx);
        ClipDesk desk(*fx.vault, *fx.admin);
        ClipSpec spec;
        spec.recordingId = id;
        spec.toMs = 2000;
        QCOMPARE(desk.check(fx.agent, spec).error().ruleId, QStringLiteral("R-AUTH-3"));
        QCOMPARE(desk.check(fx.privacyOfficer, spec).error().ruleId, QStringLiteral("R-AUTH-3"));
        // The trainer of the fixture holds no authorisation for coaching.
        QCOMPARE(desk.check(fx.trainer, spec).error().code, ErrorCode::Refused);
        QVERIFY(desk.list(fx.privacyOfficer));
        QVERIFY(!desk.list(fx.agent));
    }

    void personalClipsGoWithTheirRecording()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        const RecordingId id = cv::test::storeClipCall(fx);
        QVERIFY(fx.admin->recordTrainingConsent(
            fx.manager, fx.agent.id, TrainingConsent{QDate(2026, 2, 1), QStringLiteral("all")}));
        ClipDesk desk(*fx.vault, *fx.admin);
        ClipSpec spec;
        spec.recordingId = id;
        spec.toMs = 2000;
        QTemporaryDir out;
        spec.disguise = Disguise::Customer;
        auto personal = desk.exportClip(fx.coach, spec, out.filePath(QStringLiteral("p.flac")));
        QVERIFY(personal);
        QVERIFY(personal->clip.personal);
        QCOMPARE(personal->clip.consentGivenOn, QDate(2026, 2, 1));
        spec.disguise = Disguise::Both;
        auto anonymous = desk.exportClip(fx.coach, spec, out.filePath(QStringLiteral("a.flac")));
        QVERIFY(anonymous);
        QVERIFY(!anonymous->clip.personal);
        ClipStore clips(*fx.vault);
        QCOMPARE(clips.destroyPersonalClipsOf(id).value_or(-1), 1);
        const QList<ClipRecord> left = clips.all();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().id, anonymous->clip.id);
        QCOMPARE(left.first().recording, RecordingId(0));
    }
};

QTEST_GUILESS_MAIN(ClipsOnlyFromCoachingR_TRAIN_2)
#include "ClipsOnlyFromCoachingR_TRAIN_2.moc"
