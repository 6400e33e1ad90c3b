// R-AUTH-3: the audit trail is tamper-evident. Editing, deleting, inserting,
// reordering or cutting off entries directly in the database is caught by
// verify(), which names the first broken entry.
#include "core/audit/AuditLog.h"
#include "core/time/Clock.h"
#include "core/vault/Vault.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cv::core;

class AuditChainDetectsTampering final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)};
    int m_serial = 0;
    std::unique_ptr<Vault> m_vault;

    // A vault with ten entries.
    AuditLog freshLog()
    {
        auto vault = Vault::create(
            m_dir.filePath(QStringLiteral("a%1.cvault").arg(++m_serial)),
            VaultCredential::ephemeralKey(SecretBytes::random(kVaultKeyBytes)), m_clock);
        m_vault = std::move(*vault);
        AuditLog log(*m_vault);
        for (int i = 1; i <= 10; ++i) {
            AuditRecord r;
            r.actor = i % 3;
            r.action = QStringLiteral("person.view");
            r.objectType = QStringLiteral("person");
            r.objectId = QString::number(i);
            r.subject = i;
            r.detail = QStringLiteral("entry %1").arg(i);
            m_clock.advanceSecs(60);
            (void)log.append(r);
        }
        return log;
    }

    void sql(const QString& statement)
    {
        QSqlQuery query(m_vault->database());
        QVERIFY2(query.exec(statement), qPrintable(statement));
    }

private Q_SLOTS:
    void intactChainVerifies()
    {
        AuditLog log = freshLog();
        const auto verified = log.verify();
        QVERIFY(verified);
        QCOMPARE(*verified, qint64(10));
    }

    void tampering_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("named");
        QTest::newRow("R-AUTH-3 edit a detail")
            << QStringLiteral("UPDATE audit_entry SET detail = 'nothing' WHERE seq = 4")
            << QStringLiteral("entry 4");
        QTest::newRow("R-AUTH-3 edit the outcome")
            << QStringLiteral("UPDATE audit_entry SET outcome = 'refused' WHERE seq = 7")
            << QStringLiteral("entry 7");
        QTest::newRow("R-AUTH-3 edit the time")
            << QStringLiteral(
                   "UPDATE audit_entry SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 2")
            << QStringLiteral("entry 2");
        QTest::newRow("R-AUTH-3 delete an entry")
            << QStringLiteral("DELETE FROM audit_entry WHERE seq = 5")
            << QStringLiteral("entry 5 is missing");
        QTest::newRow("R-AUTH-3 delete and renumber")
            << QStringLiteral("DELETE FROM audit_entry WHERE seq = 5; UPDATE audit_entry SET seq = "
                              "seq - 1 WHERE seq > 5")
            << QStringLiteral("entry 5");
        QTest::newRow("R-AUTH-3 insert an entry")
            << QStringLiteral("UPDATE audit_entry SET seq = seq + 100 WHERE seq > 3; UPDATE "
                              "audit_entry SET seq = seq - 99 WHERE seq > 100; "
                              "INSERT INTO audit_entry SELECT 4, at, actor_id, action, "
                              "object_type, object_id, subject_id, outcome, "
                              "rule_id, 'forged', prev_hash, hash FROM audit_entry WHERE seq = 3")
            << QStringLiteral("entry 4");
        QTest::newRow("R-AUTH-3 swap two entries")
            << QStringLiteral("UPDATE audit_entry SET seq = 100 WHERE seq = 3; UPDATE audit_entry "
                              "SET seq = 3 WHERE seq = 6; "
                              "UPDATE audit_entry SET seq = 6 WHERE seq = 100")
            << QStringLiteral("entry 3");
        QTest::newRow("R-AUTH-3 cut off the end")
            << QStringLiteral("DELETE FROM audit_entry WHERE seq > 8")
            << QStringLiteral("after entry 8");
        QTest::newRow("R-AUTH-3 cut off and fix the head")
            << QStringLiteral(
                   "DELETE FROM audit_entry WHERE seq > 8; UPDATE audit_head SET last_seq = 8")
            << QStringLiteral("head");
        QTest::newRow("R-AUTH-3 remove everything")
            << QStringLiteral("DELETE FROM audit_entry") << QStringLiteral("after entry 0");
    }

    void tampering()
    {
        QFETCH(QString, statement);
        QFETCH(QString, named);
        AuditLog log = freshLog();
        for (const QString& part : statement.split(QStringLiteral("; ")))
            sql(part);
        const auto verified = log.verify();
        QVERIFY2(!verified, "tampering went unnoticed");
        QCOMPARE(verified.error().ruleId, QStringLiteral("R-AUTH-3"));
        QVERIFY2(verified.error().message.contains(named), qPrintable(verified.error().message));
    }

    void appendingAfterVerifyKeepsTheChain()
    {
        AuditLog log = freshLog();
        AuditRecord r;
        r.action = QStringLiteral("audit.verify");
        r.objectType = QStringLiteral("audit");
        r.objectId = QStringLiteral("chain");
        QVERIFY(log.append(r));
        QCOMPARE(*log.verify(), qint64(11));
    }
};

QTEST_GUILESS_MAIN(AuditChainDetectsTampering)
#include "AuditChainDetectsTampering.moc"
