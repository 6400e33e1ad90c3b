// Creating, opening, closing and refusing vaults: every way an open can fail
// gets its own error code, and a failed create leaves nothing behind.
#include "core/time/Clock.h"
#include "core/vault/Vault.h"
#include "tests/support/MemoryKeyStore.h"
#include "tests/support/VaultFixtures.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cv::core;
using cv::test::MemoryKeyStore;
using cv::test::passphrase;

class VaultLifecycle final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)};

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void createThenOpenWithPassphrase()
    {
        const QString file = path("a.cvault");
        {
            auto vault = Vault::create(file, passphrase("correct horse battery"), m_clock);
            QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
            QCOMPARE((*vault)->keyMode(), KeyMode::Passphrase);
            QVERIFY((*vault)->setPreference(QStringLiteral("inactivity_lock_minutes"),
                                            QStringLiteral("7")));
        }
        auto reopened = Vault::open(file, passphrase("correct horse battery"), m_clock);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
        QCOMPARE((*reopened)->preference(QStringLiteral("inactivity_lock_minutes")),
                 QStringLiteral("7"));
        auto info = (*reopened)->info();
        QVERIFY(info);
        QCOMPARE(info->formatVersion, 1);
        QCOMPARE(info->schemaVersion, Vault::latestSchemaVersion());
        QCOMPARE(info->cipherVersion, QStringLiteral("3.4.1"));
        QCOMPARE(info->pageSizeBytes, 65536);
        QCOMPARE(info->createdUtc, m_clock.nowUtc());
        QCOMPARE(info->id, (*reopened)->id().hex());
        QVERIFY(!info->demo);
    }

    void createThenOpenWithKeychain()
    {
        MemoryKeyStore store;
        const QString file = path("k.cvault");
        QString account;
        {
            auto vault = Vault::create(file, VaultCredential::keychain(store), m_clock);
            QVERIFY(vault);
            account = (*vault)->id().keychainAccount();
            QVERIFY(store.contains(account));
        }
        QVERIFY(Vault::open(file, VaultCredential::keychain(store), m_clock));
        // The key is only in the keychain: without it the vault stays shut.
        MemoryKeyStore empty;
        auto refused = Vault::open(file, VaultCredential::keychain(empty), m_clock);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::KeyNotFound);
    }

    void vaultIdIsTheFileSalt()
    {
        const QString file = path("id.cvault");
        auto vault = Vault::create(file, passphrase("correct horse battery"), m_clock);
        QVERIFY(vault);
        auto id = Vault::readId(file);
        QVERIFY(id);
        QCOMPARE(*id, (*vault)->id());
    }

    void wrongPassphraseIsWrongKey()
    {
        const QString file = path("w.cvault");
        QVERIFY(Vault::create(file, passphrase("correct horse battery"), m_clock));
        const QByteArray before = cv::test::readAll(file);
        auto opened = Vault::open(file, passphrase("incorrect horse battery"), m_clock);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::WrongKey);
        QVERIFY(opened.error().message.contains(file));
        QCOMPARE(cv::test::readAll(file), before); // a failed open changes nothing
    }

    void notAVault_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("exists");
        QTest::addColumn<int>("expected");
        QTest::newRow("missing") << QByteArray() << false << int(ErrorCode::NotAVault);
        QTest::newRow("empty") << QByteArray() << true << int(ErrorCode::NotAVault);
        QTest::newRow("short") << QByteArray(100, 'x') << true << int(ErrorCode::NotAVault);
        QTest::newRow("plain-sqlite-header")
            << (QByteArray("SQLite format 3", 16) + QByteArray(4080, '\0')) << true
            << int(ErrorCode::NotAVault);
        QTest::newRow("random-bytes")
            << QByteArray(70000, '\x5a') << true << int(ErrorCode::WrongKey);
    }
    void notAVault()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, exists);
        QFETCH(int, expected);
        const QString file = path("not.cvault");
        QFile::remove(file);
        if (exists) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(content);
        }
        auto opened = Vault::open(file, passphrase("correct horse battery"), m_clock);
        QVERIFY(!opened);
        QCOMPARE(int(opened.error().code), expected);
        QVERIFY(!opened.error().message.isEmpty());
        if (exists)
            QCOMPARE(cv::test::readAll(file), content);
    }

    void createRefusesToOverwrite()
    {
        const QString file = path("exists.cvault");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("precious");
        out.close();
        auto created = Vault::create(file, passphrase("correct horse battery"), m_clock);
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(cv::test::readAll(file), QByteArray("precious"));
    }

    void createRefusesAShortPassphrase()
    {
        const QString file = path("short.cvault");
        auto created = Vault::create(file, passphrase("too short"), m_clock);
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::BadInput);
        QVERIFY(!QFile::exists(file));
    }

    void keychainUnavailableCreatesNothing()
    {
        MemoryKeyStore store;
        store.setUnavailable(QStringLiteral("offline"));
        const QString file = path("nokeychain.cvault");
        auto created = Vault::create(file, VaultCredential::keychain(store), m_clock);
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::KeychainUnavailable);
        QVERIFY(!QFile::exists(file));
    }

    void fileIsPrivateToItsOwner()
    {
        const QString file = path("perm.cvault");
        QVERIFY(Vault::create(file, passphrase("correct horse battery"), m_clock));
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }

    void connectionPragmasArePinned()
    {
        auto vault =
            Vault::create(path("pragma.cvault"), passphrase("correct horse battery"), m_clock);
        QVERIFY(vault);
        QSqlQuery query((*vault)->database());
        const auto pragma = [&](const char* name) {
            query.exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
            return query.next() ? query.value(0).toString() : QString();
        };
        QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma("secure_delete"), QStringLiteral("1"));
        QCOMPARE(pragma("cipher_page_size"), QStringLiteral("65536"));
        QCOMPARE(pragma("synchronous"), QStringLiteral("2")); // FULL
    }

    void acceptsOnlyItsOwnCredential()
    {
        auto vault =
            Vault::create(path("accept.cvault"), passphrase("correct horse battery"), m_clock);
        QVERIFY(vault);
        QVERIFY((*vault)->accepts(passphrase("correct horse battery")));
        QVERIFY(!(*vault)->accepts(passphrase("correct horse batter")));
        MemoryKeyStore store;
        QVERIFY(!(*vault)->accepts(VaultCredential::keychain(store)));
    }

    void twoVaultsOpenAtOnce()
    {
        auto first =
            Vault::create(path("one.cvault"), passphrase("correct horse battery"), m_clock);
        auto second =
            Vault::create(path("two.cvault"), passphrase("correct horse battery"), m_clock);
        QVERIFY(first && second);
        QVERIFY((*first)->setPreference(QStringLiteral("x"), QStringLiteral("1")));
        QVERIFY((*second)->setPreference(QStringLiteral("x"), QStringLiteral("2")));
        QCOMPARE((*first)->preference(QStringLiteral("x")), QStringLiteral("1"));
        QCOMPARE((*second)->preference(QStringLiteral("x")), QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(VaultLifecycle)
#include "VaultLifecycle.moc"
