// Without a reachable keychain (no session bus), the key store answers
// KeychainUnavailable promptly — no crash, no hang — and a keychain vault
// is not created, so the caller can offer the passphrase path instead.
// CTest runs this with DBUS_SESSION_BUS_ADDRESS pointing nowhere.
#include "core/time/Clock.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cv::core;

class KeychainUnreachableFallsBack final : public QObject
{
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS")
                     .contains(QStringLiteral("nonexistent")),
                 "CTest sets DBUS_SESSION_BUS_ADDRESS to a socket that does not exist");
    }

    void readAnswersUnavailableQuickly()
    {
        SystemKeyStore store(std::chrono::seconds(10));
        QElapsedTimer timer;
        timer.start();
        auto read = store.readKey(QStringLiteral("vault-anything"));
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::KeychainUnavailable);
        QVERIFY(read.error().message.contains(QStringLiteral("passphrase")));
        QVERIFY2(timer.elapsed() < 5000, "an unreachable keychain must not hang the caller");
    }

    void keychainVaultIsNotCreated()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("nokc.cvault"));
        SystemKeyStore store;
        auto created = Vault::create(file, VaultCredential::keychain(store), m_clock);
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::KeychainUnavailable);
        QVERIFY(!QFile::exists(file));
        // The passphrase path still works on the same machine.
        const char text[] = "a passphrase instead";
        QVERIFY(Vault::create(
            file, VaultCredential::passphrase(SecretBytes::copyOf(text, sizeof text - 1)),
            m_clock));
    }
};

QTEST_GUILESS_MAIN(KeychainUnreachableFallsBack)
#include "KeychainUnreachableFallsBack.moc"
