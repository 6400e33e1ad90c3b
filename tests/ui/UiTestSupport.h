#pragma once

#include "core/admin/Administration.h"
#include "core/demo/DemoContent.h"
#include "core/security/SecretBytes.h"
#include "core/time/Clock.h"
#include "core/vault/Vault.h"
#include "ui/MainWindow.h"
#include "ui/SignInScreen.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QString>
#include <QTest>

#include <memory>

namespace cv::test {

// A passphrase long enough for the core's minimum, and a wrong one.
inline QString rightPassphrase()
{
    return QStringLiteral("koffie kwaliteit coaching 2024");
}
inline QString wrongPassphrase()
{
    return QStringLiteral("koffie kwaliteit coaching 2023");
}

inline QDateTime fixedNow()
{
    return QDateTime(QDate(2024, 3, 4), QTime(9, 30), Qt::UTC);
}

// Each test starts from empty GUI settings (ctest gives it a private HOME).
inline void resetSettings()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CoachVault"));
    QCoreApplication::setApplicationName(QStringLiteral("CoachVault"));
    QSettings().clear();
}

inline core::Result<std::unique_ptr<core::Vault>> createPassphraseVault(const QString& path,
                                                                        const core::Clock& clock)
{
    QString passphrase = rightPassphrase();
    return core::Vault::create(
        path, core::VaultCredential::passphrase(core::SecretBytes::takeUtf8(passphrase)), clock);
}

// The PIN of the persons tests add (the demo PIN too).
inline QString testPin()
{
    return QStringLiteral("123456");
}

// Adds "ada", administrator, with testPin() to an empty vault, through the core.
inline bool addAdministrator(core::Vault& vault)
{
    core::Administration admin(vault);
    core::Person ada;
    ada.handle = QStringLiteral("ada");
    ada.displayName = QStringLiteral("Ada Beheer");
    ada.roles = {core::Role::Administrator};
    QString pin = testPin();
    return admin
        .addFirstAdministrator(ada, core::CredentialStore::Kind::Pin,
                               core::SecretBytes::takeUtf8(pin))
        .has_value();
}

// A keychain vault (over `keys`) holding the demo cast and policy: ada
// administrator, mieke manager, karim and linda coaches, tess trainer, piet
// privacy officer, sanne, tom, fatima, joost and wim agents; PIN testPin().
// With DemoCalls::Leave it holds no recordings.
inline std::unique_ptr<core::Vault>
createDemoCastVault(const QString& path, const core::Clock& clock, core::KeyStore& keys,
                    core::DemoCalls calls = core::DemoCalls::Include)
{
    core::Vault::CreateOptions options;
    options.demo = true; // demo content (a scorecard published in the past) needs it
    auto vault = core::Vault::create(path, core::VaultCredential::keychain(keys), clock, options);
    if (!vault || !core::fillDemoContent(**vault, calls))
        return nullptr;
    return std::move(*vault);
}

// Opens a fresh copy of `templatePath` (made once by createDemoCastVault) in
// a shown MainWindow whose inactivity lock is out of the way, so each test
// function starts from the same vault. Null if the copy cannot be opened.
inline std::unique_ptr<ui::MainWindow>
openDemoCastCopy(const QString& templatePath, const core::Clock& clock, core::KeyStore& keys)
{
    static int serial = 0;
    const QString path = templatePath + QStringLiteral("-copy-%1.cvault").arg(++serial);
    if (!QFile::copy(templatePath, path))
        return nullptr;
    auto vault = core::Vault::open(path, core::VaultCredential::keychain(keys), clock);
    if (!vault)
        return nullptr;
    auto window = std::make_unique<ui::MainWindow>(std::move(*vault), keys);
    window->setInactivityTimeout(std::chrono::hours(1));
    window->show();
    return window;
}

// With COACHVAULT_SCREENSHOT_DIR set, saves `widget` there as NAME.png (to
// look at what a test drove); otherwise does nothing.
inline void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("COACHVAULT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// Finds a child by object name and fails the test if it is missing.
template<typename T> T* child(const QObject* parent, const char* name)
{
    T* found = parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// Clicks near the left edge: radio buttons and check boxes only react to
// clicks on their indicator or text, not on the whole widget.
inline void clickIndicator(QWidget* widget)
{
    QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, QPoint(8, widget->height() / 2));
}

// Signs in through the window's sign-in screen, as a person would; true
// once the window knows who acts.
inline bool signInThroughScreen(ui::MainWindow& window, const QString& handle,
                                const QString& secret = testPin())
{
    ui::SignInScreen* screen = window.signInScreen();
    auto* handleField = child<QLineEdit>(screen, "signInHandleField");
    auto* secretField = child<QLineEdit>(screen, "signInSecretField");
    if (!handleField || !secretField || !screen->isVisible())
        return false;
    handleField->setText(handle);
    secretField->setText(secret);
    QTest::mouseClick(child<QPushButton>(screen, "signInButton"), Qt::LeftButton);
    return QTest::qWaitFor([&] { return window.signedInPerson().has_value(); }, 20000);
}

} // namespace cv::test
