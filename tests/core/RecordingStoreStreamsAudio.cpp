// Audio lives in the vault in its original bytes, in chunks, and comes back
// through ChunkDevice exactly: the decoder reads the same samples from the
// vault as from the file, from the start or after any seek, holding one
// chunk at a time. Peaks round-trip. A rolled-back import leaves nothing.
#include "core/audio/AudioDecoder.h"
#include "core/recordings/ChunkDevice.h"
#include "core/recordings/RecordingStore.h"
#include "core/vault/Transaction.h"
#include "tests/support/AdminFixture.h"
#include "tests/support/AudioFixtures.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <sndfile.h>

#include <vector>

using namespace cv::core;

namespace {

std::vector<float> decodeAll(QIODevice& device, qint64 fromFrame = 0)
{
    auto opened = AudioDecoder::open(device);
    std::vector<float> out;
    if (!opened.decoder)
        return out;
    const int channels = opened.decoder->format().channels;
    if (fromFrame > 0 && !opened.decoder->seekFrame(fromFrame))
        return out;
    std::vector<float> block(size_t(4096 * channels));
    while (const qint64 n = opened.decoder->readFrames(block.data(), 4096))
        out.insert(out.end(), block.begin(), block.begin() + n * channels);
    return out;
}

} // namespace

class RecordingStoreStreamsAudio final : public QObject
{
    Q_OBJECT

    cv::test::AdminFixture m_fx;
    QByteArray m_wav; // 60 s of stereo 8 kHz u-law: ~960 KB, four chunks

    Result<RecordingId> store(RecordingStore& recordings, const QByteArray& bytes)
    {
        Recording r;
        r.agent = m_fx.agent.id;
        r.purpose = Purpose::Coaching;
        r.policyVersion = m_fx.policy.version;
        r.callStartUtc = QDateTime(QDate(2026, 2, 20), QTime(10, 0), Qt::UTC);
        r.queue = QStringLiteral("Betalingen");
        r.agentChannel = AgentChannel::Left;
        r.sourceSha256 = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        r.container = QStringLiteral("WAV");
        r.encoding = QStringLiteral("u-law");
        r.sampleRateHz = 8000;
        r.channels = 2;
        r.frames = 60 * 8000;
        r.byteSize = bytes.size();
        r.importedBy = m_fx.coach.id;
        auto id = recordings.insert(r);
        if (!id)
            return id;
        for (qint64 offset = 0, seq = 0; offset < bytes.size();
             offset += RecordingStore::kChunkBytes, ++seq) {
            if (auto ok = recordings.appendChunk(*id, int(seq),
                                                 bytes.mid(offset, RecordingStore::kChunkBytes));
                !ok)
                return std::unexpected(ok.error());
        }
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fx.ok());
        m_wav = cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_ULAW, 8000, 2, 60.0);
        QVERIFY(m_wav.size() > 3 * RecordingStore::kChunkBytes);
    }

    void audioComesBackExactly()
    {
        RecordingStore recordings(*m_fx.vault);
        Transaction transaction(*m_fx.vault);
        auto id = store(recordings, m_wav);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QVERIFY(transaction.commit());
        QCOMPARE(recordings.chunkCount(*id), int((m_wav.size() + RecordingStore::kChunkBytes - 1) /
                                                 RecordingStore::kChunkBytes));

        QBuffer original(&m_wav);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const std::vector<float> expected = decodeAll(original);
        QCOMPARE(qint64(expected.size()), qint64(60 * 8000 * 2));

        ChunkDevice device(recordings, *id, m_wav.size());
        QVERIFY(device.open(QIODevice::ReadOnly));
        QCOMPARE(device.readAll(), m_wav); // the very bytes received
        QVERIFY(device.seek(0));
        QVERIFY(decodeAll(device) == expected);

        // Seeks land on the same samples.
        for (int round = 0; round < 5; ++round) {
            const qint64 frame = QRandomGenerator::global()->bounded(60 * 8000 - 1);
            ChunkDevice again(recordings, *id, m_wav.size());
            QVERIFY(again.open(QIODevice::ReadOnly));
            const std::vector<float> tail = decodeAll(again, frame);
            QCOMPARE(qint64(tail.size()), qint64(expected.size()) - frame * 2);
            QVERIFY(std::equal(tail.begin(), tail.end(), expected.begin() + frame * 2));
        }
        QCOMPARE(recordings.findBySha256(recordings.find(*id)->sourceSha256),
                 std::optional<RecordingId>(*id));
        QCOMPARE(recordings.countMonitored(m_fx.agent.id, Purpose::Coaching, QDate(2026, 2, 1),
                                           QDate(2026, 2, 28)),
                 1);
        QCOMPARE(recordings.countMonitored(m_fx.agent.id, Purpose::Coaching, QDate(2026, 3, 1),
                                           QDate(2026, 3, 31)),
                 0);
    }

    void peaksRoundTrip()
    {
        RecordingStore recordings(*m_fx.vault);
        const RecordingId id = recordings.all().first().id;
        PeakPyramidBuilder builder(2);
        std::vector<float> samples(8000 * 2, 0.5f);
        builder.feed(samples.data(), 8000);
        const PeakPyramid pyramid = builder.finish();
        QVERIFY(recordings.storePeaks(id, pyramid));
        auto back = recordings.peaks(id);
        QVERIFY(back);
        QCOMPARE(back->toBytes(), pyramid.toBytes());
    }

    void rolledBackImportLeavesNothing()
    {
        RecordingStore recordings(*m_fx.vault);
        const qint64 before = recordings.count();
        QByteArray other = cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_ALAW, 8000, 1, 5.0);
        {
            Transaction transaction(*m_fx.vault);
            QVERIFY(store(recordings, other));
        } // no commit
        QCOMPARE(recordings.count(), before);
        QSqlQuery query(m_fx.vault->database());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM audio_chunk WHERE recording_id NOT "
                                          "IN (SELECT id FROM recording)")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void duplicateSourceIsRefusedByTheSchema()
    {
        RecordingStore recordings(*m_fx.vault);
        Transaction transaction(*m_fx.vault);
        QVERIFY(!store(recordings, m_wav)); // same SHA-256
    }
};

QTEST_GUILESS_MAIN(RecordingStoreStreamsAudio)
#include "RecordingStoreStreamsAudio.moc"
