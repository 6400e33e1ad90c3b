#include "ui/review/RetainDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cv::ui {

RetainDialog::RetainDialog(const QString& agentName, const QDate& today, int maxExtensionDays,
                           QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("retainDialog"));
    setWindowTitle(tr("Keep this recording longer"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("A recording is destroyed once its evaluation is signed off or its evaluation term "
           "lapses. It may be kept longer only for an urgent reason, with %1's written consent, "
           "and until a date at most %n day(s) from today (R-RETAIN-1).",
           nullptr, maxExtensionDays)
            .arg(agentName),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_consentGiven = new QCheckBox(tr("%1 consented in &writing").arg(agentName), this);
    m_consentGiven->setObjectName(QStringLiteral("retainConsentGiven"));
    m_consentDate = new QDateEdit(today, this);
    m_consentDate->setObjectName(QStringLiteral("retainConsentDate"));
    m_consentDate->setCalendarPopup(true);
    m_consentDate->setMaximumDate(today);
    m_consentDate->setEnabled(false);
    form->addRow(m_consentGiven);
    form->addRow(tr("&Consent dated:"), m_consentDate);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("retainReason"));
    m_reason->setPlaceholderText(tr("e.g. a complaint about this call is being handled"));
    form->addRow(tr("&Reason:"), m_reason);
    m_until = new QDateEdit(today.addDays(std::min(30, maxExtensionDays)), this);
    m_until->setObjectName(QStringLiteral("retainUntil"));
    m_until->setCalendarPopup(true);
    m_until->setMinimumDate(today.addDays(1));
    m_until->setMaximumDate(today.addDays(std::max(1, maxExtensionDays)));
    form->addRow(tr("Keep &until:"), m_until);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Keep"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(buttons);
    const auto update = [this, buttons] {
        m_consentDate->setEnabled(m_consentGiven->isChecked());
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(m_consentGiven->isChecked() && !m_reason->text().trimmed().isEmpty());
    };
    connect(m_consentGiven, &QCheckBox::toggled, this, update);
    connect(m_reason, &QLineEdit::textChanged, this, update);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QDate RetainDialog::consentOn() const
{
    return m_consentGiven->isChecked() ? m_consentDate->date() : QDate();
}

QString RetainDialog::reason() const
{
    return m_reason->text().trimmed();
}

QDate RetainDialog::until() const
{
    return m_until->date();
}

} // namespace cv::ui
