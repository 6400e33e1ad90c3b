// The feedback session, the report and the subject export through
// coachvault-cli, on a demo vault with the clock set by COACHVAULT_NOW:
// karim evaluates one of sanne's calls; a wrong PIN at sign-off exits
// non-zero and signs nothing; sanne signs (disagreeing, with her view), then
// karim, which seals it; every later write exits 3 with R-REPORT-1; the
// report is a PDF in both languages; sanne disputes and karim resolves;
// export-subject writes her folder and refuses another agent's data to her.
#include "tests/support/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using cv::test::CliRun;
using cv::test::jsonOf;
using cv::test::runCli;

namespace {

const QString kNow = QStringLiteral("2026-03-20T12:00:00Z");

QString example(const char* name)
{
    return qEnvironmentVariable("COACHVAULT_SOURCE_DIR") + QStringLiteral("/docs/examples/") +
           QString::fromLatin1(name);
}

QString pdfText(const QString& path)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    text.waitForFinished(20000);
    return QString::fromUtf8(text.readAllStandardOutput());
}

} // namespace

class FeedbackCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vault;
    QString m_evaluation;

    CliRun as(const QString& handle, QStringList args,
              const QString& pin = QStringLiteral("123456"))
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("COACHVAULT_AS"), handle);
        env.insert(QStringLiteral("COACHVAULT_PIN"), pin);
        env.insert(QStringLiteral("COACHVAULT_NOW"), kNow);
        return runCli(QStringList{QStringLiteral("--vault"), m_vault} + args, env);
    }
    static QString why(const CliRun& run) { return QString::fromUtf8(run.err + run.out); }
    QJsonObject session()
    {
        const CliRun run =
            as(QStringLiteral("karim"), {QStringLiteral("session"), QStringLiteral("show"),
                                         m_evaluation, QStringLiteral("--json")});
        return jsonOf(run).value(QStringLiteral("session")).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("COACHVAULT_PASSPHRASE", "correct horse battery");
        m_vault = m_dir.filePath(QStringLiteral("feedback.cvault"));
        const CliRun demo = cv::test::createDemoVault(m_vault, kNow);
        QVERIFY2(demo.exitCode == 0, qPrintable(why(demo)));
        const CliRun list =
            as(QStringLiteral("karim"),
               {QStringLiteral("recordings"), QStringLiteral("list"), QStringLiteral("--json")});
        qint64 call = 0;
        for (const QJsonValue& v : jsonOf(list).value(QStringLiteral("recordings")).toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("agent")).toString() == QLatin1String("sanne") &&
                r.value(QStringLiteral("purpose")).toString() == QLatin1String("coaching"))
                call = r.value(QStringLiteral("id")).toInteger();
        }
        QVERIFY(call > 0);
        const CliRun run =
            as(QStringLiteral("karim"),
               {QStringLiteral("evaluate"), QString::number(call), QStringLiteral("--template"),
                QStringLiteral("kcc-telefonie"), QStringLiteral("--scores"), example("scores.json"),
                QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        m_evaluation = QString::number(jsonOf(run)
                                           .value(QStringLiteral("evaluation"))
                                           .toObject()
                                           .value(QStringLiteral("id"))
                                           .toInteger());
    }

    void signOffNeedsTheSignersOwnPin()
    {
        CliRun run = as(QStringLiteral("sanne"),
                        {QStringLiteral("session"), QStringLiteral("sign"), m_evaluation,
                         QStringLiteral("--disagree"), QStringLiteral("--view"),
                         QStringLiteral("Ik had de klant wel goed geholpen.")},
                        QStringLiteral("999999"));
        QVERIFY2(run.exitCode != 0, qPrintable(why(run)));
        QVERIFY(session().value(QStringLiteral("agentSignOff")).isUndefined() ||
                session().value(QStringLiteral("agentSignOff")).isNull());
        // Without --agree or --disagree: a usage error.
        run = as(QStringLiteral("sanne"),
                 {QStringLiteral("session"), QStringLiteral("sign"), m_evaluation});
        QCOMPARE(run.exitCode, 2);
        // The evaluator cannot sign before the agent.
        run = as(QStringLiteral("karim"),
                 {QStringLiteral("session"), QStringLiteral("sign"), m_evaluation});
        QVERIFY2(run.exitCode != 0, qPrintable(why(run)));
    }

    void agentThenEvaluatorSealsIt()
    {
        CliRun run = as(QStringLiteral("sanne"),
                        {QStringLiteral("session"), QStringLiteral("sign"), m_evaluation,
                         QStringLiteral("--disagree"), QStringLiteral("--view"),
                         QStringLiteral("Ik had de klant wel goed geholpen.")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        run = as(QStringLiteral("karim"),
                 {QStringLiteral("session"), QStringLiteral("sign"), m_evaluation});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        QVERIFY2(run.out.contains("SHA-256") || run.out.contains("sha256"), qPrintable(why(run)));
        // Every later write is refused with R-REPORT-1.
        run = as(QStringLiteral("karim"),
                 {QStringLiteral("session"), QStringLiteral("adjust"), m_evaluation,
                  QStringLiteral("--criterion"), QStringLiteral("opening.begroeting"),
                  QStringLiteral("--score"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("R-REPORT-1"), qPrintable(why(run)));
        run = as(QStringLiteral("karim"),
                 {QStringLiteral("session"), QStringLiteral("sign"), m_evaluation});
        QVERIFY(run.exitCode != 0);
        const CliRun verify =
            as(QStringLiteral("piet"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(why(verify)));
    }

    void reportInBothLanguages()
    {
        const QString nl = m_dir.filePath(QStringLiteral("rapport.pdf"));
        const QString en = m_dir.filePath(QStringLiteral("report.pdf"));
        CliRun run = as(QStringLiteral("sanne"),
                        {QStringLiteral("report"), m_evaluation, QStringLiteral("--out"), nl,
                         QStringLiteral("--language"), QStringLiteral("nl")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        run = as(QStringLiteral("sanne"),
                 {QStringLiteral("report"), m_evaluation, QStringLiteral("--out"), en,
                  QStringLiteral("--language"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        const QString dutch = pdfText(nl);
        const QString english = pdfText(en);
        QVERIFY2(dutch.contains(QStringLiteral("Ik had de klant wel goed geholpen.")),
                 qPrintable(dutch));
        QVERIFY2(english.contains(QStringLiteral("Ik had de klant wel goed geholpen.")),
                 qPrintable(english));
        QVERIFY(dutch != english);
        // Never overwrites.
        run = as(QStringLiteral("sanne"),
                 {QStringLiteral("report"), m_evaluation, QStringLiteral("--out"), nl});
        QVERIFY(run.exitCode != 0);
        // tom may not read sanne's report.
        run = as(QStringLiteral("tom"),
                 {QStringLiteral("report"), m_evaluation, QStringLiteral("--out"),
                  m_dir.filePath(QStringLiteral("tom.pdf"))});
        QCOMPARE(run.exitCode, 3);
    }

    void disputeAndResolution()
    {
        CliRun run = as(QStringLiteral("sanne"),
                        {QStringLiteral("session"), QStringLiteral("dispute"), m_evaluation,
                         QStringLiteral("--reason"), QStringLiteral("Score te laag.")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        run = as(QStringLiteral("karim"),
                 {QStringLiteral("session"), QStringLiteral("disputes"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        const QJsonArray open = jsonOf(run).value(QStringLiteral("disputes")).toArray();
        QCOMPARE(open.size(), 1);
        const QString dispute =
            QString::number(open[0].toObject().value(QStringLiteral("id")).toInteger());
        run = as(QStringLiteral("karim"),
                 {QStringLiteral("session"), QStringLiteral("resolve"), dispute,
                  QStringLiteral("--note"), QStringLiteral("Besproken.")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        run = as(QStringLiteral("karim"),
                 {QStringLiteral("session"), QStringLiteral("disputes"), QStringLiteral("--json")});
        QCOMPARE(jsonOf(run).value(QStringLiteral("disputes")).toArray().size(), 0);
        const QString withDispute = m_dir.filePath(QStringLiteral("dispute.pdf"));
        run = as(QStringLiteral("sanne"),
                 {QStringLiteral("report"), m_evaluation, QStringLiteral("--out"), withDispute,
                  QStringLiteral("--language"), QStringLiteral("nl")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        const QString text = pdfText(withDispute);
        QVERIFY2(text.contains(QStringLiteral("Score te laag.")) &&
                     text.contains(QStringLiteral("Besproken.")),
                 qPrintable(text));
    }

    void exportSubject()
    {
        const QString out = m_dir.filePath(QStringLiteral("sanne-export"));
        CliRun run =
            as(QStringLiteral("sanne"), {QStringLiteral("export-subject"), QStringLiteral("sanne"),
                                         QStringLiteral("--out"), out, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/data.json")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/overview.html")));
        QVERIFY(!QDir(out + QStringLiteral("/reports")).entryList(QDir::Files).isEmpty());
        // Not into a folder that holds files.
        run = as(QStringLiteral("sanne"), {QStringLiteral("export-subject"),
                                           QStringLiteral("sanne"), QStringLiteral("--out"), out});
        QVERIFY(run.exitCode != 0);
        // Not another agent's data; a privacy officer may.
        run = as(QStringLiteral("sanne"),
                 {QStringLiteral("export-subject"), QStringLiteral("tom"), QStringLiteral("--out"),
                  m_dir.filePath(QStringLiteral("tom"))});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("tom"))));
        run = as(QStringLiteral("piet"),
                 {QStringLiteral("export-subject"), QStringLiteral("tom"), QStringLiteral("--out"),
                  m_dir.filePath(QStringLiteral("tom"))});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
    }
};

QTEST_GUILESS_MAIN(FeedbackCli)
#include "FeedbackCli.moc"
