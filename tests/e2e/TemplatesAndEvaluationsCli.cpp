// Scorecards and evaluations through coachvault-cli, on a demo vault with
// the clock set by COACHVAULT_NOW: the documented example template and
// scores file go in; bad files exit 4 naming the field and change nothing;
// refusals exit 3 with the rule ID first and change nothing; published
// versions stay as they were; show and list print what was stored.
#include "tests/support/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using cv::test::CliRun;
using cv::test::jsonOf;
using cv::test::runCli;

namespace {

const QString kNow = QStringLiteral("2026-03-20T12:00:00Z");
const QString kBeforeTheCalls = QStringLiteral("2026-03-01T09:00:00Z");

QString example(const char* name)
{
    return qEnvironmentVariable("COACHVAULT_SOURCE_DIR") + QStringLiteral("/docs/examples/") +
           QString::fromLatin1(name);
}

} // namespace

class TemplatesAndEvaluationsCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vault;
    qint64 m_sanneCoaching = 0;
    qint64 m_sanneAssessment = 0;

    CliRun as(const QString& handle, QStringList args, const QString& now = kNow)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("COACHVAULT_AS"), handle);
        env.insert(QStringLiteral("COACHVAULT_PIN"), QStringLiteral("123456"));
        env.insert(QStringLiteral("COACHVAULT_NOW"), now);
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
    // What a failed command must not change.
    QPair<int, int> counts()
    {
        const CliRun info = runCli(
            {QStringLiteral("--vault"), m_vault, QStringLiteral("info"), QStringLiteral("--json")});
        const QJsonObject counts = jsonOf(info).value(QStringLiteral("counts")).toObject();
        return {counts.value(QStringLiteral("scorecardVersions")).toInt(-1),
                counts.value(QStringLiteral("evaluations")).toInt(-1)};
    }
    QByteArray scoresWith(const QByteArray& from, const QByteArray& to)
    {
        QFile file(example("scores.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll().replace(from, to);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("COACHVAULT_PASSPHRASE", "correct horse battery");
        m_vault = m_dir.filePath(QStringLiteral("scoring.cvault"));
        const CliRun demo = cv::test::createDemoVault(m_vault, kNow);
        QVERIFY2(demo.exitCode == 0, qPrintable(why(demo)));
        const CliRun list =
            as(QStringLiteral("karim"),
               {QStringLiteral("recordings"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, qPrintable(why(list)));
        for (const QJsonValue& v : jsonOf(list).value(QStringLiteral("recordings")).toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("agent")).toString() != QLatin1String("sanne"))
                continue;
            qint64& slot =
                r.value(QStringLiteral("purpose")).toString() == QLatin1String("coaching")
                    ? m_sanneCoaching
                    : m_sanneAssessment;
            if (slot == 0)
                slot = r.value(QStringLiteral("id")).toInteger();
        }
        QVERIFY(m_sanneCoaching > 0 && m_sanneAssessment > 0);
    }

    void badTemplateFilesExitFourNamingTheField()
    {
        QFile file(example("template.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bad = file.readAll().replace(R"({ "kind": "yes-no" },
                    "weight": 1,
                    "critical": true
                },
                {
                    "id": "opening.naam")",
                                                      R"({ "kind": "ja-nee" },
                    "weight": 1,
                    "critical": true
                },
                {
                    "id": "opening.naam")");
        const auto before = counts();
        const CliRun run =
            as(QStringLiteral("karim"), {QStringLiteral("template"), QStringLiteral("import"),
                                         write(QStringLiteral("bad.json"), bad)});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("bad.json: Template field sections[0].criteria[0].scale.kind: "
                                  "must be one of: yes-no, yes-no-na, 1-5, points"),
                 qPrintable(why(run)));
        QCOMPARE(counts(), before);
    }

    void importPublishAndFreeze()
    {
        CliRun run = as(QStringLiteral("karim"),
                        {QStringLiteral("template"), QStringLiteral("import"),
                         example("template.json"), QStringLiteral("--json")},
                        kBeforeTheCalls);
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        const QJsonObject stored = jsonOf(run).value(QStringLiteral("template")).toObject();
        QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        const QString id = QString::number(stored.value(QStringLiteral("id")).toInteger());
        // An agent cannot publish; a coach can.
        run = as(QStringLiteral("sanne"),
                 {QStringLiteral("template"), QStringLiteral("publish"), id}, kBeforeTheCalls);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("coachvault-cli: R-AUTH-3: "), qPrintable(why(run)));
        run = as(QStringLiteral("karim"),
                 {QStringLiteral("template"), QStringLiteral("publish"), id}, kBeforeTheCalls);
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        QVERIFY(run.out.contains("2026-03-01T09:00:00Z"));
        run = as(QStringLiteral("karim"),
                 {QStringLiteral("template"), QStringLiteral("publish"), id});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("R-ASSESS-1: "), qPrintable(why(run)));

        // The demo vault holds version 1 (published before the demo calls),
        // so the import above made version 2. Importing the key again makes
        // version 3, a draft; versions 1 and 2 stay.
        run = as(QStringLiteral("karim"),
                 {QStringLiteral("template"), QStringLiteral("import"), example("template.json")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        run = as(QStringLiteral("sanne"),
                 {QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        const QJsonArray all = jsonOf(run).value(QStringLiteral("templates")).toArray();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].toObject().value(QStringLiteral("version")).toInt(), 1);
        const QJsonArray versions{all[1], all[2]};
        QCOMPARE(versions[0].toObject().value(QStringLiteral("publishedAt")).toString(),
                 QStringLiteral("2026-03-01T09:00:00Z"));
        QCOMPARE(versions[1].toObject().value(QStringLiteral("version")).toInt(), 3);
        QCOMPARE(versions[1].toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("draft"));

        // Export reads back as the same content.
        const QString out = m_dir.filePath(QStringLiteral("exported.json"));
        run = as(QStringLiteral("sanne"), {QStringLiteral("template"), QStringLiteral("export"), id,
                                           QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QJsonObject exportedJson = QJsonDocument::fromJson(exported.readAll()).object();
        QCOMPARE(exportedJson.value(QStringLiteral("status")).toString(),
                 QStringLiteral("published"));
        QCOMPARE(exportedJson.value(QStringLiteral("sections")).toArray().size(), 5);
        run = as(QStringLiteral("sanne"), {QStringLiteral("template"), QStringLiteral("export"), id,
                                           QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 1); // never overwrites
    }

    void badScoresFilesExitFourNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("a 1-5 score of 7")
            << QByteArray(R"("opening.begroeting", "score": 4)")
            << QByteArray(R"("opening.begroeting", "score": 7)")
            << QStringLiteral("Scores field scores[2].score: must be a whole number from 1 to 5");
        QTest::newRow("n.a. on a yes-no criterion")
            << QByteArray(R"("afsluiting.groet", "score": "yes")")
            << QByteArray(R"("afsluiting.groet", "score": "n.a.")")
            << QStringLiteral("Scores field scores[14].score: must be one of: yes, no");
        QTest::newRow("a criterion not on the scorecard")
            << QByteArray(R"("gesprek.wachten")") << QByteArray(R"("gesprek.wacht")")
            << QStringLiteral("Scores field scores[11].criterion: 'gesprek.wacht' is not a "
                              "criterion of scorecard 'kcc-telefonie' version 2");
        QTest::newRow("a note after the end of the call")
            << QByteArray(R"("atMs": 31500)") << QByteArray(R"("atMs": 3150000)")
            << QStringLiteral("Scores field notes[3].atMs: must be a whole number of milliseconds");
        QTest::newRow("a criterion left out: not complete")
            << QByteArray(R"({ "criterion": "afsluiting.groet", "score": "yes" })")
            << QByteArray(R"({ "criterion": "afsluiting.groet", "comment": "?" })")
            << QStringLiteral("Not every criterion is scored yet: afsluiting.groet.");
    }
    void badScoresFilesExitFourNamingTheField()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        const QByteArray bad = scoresWith(from, to);
        QVERIFY(bad != scoresWith({}, {}));
        const auto before = counts();
        const CliRun run =
            as(QStringLiteral("linda"),
               {QStringLiteral("evaluate"), QString::number(m_sanneCoaching),
                QStringLiteral("--template"), QStringLiteral("kcc-telefonie"),
                QStringLiteral("--scores"), write(QStringLiteral("bad-scores.json"), bad)});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QString(QStringLiteral("bad-scores.json: ") + message).toUtf8()),
                 qPrintable(why(run)));
        QCOMPARE(counts(), before);
    }

    void refusalsExitThreeWithTheRuleFirst_data()
    {
        QTest::addColumn<QString>("handle");
        QTest::addColumn<QString>("recording"); // "coaching" or "assessment"
        QTest::addColumn<QString>("templateKey");
        QTest::addColumn<QString>("rule");
        QTest::newRow("R-AUTH-1 linda is not authorised for assessment")
            << QStringLiteral("linda") << QStringLiteral("assessment")
            << QStringLiteral("kcc-telefonie") << QStringLiteral("R-AUTH-1");
        QTest::newRow("R-AUTH-3 an agent does not evaluate as a coach")
            << QStringLiteral("tom") << QStringLiteral("coaching")
            << QStringLiteral("kcc-telefonie") << QStringLiteral("R-AUTH-3");
        QTest::newRow("R-ASSESS-1 a version published after the call")
            << QStringLiteral("linda") << QStringLiteral("coaching") << QStringLiteral("te-laat")
            << QStringLiteral("R-ASSESS-1");
        QTest::newRow("R-PURPOSE-1 a quality-only scorecard on a coaching call")
            << QStringLiteral("linda") << QStringLiteral("coaching") << QStringLiteral("kwaliteit")
            << QStringLiteral("R-PURPOSE-1");
    }
    void refusalsExitThreeWithTheRuleFirst()
    {
        QFETCH(QString, handle);
        QFETCH(QString, recording);
        QFETCH(QString, templateKey);
        QFETCH(QString, rule);
        // Two more templates: one published today, after the calls; one for
        // quality only, published before them.
        QFile file(example("template.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        for (const auto& [key, purposes, when] :
             {std::tuple{QByteArray("te-laat"), QByteArray(R"(["coaching", "assessment"])"), kNow},
              std::tuple{QByteArray("kwaliteit"), QByteArray(R"(["quality"])"), kBeforeTheCalls}}) {
            if (key != templateKey.toUtf8())
                continue;
            QByteArray variant = content;
            const QByteArray quoted = QByteArray("\"") + key + QByteArray("\"");
            variant.replace(R"("kcc-telefonie")", quoted)
                .replace(R"(["coaching", "assessment"])", purposes);
            CliRun run = as(QStringLiteral("karim"),
                            {QStringLiteral("template"), QStringLiteral("import"),
                             write(QString::fromUtf8(key) + QStringLiteral(".json"), variant),
                             QStringLiteral("--json")},
                            when);
            QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
            const QString id = QString::number(jsonOf(run)
                                                   .value(QStringLiteral("template"))
                                                   .toObject()
                                                   .value(QStringLiteral("id"))
                                                   .toInteger());
            run = as(QStringLiteral("karim"),
                     {QStringLiteral("template"), QStringLiteral("publish"), id}, when);
            QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        }
        const auto before = counts();
        const qint64 id =
            recording == QLatin1String("coaching") ? m_sanneCoaching : m_sanneAssessment;
        const CliRun run = as(handle, {QStringLiteral("evaluate"), QString::number(id),
                                       QStringLiteral("--template"), templateKey,
                                       QStringLiteral("--scores"), example("scores.json")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(
            run.err.startsWith(
                QString(QStringLiteral("coachvault-cli: ") + rule + QStringLiteral(": ")).toUtf8()),
            qPrintable(why(run)));
        QCOMPARE(counts(), before);
    }

    void evaluateShowAndList()
    {
        CliRun run =
            as(QStringLiteral("linda"),
               {QStringLiteral("evaluate"), QString::number(m_sanneCoaching),
                QStringLiteral("--template"), QStringLiteral("kcc-telefonie"),
                QStringLiteral("--scores"), example("scores.json"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        const QJsonObject e = jsonOf(run).value(QStringLiteral("evaluation")).toObject();
        QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
        QCOMPARE(e.value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
        // 100 x 10.5 / 13 (docs/scoring.md): the answered weights add up to 13.
        QVERIFY(qAbs(e.value(QStringLiteral("total")).toDouble() - 100.0 * 10.5 / 13.0) < 1e-6);
        QCOMPARE(e.value(QStringLiteral("failed")).toBool(), false);
        const QString id = QString::number(e.value(QStringLiteral("id")).toInteger());

        // A second coach evaluation of the call: R-ASSESS-4.
        run = as(QStringLiteral("karim"),
                 {QStringLiteral("evaluate"), QString::number(m_sanneCoaching),
                  QStringLiteral("--template"), QStringLiteral("kcc-telefonie"),
                  QStringLiteral("--scores"), example("scores.json")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("R-ASSESS-4: "), qPrintable(why(run)));

        run = as(QStringLiteral("sanne"), {QStringLiteral("evaluation"), QStringLiteral("show"), id,
                                           QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        const QJsonObject shown = jsonOf(run).value(QStringLiteral("evaluation")).toObject();
        QCOMPARE(shown.value(QStringLiteral("scores")).toArray().size(), 15);
        QCOMPARE(shown.value(QStringLiteral("notes")).toArray().size(), 4);
        QCOMPARE(shown.value(QStringLiteral("evaluator")).toString(), QStringLiteral("linda"));
        run =
            as(QStringLiteral("sanne"), {QStringLiteral("evaluation"), QStringLiteral("show"), id});
        QVERIFY2(run.out.contains("Stelt zich voor met naam"), qPrintable(why(run)));
        QVERIFY(run.out.contains("Total: 80.8"));

        // Tom, another agent, sees none of it.
        run = as(QStringLiteral("tom"), {QStringLiteral("evaluation"), QStringLiteral("show"), id});
        QCOMPARE(run.exitCode, 3);
        run = as(QStringLiteral("tom"),
                 {QStringLiteral("evaluation"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(jsonOf(run).value(QStringLiteral("evaluations")).toArray().size(), 0);
        run = as(QStringLiteral("linda"),
                 {QStringLiteral("evaluation"), QStringLiteral("list"), QStringLiteral("--agent"),
                  QStringLiteral("sanne"), QStringLiteral("--json")});
        QCOMPARE(jsonOf(run).value(QStringLiteral("evaluations")).toArray().size(), 1);

        // The agent asks for another evaluator; then karim may.
        run = as(QStringLiteral("sanne"),
                 {QStringLiteral("request"), QStringLiteral("other-evaluator"), id});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        run = as(QStringLiteral("karim"),
                 {QStringLiteral("evaluate"), QString::number(m_sanneCoaching),
                  QStringLiteral("--template"), QStringLiteral("kcc-telefonie"),
                  QStringLiteral("--scores"), example("scores.json"), QStringLiteral("--draft")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        QVERIFY(run.out.contains("draft"));
    }
};

QTEST_GUILESS_MAIN(TemplatesAndEvaluationsCli)
#include "TemplatesAndEvaluationsCli.moc"
