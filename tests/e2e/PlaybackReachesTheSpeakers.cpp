// What a coach hears is what was recorded. A call stored in the vault
// (agent on the left: 1 kHz; customer on the right: 440 Hz) plays through
// CallPlayer into the real PulseAudio server of scripts/test, whose null
// sink's monitor is recorded with parec: the expected tones come out on
// their sides; with the customer muted the right side is silent; at 2x the
// pitch is unchanged; the position follows the clock.
#include "core/playback/CallPlayer.h"
#include "core/recordings/RecordingStore.h"
#include "core/vault/Transaction.h"
#include "tests/support/AdminFixture.h"
#include "tests/support/AudioFixtures.h"
#include "tests/support/RecordingFixtures.h"
#include "tests/support/TestMain.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <sndfile.h>

#include <cmath>
#include <vector>

using namespace cv::core;

namespace {

constexpr int kMonitorRate = 48000;

// Records the default sink's monitor as 16-bit stereo.
class MonitorCapture
{
public:
    bool start()
    {
        m_process.setProgram(QStringLiteral("parec"));
        m_process.setArguments({QStringLiteral("-d"), QStringLiteral("@DEFAULT_MONITOR@"),
                                QStringLiteral("--format=s16le"),
                                QStringLiteral("--rate=%1").arg(kMonitorRate),
                                QStringLiteral("--channels=2"), QStringLiteral("--raw"),
                                QStringLiteral("--latency-msec=20")});
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        // Wait until the stream delivers data, so nothing played is missed.
        QElapsedTimer timer;
        timer.start();
        while (m_process.bytesAvailable() == 0 && timer.elapsed() < 5000)
            m_process.waitForReadyRead(100);
        m_process.readAll();
        return m_process.state() == QProcess::Running;
    }
    void collect() { m_bytes += m_process.readAll(); }
    // Stops recording, after letting the sink's buffer drain into the monitor.
    void stop()
    {
        QTest::qWait(300);
        collect();
        m_process.terminate();
        m_process.waitForFinished(3000);
        collect();
    }
    // What was recorded on one side, as floats.
    std::vector<float> channel(int c) const
    {
        std::vector<float> out;
        const auto* samples = reinterpret_cast<const qint16*>(m_bytes.constData());
        const qsizetype frames = m_bytes.size() / 4;
        out.reserve(std::size_t(frames));
        for (qsizetype i = 0; i < frames; ++i)
            out.push_back(float(samples[2 * i + c]) / 32768.0f);
        return out;
    }

private:
    QProcess m_process;
    QByteArray m_bytes;
};

struct Heard
{
    double seconds = 0;  // how long the left side carried the tone
    double leftHz = 0;   // its frequency
    double rightRms = 0; // the right side while the left sounded
    double rightHz = 0;
};

// Analyses the part of a capture where the left (agent) tone sounds.
Heard analyse(const std::vector<float>& left, const std::vector<float>& right)
{
    Heard heard;
    std::size_t first = left.size(), last = 0;
    for (std::size_t i = 0; i < left.size(); ++i) {
        if (std::abs(left[i]) > 0.2f) {
            first = std::min(first, i);
            last = i;
        }
    }
    if (first >= last)
        return heard;
    // Stay clear of the edges where the sound starts and stops.
    first += kMonitorRate / 20;
    last -= std::min<std::size_t>(last, kMonitorRate / 20);
    if (first >= last)
        return heard;
    heard.seconds = double(last - first) / kMonitorRate + 0.1;
    // Rising crossings with a little hysteresis, so noise near zero does not count.
    const auto crossings = [&](const std::vector<float>& side) {
        int count = 0;
        bool low = false;
        for (std::size_t i = first; i < last; ++i) {
            if (side[i] < -0.01f)
                low = true;
            else if (low && side[i] > 0.01f) {
                ++count;
                low = false;
            }
        }
        return count;
    };
    const int leftCrossings = crossings(left);
    const int rightCrossings = crossings(right);
    double rightSum = 0;
    for (std::size_t i = first; i < last; ++i)
        rightSum += double(right[i]) * right[i];
    const double span = double(last - first) / kMonitorRate;
    heard.leftHz = leftCrossings / span;
    heard.rightHz = rightCrossings / span;
    heard.rightRms = std::sqrt(rightSum / double(last - first));
    return heard;
}

} // namespace

class PlaybackReachesTheSpeakers final : public QObject
{
    Q_OBJECT

    cv::test::AdminFixture m_fx;
    std::unique_ptr<RecordingStore> m_store;
    Recording m_recording;

    Heard playAndListen(CallPlayer& player, int ms)
    {
        MonitorCapture capture;
        if (!capture.start())
            return {};
        player.seek(0);
        player.play();
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            QTest::qWait(20);
            capture.collect();
        }
        const qint64 position = player.positionMs();
        player.pause();
        m_lastPosition = position;
        capture.stop();
        m_lastRight = capture.channel(1);
        return analyse(capture.channel(0), m_lastRight);
    }
    qint64 m_lastPosition = 0;
    std::vector<float> m_lastRight;

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("parec")).isEmpty())
            QSKIP("parec (pulseaudio-utils) is not installed");
        if (!CallPlayer::hasAudioOutput()) {
            if (qEnvironmentVariable("COACHVAULT_HEADLESS_ENV") == QLatin1String("1"))
                QFAIL("scripts/test started PulseAudio, yet Qt sees no audio output");
            QSKIP("no audio output here; run through scripts/test");
        }
        QVERIFY(m_fx.ok());
        m_store = std::make_unique<RecordingStore>(*m_fx.vault);
        const QByteArray wav = cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_PCM_16, 8000, 2, 10.0);
        Transaction transaction(*m_fx.vault);
        auto id = cv::test::storeRecording(*m_store, m_fx.agent.id, wav, AgentChannel::Left,
                                           m_fx.coach.id);
        QVERIFY(id);
        QVERIFY(transaction.commit());
        m_recording = *m_store->find(*id);
    }

    void tonesComeOutOnTheirSides()
    {
        CallPlayer player;
        QVERIFY(player.open(*m_store, m_recording));
        QCOMPARE(player.state(), CallPlayer::State::Ready);
        QCOMPARE(player.durationMs(), qint64(10'000));
        const Heard heard = playAndListen(player, 1500);
        qInfo("heard %.2f s: left %.0f Hz, right %.0f Hz (rms %.3f); position %lld ms",
              heard.seconds, heard.leftHz, heard.rightHz, heard.rightRms, m_lastPosition);
        QVERIFY2(heard.seconds > 1.0, qPrintable(QString::number(heard.seconds)));
        QVERIFY(std::abs(heard.leftHz - 1000) < 25);
        QVERIFY(std::abs(heard.rightHz - 440) < 15);
        QVERIFY(heard.rightRms > 0.25); // a 0.5 sine: rms 0.35
        QVERIFY2(m_lastPosition > 1000 && m_lastPosition < 1800,
                 qPrintable(QString::number(m_lastPosition)));
        QCOMPARE(player.state(), CallPlayer::State::Paused);
    }

    void mutedCustomerIsSilent()
    {
        CallPlayer player;
        QVERIFY(player.open(*m_store, m_recording));
        player.setMuted(Party::Customer, true);
        const Heard heard = playAndListen(player, 1200);
        qInfo("customer muted: left %.0f Hz for %.2f s, right rms %.5f", heard.leftHz,
              heard.seconds, heard.rightRms);
        QVERIFY(heard.seconds > 0.8);
        QVERIFY(std::abs(heard.leftHz - 1000) < 25);
        QVERIFY2(heard.rightRms < 0.001, qPrintable(QString::number(heard.rightRms)));
        double whole = 0;
        for (float v : m_lastRight)
            whole = std::max(whole, double(std::abs(v)));
        QVERIFY2(whole < 0.002, qPrintable(QString::number(whole))); // silent throughout
    }

    void doubleSpeedKeepsThePitch()
    {
        CallPlayer player;
        QVERIFY(player.open(*m_store, m_recording));
        player.setSpeed(2.0);
        const Heard heard = playAndListen(player, 1500);
        qInfo("2x: left %.0f Hz, right %.0f Hz; position %lld ms after 1.5 s", heard.leftHz,
              heard.rightHz, m_lastPosition);
        QVERIFY(std::abs(heard.leftHz - 1000) < 30);
        QVERIFY(std::abs(heard.rightHz - 440) < 20);
        QVERIFY2(m_lastPosition > 2200 && m_lastPosition < 3600,
                 qPrintable(QString::number(m_lastPosition)));
    }

    void playsToTheEndAndStops()
    {
        CallPlayer player;
        QVERIFY(player.open(*m_store, m_recording));
        player.seek(9'500);
        QSignalSpy states(&player, &CallPlayer::stateChanged);
        player.play();
        QCOMPARE(player.state(), CallPlayer::State::Playing);
        QTRY_COMPARE_WITH_TIMEOUT(player.state(), CallPlayer::State::Ready, 3000);
        QCOMPARE(player.positionMs(), qint64(10'000));
        player.play(); // from the end: starts over
        QCOMPARE(player.state(), CallPlayer::State::Playing);
        QVERIFY(player.positionMs() < 500);
        player.pause();
    }
};

COACHVAULT_GUILESS_TEST_MAIN(PlaybackReachesTheSpeakers)
#include "PlaybackReachesTheSpeakers.moc"
