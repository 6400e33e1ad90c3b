#pragma once

#include <QWidget>

#include <memory>

class QKeyEvent;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace cv::core {
class Clock;
class KeyStore;
class Vault;
} // namespace cv::core

namespace cv::ui {

class CreateVaultDialog;
class MessageBanner;

// The first window: choose a vault file, unlock it, or create a new one.
//
// How a vault unlocks is detected, not asked: Vault::readId() names its
// keychain entry; if the keychain holds that key the screen offers "Unlock
// with system keychain", otherwise a passphrase field, with a notice when the
// keychain itself could not be reached. Problems show inline in a banner.
// Keychain and vault calls run from queued slots, never inside a key or
// paint handler; they block briefly under a busy cursor (the key store has a
// time-out).
//
// The clock and key store must outlive this widget.
class UnlockScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnlockScreen)

public:
    enum class Mode
    {
        NoVault,    // nothing (valid) chosen yet
        Detecting,  // asking the keychain
        Keychain,   // the keychain holds this vault's key
        Passphrase, // a passphrase is needed
    };

    UnlockScreen(const core::Clock& clock, core::KeyStore& keyStore, QWidget* parent = nullptr);
    ~UnlockScreen() override;

    // Chooses the vault file and detects how it unlocks (queued).
    void setVaultPath(const QString& path);
    QString vaultPath() const;
    Mode mode() const { return m_mode; }

    // The vault unlocked or created last; empty until unlocked() was emitted.
    std::unique_ptr<core::Vault> takeVault();

    // Opens the create-vault dialog (window-modal, not blocking).
    void createVault();

Q_SIGNALS:
    void unlocked();

protected:
    // Return or Enter unlocks with the keychain, wherever the focus is.
    void keyPressEvent(QKeyEvent* event) override;

private:
    void browse();
    void detect();
    void unlock();
    void setMode(Mode mode);
    void opened(std::unique_ptr<core::Vault> vault);
    void focusPassphrase();

    const core::Clock& m_clock;
    core::KeyStore& m_keyStore;
    std::unique_ptr<core::Vault> m_vault;
    Mode m_mode = Mode::NoVault;
    QString m_detectedPath;

    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    MessageBanner* m_banner = nullptr;
    MessageBanner* m_keychainNotice = nullptr;
    QStackedWidget* m_credential = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_keychainButton = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_passphraseButton = nullptr;
    QPushButton* m_create = nullptr;
    CreateVaultDialog* m_createDialog = nullptr;
};

} // namespace cv::ui
