#include "ui/feedback/SignOffBox.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cv::ui {

SignOffBox::SignOffBox(Kind kind, QWidget* parent)
    : QGroupBox(parent)
    , m_kind(kind)
{
    const bool agent = kind == Kind::Agent;
    setObjectName(agent ? QStringLiteral("agentSignOff") : QStringLiteral("evaluatorSignOff"));
    setTitle(agent ? tr("1. The agent signs") : tr("2. The coach signs"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("signOffStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    if (agent) {
        auto* choice = new QHBoxLayout;
        m_agree = new QRadioButton(tr("I &agree with this evaluation"), this);
        m_agree->setObjectName(QStringLiteral("agreeButton"));
        m_disagree = new QRadioButton(tr("I &disagree"), this);
        m_disagree->setObjectName(QStringLiteral("disagreeButton"));
        auto* group = new QButtonGroup(this);
        group->addButton(m_agree);
        group->addButton(m_disagree);
        choice->addWidget(m_agree);
        choice->addWidget(m_disagree);
        choice->addStretch(1);
        layout->addLayout(choice);
        connect(m_agree, &QRadioButton::toggled, this, &SignOffBox::updateSignButton);
        connect(m_disagree, &QRadioButton::toggled, this, &SignOffBox::updateSignButton);
    }
    auto* row = new QHBoxLayout;
    m_credential = new QLineEdit(this);
    m_credential->setObjectName(QStringLiteral("signOffCredential"));
    m_credential->setEchoMode(QLineEdit::Password);
    m_credential->setPlaceholderText(tr("Own PIN or password"));
    m_credential->setAccessibleName(agent ? tr("The agent's PIN or password")
                                          : tr("The coach's PIN or password"));
    m_sign = new QPushButton(agent ? tr("Sign as agent") : tr("Sign as coach"), this);
    m_sign->setObjectName(QStringLiteral("signButton"));
    row->addWidget(m_credential, 1);
    row->addWidget(m_sign);
    layout->addLayout(row);
    connect(m_credential, &QLineEdit::textChanged, this, &SignOffBox::updateSignButton);
    connect(m_credential, &QLineEdit::returnPressed, m_sign, &QPushButton::click);
    connect(m_sign, &QPushButton::clicked, this, [this] {
        if (!m_sign->isEnabled())
            return;
        QString text = m_credential->text();
        m_credential->clear();
        Q_EMIT signRequested(core::SecretBytes::takeUtf8(text));
    });
    updateSignButton();
}

void SignOffBox::expect(const QString& signerName)
{
    m_status->setText(m_kind == Kind::Agent
                          ? tr("%1 chooses, writes their view above and signs with their own PIN "
                               "or password.")
                                .arg(signerName)
                          : tr("%1 signs with their own PIN or password; the evaluation is then "
                               "final and sealed.")
                                .arg(signerName));
    for (QWidget* w : {static_cast<QWidget*>(m_agree), static_cast<QWidget*>(m_disagree),
                       static_cast<QWidget*>(m_credential), static_cast<QWidget*>(m_sign)}) {
        if (w) {
            w->setVisible(true);
            w->setEnabled(true);
        }
    }
    updateSignButton();
}

void SignOffBox::wait(const QString& why)
{
    m_status->setText(why);
    for (QWidget* w : {static_cast<QWidget*>(m_agree), static_cast<QWidget*>(m_disagree),
                       static_cast<QWidget*>(m_credential), static_cast<QWidget*>(m_sign)}) {
        if (w) {
            w->setVisible(true);
            w->setEnabled(false);
        }
    }
}

void SignOffBox::showSigned(const QString& text)
{
    m_status->setText(text);
    for (QWidget* w : {static_cast<QWidget*>(m_agree), static_cast<QWidget*>(m_disagree),
                       static_cast<QWidget*>(m_credential), static_cast<QWidget*>(m_sign)}) {
        if (w)
            w->setVisible(false);
    }
}

std::optional<bool> SignOffBox::agrees() const
{
    if (m_agree && m_agree->isChecked())
        return true;
    if (m_disagree && m_disagree->isChecked())
        return false;
    return std::nullopt;
}

void SignOffBox::updateSignButton()
{
    const bool chosen = m_kind == Kind::Evaluator || agrees().has_value();
    m_sign->setEnabled(m_credential->isEnabled() && chosen && !m_credential->text().isEmpty());
}

} // namespace cv::ui
