#include "ui/SignInScreen.h"

#include "core/admin/Administration.h"
#include "core/people/PersonStore.h"
#include "core/security/SecretBytes.h"
#include "ui/BusyCursor.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

core::CredentialStore::Kind kindOf(const QString& secret)
{
    for (const QChar c : secret) {
        if (!c.isDigit())
            return core::CredentialStore::Kind::Password;
    }
    return core::CredentialStore::Kind::Pin;
}

} // namespace

SignInScreen::SignInScreen(core::Administration& admin, bool demoVault, QWidget* parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_forms(new QStackedWidget(this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("signInScreen"));
    setAttribute(Qt::WA_StyledBackground);
    m_banner->setObjectName(QStringLiteral("signInBanner"));

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    card->setFixedWidth(520);
    m_title = new QLabel(card);
    m_title->setObjectName(QStringLiteral("signInTitle"));
    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignHCenter);
    Theme::setRole(*m_title, "title");
    m_subtitle = new QLabel(card);
    m_subtitle->setWordWrap(true);
    m_subtitle->setAlignment(Qt::AlignHCenter);
    Theme::setRole(*m_subtitle, "subtitle");

    m_forms->addWidget(buildSignInForm(m_forms, demoVault));
    m_forms->addWidget(buildFirstAdministratorForm(m_forms));

    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(10);
    layout->addWidget(Theme::iconLabel(64, card), 0, Qt::AlignHCenter);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(6);
    layout->addWidget(m_banner);
    layout->addWidget(m_forms);

    auto* outer = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    prepare();
}

QWidget* SignInScreen::buildSignInForm(QWidget* parent, bool demoVault)
{
    auto* page = new QWidget(parent);
    m_handle = new QLineEdit(page);
    m_handle->setObjectName(QStringLiteral("signInHandleField"));
    m_handle->setAccessibleName(tr("Sign-in name"));
    m_handle->setPlaceholderText(tr("e.g. sanne"));
    m_secret = new QLineEdit(page);
    m_secret->setObjectName(QStringLiteral("signInSecretField"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("PIN or password"));
    m_signInButton = new QPushButton(tr("&Sign in"), page);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Sign-in &name:"), m_handle);
    form->addRow(tr("&PIN or password:"), m_secret);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    if (demoVault) {
        auto* hint = new QLabel(tr("Demo: every PIN is 123456 (for example sign in as sanne, "
                                   "mieke or piet)."),
                                page);
        hint->setObjectName(QStringLiteral("demoPinHint"));
        hint->setWordWrap(true);
        Theme::setRole(*hint, "muted");
        layout->addWidget(hint);
    }
    layout->addWidget(m_signInButton, 0, Qt::AlignRight);

    // Queued: the key derivation runs after the key event has returned.
    connect(m_handle, &QLineEdit::returnPressed, m_secret, qOverload<>(&QWidget::setFocus));
    connect(m_secret, &QLineEdit::returnPressed, this, &SignInScreen::signIn, Qt::QueuedConnection);
    connect(m_signInButton, &QPushButton::clicked, this, &SignInScreen::signIn,
            Qt::QueuedConnection);
    return page;
}

QWidget* SignInScreen::buildFirstAdministratorForm(QWidget* parent)
{
    auto* page = new QWidget(parent);
    m_adminName = new QLineEdit(page);
    m_adminName->setObjectName(QStringLiteral("firstAdminNameField"));
    m_adminHandle = new QLineEdit(page);
    m_adminHandle->setObjectName(QStringLiteral("firstAdminHandleField"));
    m_adminPin = new QLineEdit(page);
    m_adminPin->setObjectName(QStringLiteral("firstAdminPinField"));
    m_adminPin->setEchoMode(QLineEdit::Password);
    m_adminPinRepeat = new QLineEdit(page);
    m_adminPinRepeat->setObjectName(QStringLiteral("firstAdminPinRepeatField"));
    m_adminPinRepeat->setEchoMode(QLineEdit::Password);
    m_adminHint = new QLabel(page);
    m_adminHint->setObjectName(QStringLiteral("firstAdminHint"));
    m_adminHint->setWordWrap(true);
    m_createButton = new QPushButton(tr("&Create administrator"), page);
    m_createButton->setObjectName(QStringLiteral("createFirstAdminButton"));
    m_createButton->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Full &name:"), m_adminName);
    form->addRow(tr("Sign-in na&me:"), m_adminHandle);
    form->addRow(tr("&PIN or password:"), m_adminPin);
    form->addRow(tr("&Repeat:"), m_adminPinRepeat);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_adminHint);
    layout->addWidget(m_createButton, 0, Qt::AlignRight);

    for (QLineEdit* field : {m_adminName, m_adminHandle, m_adminPin, m_adminPinRepeat})
        connect(field, &QLineEdit::textChanged, this, &SignInScreen::updateFirstAdministratorHint);
    connect(m_adminPinRepeat, &QLineEdit::returnPressed, this,
            &SignInScreen::createFirstAdministrator, Qt::QueuedConnection);
    connect(m_createButton, &QPushButton::clicked, this, &SignInScreen::createFirstAdministrator,
            Qt::QueuedConnection);
    return page;
}

void SignInScreen::prepare()
{
    m_banner->clear();
    for (QLineEdit* field :
         {m_handle, m_secret, m_adminName, m_adminHandle, m_adminPin, m_adminPinRepeat})
        field->clear();
    setEnabled(true);
    if (m_admin.persons().count() == 0) {
        m_forms->setCurrentIndex(int(Mode::FirstAdministrator));
        m_title->setText(tr("Create the first administrator"));
        m_subtitle->setText(tr("This vault has no people yet. The first person is an "
                               "administrator, who then adds everyone else."));
        updateFirstAdministratorHint();
        m_adminName->setFocus();
    } else {
        m_forms->setCurrentIndex(int(Mode::SignIn));
        m_title->setText(tr("Who is working?"));
        m_subtitle->setText(tr("Sign in with your own name and PIN: everything you do in the "
                               "vault is recorded in your name."));
        m_handle->setFocus();
    }
}

SignInScreen::Mode SignInScreen::mode() const
{
    return Mode(m_forms->currentIndex());
}

void SignInScreen::signIn()
{
    const QString handle = m_handle->text().trimmed().toLower();
    if (handle.isEmpty()) {
        refuse(tr("Enter your sign-in name."), m_handle);
        return;
    }
    if (m_secret->text().isEmpty()) {
        refuse(tr("Enter your PIN or password."), m_secret);
        return;
    }
    QString text = m_secret->text();
    m_secret->clear();
    core::Result<core::Person> person;
    {
        BusyCursor busy;
        setEnabled(false);
        person = m_admin.signIn(handle, core::SecretBytes::takeUtf8(text));
        setEnabled(true);
    }
    if (!person) {
        refuse(person.error().message, m_secret);
        return;
    }
    m_banner->clear();
    Q_EMIT signedIn(*person);
}

void SignInScreen::updateFirstAdministratorHint()
{
    QString problem;
    const QString handle = m_adminHandle->text().trimmed();
    if (m_adminName->text().trimmed().isEmpty())
        problem = tr("Enter the administrator's full name.");
    else if (!core::PersonStore::isValidHandle(handle))
        problem = tr("The sign-in name uses lower-case letters, digits, dots, dashes and "
                     "underscores only.");
    else if (m_adminPin->text().isEmpty())
        problem = tr("Choose a PIN of at least 6 digits or a password of at least 10 "
                     "characters.");
    else if (m_adminPin->text() != m_adminPinRepeat->text())
        problem = tr("The two entries do not match yet.");
    m_adminHint->setText(problem.isEmpty() ? tr("Ready.") : problem);
    Theme::setRole(*m_adminHint, problem.isEmpty() ? "positive" : "muted");
    m_adminHint->style()->unpolish(m_adminHint);
    m_adminHint->style()->polish(m_adminHint);
    m_createButton->setEnabled(problem.isEmpty());
}

void SignInScreen::createFirstAdministrator()
{
    if (!m_createButton->isEnabled())
        return;
    core::Person person;
    person.displayName = m_adminName->text().trimmed();
    person.handle = m_adminHandle->text().trimmed();
    person.roles = {core::Role::Administrator};
    QString pin = m_adminPin->text();
    const auto kind = kindOf(pin);
    m_adminPin->clear();
    m_adminPinRepeat->clear();
    core::Result<core::PersonId> id;
    {
        BusyCursor busy;
        setEnabled(false);
        const core::SecretBytes secret = core::SecretBytes::takeUtf8(pin);
        id = m_admin.addFirstAdministrator(person, kind, secret);
        if (id) {
            auto signedIn = m_admin.signIn(person.handle, secret);
            if (signedIn)
                person = *signedIn;
            else
                id = std::unexpected(signedIn.error());
        }
        setEnabled(true);
    }
    if (!id) {
        refuse(id.error().message, m_adminPin);
        return;
    }
    m_banner->clear();
    Q_EMIT signedIn(person);
}

void SignInScreen::refuse(const QString& message, QLineEdit* focus)
{
    m_banner->showMessage(message, MessageBanner::Kind::Error);
    focus->setFocus();
    focus->selectAll();
}

} // namespace cv::ui
