// A kill -9 in the middle of a large import leaves nothing of that call in
// the vault: the import is one transaction. After the kill the vault opens,
// holds no more recordings, chunks or peaks than the demo vault began with,
// its audit chain verifies, and the same file then imports cleanly.
#include "core/demo/DemoContent.h"
#include "core/recordings/RecordingStore.h"
#include "core/time/Clock.h"
#include "core/vault/Vault.h"
#include "tests/support/AudioFixtures.h"
#include "tests/support/CliRunner.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sndfile.h>

using namespace cv::core;
using cv::test::runCli;

class ImportKilledLeavesNothing final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static qint64 rows(Vault& vault, const char* table)
    {
        QSqlQuery query(vault.database());
        query.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        return query.next() ? query.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void killedDuringTheChunkWrites()
    {
        qputenv("COACHVAULT_PASSPHRASE", "correct horse battery");
        const QString vaultPath = m_dir.filePath(QStringLiteral("kill.cvault"));
        QCOMPARE(runCli({QStringLiteral("--vault"), vaultPath, QStringLiteral("demo")}).exitCode,
                 0);
        // The demo vault already holds its demo calls; the killed import
        // must add nothing to them.
        struct
        {
            qint64 recordings, chunks, peaks;
        } before{};
        {
            ManualClock clock(QDateTime::currentDateTimeUtc());
            QByteArray pass("correct horse battery");
            auto vault = Vault::open(
                vaultPath, VaultCredential::passphrase(SecretBytes::takeBytes(pass)), clock);
            QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
            before = {rows(**vault, "recording"), rows(**vault, "audio_chunk"),
                      rows(**vault, "recording_peaks")};
            QVERIFY(before.recordings > 0);
        }

        // Two minutes of stereo u-law: about 1.9 MB, eight chunks.
        QFile audio(m_dir.filePath(QStringLiteral("long.wav")));
        QVERIFY(audio.open(QIODevice::WriteOnly));
        audio.write(cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_ULAW, 8000, 2, 120.0));
        audio.close();
        const QString callStart = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate);
        QFile manifest(m_dir.filePath(QStringLiteral("manifest.csv")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("file,agent,callStart,direction,queue,recordingNotice,private,agentChannel\n"
                       "long.wav,sanne," +
                       callStart.toLatin1() + ",inbound,Burgerzaken,yes,no,left\n");
        manifest.close();

        QProcessEnvironment env;
        env.insert(QStringLiteral("COACHVAULT_AS"), QStringLiteral("karim"));
        env.insert(QStringLiteral("COACHVAULT_PIN"), QString::fromLatin1(demoPin()));
        env.insert(QStringLiteral("COACHVAULT_FAULT"), QStringLiteral("import:chunks"));
        const QStringList args{QStringLiteral("--vault"),   vaultPath,
                               QStringLiteral("import"),    manifest.fileName(),
                               QStringLiteral("--purpose"), QStringLiteral("coaching")};
        const auto killed = runCli(args, env);
        QVERIFY2(killed.crashed, "the fault point must kill the import");

        {
            ManualClock clock(QDateTime::currentDateTimeUtc());
            QByteArray pass("correct horse battery");
            auto vault = Vault::open(
                vaultPath, VaultCredential::passphrase(SecretBytes::takeBytes(pass)), clock);
            QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
            QCOMPARE(rows(**vault, "recording"), before.recordings);
            QCOMPARE(rows(**vault, "audio_chunk"), before.chunks);
            QCOMPARE(rows(**vault, "recording_peaks"), before.peaks);
        }
        env.insert(QStringLiteral("COACHVAULT_FAULT"), QString());
        const auto verify =
            runCli({QStringLiteral("--vault"), vaultPath, QStringLiteral("--as"),
                    QStringLiteral("piet"), QStringLiteral("audit"), QStringLiteral("verify")},
                   env);
        QVERIFY2(verify.exitCode == 0, verify.err.constData());
        const auto again = runCli(args, env);
        QVERIFY2(again.exitCode == 0, again.err.constData());
    }
};

QTEST_GUILESS_MAIN(ImportKilledLeavesNothing)
#include "ImportKilledLeavesNothing.moc"
