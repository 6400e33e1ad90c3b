// The main window's shell: eight areas (honest empty states for those that
// arrive later), Ctrl+1..9, the vault, its key mode and the signed-in person
// in the status bar, the menus.

#include "core/vault/Vault.h"
#include "tests/support/MemoryKeyStore.h"
#include "tests/support/TestMain.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AreaPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cv;
using namespace cv::test;
using ui::MainWindow;

class MainWindowNavigation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void everyAreaHasATitleAndDescription();
    void ctrlDigitOpensArea_data();
    void ctrlDigitOpensArea();
    void navigationListOpensArea();
    void statusBarNamesVaultAndKeyMode();
    void aboutNamesTheVersion();

private:
    QTemporaryDir m_dir;
    core::ManualClock m_clock{fixedNow()};
    MemoryKeyStore m_keys;
    std::unique_ptr<MainWindow> m_window;
};

void MainWindowNavigation::initTestCase()
{
    resetSettings();
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    auto vault = core::Vault::create(m_dir.filePath(QStringLiteral("team.cvault")),
                                     core::VaultCredential::keychain(m_keys), m_clock);
    QVERIFY(vault.has_value());
    QVERIFY(addAdministrator(**vault));
    m_window = std::make_unique<MainWindow>(std::move(*vault), m_keys);
    m_window->setInactivityTimeout(std::chrono::hours(1));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Nothing is offered before someone signs in.
    QVERIFY(!child<QAction>(m_window.get(), "goToArea1")->isEnabled());
    QVERIFY(signInThroughScreen(*m_window, QStringLiteral("ada")));
    QVERIFY(child<QAction>(m_window.get(), "goToArea1")->isEnabled());
}

void MainWindowNavigation::cleanupTestCase()
{
    m_window.reset();
}

void MainWindowNavigation::everyAreaHasATitleAndDescription()
{
    const QStringList titles = {
        QStringLiteral("Inbox"),   QStringLiteral("Review"),    QStringLiteral("Feedback"),
        QStringLiteral("Clips"),   QStringLiteral("Templates"), QStringLiteral("People & policy"),
        QStringLiteral("Reports"), QStringLiteral("Audit"),     QStringLiteral("My data")};
    QCOMPARE(titles.size(), MainWindow::kAreaCount);
    auto* navigation = child<QListWidget>(m_window.get(), "navigation");
    QCOMPARE(navigation->count(), MainWindow::kAreaCount);
    for (int i = 0; i < MainWindow::kAreaCount; ++i) {
        ui::AreaPage* page = m_window->areaPage(MainWindow::Area(i));
        QVERIFY(page);
        QCOMPARE(page->title(), titles.at(i));
        QCOMPARE(navigation->item(i)->text(), titles.at(i));
        QVERIFY2(page->description().endsWith(QLatin1Char('.')), qPrintable(page->description()));
        // Areas that arrive later say so honestly.
        const bool built =
            i == int(MainWindow::Area::Inbox) || i == int(MainWindow::Area::Review) ||
            i == int(MainWindow::Area::Feedback) || i == int(MainWindow::Area::Clips) ||
            i == int(MainWindow::Area::Templates) || i == int(MainWindow::Area::PeopleAndPolicy) ||
            i == int(MainWindow::Area::Audit) || i == int(MainWindow::Area::MyData);
        QCOMPARE(page->content() != nullptr, built);
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("emptyState"))->isVisibleTo(page), !built);
    }
}

void MainWindowNavigation::ctrlDigitOpensArea_data()
{
    QTest::addColumn<int>("digit");
    for (int digit = MainWindow::kAreaCount; digit >= 1; --digit)
        QTest::addRow("Ctrl+%d", digit) << digit;
}

void MainWindowNavigation::ctrlDigitOpensArea()
{
    QFETCH(int, digit);
    QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_0 + digit), Qt::ControlModifier);
    QCOMPARE(int(m_window->currentArea()), digit - 1);
    QVERIFY(m_window->areaPage(MainWindow::Area(digit - 1))->isVisible());
}

void MainWindowNavigation::navigationListOpensArea()
{
    auto* navigation = child<QListWidget>(m_window.get(), "navigation");
    const QRect rect = navigation->visualItemRect(navigation->item(int(MainWindow::Area::Clips)));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Clips);
}

void MainWindowNavigation::statusBarNamesVaultAndKeyMode()
{
    QCOMPARE(child<QLabel>(m_window.get(), "vaultStatus")->text(),
             QStringLiteral("Vault: team.cvault"));
    QCOMPARE(child<QLabel>(m_window.get(), "keyModeStatus")->text(),
             QStringLiteral("Key: system keychain"));
    QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("demoStatus")));
    QCOMPARE(child<QLabel>(m_window.get(), "signedInStatus")->text(),
             QStringLiteral("Signed in as Ada Beheer (administrator)"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("team.cvault")));
}

void MainWindowNavigation::aboutNamesTheVersion()
{
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    child<QAction>(m_window.get(), "aboutAction")->trigger();
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("9.8.7")));
}

COACHVAULT_TEST_MAIN(MainWindowNavigation)
#include "MainWindowNavigation.moc"
