#pragma once

#include "core/people/Person.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <chrono>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace cv::core {
class Administration;
class KeyStore;
class Vault;
} // namespace cv::core

namespace cv::ui {

class AreaPage;
class InactivityLock;
class LockScreen;
class SignInScreen;

// The workstation: navigation over the product's areas, the vault and the
// signed-in person in the status bar, and the automatic lock (R-AUTH-3).
//
// Nothing is shown before a person signs in (SignInScreen): the product
// always knows who acts. The person-specific views (People & policy, Audit)
// are made for that person at sign-in and destroyed at sign-out.
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
        MyData,
    };
    static constexpr int kAreaCount = 9;

    MainWindow(std::unique_ptr<core::Vault> vault, core::KeyStore& keyStore,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    core::Vault& vault() const { return *m_vault; }
    core::Administration& administration() const { return *m_admin; }
    // Who acts; empty until someone signs in.
    const std::optional<core::Person>& signedInPerson() const { return m_person; }
    SignInScreen* signInScreen() const { return m_signInScreen; }

    // The vault's "inactivity_lock_minutes" preference; 5 minutes when it is
    // unset or not a positive number (the lock is never switched off).
    static std::chrono::milliseconds inactivityTimeoutFor(const core::Vault& vault);
    // Overrides the vault's period (tests use a few hundred milliseconds).
    void setInactivityTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds inactivityTimeout() const;

    // The retention sweep while the window is open (it also runs at every
    // unlock): every 15 minutes, and now. Destroyed calls leave the Inbox,
    // and the Review area closes one it had open.
    void runRetentionSweep();
    void setRetentionInterval(std::chrono::milliseconds interval);

    void showArea(Area area);
    Area currentArea() const;
    AreaPage* areaPage(Area area) const;

    bool isLocked() const;
    // File > Lock now.
    void lockNow();
    // File > Switch person…: signs the person out, back to the sign-in screen.
    void switchPerson();
    // What the inactivity lock calls.
    void lockForInactivity();

Q_SIGNALS:
    void lockedChanged(bool locked);
    void recordingsDestroyed(const QList<qint64>& ids);
    void signedInPersonChanged();

private:
    void buildAreas();
    void buildMenus();
    void buildStatusBar();
    void signIn(const core::Person& person);
    void unlockToSignIn();
    void updateActions();
    void lock(const QString& reason);
    void unlock();
    void openSettings();
    void showAbout();

    std::unique_ptr<core::Vault> m_vault;
    std::unique_ptr<core::Administration> m_admin;
    core::KeyStore& m_keyStore;
    std::optional<core::Person> m_person;
    QStackedWidget* m_stack = nullptr; // sign-in screen, content or lock screen
    SignInScreen* m_signInScreen = nullptr;
    QWidget* m_content = nullptr;
    QWidget* m_pageBeforeLock = nullptr;
    QLabel* m_personStatus = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_areas = nullptr;
    LockScreen* m_lockScreen = nullptr;
    InactivityLock* m_inactivity = nullptr;
    QTimer* m_retentionTimer = nullptr;
    QAction* m_lockAction = nullptr;
    QList<QAction*> m_unlockedOnly; // disabled while locked
    QList<QAction*> m_signedInOnly; // disabled while locked or nobody is signed in
    QList<QPointer<QWidget>> m_hiddenByLock;
    QPointer<QWidget> m_focusBeforeLock;
};

} // namespace cv::ui
