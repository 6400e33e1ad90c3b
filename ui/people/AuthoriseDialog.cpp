#include "ui/people/AuthoriseDialog.h"

#include "ui/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cv::ui {

AuthoriseDialog::AuthoriseDialog(const QList<core::Person>& candidates, const QDate& today,
                                 SaveFunction save, QWidget* parent)
    : QDialog(parent)
    , m_save(std::move(save))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("authoriseDialog"));
    setWindowTitle(tr("Authorise a person to monitor"));
    m_banner->setObjectName(QStringLiteral("authoriseDialogBanner"));

    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("authorisePersonCombo"));
    for (const core::Person& person : candidates) {
        if (person.active)
            m_person->addItem(QStringLiteral("%1 (%2)").arg(person.displayName, person.handle),
                              person.id);
    }
    auto* purposes = new QHBoxLayout;
    for (core::Purpose purpose : core::kAllPurposes) {
        auto* check = new QCheckBox(core::purposeText(purpose), this);
        check->setObjectName(QStringLiteral("purposeCheck_") + core::purposeName(purpose));
        purposes->addWidget(check);
        m_purposes.insert(purpose, check);
        connect(check, &QCheckBox::toggled, this, &AuthoriseDialog::updateValidity);
    }
    purposes->addStretch(1);
    m_validFrom = new QDateEdit(today, this);
    m_validFrom->setObjectName(QStringLiteral("authoriseFromField"));
    m_validFrom->setCalendarPopup(true);
    m_validFrom->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_confidentiality = new QCheckBox(tr("Accepted on"), this);
    m_confidentiality->setObjectName(QStringLiteral("confidentialityCheck"));
    m_confidentiality->setChecked(true);
    m_confidentialityOn = new QDateEdit(today, this);
    m_confidentialityOn->setObjectName(QStringLiteral("confidentialityOnField"));
    m_confidentialityOn->setCalendarPopup(true);
    m_confidentialityOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    connect(m_confidentiality, &QCheckBox::toggled, m_confidentialityOn, &QWidget::setEnabled);
    auto* confidentiality = new QHBoxLayout;
    confidentiality->addWidget(m_confidentiality);
    confidentiality->addWidget(m_confidentialityOn, 1);

    auto* intro = new QLabel(tr("Only authorised persons may import, listen to and evaluate "
                                "calls, and only for the purposes given here. The person must "
                                "have accepted the duty of confidentiality."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Person:"), m_person);
    form->addRow(tr("Purposes:"), purposes);
    form->addRow(tr("&From:"), m_validFrom);
    form->addRow(tr("Duty of confidentiality:"), confidentiality);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setText(tr("&Authorise"));
    m_saveButton->setObjectName(QStringLiteral("authoriseDialogSaveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AuthoriseDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateValidity();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

core::Authorisation AuthoriseDialog::authorisation() const
{
    core::Authorisation a;
    a.person = m_person->currentData().toLongLong();
    for (auto it = m_purposes.cbegin(); it != m_purposes.cend(); ++it) {
        if (it.value()->isChecked())
            a.purposes << it.key();
    }
    a.validFrom = m_validFrom->date();
    if (m_confidentiality->isChecked())
        a.confidentialityAcceptedOn = m_confidentialityOn->date();
    return a;
}

void AuthoriseDialog::updateValidity()
{
    const core::Authorisation a = authorisation();
    m_saveButton->setEnabled(a.person != 0 && !a.purposes.isEmpty());
}

void AuthoriseDialog::save()
{
    if (!m_saveButton->isEnabled())
        return;
    const auto saved = m_save(authorisation());
    if (!saved) {
        m_banner->showMessage(saved.error().message, MessageBanner::Kind::Error);
        return;
    }
    accept();
}

} // namespace cv::ui
