#include "ui/LockScreen.h"

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

LockScreen::LockScreen(core::Vault& vault, core::KeyStore& keyStore, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
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
    switch (m_vault.keyMode()) {
    case KeyMode::Passphrase: {
        m_passphrase = new QLineEdit(card);
        m_passphrase->setObjectName(QStringLiteral("passphraseField"));
        m_passphrase->setEchoMode(QLineEdit::Password);
        m_passphrase->setAccessibleName(tr("Vault passphrase"));
        m_passphrase->setPlaceholderText(tr("Vault passphrase"));
        auto* form = new QFormLayout;
        form->addRow(tr("&Passphrase:"), m_passphrase);
        layout->addLayout(form);
        m_unlockButton->setText(tr("&Unlock"));
        // Queued: the key derivation runs after the key event has returned.
        connect(m_passphrase, &QLineEdit::returnPressed, this, &LockScreen::unlock,
                Qt::QueuedConnection);
        break;
    }
    case KeyMode::Keychain:
        m_unlockButton->setText(tr("&Unlock with system keychain"));
        break;
    case KeyMode::Ephemeral: {
        auto* note = new QLabel(
            tr("This demo vault holds made-up data only, so it needs no passphrase."), card);
        note->setWordWrap(true);
        note->setAlignment(Qt::AlignHCenter);
        layout->addWidget(note);
        m_unlockButton->setText(tr("&Continue"));
        break;
    }
    }
    connect(m_unlockButton, &QPushButton::clicked, this, &LockScreen::unlock, Qt::QueuedConnection);
    layout->addWidget(m_unlockButton, 0, Qt::AlignRight);

    auto* outer = new QVBoxLayout(this);
    auto* row = new QHBoxLayout; // stretches keep the card's height-for-width
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
}

void LockScreen::prepare(const QString& reason)
{
    m_reason->setText(reason);
    m_banner->clear();
    setEnabled(true);
    if (m_passphrase) {
        m_passphrase->clear();
        m_passphrase->setFocus();
    } else {
        m_unlockButton->setFocus();
    }
}

void LockScreen::unlock()
{
    if (checkCredential()) {
        if (m_passphrase)
            m_passphrase->clear();
        m_banner->clear();
        Q_EMIT unlocked();
    }
}

void LockScreen::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    // The passphrase field handles its own Return (returnPressed).
    if (enter && !m_passphrase && event->modifiers() == Qt::NoModifier) {
        QMetaObject::invokeMethod(this, &LockScreen::unlock, Qt::QueuedConnection);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool LockScreen::checkCredential()
{
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
    if (m_passphrase) {
        m_passphrase->setFocus();
        m_passphrase->selectAll();
    } else {
        m_unlockButton->setFocus();
    }
}

} // namespace cv::ui
