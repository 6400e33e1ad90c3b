// Importing a call: the rules decide before anything is written (every
// refusal rule of import, by its ID), a bad file or manifest leaves nothing
// behind but the audit entry of the attempt, a duplicate is refused, a
// cancel keeps nothing, raw GSM imports and reopens, and an accepted call is
// stored whole — chunks, peaks, the policy version it came under, and an
// audit entry.
#include "core/audio/AudioDecoder.h"
#include "core/import/CallImporter.h"
#include "core/recordings/ChunkDevice.h"
#include "core/recordings/RecordingStore.h"
#include "tests/support/AdminFixture.h"
#include "tests/support/AudioFixtures.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <sndfile.h>

#include <algorithm>
#include <cstring>
#include <vector>

using namespace cv::core;

class CallImportIsAtomicAndRuled final : public QObject
{
    Q_OBJECT

    QString write(cv::test::AdminFixture& fx, const QString& name, const QByteArray& bytes)
    {
        const QString path = fx.dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

    static ManifestEntry entryFor(const QString& file, const QString& agent, const QDateTime& start)
    {
        ManifestEntry e;
        e.file = file;
        e.agentHandle = agent;
        e.callStart = start;
        e.queue = QStringLiteral("Betalingen");
        e.recordingNoticeGiven = true;
        e.agentChannel = AgentChannel::Left;
        e.origin = QStringLiteral("test call");
        return e;
    }

    static qint64 rows(cv::test::AdminFixture& fx, const char* table)
    {
        QSqlQuery query(fx.vault->database());
        query.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        return query.next() ? query.value(0).toLongLong() : -1;
    }

    QString tone(cv::test::AdminFixture& fx)
    {
        return write(fx, QStringLiteral("tone.wav"),
                     cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_ALAW, 8000, 2, 1.0));
    }

    void expectRefusal(cv::test::AdminFixture& fx, const ManifestEntry& e, Purpose purpose,
                       const QString& rule)
    {
        CallImporter importer(*fx.vault, *fx.admin);
        auto id = importer.importCall(fx.coach, e, purpose);
        QVERIFY(!id);
        QCOMPARE(id.error().code, ErrorCode::Refused);
        QCOMPARE(id.error().ruleId, rule);
        QCOMPARE(rows(fx, "recording"), qint64(0));
        QCOMPARE(rows(fx, "audio_chunk"), qint64(0));
        QCOMPARE(rows(fx, "recording_peaks"), qint64(0));
        QCOMPARE(fx.admin->audit().list({}).last().ruleId, rule);
    }

    const QDateTime m_feb20{QDate(2026, 2, 20), QTime(9, 30), Qt::OffsetFromUTC, 3600};

private Q_SLOTS:
    void acceptedCallIsStoredWhole()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        const QByteArray wav = cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_ULAW, 8000, 2, 20.0);
        const QString file = write(fx, QStringLiteral("call.wav"), wav);
        CallImporter importer(*fx.vault, *fx.admin);
        auto id = importer.importCall(fx.coach, entryFor(file, QStringLiteral("sanne"), m_feb20),
                                      Purpose::Coaching);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        RecordingStore recordings(*fx.vault);
        const auto r = recordings.find(*id);
        QVERIFY(r);
        QCOMPARE(r->frames, qint64(20 * 8000));
        QCOMPARE(r->channels, 2);
        QCOMPARE(r->encoding, QStringLiteral("U-Law"));
        QCOMPARE(r->policyVersion, fx.policy.version);
        QCOMPARE(r->callStartUtc, m_feb20.toUTC());
        QCOMPARE(r->byteSize, qint64(wav.size()));
        QCOMPARE(recordings.chunkCount(*id),
                 int((wav.size() + RecordingStore::kChunkBytes - 1) / RecordingStore::kChunkBytes));
        QVERIFY(recordings.peaks(*id));
        QCOMPARE(recordings.peaks(*id)->frames(), qint64(20 * 8000));
        const auto audit = fx.admin->audit().list({});
        QCOMPARE(audit.last().action, QStringLiteral("recording.import"));
        QCOMPARE(audit.last().subject, std::optional<PersonId>(fx.agent.id));
        QVERIFY(!audit.last().detail.contains(QStringLiteral("call.wav"))); // no file names stored

        // The same file again: a duplicate, nothing added.
        auto again = importer.importCall(fx.coach, entryFor(file, QStringLiteral("sanne"), m_feb20),
                                         Purpose::Coaching);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::BadInput);
        QVERIFY(again.error().message.contains(QStringLiteral("already imported")));
        QCOMPARE(recordings.count(), 1);
    }

    void refusalsWriteNothing_data()
    {
        QTest::addColumn<QString>("agent");
        QTest::addColumn<bool>("notice");
        QTest::addColumn<bool>("isPrivate");
        QTest::addColumn<QString>("rule");
        QTest::newRow("R-INFO-2 no recording notice")
            << QStringLiteral("sanne") << false << false << QStringLiteral("R-INFO-2");
        QTest::newRow("R-SCOPE-2 a company doctor")
            << QStringLiteral("dirk") << true << false << QStringLiteral("R-SCOPE-2");
        QTest::newRow("R-SCOPE-3 a private call")
            << QStringLiteral("sanne") << true << true << QStringLiteral("R-SCOPE-3");
        QTest::newRow("R-INFO-1 an uninformed agent")
            << QStringLiteral("uma") << true << false << QStringLiteral("R-INFO-1");
    }
    void refusalsWriteNothing()
    {
        QFETCH(QString, agent);
        QFETCH(bool, notice);
        QFETCH(bool, isPrivate);
        QFETCH(QString, rule);
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        const QString file = write(fx, QStringLiteral("r.wav"),
                                   cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_ALAW, 8000, 2, 2.0));
        ManifestEntry e = entryFor(file, agent, m_feb20);
        e.recordingNoticeGiven = notice;
        e.markedPrivate = isPrivate;
        CallImporter importer(*fx.vault, *fx.admin);
        auto id = importer.importCall(fx.coach, e, Purpose::Coaching);
        QVERIFY(!id);
        QCOMPARE(id.error().ruleId, rule);
        QCOMPARE(rows(fx, "recording"), qint64(0));
        QCOMPARE(rows(fx, "audio_chunk"), qint64(0));
        QCOMPARE(fx.admin->audit().list({}).last().ruleId, rule);
    }

    void R_PURPOSE_2_theSampleFillsUp()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        CallImporter importer(*fx.vault, *fx.admin);
        for (int i = 0; i < 3; ++i) {
            const QString file =
                write(fx, QStringLiteral("s%1.wav").arg(i),
                      cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_PCM_16, 8000, 1, 1.0 + i));
            ManifestEntry e = entryFor(file, QStringLiteral("sanne"), m_feb20.addDays(i));
            e.agentChannel = AgentChannel::Mono;
            auto id = importer.importCall(fx.coach, e, Purpose::Coaching);
            if (i < 2) {
                QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
            } else {
                QVERIFY(!id); // the policy allows 2 coaching calls a month
                QCOMPARE(id.error().ruleId, QStringLiteral("R-PURPOSE-2"));
            }
        }
    }

    void badAudioLeavesOnlyTheAuditEntry_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem");
        const QString bad = QStringLiteral("bad.wav");
        QTest::newRow("zero bytes") << QByteArray() << bad << QStringLiteral("empty (0 bytes)");
        QTest::newRow("a text file named .wav")
            << QByteArray("file,agent\n") << bad << QStringLiteral("not an audio file");
        QByteArray many = cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_PCM_16, 8000, 20, 0.5);
        QTest::newRow("20 channels") << many << bad << QStringLiteral("20 channel");
        QByteArray wav = cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_PCM_16, 8000, 2, 1.0);
        QTest::newRow("header only") << wav.left(44) << bad << QStringLiteral("no audio");
        QTest::newRow("truncated")
            << wav.left(wav.size() / 2) << bad
            << QStringLiteral("claims 0:01.0 of audio but the file holds 0:00.5");
        QByteArray lying = wav;
        const quint32 hours = 3 * 3600 * 8000 * 4;
        memcpy(lying.data() + 40, &hours, 4); // the data chunk's length
        QTest::newRow("absurd length") << lying << bad
                                       << QStringLiteral("claims 3:00:00.0 of audio but the file "
                                                         "holds 0:01.0");
        const QByteArray flac = cv::test::encode(SF_FORMAT_FLAC | SF_FORMAT_PCM_16, 8000, 2, 1.0);
        QTest::newRow("FLAC named .wav")
            << flac << bad << QStringLiteral("ends in .wav but the file holds FLAC");
        QTest::newRow("WAV named .gsm") << wav << QStringLiteral("bad.gsm")
                                        << QStringLiteral("ends in .gsm but the file holds WAV");
        QTest::newRow("raw GSM cut mid-frame")
            << cv::test::encode(SF_FORMAT_RAW | SF_FORMAT_GSM610, 8000, 1, 1.0).left(33 * 10 + 7)
            << QStringLiteral("bad.gsm") << QStringLiteral("33-byte raw GSM 6.10 frames");
    }
    void badAudioLeavesOnlyTheAuditEntry()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, problem);
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        const QString file = write(fx, name, bytes);
        const qint64 auditBefore = fx.admin->audit().count();
        CallImporter importer(*fx.vault, *fx.admin);
        auto id = importer.importCall(fx.coach, entryFor(file, QStringLiteral("sanne"), m_feb20),
                                      Purpose::Coaching);
        QVERIFY(!id);
        QCOMPARE(id.error().code, ErrorCode::BadInput);
        QVERIFY2(id.error().message.contains(file), qPrintable(id.error().message));
        QVERIFY2(id.error().message.contains(problem), qPrintable(id.error().message));
        QCOMPARE(rows(fx, "recording"), qint64(0));
        QCOMPARE(rows(fx, "audio_chunk"), qint64(0));
        QCOMPARE(rows(fx, "recording_peaks"), qint64(0));
        QCOMPARE(fx.admin->audit().count(), auditBefore + 1);
        QCOMPARE(fx.admin->audit().list({}).last().outcome, QStringLiteral("failed"));
    }

    // The refusal rules the data rows above do not reach.
    void R_POLICY_1_noPolicyInForce()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        fx.clock.set(QDateTime(QDate(2025, 12, 15), QTime(10, 0), Qt::UTC)); // before the policy
        expectRefusal(fx, entryFor(tone(fx), QStringLiteral("sanne"), m_feb20.addYears(-1)),
                      Purpose::Coaching, QStringLiteral("R-POLICY-1"));
    }
    void R_SCOPE_1_notAnAgent()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        expectRefusal(fx, entryFor(tone(fx), QStringLiteral("mieke"), m_feb20), Purpose::Coaching,
                      QStringLiteral("R-SCOPE-1"));
    }
    void R_AUTH_1_notAuthorisedForThePurpose()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        // Karim is authorised for coaching and assessment, not quality.
        expectRefusal(fx, entryFor(tone(fx), QStringLiteral("sanne"), m_feb20), Purpose::Quality,
                      QStringLiteral("R-AUTH-1"));
    }
    void R_MIN_1_customerDataInTheManifest()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        ManifestEntry e = entryFor(tone(fx), QStringLiteral("sanne"), m_feb20);
        e.otherFields.insert(QStringLiteral("callerName"), QStringLiteral("J. Jansen"));
        expectRefusal(fx, e, Purpose::Coaching, QStringLiteral("R-MIN-1"));
    }

    void progressCountsBytesAndCancelKeepsNothing()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        // Two minutes of stereo u-law: eight chunks.
        const QByteArray wav = cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_ULAW, 8000, 2, 120.0);
        const QString file = write(fx, QStringLiteral("long.wav"), wav);
        CallImporter importer(*fx.vault, *fx.admin);
        const ManifestEntry e = entryFor(file, QStringLiteral("sanne"), m_feb20);

        int calls = 0;
        auto cancelled = importer.importCall(fx.coach, e, Purpose::Coaching, [&](qint64, qint64) {
            return ++calls < 4; // stop after three chunks
        });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QVERIFY(cancelled.error().message.contains(file));
        QCOMPARE(exitCodeFor(ErrorCode::Cancelled), 1);
        QCOMPARE(calls, 4);
        QCOMPARE(rows(fx, "recording"), qint64(0));
        QCOMPARE(rows(fx, "audio_chunk"), qint64(0));
        QCOMPARE(rows(fx, "recording_peaks"), qint64(0));
        QCOMPARE(fx.admin->audit().list({}).last().outcome, QStringLiteral("cancelled"));

        // Cancelled before the first byte: nothing either.
        auto atOnce = importer.importCall(fx.coach, e, Purpose::Coaching,
                                          [](qint64, qint64) { return false; });
        QVERIFY(!atOnce);
        QCOMPARE(atOnce.error().code, ErrorCode::Cancelled);
        QCOMPARE(rows(fx, "recording"), qint64(0));

        // Not cancelled: progress climbs to the file's size, and the call is
        // stored (a cancel left no duplicate fingerprint behind).
        QList<qint64> done;
        auto id =
            importer.importCall(fx.coach, e, Purpose::Coaching, [&](qint64 bytes, qint64 total) {
                if (total != wav.size())
                    return false;
                done << bytes;
                return true;
            });
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QVERIFY(done.size() >= 8);
        QCOMPARE(done.first(), qint64(0));
        QCOMPARE(done.last(), qint64(wav.size()));
        QVERIFY(std::is_sorted(done.begin(), done.end()));
    }

    void rawGsmImportsAndReopens()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        const QByteArray gsm = cv::test::encode(SF_FORMAT_RAW | SF_FORMAT_GSM610, 8000, 1, 3.0);
        QVERIFY(!gsm.isEmpty() && gsm.size() % 33 == 0);
        ManifestEntry e = entryFor(write(fx, QStringLiteral("prompt.gsm"), gsm),
                                   QStringLiteral("sanne"), m_feb20);
        e.agentChannel = AgentChannel::Mono;
        CallImporter importer(*fx.vault, *fx.admin);
        auto id = importer.importCall(fx.coach, e, Purpose::Coaching);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        RecordingStore recordings(*fx.vault);
        const auto r = recordings.find(*id);
        QCOMPARE(r->container, AudioDecoder::rawGsmContainer());
        QCOMPARE(r->encoding, QStringLiteral("GSM 6.10"));
        QCOMPARE(r->sampleRateHz, 8000);
        QCOMPARE(r->channels, 1);
        QCOMPARE(r->frames, qint64(gsm.size() / 33 * 160));

        // Playback's way back in: the stored bytes through openStored().
        ChunkDevice device(recordings, *id, r->byteSize);
        QVERIFY(device.open(QIODevice::ReadOnly));
        auto opened = AudioDecoder::openStored(device, r->container);
        QVERIFY2(opened.decoder, qPrintable(opened.why));
        std::vector<float> block(4096);
        qint64 frames = 0;
        while (const qint64 n = opened.decoder->readFrames(block.data(), 4096))
            frames += n;
        QCOMPARE(frames, r->frames);
        // Detection alone cannot read it: the container string is what tells.
        device.seek(0);
        QCOMPARE(AudioDecoder::openStored(device, QStringLiteral("WAV (Microsoft)")).status,
                 AudioDecoder::Status::NotAudio);
    }
};

QTEST_GUILESS_MAIN(CallImportIsAtomicAndRuled)
#include "CallImportIsAtomicAndRuled.moc"
