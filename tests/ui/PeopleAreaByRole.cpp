// The People & policy area shows each person what their roles allow
// (RulesEngine::roleAllows) and nothing the core would refuse: an agent sees
// who may listen to calls (R-AUTH-2) but no persons; a manager adds persons
// and authorises through the dialogs, with refusals inline; a coach reads
// the persons without being offered to change them.

#include "core/vault/Vault.h"
#include "tests/support/MemoryKeyStore.h"
#include "tests/support/TestMain.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AreaPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/MessageBox.h"
#include "ui/people/AuthorisationTableModel.h"
#include "ui/people/AuthorisationsTab.h"
#include "ui/people/AuthoriseDialog.h"
#include "ui/people/PeopleArea.h"
#include "ui/people/PersonDialog.h"
#include "ui/people/PersonTableModel.h"
#include "ui/people/PersonsTab.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cv;
using namespace cv::test;
using ui::MainWindow;

class PeopleAreaByRole final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void agentSeesWhoMayListenButNoPersons();
    void managerAddsAPersonThroughTheDialog();
    void managerAuthorisesAndRefusalIsInline();
    void managerRevokesWithDeleteAfterConfirming();
    void coachReadsPersonsButIsNotOfferedToEdit();
    void administratorMaySetPins();

private:
    ui::PeopleArea* openAs(const QString& handle);
    template<typename T> T* waitForDialog()
    {
        T* dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] { return (dialog = m_window->findChild<T*>()) && dialog->isVisible(); }, 5000);
        return dialog;
    }

    QTemporaryDir m_dir;
    core::ManualClock m_clock{fixedNow()};
    MemoryKeyStore m_keys;
    QString m_template;
    std::unique_ptr<MainWindow> m_window;
};

void PeopleAreaByRole::initTestCase()
{
    resetSettings();
    m_template = m_dir.filePath(QStringLiteral("template.cvault"));
    QVERIFY(createDemoCastVault(m_template, m_clock, m_keys));
}

void PeopleAreaByRole::init()
{
    m_window = openDemoCastCopy(m_template, m_clock, m_keys);
    QVERIFY(m_window);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void PeopleAreaByRole::cleanup()
{
    m_window.reset();
}

ui::PeopleArea* PeopleAreaByRole::openAs(const QString& handle)
{
    if (!signInThroughScreen(*m_window, handle))
        return nullptr;
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    if (m_window->currentArea() != MainWindow::Area::PeopleAndPolicy)
        return nullptr;
    return qobject_cast<ui::PeopleArea*>(
        m_window->areaPage(MainWindow::Area::PeopleAndPolicy)->content());
}

void PeopleAreaByRole::agentSeesWhoMayListenButNoPersons()
{
    ui::PeopleArea* area = openAs(QStringLiteral("sanne"));
    QVERIFY(area);
    QVERIFY(!area->personsTab());
    QVERIFY(!area->findChild<QTableView*>(QStringLiteral("personsTable")));
    QVERIFY(!area->findChild<QPushButton*>(QStringLiteral("addPersonButton")));
    QVERIFY(!area->findChild<QAction*>(QStringLiteral("addPersonAction")));
    QCOMPARE(area->tabs()->count(), 2);

    ui::AuthorisationsTab* tab = area->authorisationsTab();
    QVERIFY(tab->isVisible());
    ui::AuthorisationTableModel* model = tab->model();
    QCOMPARE(model->rowCount(), 3);
    QStringList people;
    for (int row = 0; row < model->rowCount(); ++row)
        people << model->index(row, ui::AuthorisationTableModel::Person).data().toString();
    people.sort();
    QCOMPARE(people, QStringList({QStringLiteral("Karim El Amrani"), QStringLiteral("Linda Bakker"),
                                  QStringLiteral("Tess de Wit")}));
    QVERIFY(!tab->findChild<QPushButton*>(QStringLiteral("authoriseButton")));
    QVERIFY(!tab->findChild<QPushButton*>(QStringLiteral("revokeButton")));
    // The policy is readable, but not editable, by an agent.
    QVERIFY(!area->findChild<QPushButton*>(QStringLiteral("newPolicyVersionButton")));
}

void PeopleAreaByRole::managerAddsAPersonThroughTheDialog()
{
    ui::PeopleArea* area = openAs(QStringLiteral("mieke"));
    QVERIFY(area);
    QVERIFY(area->personsTab());
    QCOMPARE(area->tabs()->currentWidget(), area->personsTab());
    auto* table = child<QTableView>(area, "personsTable");
    const int before = table->model()->rowCount();
    QCOMPARE(before, 11);

    table->setFocus();
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
    auto* dialog = waitForDialog<ui::PersonDialog>();
    QVERIFY(dialog);
    auto* save = child<QPushButton>(dialog, "personDialogSaveButton");
    QVERIFY(!save->isEnabled()); // no name yet
    QTest::keyClicks(child<QLineEdit>(dialog, "personNameField"), QStringLiteral("Noor Bakker"));
    QTest::keyClicks(child<QLineEdit>(dialog, "personHandleField"), QStringLiteral("Noor"));
    QVERIFY(!save->isEnabled()); // upper case is not a sign-in name
    QVERIFY(child<QLabel>(dialog, "personDialogHint")->isVisible());
    child<QLineEdit>(dialog, "personHandleField")->clear();
    QTest::keyClicks(child<QLineEdit>(dialog, "personHandleField"), QStringLiteral("noor"));
    QVERIFY(child<QCheckBox>(dialog, "roleCheck_agent")->isChecked());
    auto* employment = child<QComboBox>(dialog, "employmentCombo");
    employment->setFocus();
    QTest::keyClick(employment, Qt::Key_Down); // permanent -> temporary
    clickIndicator(child<QCheckBox>(dialog, "informedCheck"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());

    ui::PersonTableModel* model = area->personsTab()->model();
    QCOMPARE(model->rowCount(), before + 1);
    const core::Person* noor = nullptr;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->personAt(row)->handle == QLatin1String("noor"))
            noor = model->personAt(row);
    }
    QVERIFY(noor);
    QCOMPARE(noor->displayName, QStringLiteral("Noor Bakker"));
    QCOMPARE(noor->employment, core::Employment::Temporary);
    QCOMPARE(noor->informedOn, m_clock.nowUtc().date());
    QVERIFY(child<ui::MessageBanner>(area, "personsBanner")
                ->text()
                .contains(QStringLiteral("Noor Bakker")));

    // A second person under the same sign-in name: the core refuses, inline.
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
    dialog = waitForDialog<ui::PersonDialog>();
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "personNameField"), QStringLiteral("Noor Twee"));
    QTest::keyClicks(child<QLineEdit>(dialog, "personHandleField"), QStringLiteral("noor"));
    QTest::mouseClick(child<QPushButton>(dialog, "personDialogSaveButton"), Qt::LeftButton);
    auto* banner = child<ui::MessageBanner>(dialog, "personDialogBanner");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(dialog->isVisible());
    QCOMPARE(model->rowCount(), before + 1);
    dialog->reject();
}

void PeopleAreaByRole::managerAuthorisesAndRefusalIsInline()
{
    ui::PeopleArea* area = openAs(QStringLiteral("mieke"));
    QVERIFY(area);
    area->tabs()->setCurrentWidget(area->authorisationsTab());
    ui::AuthorisationsTab* tab = area->authorisationsTab();
    QCOMPARE(tab->model()->rowCount(), 3); // karim, linda, tess (demo)
    QTest::mouseClick(child<QPushButton>(tab, "authoriseButton"), Qt::LeftButton);
    auto* dialog = waitForDialog<ui::AuthoriseDialog>();
    QVERIFY(dialog);
    auto* person = child<QComboBox>(dialog, "authorisePersonCombo");
    person->setCurrentIndex(person->findText(QStringLiteral("Tess de Wit (tess)")));
    QVERIFY(person->currentIndex() >= 0);
    auto* save = child<QPushButton>(dialog, "authoriseDialogSaveButton");
    QVERIFY(!save->isEnabled()); // no purpose yet
    clickIndicator(child<QCheckBox>(dialog, "purposeCheck_coaching"));
    QVERIFY(save->isEnabled());
    // Without the duty of confidentiality accepted, the core refuses (R-AUTH-4).
    clickIndicator(child<QCheckBox>(dialog, "confidentialityCheck"));
    QTest::mouseClick(save, Qt::LeftButton);
    auto* banner = child<ui::MessageBanner>(dialog, "authoriseDialogBanner");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QStringLiteral("R-AUTH-4")), qPrintable(banner->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(tab->model()->rowCount(), 3); // karim, linda, tess (demo)

    clickIndicator(child<QCheckBox>(dialog, "confidentialityCheck"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(tab->model()->rowCount(), 4);
}

void PeopleAreaByRole::managerRevokesWithDeleteAfterConfirming()
{
    ui::PeopleArea* area = openAs(QStringLiteral("mieke"));
    QVERIFY(area);
    area->tabs()->setCurrentWidget(area->authorisationsTab());
    auto* table = child<QTableView>(area, "authorisationsTable");
    table->setFocus();
    table->selectRow(0);
    const QString who =
        table->model()->index(0, ui::AuthorisationTableModel::Person).data().toString();

    // "No" keeps it.
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(ui::MessageBox::lastText().contains(who));
    QCOMPARE(table->model()->index(0, ui::AuthorisationTableModel::Revoked).data().toString(),
             QStringLiteral("In force"));

    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(table, Qt::Key_Delete);
    const ui::AuthorisationTableModel* model = area->authorisationsTab()->model();
    int revoked = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        revoked += model->authorisationAt(row)->isRevoked() ? 1 : 0;
    QCOMPARE(revoked, 1);
    QVERIFY(child<ui::MessageBanner>(area, "authorisationsBanner")->text().contains(who));
}

void PeopleAreaByRole::coachReadsPersonsButIsNotOfferedToEdit()
{
    ui::PeopleArea* area = openAs(QStringLiteral("karim"));
    QVERIFY(area);
    QVERIFY(area->personsTab());
    auto* table = child<QTableView>(area, "personsTable");
    QCOMPARE(table->model()->rowCount(), 11);
    for (const char* name : {"addPersonButton", "editPersonButton", "setPinButton"})
        QVERIFY2(!area->findChild<QPushButton*>(QString::fromLatin1(name)), name);
    for (const char* name : {"addPersonAction", "editPersonAction", "setPinAction"})
        QVERIFY2(!area->findChild<QAction*>(QString::fromLatin1(name)), name);
    // Enter on a row and Ctrl+N do nothing.
    table->setFocus();
    table->selectRow(3);
    QTest::keyClick(table, Qt::Key_Return);
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
    QTest::qWait(50);
    QVERIFY(!m_window->findChild<ui::PersonDialog*>());
    QVERIFY(!area->findChild<QPushButton*>(QStringLiteral("authoriseButton")));
}

void PeopleAreaByRole::administratorMaySetPins()
{
    ui::PeopleArea* area = openAs(QStringLiteral("ada"));
    QVERIFY(area);
    auto* setPin = child<QPushButton>(area, "setPinButton");
    QVERIFY(setPin);
    QVERIFY(!setPin->isEnabled()); // nobody selected
    child<QTableView>(area, "personsTable")->selectRow(0);
    QVERIFY(setPin->isEnabled());
    // Managers authorise; an administrator does not.
    QVERIFY(!area->findChild<QPushButton*>(QStringLiteral("authoriseButton")));
}

COACHVAULT_TEST_MAIN(PeopleAreaByRole)
#include "PeopleAreaByRole.moc"
