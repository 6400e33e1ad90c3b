// A kill -9 in the middle of an autosave loses only that autosave: the
// draft comes back exactly as the previous one left it (answers, comments,
// notes), the audit chain verifies, and the next save works. The kill is
// the fault point "evaluation:autosave" inside EvaluationStore::saveDraft,
// after the answers were replaced and before the notes were.
#include "tests/support/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using cv::test::CliRun;
using cv::test::runCli;

namespace {

const QString kNow = QStringLiteral("2026-03-20T12:00:00Z");

QByteArray exampleScores()
{
    QFile file(qEnvironmentVariable("COACHVAULT_SOURCE_DIR") +
               QStringLiteral("/docs/examples/scores.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class EvaluationAutosaveSurvivesKill final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vault;

    CliRun as(const QString& handle, QStringList args, const QString& now = kNow,
              const QString& fault = {})
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("COACHVAULT_AS"), handle);
        env.insert(QStringLiteral("COACHVAULT_PIN"), QStringLiteral("123456"));
        env.insert(QStringLiteral("COACHVAULT_NOW"), now);
        if (!fault.isEmpty())
            env.insert(QStringLiteral("COACHVAULT_FAULT"), fault);
        return runCli(QStringList{QStringLiteral("--vault"), m_vault} + args, env);
    }
    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }
    static QString why(const CliRun& run) { return QString::fromUtf8(run.err + run.out); }

private Q_SLOTS:
    void killedInTheMiddleOfAnAutosave()
    {
        qputenv("COACHVAULT_PASSPHRASE", "correct horse battery");
        m_vault = m_dir.filePath(QStringLiteral("autosave.cvault"));
        QCOMPARE(cv::test::createDemoVault(m_vault, kNow).exitCode, 0);
        // The demo vault's scorecard (kcc-telefonie version 1) was published
        // before its calls, so recording 1 may be evaluated on it.
        CliRun run;
        // The first autosave: the example scores, as a draft of recording 1.
        const QStringList evaluate{QStringLiteral("evaluate"),   QStringLiteral("1"),
                                   QStringLiteral("--template"), QStringLiteral("kcc-telefonie"),
                                   QStringLiteral("--draft"),    QStringLiteral("--scores")};
        const QByteArray first = exampleScores();
        run = as(QStringLiteral("linda"),
                 evaluate + QStringList{write(QStringLiteral("a.json"), first)});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        const QStringList show{QStringLiteral("evaluation"), QStringLiteral("show"),
                               QStringLiteral("1"), QStringLiteral("--json")};
        run = as(QStringLiteral("linda"), show);
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        const QJsonObject saved = QJsonDocument::fromJson(run.out).object();

        // The second autosave is killed half-way.
        QByteArray second = first;
        second.replace(R"("opening.begroeting", "score": 4)", R"("opening.begroeting", "score": 1)")
            .replace("Stelt zich voor met naam", "Overschreven notitie");
        QVERIFY(second != first);
        run = as(QStringLiteral("linda"),
                 evaluate + QStringList{write(QStringLiteral("b.json"), second)}, kNow,
                 QStringLiteral("evaluation:autosave"));
        QVERIFY2(run.crashed || run.exitCode != 0, "the fault point did not kill the process");

        // What the first autosave wrote, whole.
        run = as(QStringLiteral("linda"), show);
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        const QJsonObject after = QJsonDocument::fromJson(run.out).object();
        const auto content = [](const QJsonObject& o) {
            QJsonObject e = o.value(QStringLiteral("evaluation")).toObject();
            return QJsonObject{{QStringLiteral("scores"), e.value(QStringLiteral("scores"))},
                               {QStringLiteral("notes"), e.value(QStringLiteral("notes"))},
                               {QStringLiteral("total"), e.value(QStringLiteral("total"))}};
        };
        QCOMPARE(content(after), content(saved));
        QCOMPARE(after.value(QStringLiteral("evaluation"))
                     .toObject()
                     .value(QStringLiteral("notes"))
                     .toArray()
                     .size(),
                 4);
        run = as(QStringLiteral("piet"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));

        // And the draft goes on: the same save, now without the kill.
        run = as(QStringLiteral("linda"),
                 evaluate + QStringList{write(QStringLiteral("b.json"), second)});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        run = as(QStringLiteral("linda"), show);
        QVERIFY(run.out.contains("Overschreven notitie"));
    }
};

QTEST_GUILESS_MAIN(EvaluationAutosaveSurvivesKill)
#include "EvaluationAutosaveSurvivesKill.moc"
