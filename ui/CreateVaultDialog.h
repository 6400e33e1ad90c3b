#pragma once

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QWidget;

namespace cv::core {
class Clock;
class KeyStore;
class Vault;
} // namespace cv::core

namespace cv::ui {

class MessageBanner;

// Creates a new vault: where, and protected by the system keychain (a random
// key the keychain keeps) or by a passphrase (twice, at least
// PassphraseKdf::kMinLengthBytes characters). When the keychain cannot be
// reached it says so inline and switches to the passphrase path. On success
// the dialog is accepted and holds the new, open vault.
//
// The clock and key store must outlive the dialog.
class CreateVaultDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateVaultDialog)

public:
    enum class Protection
    {
        Keychain,
        Passphrase,
    };

    CreateVaultDialog(const core::Clock& clock, core::KeyStore& keyStore,
                      QWidget* parent = nullptr);
    ~CreateVaultDialog() override;

    // Clears the form for another use; `path` is a suggestion (may be empty).
    void reset(const QString& path);
    void setProtection(Protection protection);
    Protection protection() const;

    // What the Create button does: validate, create, accept.
    void create();

    std::unique_ptr<core::Vault> takeVault();

private:
    void choosePath();
    void updateHint();
    void refuse(const QString& message, QWidget* focus);
    // The chosen path with the .cvault suffix added when it has none.
    QString normalisedPath() const;

    const core::Clock& m_clock;
    core::KeyStore& m_keyStore;
    std::unique_ptr<core::Vault> m_vault;

    MessageBanner* m_banner = nullptr;
    QLineEdit* m_path = nullptr;
    QRadioButton* m_keychain = nullptr;
    QRadioButton* m_passphraseMode = nullptr;
    QWidget* m_passphraseGroup = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_hint = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace cv::ui
