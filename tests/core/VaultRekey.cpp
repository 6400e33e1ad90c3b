// Changing a vault's credential re-encrypts it: afterwards only the new
// credential opens it, and everything it held is still there.
#include "core/time/Clock.h"
#include "core/vault/Vault.h"
#include "tests/support/MemoryKeyStore.h"
#include "tests/support/VaultFixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cv::core;
using cv::test::MemoryKeyStore;
using cv::test::passphrase;

class VaultRekey final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)};
    int m_serial = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("r%1.cvault").arg(++m_serial)); }

    static void fill(Vault& vault)
    {
        for (int i = 0; i < 200; ++i)
            QVERIFY(
                vault.setPreference(QStringLiteral("item%1").arg(i), QStringLiteral("v%1").arg(i)));
    }
    static void verifyFilled(Vault& vault)
    {
        for (int i = 0; i < 200; ++i)
            QCOMPARE(vault.preference(QStringLiteral("item%1").arg(i)),
                     QStringLiteral("v%1").arg(i));
    }

private Q_SLOTS:
    void passphraseToNewPassphrase()
    {
        const QString file = freshPath();
        VaultId id;
        {
            auto vault = Vault::create(file, passphrase("old passphrase 1"), m_clock);
            QVERIFY(vault);
            id = (*vault)->id();
            fill(**vault);
            QVERIFY((*vault)->changeCredential(passphrase("new passphrase 2")));
            verifyFilled(**vault); // the vault stays usable after the swap
            QVERIFY((*vault)->accepts(passphrase("new passphrase 2")));
            QVERIFY(!(*vault)->accepts(passphrase("old passphrase 1")));
        }
        auto old = Vault::open(file, passphrase("old passphrase 1"), m_clock);
        QVERIFY(!old);
        QCOMPARE(old.error().code, ErrorCode::WrongKey);
        auto reopened = Vault::open(file, passphrase("new passphrase 2"), m_clock);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->id(), id); // the id (file salt) survives
        QCOMPARE((*reopened)->schemaVersion(), Vault::latestSchemaVersion());
        verifyFilled(**reopened);
        QVERIFY(!QFile::exists(file + QStringLiteral(".rekey")));
    }

    void keychainKeyRotates()
    {
        MemoryKeyStore store;
        const QString file = freshPath();
        QByteArray before;
        {
            auto vault = Vault::create(file, VaultCredential::keychain(store), m_clock);
            QVERIFY(vault);
            fill(**vault);
            const QString account = (*vault)->id().keychainAccount();
            before = store.readKey(account)->exposeCopy();
            QVERIFY((*vault)->changeCredential(VaultCredential::keychain(store)));
            QVERIFY(store.readKey(account)->exposeCopy() != before);
            QVERIFY(!store.contains((*vault)->id().stagedKeychainAccount()));
        }
        auto reopened = Vault::open(file, VaultCredential::keychain(store), m_clock);
        QVERIFY(reopened);
        verifyFilled(**reopened);
        auto info = (*reopened)->info();
        QCOMPARE(info->keyMode, KeyMode::Keychain);
    }

    void keychainToPassphraseAndBack()
    {
        MemoryKeyStore store;
        const QString file = freshPath();
        {
            auto vault = Vault::create(file, VaultCredential::keychain(store), m_clock);
            QVERIFY(vault);
            fill(**vault);
            QVERIFY((*vault)->changeCredential(passphrase("a passphrase now")));
            QCOMPARE((*vault)->keyMode(), KeyMode::Passphrase);
            QCOMPARE(store.size(), std::size_t(0)); // the old keychain key is gone
        }
        {
            auto vault = Vault::open(file, passphrase("a passphrase now"), m_clock);
            QVERIFY(vault);
            QCOMPARE((*vault)->info()->keyMode, KeyMode::Passphrase);
            QVERIFY((*vault)->changeCredential(VaultCredential::keychain(store)));
        }
        QVERIFY(!Vault::open(file, passphrase("a passphrase now"), m_clock));
        auto vault = Vault::open(file, VaultCredential::keychain(store), m_clock);
        QVERIFY(vault);
        verifyFilled(**vault);
    }

    void failedRekeyLeavesTheVaultAsItWas()
    {
        MemoryKeyStore store;
        const QString file = freshPath();
        auto vault = Vault::create(file, passphrase("old passphrase 1"), m_clock);
        QVERIFY(vault);
        fill(**vault);
        store.setUnavailable(QStringLiteral("offline"));
        auto changed = (*vault)->changeCredential(VaultCredential::keychain(store));
        QVERIFY(!changed);
        QCOMPARE(changed.error().code, ErrorCode::KeychainUnavailable);
        auto tooShort = (*vault)->changeCredential(passphrase("short"));
        QVERIFY(!tooShort);
        QCOMPARE(tooShort.error().code, ErrorCode::BadInput);
        verifyFilled(**vault);
        vault->reset();
        QVERIFY(Vault::open(file, passphrase("old passphrase 1"), m_clock));
    }

    void rekeyRefusedWhileAnotherConnectionHasTheVault()
    {
        const QString file = freshPath();
        auto vault = Vault::create(file, passphrase("old passphrase 1"), m_clock);
        QVERIFY(vault);
        auto second = Vault::open(file, passphrase("old passphrase 1"), m_clock);
        QVERIFY(second);
        auto changed = (*vault)->changeCredential(passphrase("new passphrase 2"));
        QVERIFY(!changed);
        QVERIFY((*vault)->setPreference(QStringLiteral("still"), QStringLiteral("works")));
        QCOMPARE((*second)->preference(QStringLiteral("still")), QStringLiteral("works"));
        second->reset();
        vault->reset();
        QVERIFY(Vault::open(file, passphrase("old passphrase 1"), m_clock));
    }
};

QTEST_GUILESS_MAIN(VaultRekey)
#include "VaultRekey.moc"
