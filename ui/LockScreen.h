#pragma once

#include "core/people/Person.h"

#include <QWidget>

#include <optional>

class QKeyEvent;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cv::core {
class Administration;
class KeyStore;
class Vault;
} // namespace cv::core

namespace cv::ui {

class MessageBanner;

// What the main window shows instead of its content while locked (R-AUTH-3).
// With a person signed in, unlocking needs that person's PIN or password
// again (Administration::signIn: rate-limited and audited). Before anyone
// signed in it needs the vault's credential: the passphrase (checked with
// Vault::accepts) or, in keychain mode, a fresh read of the keychain; a demo
// vault (ephemeral key, made-up data) then continues without one.
//
// The vault, administration and key store must outlive this widget.
class LockScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockScreen)

public:
    LockScreen(core::Vault& vault, core::Administration& admin, core::KeyStore& keyStore,
               QWidget* parent = nullptr);

    // Resets the form for a new lock; `reason` says why it locked. With
    // `person`, unlocking asks for their credential, otherwise the vault's.
    void prepare(const QString& reason, const std::optional<core::Person>& person);

    // Tries the credential in the form, as the Unlock button does.
    void unlock();

Q_SIGNALS:
    void unlocked();
    // "Sign in as someone else": the main window signs the person out.
    void switchPersonRequested();

protected:
    // Without a passphrase field, Return or Enter unlocks wherever the focus is.
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool checkCredential();
    bool checkPersonCredential();
    void refuse(const QString& message);
    QLineEdit* focusField() const;

    core::Vault& m_vault;
    core::Administration& m_admin;
    core::KeyStore& m_keyStore;
    std::optional<core::Person> m_person;
    QWidget* m_vaultPart = nullptr;  // the vault credential
    QWidget* m_personPart = nullptr; // the signed-in person's credential
    QLabel* m_personLabel = nullptr;
    QLineEdit* m_personSecret = nullptr;
    QPushButton* m_switchPersonButton = nullptr;
    QLabel* m_reason = nullptr;
    MessageBanner* m_banner = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_unlockButton = nullptr;
};

} // namespace cv::ui
