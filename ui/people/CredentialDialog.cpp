#include "ui/people/CredentialDialog.h"

#include "core/security/SecretBytes.h"
#include "ui/MessageBanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cv::ui {

CredentialDialog::CredentialDialog(const QString& personName, SaveFunction save, QWidget* parent)
    : QDialog(parent)
    , m_save(std::move(save))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("credentialDialog"));
    setWindowTitle(tr("Set PIN or password for %1").arg(personName));
    m_banner->setObjectName(QStringLiteral("credentialDialogBanner"));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("newSecretField"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatSecretField"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    auto* intro = new QLabel(tr("A PIN has at least 6 digits; a password at least 10 characters. "
                                "Give it to %1 in person.")
                                 .arg(personName),
                             this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&New PIN or password:"), m_secret);
    form->addRow(tr("&Repeat:"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("credentialDialogSaveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CredentialDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_secret, &QLineEdit::textChanged, this, &CredentialDialog::updateValidity);
    connect(m_repeat, &QLineEdit::textChanged, this, &CredentialDialog::updateValidity);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    updateValidity();
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

void CredentialDialog::updateValidity()
{
    const bool empty = m_secret->text().isEmpty();
    const bool match = m_secret->text() == m_repeat->text();
    m_hint->setText(empty   ? QString()
                    : match ? QString()
                            : tr("The two entries do not match yet."));
    m_saveButton->setEnabled(!empty && match);
}

void CredentialDialog::save()
{
    if (!m_saveButton->isEnabled())
        return;
    QString text = m_secret->text();
    bool digits = true;
    for (const QChar c : text)
        digits = digits && c.isDigit();
    const auto kind =
        digits ? core::CredentialStore::Kind::Pin : core::CredentialStore::Kind::Password;
    m_secret->clear();
    m_repeat->clear();
    const core::SecretBytes secret = core::SecretBytes::takeUtf8(text);
    const auto saved = m_save(kind, secret);
    if (!saved) {
        m_banner->showMessage(saved.error().message, MessageBanner::Kind::Error);
        m_secret->setFocus();
        return;
    }
    accept();
}

} // namespace cv::ui
