// A vault written at schema version 1 is migrated to the newest version on
// open, carrying its data along; a vault newer than this build is refused
// without being touched.
#include "core/time/Clock.h"
#include "core/vault/Vault.h"
#include "tests/support/VaultFixtures.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cv::core;
using cv::test::passphrase;

class VaultMigratesFromVersion1 final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)};

private Q_SLOTS:
    void version1VaultMigrates()
    {
        const QString file = m_dir.filePath(QStringLiteral("v1.cvault"));
        {
            Vault::CreateOptions options;
            options.schemaVersion = 1;
            auto vault = Vault::create(file, passphrase("correct horse battery"), m_clock, options);
            QVERIFY(vault);
            QCOMPARE((*vault)->schemaVersion(), 1);
            // Version 1 kept the inactivity lock among the format metadata.
            QSqlQuery query((*vault)->database());
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO vault_meta (key, value) VALUES ('inactivity_lock_minutes', '9')")));
            QVERIFY(!(*vault)->database().tables().contains(QStringLiteral("preferences")));
        }
        auto vault = Vault::open(file, passphrase("correct horse battery"), m_clock);
        QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
        QCOMPARE((*vault)->schemaVersion(), Vault::latestSchemaVersion());
        QCOMPARE((*vault)->preference(QStringLiteral("inactivity_lock_minutes")),
                 QStringLiteral("9"));
        QSqlQuery query((*vault)->database());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT count(*) FROM vault_meta WHERE key = 'inactivity_lock_minutes'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void newerVaultIsRefusedUntouched()
    {
        const QString file = m_dir.filePath(QStringLiteral("future.cvault"));
        {
            auto vault = Vault::create(file, passphrase("correct horse battery"), m_clock);
            QVERIFY(vault);
            QSqlQuery query((*vault)->database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        auto vault = Vault::open(file, passphrase("correct horse battery"), m_clock);
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, ErrorCode::NotAVault);
        QVERIFY(vault.error().message.contains(QStringLiteral("999")));
    }
};

QTEST_GUILESS_MAIN(VaultMigratesFromVersion1)
#include "VaultMigratesFromVersion1.moc"
