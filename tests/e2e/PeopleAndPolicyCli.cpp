// The people-and-policy commands end to end through coachvault-cli: the
// bootstrap, acting as a signed-in person, refusals exiting 3 with the rule
// ID first, malformed policy files exiting 4 with nothing written, and
// audit verify catching a direct edit of the database.
#include "core/time/Clock.h"
#include "core/vault/Vault.h"
#include "tests/support/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using cv::test::CliRun;
using cv::test::runCli;

class PeopleAndPolicyCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vault;

    CliRun as(const QString& handle, const QString& pin, QStringList args,
              QProcessEnvironment env = {})
    {
        env.insert(QStringLiteral("COACHVAULT_AS"), handle);
        env.insert(QStringLiteral("COACHVAULT_PIN"), pin);
        return runCli(QStringList{QStringLiteral("--vault"), m_vault} + args, env);
    }
    QString policyFile() const
    {
        return qEnvironmentVariable("COACHVAULT_SOURCE_DIR") +
               QStringLiteral("/docs/examples/policy.json");
    }
    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }
    static QString why(const CliRun& run) { return QString::fromUtf8(run.err); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("COACHVAULT_PASSPHRASE", "correct horse battery");
        m_vault = m_dir.filePath(QStringLiteral("people.cvault"));
        QCOMPARE(runCli({QStringLiteral("--vault"), m_vault, QStringLiteral("init")}).exitCode, 0);
    }

    void bootstrapThenActAsPeople()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("COACHVAULT_NEW_PIN"), QStringLiteral("246810"));
        auto run = runCli({QStringLiteral("--vault"), m_vault, QStringLiteral("person"),
                           QStringLiteral("add"), QStringLiteral("ada"), QStringLiteral("--name"),
                           QStringLiteral("Ada Admin"), QStringLiteral("--role"),
                           QStringLiteral("administrator")},
                          env);
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        // From now on everything needs --as: without it, a usage error.
        run = runCli({QStringLiteral("--vault"), m_vault, QStringLiteral("person"),
                      QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--name"),
                      QStringLiteral("X")});
        QCOMPARE(run.exitCode, 2);
        env.insert(QStringLiteral("COACHVAULT_NEW_PIN"), QStringLiteral("135790"));
        run = as(
            QStringLiteral("ada"), QStringLiteral("246810"),
            {QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("mieke"),
             QStringLiteral("--name"), QStringLiteral("Mieke Manager"), QStringLiteral("--role"),
             QStringLiteral("manager"), QStringLiteral("--employment"), QStringLiteral("permanent"),
             QStringLiteral("--new-pin-file"), write(QStringLiteral("mieke.pin"), "135790\n")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        run = as(QStringLiteral("ada"), QStringLiteral("246810"),
                 {QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("sanne"),
                  QStringLiteral("--name"), QStringLiteral("Sanne de Vries"),
                  QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--employment"),
                  QStringLiteral("on-call"), QStringLiteral("--new-pin-file"),
                  write(QStringLiteral("sanne.pin"), "975310")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        run = as(QStringLiteral("ada"), QStringLiteral("246810"),
                 {QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out)
                     .object()
                     .value(QStringLiteral("persons"))
                     .toArray()
                     .size(),
                 3);
    }

    void wrongPinIsLocked()
    {
        const auto run = as(QStringLiteral("ada"), QStringLiteral("000000"),
                            {QStringLiteral("person"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 5);
    }

    void refusalsExitThreeWithTheRuleFirst_data()
    {
        QTest::addColumn<QString>("handle");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("rule");
        QTest::newRow("R-AUTH-3 an agent lists persons")
            << QStringLiteral("sanne") << QStringLiteral("975310")
            << QStringList{QStringLiteral("person"), QStringLiteral("list")}
            << QStringLiteral("R-AUTH-3");
        QTest::newRow("R-AUTH-3 an administrator sets the policy")
            << QStringLiteral("ada") << QStringLiteral("246810")
            << QStringList{QStringLiteral("policy"), QStringLiteral("set"), policyFile()}
            << QStringLiteral("R-AUTH-3");
        QTest::newRow("R-AUTH-1 an administrator authorises")
            << QStringLiteral("ada") << QStringLiteral("246810")
            << QStringList{QStringLiteral("authorise"),
                           QStringLiteral("mieke"),
                           QStringLiteral("--purpose"),
                           QStringLiteral("coaching"),
                           QStringLiteral("--from"),
                           QStringLiteral("2026-01-01"),
                           QStringLiteral("--confidentiality-accepted"),
                           QStringLiteral("2026-01-01")}
            << QStringLiteral("R-AUTH-1");
        QTest::newRow("R-AUTH-4 authorising without confidentiality")
            << QStringLiteral("mieke") << QStringLiteral("135790")
            << QStringList{QStringLiteral("authorise"), QStringLiteral("mieke"),
                           QStringLiteral("--purpose"), QStringLiteral("coaching"),
                           QStringLiteral("--from"),    QStringLiteral("2026-01-01")}
            << QStringLiteral("R-AUTH-4");
        QTest::newRow("R-AUTH-3 an agent verifies the audit trail")
            << QStringLiteral("sanne") << QStringLiteral("975310")
            << QStringList{QStringLiteral("audit"), QStringLiteral("verify")}
            << QStringLiteral("R-AUTH-3");
    }
    void refusalsExitThreeWithTheRuleFirst()
    {
        QFETCH(QString, handle);
        QFETCH(QString, pin);
        QFETCH(QStringList, args);
        QFETCH(QString, rule);
        const auto run = as(handle, pin, args);
        QVERIFY2(run.exitCode == 3, qPrintable(why(run)));
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.errLines().first().startsWith(QStringLiteral("coachvault-cli: ") + rule +
                                                   QStringLiteral(": ")),
                 qPrintable(why(run)));
    }

    void malformedPolicyExitsFourWritingNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("field");
        QTest::newRow("garbage") << QByteArray("not json at all") << QStringLiteral("JSON");
        QTest::newRow("missing purposes")
            << QByteArray(
                   R"json({"format":"coachvault-policy","formatVersion":1,"organisation":{"name":"X","type":"private"},"effectiveFrom":"2026-01-01"})json")
            << QStringLiteral("purposes");
        QTest::newRow("bad date")
            << QByteArray(
                   R"json({"format":"coachvault-policy","formatVersion":1,"organisation":{"name":"X","type":"private"},"effectiveFrom":"gisteren","purposes":[{"purpose":"coaching","legalBasis":"6(1)(b)","calls":2,"period":"month"}]})json")
            << QStringLiteral("effectiveFrom");
    }
    void malformedPolicyExitsFourWritingNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, field);
        const QString file = write(QStringLiteral("bad-policy.json"), content);
        const auto run = as(QStringLiteral("mieke"), QStringLiteral("135790"),
                            {QStringLiteral("policy"), QStringLiteral("set"), file});
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains(file.toUtf8()));
        QVERIFY2(run.err.contains(field.toUtf8()), qPrintable(why(run)));
        const auto history =
            as(QStringLiteral("mieke"), QStringLiteral("135790"),
               {QStringLiteral("policy"), QStringLiteral("history"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(history.out)
                     .object()
                     .value(QStringLiteral("versions"))
                     .toArray()
                     .size(),
                 0);
    }

    void policyAndAuthorisationFlow()
    {
        auto run = as(QStringLiteral("mieke"), QStringLiteral("135790"),
                      {QStringLiteral("policy"), QStringLiteral("set"), policyFile()});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        run = as(QStringLiteral("sanne"), QStringLiteral("975310"),
                 {QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject policy =
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("policy")).toObject();
        QCOMPARE(policy.value(QStringLiteral("version")).toInt(), 1);
        // Private lines only as hashes: neither number in any written form
        // (a bare "555" could turn up inside a hash by chance).
        for (const char* number : {"555 0100", "205550100", "205550199", "555-0199", "5550199"})
            QVERIFY2(!run.out.contains(number), number);
        run = as(QStringLiteral("mieke"), QStringLiteral("135790"),
                 {QStringLiteral("authorise"), QStringLiteral("mieke"), QStringLiteral("--purpose"),
                  QStringLiteral("coaching,quality"), QStringLiteral("--from"),
                  QStringLiteral("2026-01-01"), QStringLiteral("--confidentiality-accepted"),
                  QStringLiteral("2025-12-20")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        run = as(QStringLiteral("sanne"), QStringLiteral("975310"),
                 {QStringLiteral("authorisations"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(run.out)
                                    .object()
                                    .value(QStringLiteral("authorisations"))
                                    .toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("person")).toString(),
                 QStringLiteral("mieke"));
        run = as(QStringLiteral("mieke"), QStringLiteral("135790"),
                 {QStringLiteral("inform"), QStringLiteral("sanne"), QStringLiteral("--date"),
                  QStringLiteral("2026-01-05")});
        QCOMPARE(run.exitCode, 0);
        // The agent sees the entries about her own data, including that one.
        run = as(QStringLiteral("sanne"), QStringLiteral("975310"),
                 {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray entries =
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("entries")).toArray();
        bool sawInform = false;
        for (const QJsonValue& e : entries)
            sawInform = sawInform || e.toObject().value(QStringLiteral("action")).toString() ==
                                         QLatin1String("person.inform");
        QVERIFY(sawInform);
    }

    void auditVerifyCatchesADirectEdit()
    {
        auto run = as(QStringLiteral("ada"), QStringLiteral("246810"),
                      {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        {
            cv::core::ManualClock clock(QDateTime::currentDateTimeUtc());
            QByteArray pass("correct horse battery");
            auto vault = cv::core::Vault::open(
                m_vault,
                cv::core::VaultCredential::passphrase(cv::core::SecretBytes::takeBytes(pass)),
                clock);
            QVERIFY(vault);
            QSqlQuery query((*vault)->database());
            QVERIFY(query.exec(QStringLiteral(
                "UPDATE audit_entry SET outcome = 'allowed' WHERE outcome = 'refused'")));
        }
        run = as(QStringLiteral("ada"), QStringLiteral("246810"),
                 {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("R-AUTH-3: the audit trail is broken at entry"),
                 qPrintable(why(run)));
    }
};

QTEST_GUILESS_MAIN(PeopleAndPolicyCli)
#include "PeopleAndPolicyCli.moc"
