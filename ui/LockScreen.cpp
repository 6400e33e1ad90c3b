#include "ui/LockScreen.h"

#include "core/admin/Administration.h"
#include "core/security/SecretBytes.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"
#include "ui/BusyCursor.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cv::ui {

using core::KeyMode;

LockScreen::LockScreen(core::Vault& vault, core::Administration& admin, core::KeyStore& keyStore,
                       QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_admin(admin)
    , m_keyStore(keyStore)
    , m_reason(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_unlockButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    setAttribute(Qt::WA_StyledBackground); // the stylesheet's backdrop
    m_banner->setObjectName(QStringLiteral("lockBanner"));

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    card->setFixedWidth(520);

    auto* title = new QLabel(tr("CoachVault is locked"), card);
    title->setWordWrap(true);
    title->setAlignment(Qt::AlignHCenter);
    Theme::setRole(*title, "title");
    m_reason->setObjectName(QStringLiteral("lockReason"));
    m_reason->setWordWrap(true);
    m_reason->setAlignment(Qt::AlignHCenter);
    Theme::setRole(*m_reason, "subtitle");
    auto* vaultName = new QLabel(tr("Vault: %1").arg(QFileInfo(m_vault.path()).fileName()), card);
    vaultName->setAlignment(Qt::AlignHCenter);
    Theme::setRole(*vaultName, "muted");

    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(10);
    layout->addWidget(Theme::iconLabel(64, card), 0, Qt::AlignHCenter);
    layout->addSpacing(4);
    layout->addWidget(title);
    layout->addWidget(m_reason);
    layout->addWidget(vaultName);
    layout->addSpacing(6);
    layout->addWidget(m_banner);

    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    m_unlockButton->setAutoDefault(true);

    // The signed-in person's credential.
    m_personPart = new QWidget(card);
    m_personLabel = new QLabel(m_personPart);
    m_personLabel->setObjectName(QStringLiteral("lockPersonLabel"));
    m_personLabel->setWordWrap(true);
    m_personLabel->setAlignment(Qt::AlignHCenter);
    m_personSecret = new QLineEdit(m_personPart);
    m_personSecret->setObjectName(QStringLiteral("lockPersonSecretField"));
    m_personSecret->setEchoMode(QLineEdit::Password);
    m_personSecret->setAccessibleName(tr("Your PIN or password"));
    m_switchPersonButton = new QPushButton(tr("Sign in as &someone else"), m_personPart);
    m_switchPersonButton->setObjectName(QStringLiteral("lockSwitchPersonButton"));
    m_switchPersonButton->setAutoDefault(false);
    auto* personForm = new QFormLayout;
    personForm->addRow(tr("&PIN or password:"), m_personSecret);
    auto* personLayout = new QVBoxLayout(m_personPart);
    personLayout->setContentsMargins(0, 0, 0, 0);
    personLayout->addWidget(m_personLabel);
    personLayout->addLayout(personForm);
    connect(m_personSecret, &QLineEdit::returnPressed, this, &LockScreen::unlock,
            Qt::QueuedConnection);
    connect(m_switchPersonButton, &QPushButton::clicked, this, &LockScreen::switchPersonRequested);
    layout->addWidget(m_personPart);

    // The vault's credential, while nobody is signed in.
    m_vaultPart = new QWidget(card);
    auto* vaultLayout = new QVBoxLayout(m_vaultPart);
    vaultLayout->setContentsMargins(0, 0, 0, 0);
    switch (m_vault.keyMode()) {
    case KeyMode::Passphrase: {
        m_passphrase = new QLineEdit(m_vaultPart);
        m_passphrase->setObjectName(QStringLiteral("passphraseField"));
        m_passphrase->setEchoMode(QLineEdit::Password);
        m_passphrase->setAccessibleName(tr("Vault passphrase"));
        m_passphrase->setPlaceholderText(tr("Vault passphrase"));
        auto* form = new QFormLayout;
        form->addRow(tr("&Passphrase:"), m_passphrase);
        vaultLayout->addLayout(form);
        // Queued: the key derivation runs after the key event has returned.
        connect(m_passphrase, &QLineEdit::returnPressed, this, &LockScreen::unlock,
                Qt::QueuedConnection);
        break;
    }
    case KeyMode::Keychain:
        break;
    case KeyMode::Ephemeral: {
        auto* note = new QLabel(
            tr("This demo vault holds made-up data only, so it needs no passphrase."), m_vaultPart);
        note->setWordWrap(true);
        note->setAlignment(Qt::AlignHCenter);
        vaultLayout->addWidget(note);
        break;
    }
    }
    layout->addWidget(m_vaultPart);
    connect(m_unlockButton, &QPushButton::clicked, this, &LockScreen::unlock, Qt::QueuedConnection);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_switchPersonButton);
    buttons->addStretch(1);
    buttons->addWidget(m_unlockButton);
    layout->addLayout(buttons);

    auto* outer = new QVBoxLayout(this);
    auto* row = new QHBoxLayout; // stretches keep the card's height-for-width
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
}

void LockScreen::prepare(const QString& reason, const std::optional<core::Person>& person)
{
    m_person = person;
    m_reason->setText(reason);
    m_banner->clear();
    setEnabled(true);
    m_personPart->setVisible(m_person.has_value());
    m_switchPersonButton->setVisible(m_person.has_value());
    m_vaultPart->setVisible(!m_person);
    m_personSecret->clear();
    if (m_passphrase)
        m_passphrase->clear();
    if (m_person) {
        m_personLabel->setText(tr("Signed in as %1. Enter your PIN or password to continue.")
                                   .arg(m_person->displayName));
        m_unlockButton->setText(tr("&Unlock"));
    } else if (m_vault.keyMode() == KeyMode::Keychain) {
        m_unlockButton->setText(tr("&Unlock with system keychain"));
    } else if (m_vault.keyMode() == KeyMode::Ephemeral) {
        m_unlockButton->setText(tr("&Continue"));
    } else {
        m_unlockButton->setText(tr("&Unlock"));
    }
    if (QLineEdit* field = focusField())
        field->setFocus();
    else
        m_unlockButton->setFocus();
}

QLineEdit* LockScreen::focusField() const
{
    return m_person ? m_personSecret : m_passphrase;
}

void LockScreen::unlock()
{
    if (checkCredential()) {
        if (m_passphrase)
            m_passphrase->clear();
        m_personSecret->clear();
        m_banner->clear();
        Q_EMIT unlocked();
    }
}

void LockScreen::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    // The credential fields handle their own Return (returnPressed).
    if (enter && !focusField() && event->modifiers() == Qt::NoModifier) {
        QMetaObject::invokeMethod(this, &LockScreen::unlock, Qt::QueuedConnection);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool LockScreen::checkPersonCredential()
{
    QString text = m_personSecret->text();
    m_personSecret->clear();
    if (text.isEmpty()) {
        refuse(tr("Enter your PIN or password to unlock."));
        return false;
    }
    core::Result<core::Person> person;
    {
        BusyCursor busy;
        setEnabled(false);
        person = m_admin.signIn(m_person->handle, core::SecretBytes::takeUtf8(text));
        setEnabled(true);
    }
    if (!person) {
        refuse(person.error().message);
        return false;
    }
    return true;
}

bool LockScreen::checkCredential()
{
    if (m_person)
        return checkPersonCredential();
    switch (m_vault.keyMode()) {
    case KeyMode::Ephemeral:
        return true;
    case KeyMode::Passphrase: {
        QString text = m_passphrase->text();
        if (text.isEmpty()) {
            refuse(tr("Enter the vault's passphrase to unlock."));
            return false;
        }
        bool accepted = false;
        {
            BusyCursor busy;
            setEnabled(false);
            accepted = m_vault.accepts(
                core::VaultCredential::passphrase(core::SecretBytes::takeUtf8(text)));
            setEnabled(true);
        }
        if (!accepted)
            refuse(tr("This passphrase does not unlock the vault. Check it and try again."));
        return accepted;
    }
    case KeyMode::Keychain: {
        BusyCursor busy;
        setEnabled(false);
        // Read once to say why it failed; accepts() then reads and compares.
        const auto key = m_keyStore.readKey(m_vault.id().keychainAccount());
        const bool accepted =
            key.has_value() && m_vault.accepts(core::VaultCredential::keychain(m_keyStore));
        setEnabled(true);
        if (!key)
            refuse(key.error().message);
        else if (!accepted)
            refuse(tr("The key in the system keychain no longer matches this vault."));
        return accepted;
    }
    }
    return false;
}

void LockScreen::refuse(const QString& message)
{
    m_banner->showMessage(message, MessageBanner::Kind::Error);
    if (QLineEdit* field = focusField()) {
        field->setFocus();
        field->selectAll();
    } else {
        m_unlockButton->setFocus();
    }
}

} // namespace cv::ui
