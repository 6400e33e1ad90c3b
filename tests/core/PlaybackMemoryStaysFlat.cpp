// Playing a 1-hour call from the vault holds one chunk at a time: resident
// memory grows by less than 20 MB (DESIGN.md) while the whole hour streams
// from the vault's chunks through the decoder and the pipeline, with seeks
// and a stretch at 1.5x on the way.
#include "core/audio/AudioDecoder.h"
#include "core/playback/PlaybackPipeline.h"
#include "core/recordings/ChunkDevice.h"
#include "core/recordings/RecordingStore.h"
#include "core/vault/Transaction.h"
#include "tests/support/AdminFixture.h"
#include "tests/support/AudioFixtures.h"
#include "tests/support/RecordingFixtures.h"

#include <QFile>
#include <QTest>

#include <sndfile.h>

#include <vector>

using namespace cv::core;

namespace {

qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

} // namespace

class PlaybackMemoryStaysFlat final : public QObject
{
    Q_OBJECT

    cv::test::AdminFixture m_fx;

private Q_SLOTS:
    void oneHourPlaysInConstantMemory()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("resident memory means nothing under ASan's quarantine; the dev suite measures it");
#endif
        QVERIFY(m_fx.ok());
        RecordingStore store(*m_fx.vault);
        RecordingId id = 0;
        qint64 size = 0;
        {
            const QByteArray hour =
                cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_ULAW, 8000, 2, 3600.0);
            QVERIFY(hour.size() > 57'000'000);
            size = hour.size();
            Transaction transaction(*m_fx.vault);
            auto stored = cv::test::storeRecording(store, m_fx.agent.id, hour, AgentChannel::Left,
                                                   m_fx.coach.id);
            QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
            QVERIFY(transaction.commit());
            id = *stored;
        }

        ChunkDevice device(store, id, size);
        QVERIFY(device.open(QIODevice::ReadOnly));
        auto opened = AudioDecoder::open(device);
        QVERIFY(opened.decoder);
        PlaybackPipeline pipeline(std::move(opened.decoder), AgentChannel::Left);
        const qint64 hourFrames = pipeline.durationFrames();
        QCOMPARE(hourFrames, qint64(3600) * 8000);

        std::vector<float> block(2 * 800); // 100 ms, as a sink pulls
        const qint64 before = residentBytes();
        QVERIFY(before > 0);
        qint64 peak = before;
        qint64 rendered = 0;
        const auto play = [&](qint64 frames) {
            for (qint64 done = 0; done < frames;) {
                const qint64 n = pipeline.render(block.data(), 800);
                if (n == 0)
                    break;
                done += n;
                rendered += n;
                if ((rendered / 800) % 500 == 0)
                    peak = std::max(peak, residentBytes());
            }
        };
        play(10 * 60 * 8000); // 10 minutes at 1x
        pipeline.setSpeed(1.5);
        play(2 * 60 * 8000); // 3 minutes of call at 1.5x
        QVERIFY(pipeline.seek(hourFrames / 2));
        pipeline.setSpeed(1.0);
        play(hourFrames); // the rest of the hour
        QVERIFY(pipeline.atEnd());
        QVERIFY(pipeline.error().isEmpty());
        peak = std::max(peak, residentBytes());
        const double growthMb = double(peak - before) / (1024.0 * 1024.0);
        qInfo("resident memory: %.1f MB before playing, peak growth %.2f MB over %lld frames",
              double(before) / (1024.0 * 1024.0), growthMb, rendered);
        QVERIFY2(growthMb < 20.0, qPrintable(QString::number(growthMb)));
    }
};

QTEST_GUILESS_MAIN(PlaybackMemoryStaysFlat)
#include "PlaybackMemoryStaysFlat.moc"
