// R-AUTH-3: an automatic screen lock after inactivity. With a 200 ms period
// the window locks when no input arrives, input keeps it open, and what was
// typed before the lock is still there after unlocking. A signed-in person
// unlocks with their own PIN; before anyone signs in, the vault's
// credential unlocks.

#include "core/vault/Vault.h"
#include "tests/support/MemoryKeyStore.h"
#include "tests/support/TestMain.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AreaPage.h"
#include "ui/InactivityLock.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/SettingsDialog.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace cv;
using namespace cv::test;
using namespace std::chrono_literals;
using ui::MainWindow;

class InactivityAutoLock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void locksWhenNoInputArrives();
    void inputKeepsItUnlocked_data();
    void inputKeepsItUnlocked();
    void unsavedTextSurvivesLockAndUnlock();
    void lockedWindowOffersNoNavigation();
    void openDialogIsHiddenWhileLocked();
    void keychainUnlockNeedsTheKeyAgain();
    void personUnlocksWithTheirOwnPin();
    void lockOffersSigningInAsSomeoneElse();
    void periodComesFromTheVault_data();
    void periodComesFromTheVault();

private:
    MainWindow* window() const { return m_window.get(); }
    void unlockWithPin(const QString& pin);

    QTemporaryDir m_dir;
    core::ManualClock m_clock{fixedNow()};
    MemoryKeyStore m_keys;
    std::unique_ptr<MainWindow> m_window;
};

void InactivityAutoLock::init()
{
    resetSettings();
    // A keychain vault over the in-memory store: quick to create and unlock.
    static int serial = 0;
    const QString path = m_dir.filePath(QStringLiteral("lock-%1.cvault").arg(++serial));
    auto vault = core::Vault::create(path, core::VaultCredential::keychain(m_keys), m_clock);
    QVERIFY2(vault.has_value(), qPrintable(vault ? QString() : vault.error().message));
    QVERIFY(addAdministrator(**vault));
    m_window = std::make_unique<MainWindow>(std::move(*vault), m_keys);
    m_window->setInactivityTimeout(1h);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(signInThroughScreen(*m_window, QStringLiteral("ada")));
    m_window->setInactivityTimeout(200ms);
}

void InactivityAutoLock::unlockWithPin(const QString& pin)
{
    auto* field = child<QLineEdit>(window(), "lockPersonSecretField");
    QVERIFY(field);
    QTRY_VERIFY(field->isVisible());
    field->setText(pin);
    QTest::mouseClick(child<QPushButton>(window(), "unlockButton"), Qt::LeftButton);
}

void InactivityAutoLock::cleanup()
{
    m_window.reset();
}

void InactivityAutoLock::locksWhenNoInputArrives()
{
    QElapsedTimer elapsed;
    elapsed.start();
    QSignalSpy locked(window(), &MainWindow::lockedChanged);
    QVERIFY(!window()->isLocked());
    QTRY_VERIFY_WITH_TIMEOUT(window()->isLocked(), 5000);
    QVERIFY2(elapsed.elapsed() >= 190, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(locked.count(), 1);
    QCOMPARE(locked.first().first().toBool(), true);
    // The content is out of sight, not destroyed.
    QVERIFY(!window()->areaPage(MainWindow::Area::Inbox)->isVisible());
    QVERIFY(child<QWidget>(window(), "lockScreen")->isVisible());
    QVERIFY(
        child<QLabel>(window(), "lockReason")->text().contains(QStringLiteral("without activity")));
}

void InactivityAutoLock::inputKeepsItUnlocked_data()
{
    QTest::addColumn<bool>("useMouse");
    QTest::newRow("key presses") << false;
    QTest::newRow("mouse moves") << true;
}

void InactivityAutoLock::inputKeepsItUnlocked()
{
    QFETCH(bool, useMouse);
    auto* target = window()->areaPage(MainWindow::Area::Inbox);
    QElapsedTimer elapsed;
    elapsed.start();
    int step = 0;
    // Five times the period, with input every 40 ms.
    while (elapsed.elapsed() < 1000) {
        if (useMouse)
            QTest::mouseMove(target, QPoint(20 + (++step % 2) * 10, 40));
        else
            QTest::keyClick(target, Qt::Key_Shift);
        QTest::qWait(40);
        QVERIFY2(!window()->isLocked(),
                 qPrintable(QStringLiteral("locked after %1 ms").arg(elapsed.elapsed())));
    }
    // Then silence: it locks.
    QTRY_VERIFY_WITH_TIMEOUT(window()->isLocked(), 5000);
}

void InactivityAutoLock::unsavedTextSurvivesLockAndUnlock()
{
    // Unsaved work: a field in the Review area with text typed into it.
    ui::AreaPage* review = window()->areaPage(MainWindow::Area::Review);
    auto* notes = new QLineEdit(review);
    review->body()->addWidget(notes);
    window()->showArea(MainWindow::Area::Review);
    QTest::keyClicks(notes, QStringLiteral("Klant twee keer in de wacht gezet"));
    const QString typed = notes->text();
    QVERIFY(!typed.isEmpty());

    QTRY_VERIFY_WITH_TIMEOUT(window()->isLocked(), 5000);
    QVERIFY(!notes->isVisible());

    unlockWithPin(testPin());
    QTRY_VERIFY_WITH_TIMEOUT(!window()->isLocked(), 20000);
    QVERIFY(notes->isVisible());
    QCOMPARE(notes->text(), typed);
    QCOMPARE(window()->currentArea(), MainWindow::Area::Review);
    // And the lock is armed again.
    QTRY_VERIFY_WITH_TIMEOUT(window()->isLocked(), 5000);
}

void InactivityAutoLock::lockedWindowOffersNoNavigation()
{
    QTRY_VERIFY_WITH_TIMEOUT(window()->isLocked(), 5000);
    for (int i = 1; i <= MainWindow::kAreaCount; ++i) {
        const auto name = QStringLiteral("goToArea%1").arg(i);
        QVERIFY(!window()->findChild<QAction*>(name)->isEnabled());
    }
    QVERIFY(!child<QAction>(window(), "settingsAction")->isEnabled());
    QVERIFY(!child<QAction>(window(), "lockAction")->isEnabled());
    QVERIFY(child<QAction>(window(), "quitAction")->isEnabled());
    window()->showArea(MainWindow::Area::Audit);
    QCOMPARE(window()->currentArea(), MainWindow::Area::Inbox);
}

void InactivityAutoLock::openDialogIsHiddenWhileLocked()
{
    window()->setInactivityTimeout(1h);
    child<QAction>(window(), "settingsAction")->trigger();
    auto* settings = window()->findChild<ui::SettingsDialog*>();
    QVERIFY(settings);
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    window()->setInactivityTimeout(200ms);
    QTRY_VERIFY_WITH_TIMEOUT(window()->isLocked(), 5000);
    QVERIFY(!settings->isVisible());
    unlockWithPin(testPin());
    QTRY_VERIFY_WITH_TIMEOUT(!window()->isLocked(), 20000);
    QVERIFY(settings->isVisible());
    settings->reject();
}

void InactivityAutoLock::keychainUnlockNeedsTheKeyAgain()
{
    // Before anyone signs in, the vault's own credential unlocks.
    child<QAction>(window(), "switchPersonAction")->trigger();
    QVERIFY(!window()->signedInPerson());
    QTRY_VERIFY_WITH_TIMEOUT(window()->isLocked(), 5000);
    QVERIFY(!child<QLineEdit>(window(), "lockPersonSecretField")->isVisible());
    m_keys.setUnavailable(QStringLiteral("The system keychain cannot be reached (test)."));
    QTest::mouseClick(child<QPushButton>(window(), "unlockButton"), Qt::LeftButton);
    auto* banner = child<ui::MessageBanner>(window(), "lockBanner");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("cannot be reached")));
    QVERIFY(window()->isLocked());

    m_keys.setUnavailable(QString());
    QTest::mouseClick(child<QPushButton>(window(), "unlockButton"), Qt::LeftButton);
    QTRY_VERIFY(!window()->isLocked());
    QVERIFY(window()->signInScreen()->isVisible());
}

void InactivityAutoLock::personUnlocksWithTheirOwnPin()
{
    ui::AreaPage* review = window()->areaPage(MainWindow::Area::Review);
    auto* notes = new QLineEdit(review);
    review->body()->addWidget(notes);
    window()->showArea(MainWindow::Area::Review);
    QTest::keyClicks(notes, QStringLiteral("Goede afsluiting"));
    QTRY_VERIFY_WITH_TIMEOUT(window()->isLocked(), 5000);
    QVERIFY(
        child<QLabel>(window(), "lockPersonLabel")->text().contains(QStringLiteral("Ada Beheer")));
    // The vault's key alone no longer unlocks: the keychain is not asked.
    QVERIFY(!child<QLineEdit>(window(), "passphraseField"));

    unlockWithPin(QStringLiteral("654321"));
    auto* banner = child<ui::MessageBanner>(window(), "lockBanner");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY(window()->isLocked());
    QVERIFY(child<QLineEdit>(window(), "lockPersonSecretField")->hasFocus());

    unlockWithPin(testPin());
    QTRY_VERIFY_WITH_TIMEOUT(!window()->isLocked(), 20000);
    QCOMPARE(window()->signedInPerson()->handle, QStringLiteral("ada"));
    QCOMPARE(window()->currentArea(), MainWindow::Area::Review);
    QCOMPARE(notes->text(), QStringLiteral("Goede afsluiting"));
}

void InactivityAutoLock::lockOffersSigningInAsSomeoneElse()
{
    QTRY_VERIFY_WITH_TIMEOUT(window()->isLocked(), 5000);
    window()->setInactivityTimeout(1h);
    QTest::mouseClick(child<QPushButton>(window(), "lockSwitchPersonButton"), Qt::LeftButton);
    QVERIFY(!window()->isLocked());
    QVERIFY(!window()->signedInPerson());
    QVERIFY(window()->signInScreen()->isVisible());
    QVERIFY(!window()->areaPage(MainWindow::Area::PeopleAndPolicy)->content());
    QCOMPARE(child<QLabel>(window(), "signedInStatus")->text(), QStringLiteral("Nobody signed in"));
}

void InactivityAutoLock::periodComesFromTheVault_data()
{
    QTest::addColumn<QString>("preference");
    QTest::addColumn<int>("expectedMinutes");
    QTest::newRow("unset: 5 minutes") << QString() << 5;
    QTest::newRow("7 minutes") << QStringLiteral("7") << 7;
    QTest::newRow("0 never switches it off") << QStringLiteral("0") << 5;
    QTest::newRow("negative") << QStringLiteral("-3") << 5;
    QTest::newRow("not a number") << QStringLiteral("soon") << 5;
}

void InactivityAutoLock::periodComesFromTheVault()
{
    QFETCH(QString, preference);
    QFETCH(int, expectedMinutes);
    if (!preference.isEmpty()) {
        auto set =
            window()->vault().setPreference(QStringLiteral("inactivity_lock_minutes"), preference);
        QVERIFY(set.has_value());
    }
    QCOMPARE(MainWindow::inactivityTimeoutFor(window()->vault()),
             std::chrono::milliseconds(std::chrono::minutes(expectedMinutes)));
}

COACHVAULT_TEST_MAIN(InactivityAutoLock)
#include "InactivityAutoLock.moc"
