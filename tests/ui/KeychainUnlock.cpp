// Keychain mode through the UI: a vault created with the keychain option is
// detected as such and unlocks with one button, also after locking. With an
// in-memory key store always; with the real Secret Service when a session bus
// is there (scripts/test runs gnome-keyring under dbus-run-session).

#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"
#include "tests/support/MemoryKeyStore.h"
#include "tests/support/TestMain.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AppController.h"
#include "ui/CreateVaultDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/UnlockScreen.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace cv;
using namespace cv::test;
using namespace std::chrono_literals;

class KeychainUnlock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { resetSettings(); }

    void keychainVaultUnlocksWithOneButton();
    void lostKeyAsksForPassphraseWithoutNotice();
    void unreachableKeychainAsksForPassphraseWithNotice();
    void realSecretServiceRoundTrip();

private:
    // Creates a keychain vault through the dialog and returns its path.
    QString createThroughDialog(core::KeyStore& keys, const QString& name);
    // Unlocks `path` on a fresh AppController, locks, unlocks again.
    void unlockLockUnlock(core::KeyStore& keys, const QString& path);

    QTemporaryDir m_dir;
    core::ManualClock m_clock{fixedNow()};
};

QString KeychainUnlock::createThroughDialog(core::KeyStore& keys, const QString& name)
{
    ui::UnlockScreen screen(m_clock, keys);
    screen.show();
    QTest::mouseClick(child<QPushButton>(&screen, "createVaultButton"), Qt::LeftButton);
    auto* dialog = screen.findChild<ui::CreateVaultDialog*>();
    if (!dialog)
        return {};
    const QString path = m_dir.filePath(name);
    child<QLineEdit>(dialog, "newVaultPathField")->setText(path);
    dialog->setProtection(ui::CreateVaultDialog::Protection::Keychain);
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
    std::unique_ptr<core::Vault> vault;
    for (int i = 0; i < 300 && !vault; ++i) {
        QTest::qWait(50);
        vault = screen.takeVault();
    }
    if (!vault) {
        qWarning("create failed: %s",
                 qPrintable(child<ui::MessageBanner>(dialog, "createVaultBanner")->text()));
        return {};
    }
    if (vault->keyMode() != core::KeyMode::Keychain)
        return {};
    return path;
}

void KeychainUnlock::unlockLockUnlock(core::KeyStore& keys, const QString& path)
{
    ui::AppController app(m_clock, keys);
    ui::AppController::Options options;
    options.vaultPath = path;
    QVERIFY(app.start(options));
    ui::UnlockScreen* screen = app.unlockScreen();
    QTRY_COMPARE_WITH_TIMEOUT(screen->mode(), ui::UnlockScreen::Mode::Keychain, 20000);
    QVERIFY(!child<QLineEdit>(screen, "passphraseField")->isVisible());
    QVERIFY(!child<ui::MessageBanner>(screen, "keychainNotice")->isVisible());
    // Enter unlocks, wherever the focus is (here: the vault path field).
    QTest::keyClick(child<QLineEdit>(screen, "vaultPathField"), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() != nullptr, 20000);
    ui::MainWindow* window = app.mainWindow();
    QCOMPARE(window->vault().keyMode(), core::KeyMode::Keychain);

    window->lockNow();
    QVERIFY(window->isLocked());
    QVERIFY(!window->findChild<QLineEdit*>(QStringLiteral("passphraseField")));
    QTest::keyClick(window->findChild<QWidget*>(QStringLiteral("lockScreen")), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isLocked(), 20000);
}

void KeychainUnlock::keychainVaultUnlocksWithOneButton()
{
    MemoryKeyStore keys;
    const QString path = createThroughDialog(keys, QStringLiteral("memory.cvault"));
    QVERIFY(!path.isEmpty());
    QCOMPARE(keys.size(), std::size_t(1));
    unlockLockUnlock(keys, path);
}

void KeychainUnlock::lostKeyAsksForPassphraseWithoutNotice()
{
    MemoryKeyStore keys;
    const QString path = createThroughDialog(keys, QStringLiteral("lost.cvault"));
    QVERIFY(!path.isEmpty());
    const auto id = core::Vault::readId(path);
    QVERIFY(id.has_value());
    QVERIFY(keys.removeKey(id->keychainAccount()).has_value());

    ui::UnlockScreen screen(m_clock, keys);
    screen.show();
    screen.setVaultPath(path);
    QTRY_COMPARE(screen.mode(), ui::UnlockScreen::Mode::Passphrase);
    QVERIFY(!child<ui::MessageBanner>(&screen, "keychainNotice")->isVisible());
}

void KeychainUnlock::unreachableKeychainAsksForPassphraseWithNotice()
{
    MemoryKeyStore keys;
    const QString path = createThroughDialog(keys, QStringLiteral("unreachable.cvault"));
    QVERIFY(!path.isEmpty());
    keys.setUnavailable(QStringLiteral("The system keychain cannot be reached (test)."));

    ui::UnlockScreen screen(m_clock, keys);
    screen.show();
    screen.setVaultPath(path);
    QTRY_COMPARE(screen.mode(), ui::UnlockScreen::Mode::Passphrase);
    auto* notice = child<ui::MessageBanner>(&screen, "keychainNotice");
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), QStringLiteral("The system keychain cannot be reached (test)."));
}

void KeychainUnlock::realSecretServiceRoundTrip()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No session bus (DBUS_SESSION_BUS_ADDRESS is unset); scripts/test runs this under "
              "dbus-run-session with gnome-keyring.");
    core::SystemKeyStore keys(15s);
    const auto probe = keys.readKey(QStringLiteral("coachvault-ui-test-probe"));
    if (!probe && probe.error().code == core::ErrorCode::KeychainUnavailable)
        QSKIP(qPrintable(QStringLiteral("No Secret Service on this session bus: ") +
                         probe.error().message));

    const QString path = createThroughDialog(keys, QStringLiteral("secret-service.cvault"));
    QVERIFY(!path.isEmpty());
    const auto id = core::Vault::readId(path);
    QVERIFY(id.has_value());
    unlockLockUnlock(keys, path);
    QVERIFY(keys.removeKey(id->keychainAccount()).has_value());
}

COACHVAULT_TEST_MAIN(KeychainUnlock)
#include "KeychainUnlock.moc"
