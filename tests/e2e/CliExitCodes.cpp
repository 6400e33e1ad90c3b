// Every exit code of coachvault-cli, from real runs of the binary: 0 ok,
// 2 usage, 3 refused by a rule, 4 bad input, 5 locked, 1 anything else.
// Every error is one line on stderr; with --json the result or error is one
// JSON document on stdout.
#include "tests/support/CliRunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using cv::test::runCli;

class CliExitCodes final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vault;
    QString m_passphraseFile;

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(cv::test::cliPath()));
        m_vault = m_dir.filePath(QStringLiteral("cli.cvault"));
        m_passphraseFile = write(QStringLiteral("pass"), "correct horse battery\n");
        const auto run =
            runCli({QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"),
                    m_passphraseFile, QStringLiteral("init")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("expected");
        const QString vault = m_vault;
        const QString pass = m_passphraseFile;
        const QString wrong = write(QStringLiteral("wrong"), "incorrect horse battery");
        const QString empty = write(QStringLiteral("empty"), "\n");
        const QString shortPass = write(QStringLiteral("short"), "short");
        const QString plain = write(QStringLiteral("plain.db"),
                                    QByteArray("SQLite format 3", 16) + QByteArray(4080, '\0'));
        const QString other = write(QStringLiteral("other.cvault"), "precious");
        const auto v = [](const QString& path) {
            return QStringList{QStringLiteral("--vault"), path};
        };
        const auto p = [](const QString& path) {
            return QStringList{QStringLiteral("--passphrase-file"), path};
        };
        const QString info = QStringLiteral("info");

        QTest::newRow("0-info") << (v(vault) + p(pass) + QStringList{info}) << 0;
        QTest::newRow("0-help") << QStringList{QStringLiteral("--help")} << 0;
        QTest::newRow("0-command-help") << QStringList{info, QStringLiteral("--help")} << 0;
        QTest::newRow("2-no-command") << QStringList{} << 2;
        QTest::newRow("2-unknown-command") << QStringList{QStringLiteral("frobnicate")} << 2;
        QTest::newRow("2-unknown-option")
            << (v(vault) + QStringList{info, QStringLiteral("--frob")}) << 2;
        QTest::newRow("2-extra-argument")
            << (v(vault) + p(pass) + QStringList{info, QStringLiteral("x")}) << 2;
        QTest::newRow("2-passwd-two-modes")
            << (v(vault) + p(pass) +
                QStringList{QStringLiteral("passwd"), QStringLiteral("--to-keychain"),
                            QStringLiteral("--to-passphrase")})
            << 2;
        QTest::newRow("2-passwd-no-new-passphrase")
            << (v(vault) + p(pass) + QStringList{QStringLiteral("passwd")}) << 2;
        QTest::newRow("4-empty-passphrase-file") << (v(vault) + p(empty) + QStringList{info}) << 4;
        QTest::newRow("4-missing-passphrase-file")
            << (v(vault) + p(m_dir.filePath(QStringLiteral("nope"))) + QStringList{info}) << 4;
        QTest::newRow("4-short-passphrase") << (v(m_dir.filePath(QStringLiteral("new.cvault"))) +
                                                p(shortPass) + QStringList{QStringLiteral("init")})
                                            << 4;
        QTest::newRow("5-wrong-passphrase") << (v(vault) + p(wrong) + QStringList{info}) << 5;
        QTest::newRow("5-plain-sqlite") << (v(plain) + p(pass) + QStringList{info}) << 5;
        QTest::newRow("5-no-such-vault")
            << (v(m_dir.filePath(QStringLiteral("missing.cvault"))) + p(pass) + QStringList{info})
            << 5;
        QTest::newRow("1-init-over-existing-file")
            << (v(other) + p(pass) + QStringList{QStringLiteral("init")}) << 1;
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, expected);
        const auto run = runCli(args);
        QVERIFY(!run.crashed);
        QVERIFY2(run.exitCode == expected, qPrintable(QStringLiteral("exit %1, stderr: %2")
                                                          .arg(run.exitCode)
                                                          .arg(QString::fromUtf8(run.err))));
        if (expected != 0) {
            QCOMPARE(run.errLines().size(), 1);
            QVERIFY(run.errLines().first().startsWith(QStringLiteral("coachvault-cli: ")));
        }
    }

    void keychainUnavailableIsLocked()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/bus"));
        env.insert(QStringLiteral("DISPLAY"), QString());
        const auto run = runCli({QStringLiteral("--vault"), m_vault, QStringLiteral("info")}, env);
        QCOMPARE(run.exitCode, 5);
        QVERIFY(run.err.contains("keychain"));
        QVERIFY(run.err.contains("passphrase"));
        const auto init =
            runCli({QStringLiteral("--vault"), m_dir.filePath(QStringLiteral("kc.cvault")),
                    QStringLiteral("init")},
                   env);
        QCOMPARE(init.exitCode, 5);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("kc.cvault"))));
    }

    void jsonResultAndError()
    {
        const auto ok =
            runCli({QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"),
                    m_passphraseFile, QStringLiteral("info"), QStringLiteral("--json")});
        QCOMPARE(ok.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(ok.out).object();
        QCOMPARE(info.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(info.value(QStringLiteral("cipherVersion")).toString(), QStringLiteral("3.4.1"));
        QCOMPARE(info.value(QStringLiteral("keyMode")).toString(), QStringLiteral("passphrase"));
        QCOMPARE(info.value(QStringLiteral("formatVersion")).toInt(), 1);

        QProcessEnvironment env;
        env.insert(QStringLiteral("COACHVAULT_PASSPHRASE"),
                   QStringLiteral("incorrect horse battery"));
        const auto bad = runCli(
            {QStringLiteral("--json"), QStringLiteral("--vault"), m_vault, QStringLiteral("info")},
            env);
        QCOMPARE(bad.exitCode, 5);
        const QJsonObject error = QJsonDocument::fromJson(bad.out).object();
        QCOMPARE(error.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(error.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("wrong-key"));
    }

    void passwdChangesThePassphrase()
    {
        const QString file = m_dir.filePath(QStringLiteral("pw.cvault"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("COACHVAULT_PASSPHRASE"), QStringLiteral("first passphrase"));
        QCOMPARE(runCli({QStringLiteral("--vault"), file, QStringLiteral("init")}, env).exitCode,
                 0);
        env.insert(QStringLiteral("COACHVAULT_NEW_PASSPHRASE"),
                   QStringLiteral("second passphrase"));
        QCOMPARE(runCli({QStringLiteral("--vault"), file, QStringLiteral("passwd")}, env).exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("--vault"), file, QStringLiteral("info")}, env).exitCode,
                 5);
        env.insert(QStringLiteral("COACHVAULT_PASSPHRASE"), QStringLiteral("second passphrase"));
        QCOMPARE(runCli({QStringLiteral("--vault"), file, QStringLiteral("info")}, env).exitCode,
                 0);
    }

    void demoCreatesADemoVault()
    {
        const QString file = m_dir.filePath(QStringLiteral("demo.cvault"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("COACHVAULT_PASSPHRASE"), QStringLiteral("demo passphrase"));
        QCOMPARE(runCli({QStringLiteral("--vault"), file, QStringLiteral("demo")}, env).exitCode,
                 0);
        const auto info = runCli(
            {QStringLiteral("--vault"), file, QStringLiteral("--json"), QStringLiteral("info")},
            env);
        QCOMPARE(info.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(info.out).object().value(QStringLiteral("demo")).toBool(),
                 true);
    }
};

QTEST_GUILESS_MAIN(CliExitCodes)
#include "CliExitCodes.moc"
