// The Audit area (R-AUTH-3): a privacy officer sees every entry and filters
// them; an agent sees only the entries about their own data (the core
// decides); "Verify chain" reports an intact trail, and names the broken
// entry after an edit behind the product's back.

#include "core/vault/Vault.h"
#include "tests/support/MemoryKeyStore.h"
#include "tests/support/TestMain.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AreaPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/audit/AuditArea.h"
#include "ui/audit/AuditTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cv;
using namespace cv::test;
using ui::MainWindow;

class AuditAreaFilters final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void privacyOfficerSeesAllAndFilters();
    void agentSeesOnlyEntriesAboutThemselves();
    void verifyReportsAnIntactChain();
    void verifyNamesTheEntryEditedBehindItsBack();

private:
    ui::AuditArea* openAs(const QString& handle);
    QList<core::AuditEntry> shown(const ui::AuditArea& area) const;

    QTemporaryDir m_dir;
    core::ManualClock m_clock{fixedNow()};
    MemoryKeyStore m_keys;
    QString m_template;
    std::unique_ptr<MainWindow> m_window;
};

void AuditAreaFilters::initTestCase()
{
    resetSettings();
    m_template = m_dir.filePath(QStringLiteral("template.cvault"));
    QVERIFY(createDemoCastVault(m_template, m_clock, m_keys));
}

void AuditAreaFilters::init()
{
    m_window = openDemoCastCopy(m_template, m_clock, m_keys);
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void AuditAreaFilters::cleanup()
{
    m_window.reset();
}

ui::AuditArea* AuditAreaFilters::openAs(const QString& handle)
{
    if (!signInThroughScreen(*m_window, handle))
        return nullptr;
    m_window->showArea(MainWindow::Area::Audit);
    return qobject_cast<ui::AuditArea*>(m_window->areaPage(MainWindow::Area::Audit)->content());
}

QList<core::AuditEntry> AuditAreaFilters::shown(const ui::AuditArea& area) const
{
    QList<core::AuditEntry> entries;
    for (int row = 0; row < area.model()->rowCount(); ++row)
        entries << *area.model()->entryAt(row);
    return entries;
}

void AuditAreaFilters::privacyOfficerSeesAllAndFilters()
{
    ui::AuditArea* area = openAs(QStringLiteral("piet"));
    QVERIFY(area);
    QVERIFY(!area->findChild<QLabel*>(QStringLiteral("auditOwnDataNote")));
    const int all = area->model()->rowCount();
    QVERIFY(all >= int(m_window->administration().audit().count()) - 1);
    // Newest first, shown in local time.
    const QList<core::AuditEntry> entries = shown(*area);
    QVERIFY(entries.first().seq > entries.last().seq);
    QCOMPARE(area->model()->index(0, ui::AuditTableModel::Time).data().toString(),
             QLocale().toString(entries.first().at.toLocalTime(), QLocale::ShortFormat));

    // By outcome: the failed sign-in of a stranger shows up.
    QVERIFY(!m_window->administration().signIn(QStringLiteral("onbekend"),
                                               core::SecretBytes::copyOf("123456", 6)));
    auto* outcome = child<QComboBox>(area, "auditOutcomeFilter");
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("failed")));
    QTRY_VERIFY(area->model()->rowCount() >= 1 && area->model()->rowCount() < all);
    for (const core::AuditEntry& e : shown(*area))
        QCOMPARE(e.outcome, QStringLiteral("failed"));
    outcome->setCurrentIndex(0);

    // By action prefix, typed.
    auto* action = child<QComboBox>(area, "auditActionFilter");
    action->setFocus();
    QTest::keyClicks(action->lineEdit(), QStringLiteral("authorisation.grant"));
    QTRY_COMPARE(area->model()->rowCount(), 3); // karim, linda, tess
    for (const core::AuditEntry& e : shown(*area))
        QCOMPARE(e.action, QStringLiteral("authorisation.grant"));
    action->lineEdit()->clear();

    // By who acted: Mieke, the manager, granted every authorisation.
    auto* by = child<QComboBox>(area, "auditActorFilter");
    by->setCurrentIndex(by->findText(QStringLiteral("Mieke Jansen")));
    area->applyFilters();
    QVERIFY(area->model()->rowCount() >= 2);
    const core::PersonId mieke =
        m_window->administration().persons().findByHandle(QStringLiteral("mieke"))->id;
    for (const core::AuditEntry& e : shown(*area))
        QCOMPARE(e.actor.value_or(0), mieke);
    by->setCurrentIndex(0);

    // By date: nothing happened a year ago.
    auto* range = child<QCheckBox>(area, "auditDateRange");
    clickIndicator(range);
    child<QDateEdit>(area, "auditFrom")->setDate(QDate(2023, 1, 1));
    child<QDateEdit>(area, "auditTo")->setDate(QDate(2023, 1, 31));
    area->applyFilters();
    QCOMPARE(area->model()->rowCount(), 0);
    child<QDateEdit>(area, "auditTo")->setDate(fixedNow().date().addDays(1));
    area->applyFilters();
    QVERIFY(area->model()->rowCount() >= all);
}

void AuditAreaFilters::agentSeesOnlyEntriesAboutThemselves()
{
    ui::AuditArea* area = openAs(QStringLiteral("sanne"));
    QVERIFY(area);
    QVERIFY(child<QLabel>(area, "auditOwnDataNote")->isVisible());
    QVERIFY(!area->findChild<QComboBox*>(QStringLiteral("auditActorFilter")));
    QVERIFY(!area->findChild<QPushButton*>(QStringLiteral("auditVerifyButton")));
    const core::PersonId sanne = m_window->signedInPerson()->id;
    const QList<core::AuditEntry> entries = shown(*area);
    QVERIFY(!entries.isEmpty());
    QVERIFY(entries.size() < int(m_window->administration().audit().count()));
    for (const core::AuditEntry& e : entries)
        QCOMPARE(e.subject.value_or(0), sanne);
    // Her training consent, recorded by Mieke, is among them, by name.
    bool consent = false;
    for (int row = 0; row < area->model()->rowCount(); ++row) {
        if (area->model()->entryAt(row)->action == QLatin1String("person.consent")) {
            consent = true;
            QCOMPARE(area->model()->index(row, ui::AuditTableModel::Actor).data().toString(),
                     QStringLiteral("Mieke Jansen"));
        }
    }
    QVERIFY(consent);
}

void AuditAreaFilters::verifyReportsAnIntactChain()
{
    ui::AuditArea* area = openAs(QStringLiteral("piet"));
    QVERIFY(area);
    QTest::mouseClick(child<QPushButton>(area, "auditVerifyButton"), Qt::LeftButton);
    auto* banner = child<ui::MessageBanner>(area, "auditBanner");
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), ui::MessageBanner::Kind::Positive);
    QVERIFY2(banner->text().startsWith(QStringLiteral("The audit trail is intact: ")),
             qPrintable(banner->text()));
}

void AuditAreaFilters::verifyNamesTheEntryEditedBehindItsBack()
{
    ui::AuditArea* area = openAs(QStringLiteral("ada"));
    QVERIFY(area);
    QSqlQuery edit(m_window->vault().database());
    QVERIFY(edit.exec(QStringLiteral("UPDATE audit_entry SET detail = 'niets' WHERE seq = 4")));
    QTest::mouseClick(child<QPushButton>(area, "auditVerifyButton"), Qt::LeftButton);
    auto* banner = child<ui::MessageBanner>(area, "auditBanner");
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), ui::MessageBanner::Kind::Error);
    QVERIFY2(banner->text().startsWith(QStringLiteral("R-AUTH-3")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("entry 4")), qPrintable(banner->text()));
}

COACHVAULT_TEST_MAIN(AuditAreaFilters)
#include "AuditAreaFilters.moc"
