// When no keychain can be reached (here: no session bus at all, ctest sets
// DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent), the product says so and
// offers the passphrase path: on the unlock screen and when creating a vault.
// No crash, no hang.

#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/CreateVaultDialog.h"
#include "ui/MessageBanner.h"
#include "ui/UnlockScreen.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cv;
using namespace cv::test;
using namespace std::chrono_literals;

class KeychainUnreachableOffersPassphrase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { resetSettings(); }

    void unlockScreenOffersPassphraseWithNotice();
    void creatingAKeychainVaultFallsBackToPassphrase();

private:
    QTemporaryDir m_dir;
    core::ManualClock m_clock{fixedNow()};
};

void KeychainUnreachableOffersPassphrase::initTestCase()
{
    QVERIFY2(
        qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("nonexistent")),
        "run through ctest: it points the session bus nowhere");
}

void KeychainUnreachableOffersPassphrase::unlockScreenOffersPassphraseWithNotice()
{
    const QString path = m_dir.filePath(QStringLiteral("passphrase.cvault"));
    QVERIFY(createPassphraseVault(path, m_clock).has_value());

    core::SystemKeyStore keyStore(10s);
    ui::UnlockScreen screen(m_clock, keyStore);
    screen.show();
    QElapsedTimer elapsed;
    elapsed.start();
    screen.setVaultPath(path);
    QTRY_VERIFY_WITH_TIMEOUT(screen.mode() == ui::UnlockScreen::Mode::Passphrase, 15000);
    QVERIFY2(elapsed.elapsed() < 8000, "the keychain failure must not stall the unlock screen");

    auto* notice = child<ui::MessageBanner>(&screen, "keychainNotice");
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->kind(), ui::MessageBanner::Kind::Warning);
    QVERIFY2(notice->text().contains(QStringLiteral("keychain cannot be reached")),
             qPrintable(notice->text()));
    auto* field = child<QLineEdit>(&screen, "passphraseField");
    QVERIFY(field->isVisible());

    // And the passphrase path works.
    QTest::keyClicks(field, rightPassphrase());
    QSignalSpy unlocked(&screen, &ui::UnlockScreen::unlocked);
    QTest::keyClick(field, Qt::Key_Return);
    auto* banner = child<ui::MessageBanner>(&screen, "unlockBanner");
    QTRY_VERIFY_WITH_TIMEOUT(unlocked.count() == 1 || banner->isVisible(), 30000);
    QVERIFY2(unlocked.count() == 1, qPrintable(banner->text()));
    QVERIFY(screen.takeVault());
}

void KeychainUnreachableOffersPassphrase::creatingAKeychainVaultFallsBackToPassphrase()
{
    core::SystemKeyStore keyStore(10s);
    ui::UnlockScreen screen(m_clock, keyStore);
    screen.show();
    QTest::mouseClick(child<QPushButton>(&screen, "createVaultButton"), Qt::LeftButton);
    auto* dialog = screen.findChild<ui::CreateVaultDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QString path = m_dir.filePath(QStringLiteral("wanted-keychain.cvault"));
    child<QLineEdit>(dialog, "newVaultPathField")->setText(path);
    QCOMPARE(dialog->protection(), ui::CreateVaultDialog::Protection::Keychain); // the default

    QElapsedTimer elapsed;
    elapsed.start();
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
    auto* banner = child<ui::MessageBanner>(dialog, "createVaultBanner");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
    QVERIFY(elapsed.elapsed() < 8000);
    QCOMPARE(banner->kind(), ui::MessageBanner::Kind::Warning);
    QVERIFY2(banner->text().contains(QStringLiteral("passphrase")), qPrintable(banner->text()));
    QCOMPARE(dialog->protection(), ui::CreateVaultDialog::Protection::Passphrase);
    QVERIFY(!QFile::exists(path));
    QVERIFY(dialog->isVisible());

    QTest::keyClicks(child<QLineEdit>(dialog, "newPassphraseField"), rightPassphrase());
    QTest::keyClicks(child<QLineEdit>(dialog, "repeatPassphraseField"), rightPassphrase());
    QSignalSpy unlocked(&screen, &ui::UnlockScreen::unlocked);
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 30000);
    QVERIFY(screen.takeVault());
    QVERIFY(QFile::exists(path));
}

COACHVAULT_TEST_MAIN(KeychainUnreachableOffersPassphrase)
#include "KeychainUnreachableOffersPassphrase.moc"
