#include "ui/UnlockScreen.h"

#include "core/admin/Administration.h"
#include "core/retention/RetentionSweep.h"
#include "core/security/SecretBytes.h"
#include "core/time/Clock.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"
#include "ui/BusyCursor.h"
#include "ui/CreateVaultDialog.h"
#include "ui/FileDialog.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/UiSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

UnlockScreen::UnlockScreen(const core::Clock& clock, core::KeyStore& keyStore, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_keyStore(keyStore)
{
    setObjectName(QStringLiteral("unlockScreen"));
    setWindowTitle(tr("Open a vault — CoachVault"));
    setWindowIcon(Theme::appIcon());

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    card->setFixedWidth(540);

    // Header: icon, product name, what to do here.
    auto* title = new QLabel(QStringLiteral("CoachVault"), card);
    Theme::setRole(*title, "title");
    auto* subtitle = wrappedLabel(tr("Open your vault to start. Recordings, evaluations and "
                                     "notes stay encrypted on this computer."),
                                  card);
    Theme::setRole(*subtitle, "subtitle");
    auto* headerText = new QVBoxLayout;
    headerText->setSpacing(2);
    headerText->addWidget(title);
    headerText->addWidget(subtitle);
    auto* header = new QHBoxLayout;
    header->setSpacing(16);
    header->addWidget(Theme::iconLabel(64, card), 0, Qt::AlignTop);
    header->addLayout(headerText, 1);

    m_banner = new MessageBanner(card);
    m_banner->setObjectName(QStringLiteral("unlockBanner"));

    // The vault file.
    auto* fileLabel = new QLabel(tr("&Vault file"), card);
    Theme::setRole(*fileLabel, "heading");
    m_path = new QLineEdit(card);
    m_path->setObjectName(QStringLiteral("vaultPathField"));
    m_path->setPlaceholderText(tr("Path to a .cvault file"));
    m_path->setClearButtonEnabled(true);
    fileLabel->setBuddy(m_path);
    m_browse = new QPushButton(tr("&Browse…"), card);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->setSpacing(6);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);

    m_keychainNotice = new MessageBanner(card);
    m_keychainNotice->setObjectName(QStringLiteral("keychainNotice"));
    m_keychainNotice->setClosable(false);

    // How it unlocks: one page per mode.
    m_credential = new QStackedWidget(card);
    m_status = wrappedLabel(QString(), m_credential);
    m_status->setObjectName(QStringLiteral("unlockStatus"));
    Theme::setRole(*m_status, "muted");
    m_credential->addWidget(m_status); // NoVault and Detecting

    auto* keychainPage = new QWidget(m_credential);
    auto* keychainText =
        wrappedLabel(tr("The key of this vault is kept in your system keychain."), keychainPage);
    m_keychainButton = new QPushButton(tr("&Unlock with system keychain"), keychainPage);
    m_keychainButton->setObjectName(QStringLiteral("keychainUnlockButton"));
    m_keychainButton->setDefault(true);
    auto* keychainLayout = new QVBoxLayout(keychainPage);
    keychainLayout->setContentsMargins(0, 0, 0, 0);
    keychainLayout->addWidget(keychainText);
    keychainLayout->addWidget(m_keychainButton, 0, Qt::AlignRight);
    m_credential->addWidget(keychainPage);

    auto* passphrasePage = new QWidget(m_credential);
    m_passphrase = new QLineEdit(passphrasePage);
    m_passphrase->setObjectName(QStringLiteral("passphraseField"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Vault passphrase"));
    m_passphraseButton = new QPushButton(tr("&Unlock"), passphrasePage);
    m_passphraseButton->setObjectName(QStringLiteral("passphraseUnlockButton"));
    m_passphraseButton->setDefault(true);
    auto* passphraseForm = new QFormLayout;
    passphraseForm->setContentsMargins(0, 0, 0, 0);
    passphraseForm->addRow(tr("&Passphrase:"), m_passphrase);
    auto* passphraseLayout = new QVBoxLayout(passphrasePage);
    passphraseLayout->setContentsMargins(0, 0, 0, 0);
    passphraseLayout->addLayout(passphraseForm);
    passphraseLayout->addWidget(m_passphraseButton, 0, Qt::AlignRight);
    m_credential->addWidget(passphrasePage);

    auto* line = new QFrame(card);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    m_create = new QPushButton(tr("&Create a new vault…"), card);
    m_create->setObjectName(QStringLiteral("createVaultButton"));
    auto* createText = wrappedLabel(tr("First time here? A new vault takes a minute."), card);
    Theme::setRole(*createText, "muted");
    auto* createRow = new QHBoxLayout;
    createRow->addWidget(createText, 1);
    createRow->addWidget(m_create);

    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(32, 28, 32, 24);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addWidget(m_banner);
    layout->addWidget(fileLabel);
    layout->addLayout(fileRow);
    layout->addWidget(m_keychainNotice);
    layout->addWidget(m_credential);
    layout->addSpacing(8);
    layout->addWidget(line);
    layout->addLayout(createRow);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    // Centred with stretches, not alignment flags: an aligned widget loses
    // height-for-width, and the wrapped texts inside need it.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(1);

    // Vault and keychain calls run queued, after the click or key press
    // that asked for them has been handled.
    connect(m_browse, &QPushButton::clicked, this, &UnlockScreen::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (vaultPath() != m_detectedPath)
            setVaultPath(vaultPath());
    });
    connect(m_keychainButton, &QPushButton::clicked, this, &UnlockScreen::unlock,
            Qt::QueuedConnection);
    connect(m_passphraseButton, &QPushButton::clicked, this, &UnlockScreen::unlock,
            Qt::QueuedConnection);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockScreen::unlock,
            Qt::QueuedConnection);
    connect(m_create, &QPushButton::clicked, this, &UnlockScreen::createVault);

    setMode(Mode::NoVault);
    m_status->setText(tr("Choose a vault file, or create a new vault."));
}

UnlockScreen::~UnlockScreen() = default;

void UnlockScreen::setVaultPath(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (m_path->text() != shown)
        m_path->setText(shown);
    if (m_mode == Mode::Detecting)
        return; // a detection is already queued and reads the field
    setMode(Mode::Detecting);
    QMetaObject::invokeMethod(this, &UnlockScreen::detect, Qt::QueuedConnection);
}

QString UnlockScreen::vaultPath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

std::unique_ptr<core::Vault> UnlockScreen::takeVault()
{
    return std::move(m_vault);
}

void UnlockScreen::browse()
{
    const QString current = vaultPath();
    const QString dir = current.isEmpty() ? QFileInfo(UiSettings::defaultVaultPath()).path()
                                          : QFileInfo(current).path();
    const QString chosen = FileDialog::getOpenFileName(
        this, tr("Open a vault"), dir, tr("CoachVault vaults (*.cvault);;All files (*)"));
    if (!chosen.isEmpty())
        setVaultPath(chosen);
}

void UnlockScreen::detect()
{
    m_banner->clear();
    m_keychainNotice->clear();
    const QString path = vaultPath();
    m_detectedPath = path;
    if (path.isEmpty()) {
        setMode(Mode::NoVault);
        m_status->setText(tr("Choose a vault file, or create a new vault."));
        return;
    }
    if (!QFileInfo::exists(path)) {
        setMode(Mode::NoVault);
        m_status->setText(tr("There is no vault at this location yet. Choose another file, "
                             "or create a new vault."));
        return;
    }
    const auto id = core::Vault::readId(path);
    if (!id) {
        setMode(Mode::NoVault);
        m_status->setText(tr("Choose a vault file, or create a new vault."));
        m_banner->showMessage(id.error().message, MessageBanner::Kind::Error);
        return;
    }
    m_status->setText(tr("Checking the system keychain…"));
    core::Result<core::SecretBytes> key = [&] {
        BusyCursor busy;
        return m_keyStore.readKey(id->keychainAccount());
    }();
    if (key) {
        setMode(Mode::Keychain);
        m_keychainButton->setFocus();
        return;
    }
    if (key.error().code != core::ErrorCode::KeyNotFound)
        m_keychainNotice->showMessage(key.error().message, MessageBanner::Kind::Warning);
    setMode(Mode::Passphrase);
    focusPassphrase();
}

void UnlockScreen::unlock()
{
    if (m_mode != Mode::Keychain && m_mode != Mode::Passphrase)
        return;
    m_banner->clear();
    const QString path = vaultPath();
    core::Result<std::unique_ptr<core::Vault>> vault;
    if (m_mode == Mode::Keychain) {
        BusyCursor busy;
        setEnabled(false);
        vault = core::Vault::open(path, core::VaultCredential::keychain(m_keyStore), m_clock);
        setEnabled(true);
    } else {
        QString text = m_passphrase->text();
        if (text.isEmpty()) {
            m_banner->showMessage(tr("Enter the vault's passphrase to unlock it."),
                                  MessageBanner::Kind::Error);
            focusPassphrase();
            return;
        }
        BusyCursor busy;
        setEnabled(false);
        vault = core::Vault::open(
            path, core::VaultCredential::passphrase(core::SecretBytes::takeUtf8(text)), m_clock);
        setEnabled(true);
    }
    if (!vault) {
        const bool wrongPassphrase =
            m_mode == Mode::Passphrase && vault.error().code == core::ErrorCode::WrongKey;
        m_banner->showMessage(
            wrongPassphrase
                ? tr("This passphrase does not unlock the vault. Check it and try again.")
                : vault.error().message,
            MessageBanner::Kind::Error);
        if (m_mode == Mode::Passphrase)
            focusPassphrase();
        else
            m_keychainButton->setFocus();
        return;
    }
    // Destruction on time (R-RETAIN-1/2): what is due goes before anyone
    // sees the vault; if that fails, the vault is not opened.
    {
        BusyCursor busy;
        core::Administration admin(**vault);
        core::RetentionSweep sweep(**vault, admin);
        if (auto swept = sweep.run(m_clock.nowUtc(), tr("sweep at unlock")); !swept) {
            m_banner->showMessage(tr("The vault was not opened: destroying the recordings that "
                                     "are due failed (%1).")
                                      .arg(swept.error().message),
                                  MessageBanner::Kind::Error);
            return;
        }
    }
    opened(std::move(*vault));
}

void UnlockScreen::createVault()
{
    if (!m_createDialog) {
        m_createDialog = new CreateVaultDialog(m_clock, m_keyStore, this);
        connect(m_createDialog, &QDialog::accepted, this, [this] {
            auto vault = m_createDialog->takeVault();
            if (!vault)
                return;
            m_path->setText(QDir::toNativeSeparators(vault->path()));
            opened(std::move(vault));
        });
    }
    const QString suggested = UiSettings::defaultVaultPath();
    m_createDialog->reset(QFileInfo::exists(suggested) ? QString() : suggested);
    m_createDialog->open();
}

void UnlockScreen::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_mode == Mode::Keychain && event->modifiers() == Qt::NoModifier) {
        // Queued: the keychain is asked after this key event has returned.
        QMetaObject::invokeMethod(this, &UnlockScreen::unlock, Qt::QueuedConnection);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void UnlockScreen::setMode(Mode mode)
{
    m_mode = mode;
    switch (mode) {
    case Mode::NoVault:
    case Mode::Detecting:
        m_credential->setCurrentIndex(0);
        break;
    case Mode::Keychain:
        m_credential->setCurrentIndex(1);
        break;
    case Mode::Passphrase:
        m_credential->setCurrentIndex(2);
        break;
    }
}

void UnlockScreen::opened(std::unique_ptr<core::Vault> vault)
{
    UiSettings::setLastVaultPath(vault->path());
    m_passphrase->clear();
    m_banner->clear();
    m_vault = std::move(vault);
    Q_EMIT unlocked();
}

void UnlockScreen::focusPassphrase()
{
    m_passphrase->setFocus();
    m_passphrase->selectAll();
}

} // namespace cv::ui
