#include "ui/CreateVaultDialog.h"

#include "core/security/SecretBytes.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultKey.h"
#include "ui/BusyCursor.h"
#include "ui/FileDialog.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/UiSettings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

constexpr int kMinPassphraseChars = int(core::PassphraseKdf::kMinLengthBytes);

QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setIndent(22); // under the radio button's text
    Theme::setRole(*label, "muted");
    return label;
}

void setLabelRole(QLabel& label, const char* role)
{
    Theme::setRole(label, role);
    label.style()->unpolish(&label);
    label.style()->polish(&label);
}

} // namespace

CreateVaultDialog::CreateVaultDialog(const core::Clock& clock, core::KeyStore& keyStore,
                                     QWidget* parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_keyStore(keyStore)
{
    setObjectName(QStringLiteral("createVaultDialog"));
    setWindowTitle(tr("Create a new vault"));
    setMinimumWidth(540);

    auto* intro = new QLabel(tr("A vault is one encrypted file that holds everything CoachVault "
                                "keeps: recordings, evaluations, notes and the audit trail."),
                             this);
    intro->setWordWrap(true);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("createVaultBanner"));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("newVaultPathField"));
    m_path->setPlaceholderText(tr("Where to save the vault"));
    auto* choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("chooseNewVaultPathButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);
    auto* pathLabel = new QLabel(tr("Vault &file:"), this);
    pathLabel->setBuddy(m_path);
    auto* pathForm = new QFormLayout;
    pathForm->addRow(pathLabel, pathRow);

    auto* protectionBox = new QGroupBox(tr("Protect the vault with"), this);
    m_keychain = new QRadioButton(tr("The system &keychain (recommended)"), protectionBox);
    m_keychain->setObjectName(QStringLiteral("keychainOption"));
    m_passphraseMode = new QRadioButton(tr("A &passphrase"), protectionBox);
    m_passphraseMode->setObjectName(QStringLiteral("passphraseOption"));

    m_passphraseGroup = new QWidget(protectionBox);
    m_passphrase = new QLineEdit(m_passphraseGroup);
    m_passphrase->setObjectName(QStringLiteral("newPassphraseField"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(m_passphraseGroup);
    m_repeat->setObjectName(QStringLiteral("repeatPassphraseField"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_hint = new QLabel(m_passphraseGroup);
    m_hint->setObjectName(QStringLiteral("passphraseHint"));
    m_hint->setWordWrap(true);
    auto* passphraseForm = new QFormLayout(m_passphraseGroup);
    passphraseForm->setContentsMargins(22, 4, 0, 0);
    passphraseForm->addRow(tr("Pass&phrase:"), m_passphrase);
    passphraseForm->addRow(tr("&Repeat:"), m_repeat);
    passphraseForm->addRow(QString(), m_hint);

    auto* protectionLayout = new QVBoxLayout(protectionBox);
    protectionLayout->setSpacing(4);
    protectionLayout->addWidget(m_keychain);
    protectionLayout->addWidget(
        explanation(tr("A random key that your desktop's keychain keeps for your login. There "
                       "is nothing to remember."),
                    protectionBox));
    protectionLayout->addSpacing(6);
    protectionLayout->addWidget(m_passphraseMode);
    protectionLayout->addWidget(
        explanation(tr("For computers without a keychain. Nobody can open the vault without the "
                       "passphrase, and CoachVault cannot recover a forgotten one."),
                    protectionBox));
    protectionLayout->addWidget(m_passphraseGroup);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* createButton = m_buttons->addButton(tr("&Create vault"), QDialogButtonBox::AcceptRole);
    createButton->setObjectName(QStringLiteral("createButton"));
    createButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addLayout(pathForm);
    layout->addWidget(protectionBox);
    layout->addSpacing(4);
    layout->addWidget(m_buttons);

    connect(choose, &QPushButton::clicked, this, &CreateVaultDialog::choosePath);
    connect(m_keychain, &QRadioButton::toggled, this, &CreateVaultDialog::updateHint);
    connect(m_passphrase, &QLineEdit::textChanged, this, &CreateVaultDialog::updateHint);
    connect(m_repeat, &QLineEdit::textChanged, this, &CreateVaultDialog::updateHint);
    // Queued: key derivation and the keychain run after the click returned.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateVaultDialog::create,
            Qt::QueuedConnection);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reset(QString());
}

CreateVaultDialog::~CreateVaultDialog() = default;

void CreateVaultDialog::reset(const QString& path)
{
    m_vault.reset();
    m_banner->clear();
    m_path->setText(QDir::toNativeSeparators(path));
    m_passphrase->clear();
    m_repeat->clear();
    setProtection(Protection::Keychain);
    m_path->setFocus();
}

void CreateVaultDialog::setProtection(Protection protection)
{
    (protection == Protection::Keychain ? m_keychain : m_passphraseMode)->setChecked(true);
    updateHint();
}

CreateVaultDialog::Protection CreateVaultDialog::protection() const
{
    return m_keychain->isChecked() ? Protection::Keychain : Protection::Passphrase;
}

std::unique_ptr<core::Vault> CreateVaultDialog::takeVault()
{
    return std::move(m_vault);
}

void CreateVaultDialog::choosePath()
{
    const QString current = m_path->text().trimmed();
    const QString start = current.isEmpty() ? UiSettings::defaultVaultPath() : current;
    const QString chosen = FileDialog::getSaveFileName(this, tr("Save the new vault as"), start,
                                                       tr("CoachVault vaults (*.cvault)"));
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void CreateVaultDialog::updateHint()
{
    const bool passphrase = protection() == Protection::Passphrase;
    m_passphraseGroup->setEnabled(passphrase);
    const qsizetype length = m_passphrase->text().size();
    if (length > 0 && length < kMinPassphraseChars) {
        m_hint->setText(
            tr("Too short: at least %1 characters (now %2).").arg(kMinPassphraseChars).arg(length));
        setLabelRole(*m_hint, "muted");
    } else if (length > 0 && !m_repeat->text().isEmpty() &&
               m_repeat->text() != m_passphrase->text()) {
        m_hint->setText(tr("The two passphrases are not the same yet."));
        setLabelRole(*m_hint, "error");
    } else if (length > 0 && m_repeat->text() == m_passphrase->text()) {
        m_hint->setText(tr("The passphrases match."));
        setLabelRole(*m_hint, "positive");
    } else {
        m_hint->setText(tr("At least %1 characters. A few unrelated words are easy to remember "
                           "and hard to guess.")
                            .arg(kMinPassphraseChars));
        setLabelRole(*m_hint, "muted");
    }
}

QString CreateVaultDialog::normalisedPath() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".cvault");
    return path;
}

void CreateVaultDialog::create()
{
    m_banner->clear();
    const QString path = normalisedPath();
    if (path.isEmpty())
        return refuse(tr("Choose where to save the new vault."), m_path);
    if (QFileInfo::exists(path))
        return refuse(tr("A file already exists at %1. Choose another name: CoachVault never "
                         "overwrites a file.")
                          .arg(QDir::toNativeSeparators(path)),
                      m_path);
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return refuse(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir)),
                      m_path);

    const bool keychain = protection() == Protection::Keychain;
    if (!keychain) {
        if (m_passphrase->text().size() < kMinPassphraseChars)
            return refuse(
                tr("The passphrase needs at least %1 characters.").arg(kMinPassphraseChars),
                m_passphrase);
        if (m_repeat->text() != m_passphrase->text())
            return refuse(tr("The two passphrases are not the same. Type them again."), m_repeat);
    }

    core::Result<std::unique_ptr<core::Vault>> vault;
    {
        BusyCursor busy;
        setEnabled(false);
        if (keychain) {
            vault = core::Vault::create(path, core::VaultCredential::keychain(m_keyStore), m_clock);
        } else {
            QString text = m_passphrase->text();
            vault = core::Vault::create(
                path, core::VaultCredential::passphrase(core::SecretBytes::takeUtf8(text)),
                m_clock);
        }
        setEnabled(true);
    }
    if (!vault) {
        if (keychain && vault.error().code == core::ErrorCode::KeychainUnavailable) {
            // The product's way out: say why, and offer the passphrase path.
            setProtection(Protection::Passphrase);
            m_banner->showMessage(vault.error().message, MessageBanner::Kind::Warning);
            m_passphrase->setFocus();
            return;
        }
        return refuse(vault.error().message, nullptr);
    }
    m_passphrase->clear();
    m_repeat->clear();
    m_vault = std::move(*vault);
    accept();
}

void CreateVaultDialog::refuse(const QString& message, QWidget* focus)
{
    m_banner->showMessage(message, MessageBanner::Kind::Error);
    if (focus) {
        focus->setFocus();
        if (auto* edit = qobject_cast<QLineEdit*>(focus))
            edit->selectAll();
    }
}

} // namespace cv::ui
