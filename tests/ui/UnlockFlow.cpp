// The unlock flow through the widgets: create a passphrase vault in the UI,
// lock it, refuse a wrong passphrase inline, accept the right one; open an
// existing vault the same way. R-AUTH-3: a locked vault on disk, and a
// credential needed again after locking.

#include "core/vault/Vault.h"
#include "tests/support/MemoryKeyStore.h"
#include "tests/support/TestMain.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AppController.h"
#include "ui/AreaPage.h"
#include "ui/CreateVaultDialog.h"
#include "ui/FileDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/SignInScreen.h"
#include "ui/UiSettings.h"
#include "ui/UnlockScreen.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace cv;
using namespace cv::test;
using ui::MessageBanner;

class UnlockFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { resetSettings(); }

    void createPassphraseVaultThenLockAndUnlock();
    void openExistingVaultWithWrongThenRightPassphrase();
    void createRefusesBadPassphrases_data();
    void createRefusesBadPassphrases();
    void createNeverOverwritesAFile();

private:
    static ui::CreateVaultDialog* openCreateDialog(ui::UnlockScreen& screen);
};

ui::CreateVaultDialog* UnlockFlow::openCreateDialog(ui::UnlockScreen& screen)
{
    QTest::mouseClick(child<QPushButton>(&screen, "createVaultButton"), Qt::LeftButton);
    auto* dialog = screen.findChild<ui::CreateVaultDialog*>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void UnlockFlow::createPassphraseVaultThenLockAndUnlock()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    core::ManualClock clock(fixedNow());
    MemoryKeyStore keys;
    ui::AppController app(clock, keys);
    QVERIFY(app.start({}));
    ui::UnlockScreen* screen = app.unlockScreen();
    QVERIFY(screen);
    QVERIFY(QTest::qWaitForWindowExposed(screen));
    QCOMPARE(screen->mode(), ui::UnlockScreen::Mode::NoVault);

    // Create a vault through the dialog: path from the (pre-answered) file
    // chooser, passphrase protection, the passphrase twice.
    ui::CreateVaultDialog* dialog = openCreateDialog(*screen);
    QVERIFY(dialog);
    ui::FileDialog::setNextFileName(dir.filePath(QStringLiteral("team")));
    QTest::mouseClick(child<QPushButton>(dialog, "chooseNewVaultPathButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(dialog, "newVaultPathField")->text(),
             dir.filePath(QStringLiteral("team")));
    clickIndicator(child<QRadioButton>(dialog, "passphraseOption"));
    QCOMPARE(dialog->protection(), ui::CreateVaultDialog::Protection::Passphrase);
    QTest::keyClicks(child<QLineEdit>(dialog, "newPassphraseField"), rightPassphrase());
    QTest::keyClicks(child<QLineEdit>(dialog, "repeatPassphraseField"), rightPassphrase());
    QCOMPARE(child<QLabel>(dialog, "passphraseHint")->text(),
             QStringLiteral("The passphrases match."));
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() != nullptr, 30000);
    ui::MainWindow* window = app.mainWindow();
    const QString vaultPath = dir.filePath(QStringLiteral("team.cvault"));
    QVERIFY(QFile::exists(vaultPath));
    QCOMPARE(window->vault().path(), vaultPath);
    QCOMPARE(window->vault().keyMode(), core::KeyMode::Passphrase);
    QCOMPARE(keys.size(), std::size_t(0)); // nothing went to the keychain
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY(app.unlockScreen() == nullptr); // the unlock screen is gone
    QCOMPARE(ui::UiSettings::lastVaultPath(), vaultPath);

    // Lock now with Ctrl+L.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(window->isLocked());

    // A wrong passphrase: an inline error, still locked, the field selected.
    auto* field = child<QLineEdit>(window, "passphraseField");
    QVERIFY(field);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, wrongPassphrase());
    QTest::keyClick(field, Qt::Key_Return);
    auto* banner = child<MessageBanner>(window, "lockBanner");
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QVERIFY(banner->text().contains(QStringLiteral("passphrase")));
    QVERIFY(window->isLocked());
    QVERIFY(field->hasFocus());
    QCOMPARE(field->selectedText(), wrongPassphrase());

    // The right one (typing replaces the selection) unlocks.
    QTest::keyClicks(field, rightPassphrase());
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isLocked(), 30000);
    QVERIFY(field->text().isEmpty()); // the passphrase does not linger

    // Nobody is signed in yet: back to the sign-in screen, which offers to
    // create the first administrator of this empty vault.
    ui::SignInScreen* signIn = window->signInScreen();
    QVERIFY(signIn->isVisible());
    QCOMPARE(signIn->mode(), ui::SignInScreen::Mode::FirstAdministrator);
    auto* create = child<QPushButton>(signIn, "createFirstAdminButton");
    QVERIFY(!create->isEnabled());
    QTest::keyClicks(child<QLineEdit>(signIn, "firstAdminNameField"), QStringLiteral("Ada Beheer"));
    QTest::keyClicks(child<QLineEdit>(signIn, "firstAdminHandleField"), QStringLiteral("ada"));
    QTest::keyClicks(child<QLineEdit>(signIn, "firstAdminPinField"), testPin());
    QTest::keyClicks(child<QLineEdit>(signIn, "firstAdminPinRepeatField"), QStringLiteral("12345"));
    QVERIFY(!create->isEnabled()); // the repeat does not match yet
    QTest::keyClicks(child<QLineEdit>(signIn, "firstAdminPinRepeatField"), QStringLiteral("6"));
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window->signedInPerson().has_value(), 30000);
    QCOMPARE(window->signedInPerson()->handle, QStringLiteral("ada"));
    QVERIFY(window->areaPage(ui::MainWindow::Area::Inbox)->isVisible());
    QCOMPARE(child<QLabel>(window, "signedInStatus")->text(),
             QStringLiteral("Signed in as Ada Beheer (administrator)"));
}

void UnlockFlow::openExistingVaultWithWrongThenRightPassphrase()
{
    QTemporaryDir dir;
    core::ManualClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("existing.cvault"));
    QVERIFY(createPassphraseVault(path, clock).has_value());

    MemoryKeyStore keys;
    {
        ui::AppController app(clock, keys);
        ui::AppController::Options options;
        options.vaultPath = path;
        QVERIFY(app.start(options));
        ui::UnlockScreen* screen = app.unlockScreen();
        QVERIFY(QTest::qWaitForWindowExposed(screen));
        QTRY_COMPARE(screen->mode(), ui::UnlockScreen::Mode::Passphrase);
        QVERIFY(keys.reads() >= 1); // it asked the keychain first
        // The keychain answered ("no such key"): no unreachable notice.
        QVERIFY(!child<MessageBanner>(screen, "keychainNotice")->isVisible());

        auto* field = child<QLineEdit>(screen, "passphraseField");
        auto* unlock = child<QPushButton>(screen, "passphraseUnlockButton");
        QTest::keyClicks(field, wrongPassphrase());
        QTest::mouseClick(unlock, Qt::LeftButton);
        auto* banner = child<MessageBanner>(screen, "unlockBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
        QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
        QVERIFY(app.mainWindow() == nullptr);
        QVERIFY(screen->isVisible());
        QCOMPARE(field->selectedText(), wrongPassphrase());

        QTest::keyClicks(field, rightPassphrase());
        QTest::mouseClick(unlock, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() != nullptr, 30000);
        QCOMPARE(app.mainWindow()->vault().path(), path);
        QVERIFY(!app.mainWindow()->isLocked());
    }

    // The next start preselects the vault unlocked last.
    ui::AppController again(clock, keys);
    QVERIFY(again.start({}));
    QCOMPARE(again.unlockScreen()->vaultPath(), path);
    QTRY_COMPARE(again.unlockScreen()->mode(), ui::UnlockScreen::Mode::Passphrase);
}

void UnlockFlow::createRefusesBadPassphrases_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("repeat");
    QTest::addColumn<QString>("bannerSays");
    QTest::newRow("too short") << QStringLiteral("kort") << QStringLiteral("kort")
                               << QStringLiteral("at least 12 characters");
    QTest::newRow("eleven characters")
        << QStringLiteral("elf tekens!") << QStringLiteral("elf tekens!")
        << QStringLiteral("at least 12 characters");
    QTest::newRow("not the same") << rightPassphrase() << wrongPassphrase()
                                  << QStringLiteral("not the same");
    QTest::newRow("repeat empty") << rightPassphrase() << QString()
                                  << QStringLiteral("not the same");
}

void UnlockFlow::createRefusesBadPassphrases()
{
    QFETCH(QString, passphrase);
    QFETCH(QString, repeat);
    QFETCH(QString, bannerSays);
    QTemporaryDir dir;
    core::ManualClock clock(fixedNow());
    MemoryKeyStore keys;
    ui::UnlockScreen screen(clock, keys);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    ui::CreateVaultDialog* dialog = openCreateDialog(screen);
    QVERIFY(dialog);
    const QString path = dir.filePath(QStringLiteral("refused.cvault"));
    child<QLineEdit>(dialog, "newVaultPathField")->setText(path);
    dialog->setProtection(ui::CreateVaultDialog::Protection::Passphrase);
    QTest::keyClicks(child<QLineEdit>(dialog, "newPassphraseField"), passphrase);
    QTest::keyClicks(child<QLineEdit>(dialog, "repeatPassphraseField"), repeat);
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);

    auto* banner = child<MessageBanner>(dialog, "createVaultBanner");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(bannerSays), qPrintable(banner->text()));
    QVERIFY(dialog->isVisible());
    QVERIFY(!QFile::exists(path));
}

void UnlockFlow::createNeverOverwritesAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.cvault"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("my own notes");
    }
    core::ManualClock clock(fixedNow());
    MemoryKeyStore keys;
    ui::UnlockScreen screen(clock, keys);
    screen.show();
    ui::CreateVaultDialog* dialog = openCreateDialog(screen);
    QVERIFY(dialog);
    child<QLineEdit>(dialog, "newVaultPathField")->setText(path);
    dialog->setProtection(ui::CreateVaultDialog::Protection::Keychain);
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
    auto* banner = child<MessageBanner>(dialog, "createVaultBanner");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("already exists")), qPrintable(banner->text()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("my own notes"));
    QCOMPARE(keys.size(), std::size_t(0));
}

COACHVAULT_TEST_MAIN(UnlockFlow)
#include "UnlockFlow.moc"
