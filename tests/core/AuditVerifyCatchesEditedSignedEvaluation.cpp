// R-REPORT-1: a signed evaluation's canonical content is hashed into the
// audit trail at sign-off. Someone with the vault key who drops the
// triggers and edits the rows directly is caught by `audit verify`, which
// names the evaluation.
#include "core/vault/Vault.h"
#include "tests/support/FeedbackFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace cv::core;
using cv::test::FeedbackFixture;

class AuditVerifyCatchesEditedSignedEvaluation final : public QObject
{
    Q_OBJECT

    static bool exec(FeedbackFixture& f, const QString& sql)
    {
        QSqlQuery q(f.s.fx.vault->database());
        return q.exec(sql);
    }

    static void dropTriggers(FeedbackFixture& f)
    {
        QSqlQuery q(f.s.fx.vault->database());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        q.finish();
        QVERIFY(names.size() >= 10);
        for (const QString& name : names)
            QVERIFY(exec(f, QStringLiteral("DROP TRIGGER ") + name));
    }

private Q_SLOTS:
    void anEditIsCaught_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("a score") << QStringLiteral(
            "UPDATE evaluation_score SET value = 0 WHERE evaluation_id = %1 AND criterion_id = "
            "'opening.begroeting'");
        QTest::newRow("a comment") << QStringLiteral(
            "UPDATE evaluation_score SET comment = 'anders' WHERE evaluation_id = %1 AND "
            "criterion_id = 'opening.naam'");
        QTest::newRow("a removed answer") << QStringLiteral(
            "DELETE FROM evaluation_score WHERE evaluation_id = %1 AND criterion_id = "
            "'opening.naam'");
        QTest::newRow("a note") << QStringLiteral(
            "UPDATE evaluation_note SET at_ms = 1 WHERE evaluation_id = %1");
        QTest::newRow("the total")
            << QStringLiteral("UPDATE evaluation SET score_total = 99 WHERE id = %1");
        QTest::newRow("the agent's view") << QStringLiteral(
            "UPDATE evaluation_signoff SET agent_view = 'Eens' WHERE evaluation_id = %1");
        QTest::newRow("the agreement") << QStringLiteral(
            "UPDATE evaluation_signoff SET agrees = 0 WHERE evaluation_id = %1 AND role = 'agent'");
        QTest::newRow("the submission time") << QStringLiteral(
            "UPDATE evaluation SET submitted_at = '2026-01-01T00:00:00.000Z' WHERE id = %1");
        QTest::newRow("unsigned again")
            << QStringLiteral("UPDATE evaluation SET status = 'submitted' WHERE id = %1");
        QTest::newRow("the seal row and the score") << QStringLiteral(
            "UPDATE evaluation_score SET value = 0 WHERE evaluation_id = %1; "
            "UPDATE evaluation_seal SET sha256 = 'forged' WHERE evaluation_id = %1");
    }

    void anEditIsCaught()
    {
        QFETCH(QString, sql);
        FeedbackFixture f;
        QVERIFY(f.ok());
        const FeedbackRecord other = f.signedOff(QStringLiteral("Eerste"));
        const FeedbackRecord sealed = f.signedOff(QStringLiteral("Ik herken dit."));
        QVERIFY(other.seal && sealed.seal);
        auto before = f.s.fx.admin->verifyAudit(f.s.fx.privacyOfficer);
        QVERIFY2(before, qPrintable(before ? QString() : before.error().message));

        dropTriggers(f);
        for (const QString& statement : sql.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            QVERIFY2(exec(f, statement.arg(sealed.evaluation.id)), qPrintable(statement));

        auto after = f.s.fx.admin->verifyAudit(f.s.fx.privacyOfficer);
        QVERIFY(!after);
        QCOMPARE(after.error().code, ErrorCode::Refused);
        QCOMPARE(after.error().ruleId, QStringLiteral("R-REPORT-1"));
        QVERIFY2(after.error().message.contains(
                     QStringLiteral("evaluation %1 ").arg(sealed.evaluation.id)),
                 qPrintable(after.error().message));
    }

    void anUneditedVaultVerifies()
    {
        FeedbackFixture f;
        QVERIFY(f.ok());
        QVERIFY(f.signedOff().seal);
        QVERIFY(f.signedOff().seal);
        dropTriggers(f); // dropping them alone changes no content
        auto verified = f.s.fx.admin->verifyAudit(f.s.fx.privacyOfficer);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
    }
};

QTEST_GUILESS_MAIN(AuditVerifyCatchesEditedSignedEvaluation)
#include "AuditVerifyCatchesEditedSignedEvaluation.moc"
