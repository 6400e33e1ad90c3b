// What lies on disk is ciphertext: no SQLite header, no plaintext of what
// was stored (in the vault file nor its WAL), and the sqlcipher shell reads
// nothing without the key but everything with it.
#include "core/time/Clock.h"
#include "core/vault/Vault.h"
#include "tests/support/VaultFixtures.h"

#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cv::core;
using cv::test::passphrase;

namespace {
const QByteArray kMarker = "MARKER-4f1c9e-PLAINTEXT-MUST-NOT-APPEAR";
}

class VaultEncryptedAtRest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)};
    QString m_file;
    QString m_hexKey;

private Q_SLOTS:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("rest.cvault"));
        // A raw key we know, so the sqlcipher shell can be given it.
        const SecretBytes key = SecretBytes::random(kVaultKeyBytes);
        const SecretBytes hex = key.toHex();
        m_hexKey =
            QString::fromLatin1(reinterpret_cast<const char*>(hex.data()), qsizetype(hex.size()));
        auto vault = Vault::create(m_file, VaultCredential::ephemeralKey(key.clone()), m_clock);
        QVERIFY(vault);
        for (int i = 0; i < 50; ++i)
            QVERIFY((*vault)->setPreference(QStringLiteral("k%1").arg(i),
                                            QString::fromLatin1(kMarker)));
        // While open, the WAL holds recent pages: it must be ciphertext too.
        const QByteArray wal = cv::test::readAll(m_file + QStringLiteral("-wal"));
        QVERIFY(!wal.isEmpty());
        QVERIFY(!wal.contains(kMarker));
        QVERIFY(!wal.contains("preferences"));
    }

    void fileNeverStartsWithTheSqliteHeader()
    {
        const QByteArray bytes = cv::test::readAll(m_file);
        QVERIFY(bytes.size() >= 65536);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains(kMarker));
        QVERIFY(!bytes.contains("CREATE TABLE"));
    }

    void sqlcipherShellNeedsTheKey()
    {
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
        if (shell.isEmpty())
            QSKIP("the sqlcipher shell is not installed (scripts/test installs it)");
        QProcess withoutKey;
        withoutKey.start(shell, {m_file, QStringLiteral("SELECT value FROM preferences;")});
        QVERIFY(withoutKey.waitForFinished(10000));
        const QByteArray out =
            withoutKey.readAllStandardOutput() + withoutKey.readAllStandardError();
        QVERIFY2(!out.contains(kMarker), out.constData());
        QVERIFY2(out.contains("not a database") || out.contains("encrypted"), out.constData());

        QProcess withKey;
        withKey.start(shell, {m_file});
        QVERIFY(withKey.waitForStarted());
        const QString script =
            QStringLiteral("PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 65536;\n"
                           "SELECT value FROM preferences LIMIT 1;\n")
                .arg(m_hexKey);
        withKey.write(script.toLatin1());
        withKey.closeWriteChannel();
        QVERIFY(withKey.waitForFinished(10000));
        QVERIFY2(withKey.readAllStandardOutput().contains(kMarker),
                 "the shell with the key reads the vault");
    }
};

QTEST_GUILESS_MAIN(VaultEncryptedAtRest)
#include "VaultEncryptedAtRest.moc"
