// Without any audio output (no sound server; DESIGN.md: QMediaDevices then
// lists nothing) the player opens the call, says why it cannot sound, keeps
// seeking, and never hangs: play() returns at once and changes nothing.
#include "core/clips/ClipDesk.h"
#include "core/playback/CallPlayer.h"
#include "core/recordings/RecordingStore.h"
#include "core/vault/Transaction.h"
#include "tests/support/AdminFixture.h"
#include "tests/support/AudioFixtures.h"
#include "tests/support/RecordingFixtures.h"
#include "tests/support/TestMain.h"

#include <QElapsedTimer>
#include <QTest>

#include <sndfile.h>

using namespace cv::core;

class PlayerSaysWhenNoAudioOutput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noOutputIsAStateWithAMessage()
    {
        QVERIFY2(!CallPlayer::hasAudioOutput(),
                 "this test runs with PULSE_SERVER pointing nowhere");
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        RecordingStore store(*fx.vault);
        const QByteArray wav = cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_ULAW, 8000, 2, 5.0);
        Transaction transaction(*fx.vault);
        auto id =
            cv::test::storeRecording(store, fx.agent.id, wav, AgentChannel::Left, fx.coach.id);
        QVERIFY(id);
        QVERIFY(transaction.commit());

        CallPlayer player;
        QVERIFY(player.open(store, *store.find(*id)));
        QCOMPARE(player.state(), CallPlayer::State::NoOutput);
        QVERIFY(player.message().contains(QStringLiteral("No audio output")));
        QCOMPARE(player.durationMs(), qint64(5000));

        QElapsedTimer timer;
        timer.start();
        player.play();
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(player.state(), CallPlayer::State::NoOutput);
        player.seek(2500);
        QCOMPARE(player.positionMs(), qint64(2500));
        player.togglePlayPause();
        QCOMPARE(player.state(), CallPlayer::State::NoOutput);
        QCOMPARE(player.positionMs(), qint64(2500));
        player.close();
        QCOMPARE(player.state(), CallPlayer::State::Empty);
    }

    // A clip preview (ClipDesk::preview) plays from memory like a call.
    void aClipPreviewOpensFromMemory()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        RecordingStore store(*fx.vault);
        const QByteArray wav = cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_PCM_16, 8000, 2, 5.0);
        Transaction transaction(*fx.vault);
        auto id =
            cv::test::storeRecording(store, fx.agent.id, wav, AgentChannel::Left, fx.coach.id);
        QVERIFY(id);
        QVERIFY(transaction.commit());
        ClipDesk desk(*fx.vault, *fx.admin);
        ClipSpec spec;
        spec.recordingId = *id;
        spec.fromMs = 1000;
        spec.toMs = 3000;
        auto clip = desk.preview(fx.coach, spec);
        QVERIFY(clip);
        CallPlayer player;
        QVERIFY(player.openClip(*clip, AgentChannel::Left));
        QCOMPARE(player.durationMs(), qint64(2000));
        QVERIFY(player.canSeparateParties());
        player.seek(1500);
        QCOMPARE(player.positionMs(), qint64(1500));
    }

    void aCorruptRecordingFailsWithWhy()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        RecordingStore store(*fx.vault);
        Recording fake;
        fake.agent = fx.agent.id;
        fake.policyVersion = 1;
        fake.callStartUtc = QDateTime(QDate(2026, 2, 20), QTime(10, 0), Qt::UTC);
        fake.sourceSha256 = QStringLiteral("00");
        fake.container = QStringLiteral("WAV");
        fake.sampleRateHz = 8000;
        fake.channels = 1;
        fake.frames = 8000;
        const QByteArray junk(4096, 'x');
        fake.byteSize = junk.size();
        fake.importedBy = fx.coach.id;
        Transaction transaction(*fx.vault);
        auto id = store.insert(fake);
        QVERIFY(id);
        QVERIFY(store.appendChunk(*id, 0, junk));
        QVERIFY(transaction.commit());
        fake.id = *id;

        CallPlayer player;
        auto opened = player.open(store, fake);
        QVERIFY(!opened);
        QCOMPARE(player.state(), CallPlayer::State::Failed);
        QVERIFY(player.message().contains(QStringLiteral("cannot be played")));
        player.play(); // nothing to play, no crash
        QCOMPARE(player.state(), CallPlayer::State::Failed);
    }
};

COACHVAULT_GUILESS_TEST_MAIN(PlayerSaysWhenNoAudioOutput)
#include "PlayerSaysWhenNoAudioOutput.moc"
