// The Qt Sql driver over SQLCipher behaves like a Qt Sql driver: prepared
// statements with positional and named placeholders, every value type the
// stores use, blobs, NULLs, transactions, errors and result navigation.
#include "core/time/Clock.h"
#include "core/vault/Vault.h"
#include "tests/support/VaultFixtures.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace cv::core;

class SqlCipherDriverQueries final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Vault> m_vault;

    QSqlQuery query() const { return QSqlQuery(m_vault->database()); }

private Q_SLOTS:
    void initTestCase()
    {
        auto vault = Vault::create(m_dir.filePath(QStringLiteral("d.cvault")),
                                   VaultCredential::ephemeralKey(SecretBytes::random(32)), m_clock);
        QVERIFY(vault);
        m_vault = std::move(*vault);
        QSqlQuery q = query();
        QVERIFY2(
            q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER, "
                                  "x REAL, data BLOB, at TEXT)")),
            qPrintable(q.lastError().text()));
    }

    void init() { QVERIFY(query().exec(QStringLiteral("DELETE FROM t"))); }

    void positionalAndNamedPlaceholders()
    {
        QSqlQuery q = query();
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (name, n) VALUES (?, ?)")));
        q.addBindValue(QStringLiteral("Zoë"));
        q.addBindValue(42);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        const qint64 first = q.lastInsertId().toLongLong();
        QVERIFY(first > 0);

        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (name, n) VALUES (:name, :n)")));
        q.bindValue(QStringLiteral(":n"), 7);
        q.bindValue(QStringLiteral(":name"), QStringLiteral("Ümit"));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.lastInsertId().toLongLong(), first + 1);

        QVERIFY(q.prepare(QStringLiteral("SELECT name, n FROM t WHERE n > :min ORDER BY n")));
        q.bindValue(QStringLiteral(":min"), 0);
        QVERIFY(q.exec());
        QVERIFY(q.isSelect());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Ümit"));
        QCOMPARE(q.value(QStringLiteral("n")).toInt(), 7);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Zoë"));
        QVERIFY(!q.next());
    }

    void valueTypesRoundTrip()
    {
        QByteArray blob(300 * 1024, '\0');
        for (int i = 0; i < blob.size(); ++i)
            blob[i] = char(i * 31);
        const QDateTime at(QDate(2026, 1, 5), QTime(8, 1, 2, 345), Qt::UTC);
        QSqlQuery q = query();
        QVERIFY(q.prepare(
            QStringLiteral("INSERT INTO t (name, n, x, data, at) VALUES (?, ?, ?, ?, ?)")));
        q.addBindValue(QVariant(QMetaType(QMetaType::QString))); // NULL
        q.addBindValue(qint64(1) << 40);
        q.addBindValue(0.25);
        q.addBindValue(blob);
        q.addBindValue(at);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT name, n, x, data, at FROM t")));
        QVERIFY(q.next());
        QVERIFY(q.isNull(0));
        QCOMPARE(q.value(1).toLongLong(), qint64(1) << 40);
        QCOMPARE(q.value(2).toDouble(), 0.25);
        QCOMPARE(q.value(3).toByteArray(), blob);
        QCOMPARE(QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs), at);
        QCOMPARE(q.record().fieldName(3), QStringLiteral("data"));
    }

    void navigationBackwardsReruns()
    {
        QSqlQuery q = query();
        for (int i = 0; i < 5; ++i) {
            q.prepare(QStringLiteral("INSERT INTO t (n) VALUES (?)"));
            q.addBindValue(i);
            QVERIFY(q.exec());
        }
        QVERIFY(q.exec(QStringLiteral("SELECT n FROM t ORDER BY n")));
        QVERIFY(q.seek(3));
        QCOMPARE(q.value(0).toInt(), 3);
        QVERIFY(q.first());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.last());
        QCOMPARE(q.value(0).toInt(), 4);
        QCOMPARE(q.at(), 4);
        QVERIFY(q.previous());
        QCOMPARE(q.value(0).toInt(), 3);
    }

    void transactionsRollBack()
    {
        QSqlDatabase db = m_vault->database();
        QVERIFY(db.transaction());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t (n) VALUES (1)")));
        QVERIFY(db.rollback());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(db.transaction());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t (n) VALUES (1)")));
        QVERIFY(db.commit());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void errorsAreReported()
    {
        QSqlQuery q = query();
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM no_such_table")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("no_such_table")));
        QVERIFY(!q.exec(
            QStringLiteral("INSERT INTO t (id) VALUES (1); INSERT INTO t (id) VALUES (2)")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (n) VALUES (?)")));
        QVERIFY(!q.exec()); // a parameter left unbound
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t (id) VALUES (1)")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO t (id) VALUES (1)"))); // constraint
        QVERIFY(q.lastError().text().contains(QStringLiteral("UNIQUE")));
    }

    void schemaIntrospection()
    {
        const QSqlDatabase db = m_vault->database();
        QVERIFY(db.tables().contains(QStringLiteral("t")));
        QVERIFY(db.tables().contains(QStringLiteral("vault_meta")));
        const QSqlRecord record = db.record(QStringLiteral("t"));
        QCOMPARE(record.count(), 6);
        QCOMPARE(record.field(2).metaType().id(), int(QMetaType::LongLong));
        QCOMPARE(db.driver()->escapeIdentifier(QStringLiteral("a\"b"), QSqlDriver::TableName),
                 QStringLiteral("\"a\"\"b\""));
    }
};

QTEST_GUILESS_MAIN(SqlCipherDriverQueries)
#include "SqlCipherDriverQueries.moc"
