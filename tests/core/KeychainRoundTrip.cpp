// The real system keychain: a key written through QtKeychain to the Secret
// Service comes back byte for byte, a vault created in keychain mode opens
// from it, and removal works. scripts/test provides a private D-Bus session
// with an unlocked gnome-keyring; without a session bus the test skips.
#include "core/time/Clock.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cv::core;

class KeychainRoundTrip final : public QObject
{
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)};

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            // Inside scripts/test a missing bus is a broken harness, not a skip.
            if (qEnvironmentVariable("COACHVAULT_HEADLESS_ENV") == QLatin1String("1"))
                QFAIL("scripts/test promised a Secret Service but there is no session bus");
            QSKIP("no D-Bus session bus: run through scripts/test, which starts a Secret Service");
        }
    }

    void keyRoundTrips()
    {
        SystemKeyStore store;
        const QString account = QStringLiteral("test-") + VaultId::generate().hex();
        const SecretBytes key = SecretBytes::random(kVaultKeyBytes);
        auto written = store.writeKey(account, key);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        auto read = store.readKey(account);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QVERIFY(read->equals(key));
        QVERIFY(store.removeKey(account));
        auto gone = store.readKey(account);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::KeyNotFound);
    }

    void keychainVaultOpensFromTheSecretService()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("kc.cvault"));
        SystemKeyStore store;
        QString account;
        {
            auto vault = Vault::create(file, VaultCredential::keychain(store), m_clock);
            QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
            account = (*vault)->id().keychainAccount();
            QVERIFY((*vault)->setPreference(QStringLiteral("k"), QStringLiteral("v")));
        }
        {
            SystemKeyStore another; // a fresh process would do the same
            auto vault = Vault::open(file, VaultCredential::keychain(another), m_clock);
            QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
            QCOMPARE((*vault)->preference(QStringLiteral("k")), QStringLiteral("v"));
            QVERIFY((*vault)->changeCredential(VaultCredential::keychain(another)));
        }
        auto vault = Vault::open(file, VaultCredential::keychain(store), m_clock);
        QVERIFY(vault);
        QCOMPARE((*vault)->preference(QStringLiteral("k")), QStringLiteral("v"));
        QVERIFY(store.removeKey(account));
    }
};

QTEST_GUILESS_MAIN(KeychainRoundTrip)
#include "KeychainRoundTrip.moc"
