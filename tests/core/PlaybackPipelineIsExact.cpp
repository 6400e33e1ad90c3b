// What the listener hears is the recording: at speed 1 the pipeline's output
// equals the decoded source sample for sample; muting or soloing a party
// silences exactly that party's channel; a seek lands on the frame asked;
// other speeds change the duration but keep the pitch (Rubber Band); the
// position maps back to source frames through speed changes and seeks.
#include "core/audio/AudioDecoder.h"
#include "core/playback/PlaybackPipeline.h"
#include "tests/support/AudioFixtures.h"

#include <QBuffer>
#include <QTest>

#include <sndfile.h>

#include <cmath>
#include <vector>

using namespace cv::core;

namespace {

constexpr int kRate = 8000;
constexpr double kSeconds = 6.0;

struct Source
{
    QByteArray bytes;
    QBuffer buffer;
    explicit Source(QByteArray b)
        : bytes(std::move(b))
        , buffer(&bytes)
    {
        buffer.open(QIODevice::ReadOnly);
    }
};

std::unique_ptr<AudioDecoder> decoderOver(Source& source)
{
    return AudioDecoder::open(source.buffer).decoder;
}

std::vector<float> renderAll(PlaybackPipeline& pipeline, qint64 block = 777)
{
    std::vector<float> out;
    std::vector<float> buf(std::size_t(block * 2));
    while (const qint64 n = pipeline.render(buf.data(), block))
        out.insert(out.end(), buf.begin(), buf.begin() + n * 2);
    return out;
}

std::vector<float> channel(const std::vector<float>& stereo, int c, std::size_t from = 0,
                           std::size_t to = SIZE_MAX)
{
    std::vector<float> out;
    for (std::size_t i = from; i < std::min(to, stereo.size() / 2); ++i)
        out.push_back(stereo[2 * i + std::size_t(c)]);
    return out;
}

double rms(const std::vector<float>& s)
{
    double sum = 0;
    for (float v : s)
        sum += double(v) * v;
    return s.empty() ? 0 : std::sqrt(sum / double(s.size()));
}

// Frequency by counting rising zero crossings.
double frequencyOf(const std::vector<float>& s, int rate)
{
    int crossings = 0;
    for (std::size_t i = 1; i < s.size(); ++i)
        if (s[i - 1] < 0 && s[i] >= 0)
            ++crossings;
    return s.empty() ? 0 : crossings * double(rate) / double(s.size());
}

} // namespace

class PlaybackPipelineIsExact final : public QObject
{
    Q_OBJECT

    QByteArray m_stereo; // 1 kHz left, 440 Hz right, 16-bit PCM
    QByteArray m_mono;
    std::vector<float> m_expected; // the stereo source, decoded

private Q_SLOTS:
    void initTestCase()
    {
        m_stereo = cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_PCM_16, kRate, 2, kSeconds);
        m_mono = cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_PCM_16, kRate, 1, kSeconds);
        Source source(m_stereo);
        auto decoder = decoderOver(source);
        QVERIFY(decoder);
        m_expected.resize(std::size_t(decoder->format().frames * 2));
        QCOMPARE(decoder->readFrames(m_expected.data(), decoder->format().frames),
                 decoder->format().frames);
    }

    void speedOneIsSampleExact()
    {
        Source source(m_stereo);
        PlaybackPipeline pipeline(decoderOver(source), AgentChannel::Left);
        QCOMPARE(pipeline.sampleRateHz(), kRate);
        const std::vector<float> out = renderAll(pipeline);
        QVERIFY(out == m_expected);
        QVERIFY(pipeline.atEnd());
        QCOMPARE(pipeline.sourceFrameAt(pipeline.outputFrames()), pipeline.durationFrames());
    }

    void muteAndSoloSilenceExactlyOneParty_data()
    {
        QTest::addColumn<int>("agentChannel"); // 0 left, 1 right
        QTest::addColumn<bool>("muteAgent");
        QTest::addColumn<bool>("muteCustomer");
        QTest::addColumn<int>("solo"); // -1 none, 0 agent, 1 customer
        QTest::addColumn<bool>("leftHeard");
        QTest::addColumn<bool>("rightHeard");
        QTest::newRow("agent left, agent muted") << 0 << true << false << -1 << false << true;
        QTest::newRow("agent left, customer muted") << 0 << false << true << -1 << true << false;
        QTest::newRow("agent right, agent muted") << 1 << true << false << -1 << true << false;
        QTest::newRow("solo agent (left)") << 0 << false << false << 0 << true << false;
        QTest::newRow("solo customer (left agent)") << 0 << false << false << 1 << false << true;
        QTest::newRow("solo overrides mute") << 0 << true << false << 0 << true << false;
        QTest::newRow("both muted") << 0 << true << true << -1 << false << false;
    }
    void muteAndSoloSilenceExactlyOneParty()
    {
        QFETCH(int, agentChannel);
        QFETCH(bool, muteAgent);
        QFETCH(bool, muteCustomer);
        QFETCH(int, solo);
        QFETCH(bool, leftHeard);
        QFETCH(bool, rightHeard);
        Source source(m_stereo);
        PlaybackPipeline pipeline(decoderOver(source),
                                  agentChannel == 0 ? AgentChannel::Left : AgentChannel::Right);
        QVERIFY(pipeline.canSeparateParties());
        pipeline.setMuted(Party::Agent, muteAgent);
        pipeline.setMuted(Party::Customer, muteCustomer);
        if (solo >= 0)
            pipeline.setSolo(solo == 0 ? Party::Agent : Party::Customer);
        const std::vector<float> out = renderAll(pipeline);
        QCOMPARE(out.size(), m_expected.size());
        for (int c = 0; c < 2; ++c) {
            const bool heard = c == 0 ? leftHeard : rightHeard;
            const std::vector<float> got = channel(out, c);
            if (heard)
                QVERIFY(got == channel(m_expected, c));
            else
                QCOMPARE(rms(got), 0.0); // exactly silent
        }
    }

    void volumeScales()
    {
        Source source(m_stereo);
        PlaybackPipeline pipeline(decoderOver(source), AgentChannel::Left);
        pipeline.setVolume(0.25);
        const std::vector<float> out = renderAll(pipeline);
        QCOMPARE(out.size(), m_expected.size());
        for (std::size_t i = 0; i < out.size(); i += 97)
            QCOMPARE(out[i], m_expected[i] * 0.25f);
        pipeline.setVolume(7.0);
        QCOMPARE(pipeline.volume(), 1.0);
    }

    void monoIsHeardOnBothSides()
    {
        Source source(m_mono);
        PlaybackPipeline pipeline(decoderOver(source), AgentChannel::Left);
        QVERIFY(!pipeline.canSeparateParties());
        const std::vector<float> out = renderAll(pipeline);
        QCOMPARE(qint64(out.size()), pipeline.durationFrames() * 2);
        QVERIFY(channel(out, 0) == channel(out, 1));
        QVERIFY(rms(channel(out, 0)) > 0.3);
    }

    void seekLandsOnTheFrame()
    {
        Source source(m_stereo);
        PlaybackPipeline pipeline(decoderOver(source), AgentChannel::Left);
        std::vector<float> buf(2000);
        QCOMPARE(pipeline.render(buf.data(), 1000), qint64(1000));
        for (const qint64 frame : {qint64(12345), qint64(3), qint64(40000), qint64(0)}) {
            QVERIFY(pipeline.seek(frame));
            const qint64 at = pipeline.outputFrames();
            QCOMPARE(pipeline.render(buf.data(), 1000), qint64(1000));
            QVERIFY(std::equal(buf.begin(), buf.end(), m_expected.begin() + frame * 2));
            QCOMPARE(pipeline.sourceFrameAt(at), frame);
            QCOMPARE(pipeline.sourceFrameAt(at + 500), frame + 500);
        }
        QVERIFY(pipeline.seek(pipeline.durationFrames() + 99)); // clamped: the end
        QCOMPARE(pipeline.render(buf.data(), 1000), qint64(0));
        QVERIFY(pipeline.atEnd());
    }

    void speedKeepsPitch_data()
    {
        QTest::addColumn<double>("speed");
        QTest::newRow("0.5x") << 0.5;
        QTest::newRow("0.75x") << 0.75;
        QTest::newRow("1.5x") << 1.5;
        QTest::newRow("2x") << 2.0;
    }
    void speedKeepsPitch()
    {
        QFETCH(double, speed);
        Source source(m_stereo);
        PlaybackPipeline pipeline(decoderOver(source), AgentChannel::Left);
        pipeline.setSpeed(speed);
        QCOMPARE(pipeline.speed(), speed);
        const std::vector<float> out = renderAll(pipeline, 512);
        const double expectedFrames = double(pipeline.durationFrames()) / speed;
        const double frames = double(out.size() / 2);
        QVERIFY2(
            std::abs(frames - expectedFrames) < 0.02 * expectedFrames,
            qPrintable(QStringLiteral("%1 frames, expected %2").arg(frames).arg(expectedFrames)));
        // Measure away from the edges: 1 kHz stays 1 kHz, 440 Hz stays 440 Hz.
        const std::size_t from = std::size_t(frames * 0.2), to = std::size_t(frames * 0.8);
        const double left = frequencyOf(channel(out, 0, from, to), kRate);
        const double right = frequencyOf(channel(out, 1, from, to), kRate);
        QVERIFY2(std::abs(left - 1000) < 20, qPrintable(QString::number(left)));
        QVERIFY2(std::abs(right - 440) < 10, qPrintable(QString::number(right)));
        // The position runs through the whole call.
        QVERIFY(std::abs(pipeline.sourceFrameAt(pipeline.outputFrames()) -
                         pipeline.durationFrames()) < kRate / 10);
    }

    void speedIsClampedAndChangesMidway()
    {
        Source source(m_stereo);
        PlaybackPipeline pipeline(decoderOver(source), AgentChannel::Left);
        pipeline.setSpeed(9);
        QCOMPARE(pipeline.speed(), PlaybackPipeline::kMaxSpeed);
        pipeline.setSpeed(0.1);
        QCOMPARE(pipeline.speed(), PlaybackPipeline::kMinSpeed);
        pipeline.setSpeed(1.0);
        std::vector<float> buf(2 * 8000);
        QCOMPARE(pipeline.render(buf.data(), 8000), qint64(8000)); // 1 s at 1x
        pipeline.setSpeed(2.0);
        QCOMPARE(pipeline.render(buf.data(), 8000), qint64(8000)); // 1 s at 2x = 2 s of call
        const qint64 heard = pipeline.sourceFrameAt(pipeline.outputFrames());
        QVERIFY2(std::abs(heard - 3 * 8000) < 800, qPrintable(QString::number(heard)));
        pipeline.setSpeed(1.0); // back to exact
        const qint64 at = pipeline.sourceFrameAt(pipeline.outputFrames());
        QCOMPARE(pipeline.render(buf.data(), 100), qint64(100));
        QVERIFY(pipeline.outputFrames() > 0);
        QVERIFY(at > 2 * 8000);
    }
};

QTEST_GUILESS_MAIN(PlaybackPipelineIsExact)
#include "PlaybackPipelineIsExact.moc"
