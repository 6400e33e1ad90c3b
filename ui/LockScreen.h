#pragma once

#include <QWidget>

class QKeyEvent;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cv::core {
class KeyStore;
class Vault;
} // namespace cv::core

namespace cv::ui {

class MessageBanner;

// What the main window shows instead of its content while locked (R-AUTH-3).
// Unlocking needs the vault's credential again: the passphrase (checked with
// Vault::accepts) or, in keychain mode, a fresh read of the keychain. A demo
// vault (ephemeral key, made-up data) continues without a credential.
//
// The vault and key store must outlive this widget.
class LockScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockScreen)

public:
    LockScreen(core::Vault& vault, core::KeyStore& keyStore, QWidget* parent = nullptr);

    // Resets the form for a new lock; `reason` says why it locked.
    void prepare(const QString& reason);

    // Tries the credential in the form, as the Unlock button does.
    void unlock();

Q_SIGNALS:
    void unlocked();

protected:
    // Without a passphrase field, Return or Enter unlocks wherever the focus is.
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool checkCredential();
    void refuse(const QString& message);

    core::Vault& m_vault;
    core::KeyStore& m_keyStore;
    QLabel* m_reason = nullptr;
    MessageBanner* m_banner = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_unlockButton = nullptr;
};

} // namespace cv::ui
