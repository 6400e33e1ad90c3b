// Retention through coachvault-cli on a demo vault, with the clock set by
// COACHVAULT_NOW: purge --dry-run lists what is due and why and destroys
// nothing; retain without consent exits 3 with R-RETAIN-1, with it keeps the
// call; any command's unlock runs the sweep; a CLI killed in the middle of a
// sweep leaves the vault as it was, and the next unlock finishes the job;
// a backup taken before destruction, restored later, has the sweep run
// before anything reads it.
#include "tests/support/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using cv::test::CliRun;
using cv::test::jsonOf;
using cv::test::runCli;

namespace {

const QString kMade = QStringLiteral("2026-03-20T12:00:00Z");  // the demo is made
const QString kLater = QStringLiteral("2026-06-20T12:00:00Z"); // every term has lapsed

} // namespace

class RetentionCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString freshDemo(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        return cv::test::createDemoVault(path, kMade).exitCode == 0 ? path : QString();
    }
    CliRun at(const QString& vault, const QString& now, QStringList args,
              const QString& handle = QStringLiteral("mieke"),
              const QProcessEnvironment& extra = {})
    {
        QProcessEnvironment env = extra;
        env.insert(QStringLiteral("COACHVAULT_AS"), handle);
        env.insert(QStringLiteral("COACHVAULT_PIN"), QStringLiteral("123456"));
        env.insert(QStringLiteral("COACHVAULT_NOW"), now);
        return runCli(
            QStringList{QStringLiteral("--vault"), vault, QStringLiteral("--json")} + args, env);
    }
    int held(const QString& vault, const QString& now)
    {
        const CliRun info = at(vault, now, {QStringLiteral("info")});
        return jsonOf(info)
            .value(QStringLiteral("counts"))
            .toObject()
            .value(QStringLiteral("recordings"))
            .toInt(-1);
    }
    QList<qint64> dueIds(const QString& vault, const QString& now)
    {
        QList<qint64> ids;
        const CliRun run = at(vault, now, {QStringLiteral("purge"), QStringLiteral("--dry-run")});
        for (const QJsonValue& v : jsonOf(run).value(QStringLiteral("due")).toArray())
            ids << v.toObject().value(QStringLiteral("recording")).toInteger();
        return ids;
    }
    static QString why(const CliRun& run) { return QString::fromUtf8(run.err + run.out); }

private Q_SLOTS:
    void initTestCase() { qputenv("COACHVAULT_PASSPHRASE", "correct horse battery"); }

    void dryRunListsAndDestroysNothing()
    {
        const QString vault = freshDemo(QStringLiteral("dry.cvault"));
        QVERIFY(!vault.isEmpty());
        const int before = held(vault, kMade);
        QVERIFY(before > 0);
        CliRun run = at(vault, kLater, {QStringLiteral("purge"), QStringLiteral("--dry-run")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        const QJsonArray due = jsonOf(run).value(QStringLiteral("due")).toArray();
        QCOMPARE(due.size(), before);
        QCOMPARE(due[0].toObject().value(QStringLiteral("rule")).toString(),
                 QStringLiteral("R-RETAIN-2"));
        QVERIFY(!due[0].toObject().value(QStringLiteral("reason")).toString().isEmpty());
        // Nothing went: a dry run at the later date, then a count at the
        // earlier one (whose unlock sweeps nothing).
        QCOMPARE(held(vault, kMade), before);
        // The real purge.
        run = at(vault, kLater, {QStringLiteral("purge")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        QCOMPARE(jsonOf(run).value(QStringLiteral("destroyed")).toArray().size(), before);
        QCOMPARE(held(vault, kMade), 0);
        const CliRun verify = at(vault, kLater, {QStringLiteral("audit"), QStringLiteral("verify")},
                                 QStringLiteral("piet"));
        QVERIFY2(verify.exitCode == 0, qPrintable(why(verify)));
    }

    void retainNeedsConsentAndKeepsTheCall()
    {
        const QString vault = freshDemo(QStringLiteral("retain.cvault"));
        QVERIFY(!vault.isEmpty());
        const QList<qint64> due = dueIds(vault, kLater);
        QVERIFY(!due.isEmpty());
        const QString id = QString::number(due.first());
        CliRun run = at(vault, kMade,
                        {QStringLiteral("retain"), id, QStringLiteral("--reason"),
                         QStringLiteral("Klacht in behandeling"), QStringLiteral("--until"),
                         QStringLiteral("2026-06-01")},
                        QStringLiteral("karim"));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("R-RETAIN-1"), qPrintable(why(run)));
        run = at(vault, kMade,
                 {QStringLiteral("retain"), id, QStringLiteral("--consent-date"),
                  QStringLiteral("2026-03-19"), QStringLiteral("--reason"),
                  QStringLiteral("Klacht in behandeling"), QStringLiteral("--until"),
                  QStringLiteral("2026-06-01")},
                 QStringLiteral("karim"));
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        // Past its term it stays; after the end date it goes.
        QVERIFY(!dueIds(vault, QStringLiteral("2026-05-01T12:00:00Z")).contains(due.first()));
        QVERIFY(dueIds(vault, QStringLiteral("2026-06-02T12:00:00Z")).contains(due.first()));
        // A bad date is a usage error.
        run =
            at(vault, kMade,
               {QStringLiteral("retain"), id, QStringLiteral("--until"), QStringLiteral("morgen")},
               QStringLiteral("karim"));
        QCOMPARE(run.exitCode, 2);
    }

    void everyUnlockSweeps()
    {
        const QString vault = freshDemo(QStringLiteral("unlock.cvault"));
        QVERIFY(!vault.isEmpty());
        QVERIFY(held(vault, kMade) > 0);
        // Any command at the later date: the unlock destroys what is due first.
        const CliRun list =
            at(vault, kLater, {QStringLiteral("recordings"), QStringLiteral("list")},
               QStringLiteral("karim"));
        QVERIFY2(list.exitCode == 0, qPrintable(why(list)));
        QCOMPARE(jsonOf(list).value(QStringLiteral("recordings")).toArray().size(), 0);
    }

    void aKilledSweepIsFinishedAtTheNextUnlock_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("after the tombstones") << QStringLiteral("sweep:tombstoned");
        QTest::newRow("after the deletes") << QStringLiteral("sweep:deleted");
    }

    void aKilledSweepIsFinishedAtTheNextUnlock()
    {
        QFETCH(QString, fault);
        const QString vault =
            freshDemo(QStringLiteral("kill-%1.cvault")
                          .arg(QString(fault).replace(QLatin1Char(':'), QLatin1Char('-'))));
        QVERIFY(!vault.isEmpty());
        const int before = held(vault, kMade);
        QProcessEnvironment env;
        env.insert(QStringLiteral("COACHVAULT_FAULT"), fault);
        const CliRun killed =
            at(vault, kLater, {QStringLiteral("purge")}, QStringLiteral("mieke"), env);
        QVERIFY2(killed.crashed, "the fault point must kill the CLI");
        // Nothing of the killed transaction stands: everything is still held.
        QCOMPARE(held(vault, kMade), before);
        const CliRun verify = at(vault, kMade, {QStringLiteral("audit"), QStringLiteral("verify")},
                                 QStringLiteral("piet"));
        QVERIFY2(verify.exitCode == 0, qPrintable(why(verify)));
        // The next unlock (at the later date) finishes the job.
        QCOMPARE(held(vault, kLater), 0);
        QVERIFY(dueIds(vault, kLater).isEmpty());
    }

    void restoreSweepsBeforeAnythingReads()
    {
        const QString vault = freshDemo(QStringLiteral("live.cvault"));
        QVERIFY(!vault.isEmpty());
        const int before = held(vault, kMade);
        const QString backup = m_dir.filePath(QStringLiteral("backup.cvault"));
        CliRun run = at(vault, kMade, {QStringLiteral("backup"), backup});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        // Never overwrites; an agent may not back up.
        QVERIFY(at(vault, kMade, {QStringLiteral("backup"), backup}).exitCode != 0);
        QCOMPARE(at(vault, kMade, {QStringLiteral("backup"), m_dir.filePath(QStringLiteral("b2"))},
                    QStringLiteral("sanne"))
                     .exitCode,
                 3);
        // The live vault destroys everything later.
        QVERIFY(at(vault, kLater, {QStringLiteral("purge")}).exitCode == 0);
        QCOMPARE(held(vault, kLater), 0);
        // The backup, restored after that date, comes back without the calls.
        const QString restored = m_dir.filePath(QStringLiteral("restored.cvault"));
        run = at(backup, kLater,
                 {QStringLiteral("restore"), backup, QStringLiteral("--to"), restored});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        QCOMPARE(jsonOf(run).value(QStringLiteral("destroyed")).toArray().size(), before);
        QVERIFY(!QFileInfo::exists(restored + QStringLiteral(".restoring")));
        QCOMPARE(held(restored, kMade), 0);
        // Restored before the date, the calls are still there (it is a real copy).
        const QString early = m_dir.filePath(QStringLiteral("early.cvault"));
        run = at(backup, kMade, {QStringLiteral("restore"), backup, QStringLiteral("--to"), early});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        QCOMPARE(held(early, kMade), before);
        // Restore never overwrites.
        QVERIFY(
            at(backup, kMade, {QStringLiteral("restore"), backup, QStringLiteral("--to"), early})
                .exitCode != 0);
    }

    void backupUnderANewPassphrase()
    {
        const QString vault = freshDemo(QStringLiteral("pp.cvault"));
        QVERIFY(!vault.isEmpty());
        const QString backup = m_dir.filePath(QStringLiteral("pp-backup.cvault"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("COACHVAULT_NEW_PASSPHRASE"),
                   QStringLiteral("een heel andere zin"));
        CliRun run =
            at(vault, kMade, {QStringLiteral("backup"), backup}, QStringLiteral("mieke"), env);
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        // The old passphrase does not open it; the new one does.
        QVERIFY(at(backup, kMade, {QStringLiteral("info")}).exitCode != 0);
        QProcessEnvironment withNew;
        withNew.insert(QStringLiteral("COACHVAULT_PASSPHRASE"),
                       QStringLiteral("een heel andere zin"));
        run = at(backup, kMade, {QStringLiteral("info")}, QStringLiteral("mieke"), withNew);
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
    }
};

QTEST_GUILESS_MAIN(RetentionCli)
#include "RetentionCli.moc"
