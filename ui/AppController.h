#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace cv::core {
class Clock;
class KeyStore;
class Vault;
} // namespace cv::core

namespace cv::ui {

class DemoWorkspace;
class MainWindow;
class UnlockScreen;

// The application's flow of windows: the unlock screen first, then the main
// window over the unlocked vault; with `demo`, a throwaway demo vault in a
// private DemoWorkspace and the main window straight away.
//
// Owns the windows, the vault (through the main window) and the demo
// workspace, and tears them down in that order: the vault is closed before
// its directory is removed. The clock and key store must outlive it.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    struct Options
    {
        QString vaultPath; // preselected on the unlock screen
        bool demo = false;
        // Overrides the vault's inactivity lock (tests).
        std::optional<std::chrono::milliseconds> inactivityTimeout;
    };

    AppController(const core::Clock& clock, core::KeyStore& keyStore, QObject* parent = nullptr);
    ~AppController() override;

    // Shows the first window. Returns false, after telling the user, when the
    // demo vault cannot be made.
    bool start(const Options& options);

    UnlockScreen* unlockScreen() const;
    MainWindow* mainWindow() const { return m_mainWindow.get(); }
    const DemoWorkspace* demoWorkspace() const { return m_demo.get(); }

private:
    void showMainWindow(std::unique_ptr<core::Vault> vault);

    const core::Clock& m_clock;
    core::KeyStore& m_keyStore;
    Options m_options;
    // Declaration order is teardown order, reversed: windows first, then the
    // demo directory.
    std::unique_ptr<DemoWorkspace> m_demo;
    std::unique_ptr<MainWindow> m_mainWindow;
    QPointer<UnlockScreen> m_unlockScreen;
};

} // namespace cv::ui
