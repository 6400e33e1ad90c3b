// Bad inputs to `coachvault-cli import`, from real runs of the binary: a
// zero-byte file, a truncated one, a FLAC file named .wav, a header lying
// about the length, 0 Hz, 20 channels, an absurd claimed length, a manifest
// missing a column and one with a bad date. Each exits 4 with a message
// naming the file and the problem, and leaves no trace of the call in the
// vault beyond the audit entry of the failed attempt.
#include "core/demo/DemoContent.h"
#include "tests/support/AudioFixtures.h"
#include "tests/support/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sndfile.h>

#include <cstring>

using cv::test::runCli;

namespace {

constexpr char kHeader[] =
    "file,agent,callStart,direction,queue,recordingNotice,private,agentChannel\n";

// A 16-bit PCM WAV with its data chunk's length field set to `dataBytes`.
QByteArray withDataLength(QByteArray wav, quint32 dataBytes)
{
    const qsizetype at = wav.indexOf("data");
    Q_ASSERT(at > 0);
    std::memcpy(wav.data() + at + 4, &dataBytes, 4);
    return wav;
}

// A WAV whose 'fmt ' chunk gives `hz` as its sample rate.
QByteArray withSampleRate(QByteArray wav, quint32 hz)
{
    const qsizetype at = wav.indexOf("fmt ");
    Q_ASSERT(at > 0);
    std::memcpy(wav.data() + at + 12, &hz, 4);
    return wav;
}

} // namespace

class ImportRejectsBadInputsWithExit4 final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vault;
    QProcessEnvironment m_coach, m_privacyOfficer;
    // The vault as the previous row left it (each CLI run costs a key
    // derivation and a sign-in, so they are not repeated).
    QJsonArray m_recordings;
    qsizetype m_auditSize = 0;

    QJsonObject runJson(const QStringList& args, const QProcessEnvironment& as)
    {
        const auto run = runCli(QStringList{QStringLiteral("--vault"), m_vault} + args, as);
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return QJsonDocument::fromJson(run.out).object();
    }
    QJsonArray recordings()
    {
        return runJson(
                   {QStringLiteral("recordings"), QStringLiteral("list"), QStringLiteral("--json")},
                   m_coach)
            .value(QLatin1String("recordings"))
            .toArray();
    }
    QJsonArray auditEntries()
    {
        return runJson({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")},
                       m_privacyOfficer)
            .value(QLatin1String("entries"))
            .toArray();
    }
    static void write(const QString& path, const QByteArray& bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("COACHVAULT_PASSPHRASE", "correct horse battery");
        m_vault = m_dir.filePath(QStringLiteral("bad-inputs.cvault"));
        const auto demo = runCli({QStringLiteral("--vault"), m_vault, QStringLiteral("demo")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const QString pin = QString::fromLatin1(cv::core::demoPin());
        m_coach.insert(QStringLiteral("COACHVAULT_AS"), QStringLiteral("karim"));
        m_coach.insert(QStringLiteral("COACHVAULT_PIN"), pin);
        m_privacyOfficer.insert(QStringLiteral("COACHVAULT_AS"), QStringLiteral("piet"));
        m_privacyOfficer.insert(QStringLiteral("COACHVAULT_PIN"), pin);
        m_recordings = recordings();
        QVERIFY(!m_recordings.isEmpty()); // the demo calls
        m_auditSize = auditEntries().size();
        QVERIFY(m_auditSize > 0);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("audioName");
        QTest::addColumn<QByteArray>("audio");
        QTest::addColumn<QByteArray>("manifest"); // %1: the audio's name, %2: the call start
        QTest::addColumn<bool>("manifestIsTheProblem");
        QTest::addColumn<QString>("problem");

        const QByteArray line = "%1,sanne,%2,inbound,Burgerzaken,yes,no,left\n";
        const QByteArray manifest = QByteArray(kHeader) + line;
        const QByteArray wav = cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_PCM_16, 8000, 2, 2.0);
        const QByteArray flac = cv::test::encode(SF_FORMAT_FLAC | SF_FORMAT_PCM_16, 8000, 2, 2.0);
        const QByteArray many = cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_PCM_16, 8000, 20, 0.5);
        QVERIFY(!wav.isEmpty() && !flac.isEmpty() && !many.isEmpty());
        const quint32 wavData = quint32(2 * 8000 * 2 * 2);
        const QString wavName = QStringLiteral("call.wav");

        QTest::newRow("zero bytes") << wavName << QByteArray() << manifest << false
                                    << QStringLiteral("the file is empty (0 bytes)");
        QTest::newRow("truncated")
            << wavName << wav.left(wav.size() / 2) << manifest << false
            << QStringLiteral("the header claims 0:02.0 of audio but the file holds 0:01.0");
        QTest::newRow("FLAC named .wav")
            << wavName << flac << manifest << false
            << QStringLiteral("the name ends in .wav but the file holds FLAC");
        QTest::newRow("lying header")
            << wavName << withDataLength(wav, 2 * wavData) << manifest << false
            << QStringLiteral("the header claims 0:04.0 of audio but the file holds 0:02.0");
        QTest::newRow("0 Hz") << wavName << withSampleRate(wav, 0) << manifest << false
                              << QStringLiteral("a sample rate of 0 Hz");
        QTest::newRow("20 channels") << wavName << many << manifest << false
                                     << QStringLiteral("20 channels; only mono and stereo");
        QTest::newRow("absurd claimed length")
            << wavName << withDataLength(wav, 0xFFFFFFF0u) << manifest << false
            << QStringLiteral("the header claims 37:16:57.7 of audio");
        QTest::newRow("manifest missing a column")
            << wavName << wav
            << QByteArray("file,agent,callStart,queue,recordingNotice,private,agentChannel\n"
                          "%1,sanne,%2,Burgerzaken,yes,no,left\n")
            << true << QStringLiteral("the column 'direction' is missing from the header");
        QTest::newRow("manifest with a bad date")
            << wavName << wav << QByteArray(QByteArray(kHeader) + line).replace("%2", "20-11-2026")
            << true << QStringLiteral("line 2: callStart must be a date and time with its UTC");
    }
    void badInput()
    {
        QFETCH(QString, audioName);
        QFETCH(QByteArray, audio);
        QFETCH(QByteArray, manifest);
        QFETCH(bool, manifestIsTheProblem);
        QFETCH(QString, problem);

        // Each row its own folder and its own call start, so "that call" can
        // be looked for afterwards.
        static int row = 0;
        ++row;
        const QString folder = m_dir.filePath(QStringLiteral("row%1").arg(row));
        const QString audioPath = folder + QLatin1Char('/') + audioName;
        const QString manifestPath = folder + QStringLiteral("/manifest.csv");
        const QString callStart =
            QStringLiteral("2026-11-20T09:%1:00+01:00").arg(row, 2, 10, QLatin1Char('0'));
        write(audioPath, audio);
        write(manifestPath, QByteArray(manifest)
                                .replace("%1", audioName.toUtf8())
                                .replace("%2", callStart.toUtf8()));

        const QJsonArray recordingsBefore = m_recordings;
        const qsizetype auditBefore = m_auditSize;

        const auto run =
            runCli({QStringLiteral("--vault"), m_vault, QStringLiteral("import"), manifestPath,
                    QStringLiteral("--purpose"), QStringLiteral("coaching")},
                   m_coach);
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 4);
        const QString err = QString::fromUtf8(run.err);
        const QString named = manifestIsTheProblem ? manifestPath : audioPath;
        QVERIFY2(err.contains(named), qPrintable(err));
        QVERIFY2(err.contains(problem), qPrintable(err));

        // No trace of the call...
        const QJsonArray recordingsAfter = recordings();
        QCOMPARE(recordingsAfter, recordingsBefore);
        const QString startUtc =
            QDateTime::fromString(callStart, Qt::ISODate).toUTC().toString(Qt::ISODate);
        for (const QJsonValue& r : recordingsAfter)
            QVERIFY(r.toObject().value(QLatin1String("callStart")).toString() != startUtc);

        // ... beyond the one audit entry of the failed attempt.
        const QJsonArray audit = auditEntries();
        m_recordings = recordingsAfter;
        m_auditSize = audit.size();
        QJsonObject attempt;
        int imports = 0;
        for (qsizetype i = auditBefore; i < audit.size(); ++i) {
            const QJsonObject e = audit.at(i).toObject();
            if (e.value(QLatin1String("action")).toString() != QLatin1String("recording.import"))
                continue;
            ++imports;
            attempt = e;
        }
        QCOMPARE(imports, 1);
        QCOMPARE(attempt.value(QLatin1String("outcome")).toString(), QStringLiteral("failed"));
        const QString object = attempt.value(QLatin1String("objectId")).toString();
        QVERIFY2(object.startsWith(manifestPath), qPrintable(object));
        // The audit trail never names the audio file: its name may hold a
        // customer's telephone number.
        for (qsizetype i = auditBefore; i < audit.size(); ++i)
            QVERIFY(!QJsonDocument(audit.at(i).toObject()).toJson().contains(audioName.toUtf8()));
    }

    void theVaultStillVerifies()
    {
        const auto verify = runCli(
            {QStringLiteral("--vault"), m_vault, QStringLiteral("audit"), QStringLiteral("verify")},
            m_privacyOfficer);
        QVERIFY2(verify.exitCode == 0, verify.err.constData());
    }
};

QTEST_GUILESS_MAIN(ImportRejectsBadInputsWithExit4)
#include "ImportRejectsBadInputsWithExit4.moc"
