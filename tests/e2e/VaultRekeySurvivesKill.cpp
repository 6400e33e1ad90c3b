// Rekey is atomic: coachvault-cli passwd killed (SIGKILL) at every step of a
// rekey, and at arbitrary moments, leaves a vault that opens with the old
// credential or the new one — never with neither — and holds all its data.
#include "core/time/Clock.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"
#include "tests/support/CliRunner.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace cv::core;
using cv::test::runCli;

namespace {
const QString kOld = QStringLiteral("old passphrase one");
const QString kNew = QStringLiteral("new passphrase two");

VaultCredential passphraseOf(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    return VaultCredential::passphrase(SecretBytes::takeBytes(bytes));
}
} // namespace

class VaultRekeySurvivesKill final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)};
    int m_serial = 0;

    // A fresh passphrase vault holding known preferences.
    QString makeVault()
    {
        const QString file = m_dir.filePath(QStringLiteral("k%1.cvault").arg(++m_serial));
        auto vault = Vault::create(file, passphraseOf(kOld), m_clock);
        if (!vault)
            return {};
        for (int i = 0; i < 100; ++i)
            (void)(*vault)->setPreference(QStringLiteral("p%1").arg(i),
                                          QStringLiteral("v%1").arg(i));
        return file;
    }

    // Opens with whichever credential works; fails the test if none does.
    static QString openableWith(const QString& file, const ManualClock& clock, KeyStore* store)
    {
        QString which;
        std::unique_ptr<Vault> vault;
        if (auto old = Vault::open(file, passphraseOf(kOld), clock)) {
            which = QStringLiteral("old");
            vault = std::move(*old);
        } else if (auto fresh = Vault::open(file, passphraseOf(kNew), clock)) {
            which = QStringLiteral("new");
            vault = std::move(*fresh);
        } else if (store) {
            if (auto keyed = Vault::open(file, VaultCredential::keychain(*store), clock)) {
                which = QStringLiteral("keychain");
                vault = std::move(*keyed);
            }
        }
        if (!vault)
            return {};
        for (int i = 0; i < 100; ++i) {
            if (vault->preference(QStringLiteral("p%1").arg(i)) != QStringLiteral("v%1").arg(i))
                return QStringLiteral("data lost");
        }
        return which;
    }

    static QProcessEnvironment passwdEnv(const char* fault)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("COACHVAULT_PASSPHRASE"), kOld);
        env.insert(QStringLiteral("COACHVAULT_NEW_PASSPHRASE"), kNew);
        if (fault)
            env.insert(QStringLiteral("COACHVAULT_FAULT"), QString::fromLatin1(fault));
        return env;
    }

private Q_SLOTS:
    void killedAtEachStep_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QString>("expected");
        QTest::newRow("after staging the new key")
            << QByteArray("rekey:staged") << QStringLiteral("old");
        QTest::newRow("after writing the new copy")
            << QByteArray("rekey:copied") << QStringLiteral("old");
        QTest::newRow("after renaming it into place")
            << QByteArray("rekey:renamed") << QStringLiteral("new");
    }
    void killedAtEachStep()
    {
        QFETCH(QByteArray, fault);
        QFETCH(QString, expected);
        const QString file = makeVault();
        QVERIFY(!file.isEmpty());
        const auto run = runCli({QStringLiteral("--vault"), file, QStringLiteral("passwd")},
                                passwdEnv(fault.constData()));
        QVERIFY2(run.crashed, "the fault point must kill the CLI");
        QCOMPARE(openableWith(file, m_clock, nullptr), expected);
        QVERIFY(!QFile::exists(file + QStringLiteral(".rekey")));
    }

    void killedAtRandomMoments()
    {
        // passwd derives two Argon2id keys (~0.5 s each) and copies the
        // vault: kill anywhere in the first two seconds.
        for (int round = 0; round < 6; ++round) {
            const QString file = makeVault();
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            const QProcessEnvironment extra = passwdEnv(nullptr);
            for (const QString& key : extra.keys())
                env.insert(key, extra.value(key));
            process.setProcessEnvironment(env);
            process.start(cv::test::cliPath(),
                          {QStringLiteral("--vault"), file, QStringLiteral("passwd")});
            QVERIFY(process.waitForStarted());
            const int delayMs = 300 + int(QRandomGenerator::global()->bounded(1700));
            if (!process.waitForFinished(delayMs))
                process.kill();
            process.waitForFinished();
            const QString which = openableWith(file, m_clock, nullptr);
            QVERIFY2(which == QStringLiteral("old") || which == QStringLiteral("new"),
                     qPrintable(QStringLiteral("round %1, killed after %2 ms: %3")
                                    .arg(round)
                                    .arg(delayMs)
                                    .arg(which.isEmpty() ? QStringLiteral("unopenable") : which)));
        }
    }

    void keychainRekeyKilledAfterRename()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            // Inside scripts/test a missing bus is a broken harness, not a skip.
            if (qEnvironmentVariable("COACHVAULT_HEADLESS_ENV") == QLatin1String("1"))
                QFAIL("scripts/test promised a Secret Service but there is no session bus");
            QSKIP("no D-Bus session bus: run through scripts/test, which starts a Secret Service");
        }
        SystemKeyStore store;
        const QString file = m_dir.filePath(QStringLiteral("kc-kill.cvault"));
        {
            auto vault = Vault::create(file, VaultCredential::keychain(store), m_clock);
            QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
            for (int i = 0; i < 100; ++i)
                QVERIFY((*vault)->setPreference(QStringLiteral("p%1").arg(i),
                                                QStringLiteral("v%1").arg(i)));
        }
        QProcessEnvironment env;
        env.insert(QStringLiteral("COACHVAULT_FAULT"), QStringLiteral("rekey:renamed"));
        const auto run = runCli({QStringLiteral("--vault"), file, QStringLiteral("passwd")}, env);
        QVERIFY(run.crashed);
        // The keychain's current entry still holds the old key; the staged
        // entry holds the key of the file now in place, and opening promotes it.
        QCOMPARE(openableWith(file, m_clock, &store), QStringLiteral("keychain"));
        auto id = Vault::readId(file);
        QVERIFY(id);
        auto staged = store.readKey(id->stagedKeychainAccount());
        QVERIFY(!staged);
        QCOMPARE(staged.error().code, ErrorCode::KeyNotFound);
        QVERIFY(Vault::open(file, VaultCredential::keychain(store), m_clock));
        (void)store.removeKey(id->keychainAccount());
    }
};

QTEST_GUILESS_MAIN(VaultRekeySurvivesKill)
#include "VaultRekeySurvivesKill.moc"
