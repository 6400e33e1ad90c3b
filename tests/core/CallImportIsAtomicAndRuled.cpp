// Importing a call: the rules decide before anything is written, a bad file
// or manifest leaves nothing behind but the audit entry of the attempt, a
// duplicate is refused, and an accepted call is stored whole — chunks,
// peaks, the policy version it came under, and an audit entry.
#include "core/import/CallImporter.h"
#include "core/recordings/RecordingStore.h"
#include "tests/support/AdminFixture.h"
#include "tests/support/AudioFixtures.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <sndfile.h>

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
        QTest::addColumn<QString>("problem");
        QTest::newRow("zero bytes") << QByteArray() << QStringLiteral("not an audio file");
        QTest::newRow("a text file named .wav")
            << QByteArray("file,agent\n") << QStringLiteral("not an audio file");
        QByteArray many = cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_PCM_16, 8000, 20, 0.5);
        QTest::newRow("20 channels") << many << QStringLiteral("20 channel");
        QByteArray wav = cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_PCM_16, 8000, 2, 1.0);
        QTest::newRow("header only") << wav.left(44) << QStringLiteral("no audio");
    }
    void badAudioLeavesOnlyTheAuditEntry()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        const QString file = write(fx, QStringLiteral("bad.wav"), bytes);
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
};

QTEST_GUILESS_MAIN(CallImportIsAtomicAndRuled)
#include "CallImportIsAtomicAndRuled.moc"
