#include "ui/AppController.h"

#include "core/demo/DemoContent.h"
#include "core/vault/Vault.h"
#include "ui/DemoWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/UiSettings.h"
#include "ui/UnlockScreen.h"

#include <QDir>
#include <QFileInfo>

namespace cv::ui {

AppController::AppController(const core::Clock& clock, core::KeyStore& keyStore, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_keyStore(keyStore)
{}

AppController::~AppController()
{
    delete m_unlockScreen.data();
    m_mainWindow.reset(); // closes the vault
    m_demo.reset();       // then removes the demo directory
}

bool AppController::start(const Options& options)
{
    m_options = options;
    if (options.demo) {
        m_demo = std::make_unique<DemoWorkspace>();
        if (!m_demo->isValid()) {
            MessageBox::critical(nullptr, tr("CoachVault demo"),
                                 tr("No private folder for the demo vault could be made in %1: %2")
                                     .arg(QDir::toNativeSeparators(DemoWorkspace::baseDirectory()),
                                          m_demo->errorString()));
            return false;
        }
        auto vault = core::createEphemeralDemoVault(m_demo->vaultPath(), m_clock);
        if (!vault) {
            MessageBox::critical(
                nullptr, tr("CoachVault demo"),
                tr("The demo vault could not be made: %1").arg(vault.error().message));
            return false;
        }
        showMainWindow(std::move(*vault));
        return true;
    }

    m_unlockScreen = new UnlockScreen(m_clock, m_keyStore);
    m_unlockScreen->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_unlockScreen, &UnlockScreen::unlocked, this, [this] {
        auto vault = m_unlockScreen->takeVault();
        if (!vault)
            return;
        showMainWindow(std::move(vault));
        // Not deleted here: we are inside one of its slots.
        m_unlockScreen->hide();
        m_unlockScreen->deleteLater();
    });

    QString path = options.vaultPath;
    if (path.isEmpty())
        path = UiSettings::lastVaultPath();
    if (path.isEmpty() && QFileInfo::exists(UiSettings::defaultVaultPath()))
        path = UiSettings::defaultVaultPath();
    if (!path.isEmpty())
        m_unlockScreen->setVaultPath(QDir::toNativeSeparators(path));
    m_unlockScreen->resize(m_unlockScreen->sizeHint().expandedTo(QSize(720, 600)));
    m_unlockScreen->show();
    return true;
}

UnlockScreen* AppController::unlockScreen() const
{
    return m_unlockScreen.data();
}

void AppController::showMainWindow(std::unique_ptr<core::Vault> vault)
{
    m_mainWindow = std::make_unique<MainWindow>(std::move(vault), m_keyStore);
    if (m_options.inactivityTimeout)
        m_mainWindow->setInactivityTimeout(*m_options.inactivityTimeout);
    m_mainWindow->show();
}

} // namespace cv::ui
