#pragma once

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <chrono>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace cv::core {
class KeyStore;
class Vault;
} // namespace cv::core

namespace cv::ui {

class AreaPage;
class InactivityLock;
class LockScreen;

// The workstation: navigation over the product's areas, the vault in the
// status bar, and the automatic lock (R-AUTH-3).
//
// Locking swaps the content for a LockScreen inside the same window (a
// QStackedWidget) and hides open dialogs: every widget stays alive, so
// unsaved work is still there after unlocking. Unlocking needs the
// credential again. The window owns the vault; the key store must outlive it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Area
    {
        Inbox,
        Review,
        Feedback,
        Clips,
        Templates,
        PeopleAndPolicy,
        Reports,
        Audit,
    };
    static constexpr int kAreaCount = 8;

    MainWindow(std::unique_ptr<core::Vault> vault, core::KeyStore& keyStore,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    core::Vault& vault() const { return *m_vault; }

    // The vault's "inactivity_lock_minutes" preference; 5 minutes when it is
    // unset or not a positive number (the lock is never switched off).
    static std::chrono::milliseconds inactivityTimeoutFor(const core::Vault& vault);
    // Overrides the vault's period (tests use a few hundred milliseconds).
    void setInactivityTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds inactivityTimeout() const;

    void showArea(Area area);
    Area currentArea() const;
    AreaPage* areaPage(Area area) const;

    bool isLocked() const;
    // File > Lock now.
    void lockNow();
    // What the inactivity lock calls.
    void lockForInactivity();

Q_SIGNALS:
    void lockedChanged(bool locked);

private:
    void buildAreas();
    void buildMenus();
    void buildStatusBar();
    void lock(const QString& reason);
    void unlock();
    void openSettings();
    void showAbout();

    std::unique_ptr<core::Vault> m_vault;
    core::KeyStore& m_keyStore;
    QStackedWidget* m_stack = nullptr; // content or lock screen
    QWidget* m_content = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_areas = nullptr;
    LockScreen* m_lockScreen = nullptr;
    InactivityLock* m_inactivity = nullptr;
    QAction* m_lockAction = nullptr;
    QList<QAction*> m_unlockedOnly; // disabled while locked
    QList<QPointer<QWidget>> m_hiddenByLock;
    QPointer<QWidget> m_focusBeforeLock;
};

} // namespace cv::ui
