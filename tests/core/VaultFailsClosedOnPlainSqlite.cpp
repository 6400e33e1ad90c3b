// The vault's connection layer, compiled and linked here against plain
// SQLite instead of SQLCipher, refuses to create or open a vault: without
// an answer to PRAGMA cipher_version it fails closed and writes nothing.
#include "core/vault/SqlCipherConnection.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace cv::core;

class VaultFailsClosedOnPlainSqlite final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkedAgainstPlainSqlite()
    {
        // Guard against this test silently linking SQLCipher after all.
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
        sqlite3_stmt* stmt = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "PRAGMA cipher_version;", -1, &stmt, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(stmt), SQLITE_DONE); // no row: not SQLCipher
        sqlite3_finalize(stmt);
        sqlite3_close(db);
    }

    void createIsRefused()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plain.cvault"));
        auto connection =
            SqlCipherConnection::open(file, SecretBytes::random(kVaultKeyBytes),
                                      VaultId::generate(), SqlCipherConnection::Mode::CreateNew);
        QVERIFY(!connection);
        QCOMPARE(connection.error().code, ErrorCode::CipherUnavailable);
        QVERIFY(!QFile::exists(file)); // nothing left behind
    }

    void openIsRefused()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("some.cvault"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray(65536, '\x17'));
        out.close();
        auto connection = SqlCipherConnection::open(file, SecretBytes::random(kVaultKeyBytes),
                                                    VaultId(QByteArray(16, '\x17')),
                                                    SqlCipherConnection::Mode::OpenExisting);
        QVERIFY(!connection);
        QCOMPARE(connection.error().code, ErrorCode::CipherUnavailable);
    }
};

QTEST_GUILESS_MAIN(VaultFailsClosedOnPlainSqlite)
#include "VaultFailsClosedOnPlainSqlite.moc"
