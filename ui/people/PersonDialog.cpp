#include "ui/people/PersonDialog.h"

#include "core/people/PersonStore.h"
#include "ui/DisplayText.h"
#include "ui/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

constexpr core::Employment kEmployments[] = {core::Employment::Permanent,
                                             core::Employment::Temporary, core::Employment::OnCall,
                                             core::Employment::Agency, core::Employment::None};
constexpr core::ProtectedStatus kStatuses[] = {
    core::ProtectedStatus::None, core::ProtectedStatus::CompanyDoctor,
    core::ProtectedStatus::WorksCouncilMember, core::ProtectedStatus::ConfidentialAdviser};

QDateEdit* dateEdit(const QDate& date, const QDate& today, QWidget* parent)
{
    auto* edit = new QDateEdit(date.isValid() ? date : today, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

PersonDialog::PersonDialog(const core::Person& person, const QDate& today, SaveFunction save,
                           QWidget* parent)
    : QDialog(parent)
    , m_original(person)
    , m_save(std::move(save))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(person.id ? tr("Edit %1").arg(person.displayName) : tr("Add a person"));
    m_banner->setObjectName(QStringLiteral("personDialogBanner"));

    m_name = new QLineEdit(person.displayName, this);
    m_name->setObjectName(QStringLiteral("personNameField"));
    m_handle = new QLineEdit(person.handle, this);
    m_handle->setObjectName(QStringLiteral("personHandleField"));
    m_handle->setPlaceholderText(tr("e.g. sanne.devries"));

    auto* roles = new QGridLayout;
    int i = 0;
    for (core::Role role : core::kAllRoles) {
        auto* check = new QCheckBox(core::roleText(role), this);
        check->setObjectName(QStringLiteral("roleCheck_") + core::roleName(role));
        check->setChecked(person.hasRole(role));
        roles->addWidget(check, i / 3, i % 3);
        m_roles.insert(role, check);
        connect(check, &QCheckBox::toggled, this, &PersonDialog::updateValidity);
        ++i;
    }

    m_employment = new QComboBox(this);
    m_employment->setObjectName(QStringLiteral("employmentCombo"));
    for (core::Employment e : kEmployments)
        m_employment->addItem(DisplayText::employment(e), int(e));
    m_employment->setCurrentIndex(m_employment->findData(int(person.employment)));
    m_protectedStatus = new QComboBox(this);
    m_protectedStatus->setObjectName(QStringLiteral("protectedStatusCombo"));
    for (core::ProtectedStatus s : kStatuses)
        m_protectedStatus->addItem(DisplayText::protectedStatus(s), int(s));
    m_protectedStatus->setCurrentIndex(m_protectedStatus->findData(int(person.protectedStatus)));
    m_protectedStatus->setToolTip(tr("Persons with a legal duty of confidentiality are never "
                                     "monitored (R-SCOPE-2)."));

    m_informed = new QCheckBox(tr("Yes, on"), this);
    m_informed->setObjectName(QStringLiteral("informedCheck"));
    m_informed->setChecked(person.informedOn.isValid());
    m_informedOn = dateEdit(person.informedOn, today, this);
    m_informedOn->setObjectName(QStringLiteral("informedOnField"));
    auto* informed = new QHBoxLayout;
    informed->addWidget(m_informed);
    informed->addWidget(m_informedOn, 1);

    m_consent = new QCheckBox(tr("Yes, on"), this);
    m_consent->setObjectName(QStringLiteral("consentCheck"));
    m_consent->setChecked(person.trainingConsent.isValid());
    m_consentOn = dateEdit(person.trainingConsent.givenOn, today, this);
    m_consentOn->setObjectName(QStringLiteral("consentOnField"));
    m_consentScope = new QLineEdit(person.trainingConsent.scope, this);
    m_consentScope->setObjectName(QStringLiteral("consentScopeField"));
    m_consentScope->setPlaceholderText(tr("What the agent agreed to"));
    auto* consent = new QHBoxLayout;
    consent->addWidget(m_consent);
    consent->addWidget(m_consentOn);
    consent->addWidget(m_consentScope, 1);

    auto* form = new QFormLayout;
    form->addRow(tr("Full &name:"), m_name);
    form->addRow(tr("&Sign-in name:"), m_handle);
    form->addRow(tr("Roles:"), roles);
    form->addRow(tr("&Employment:"), m_employment);
    form->addRow(tr("&Duty of confidentiality:"), m_protectedStatus);
    form->addRow(tr("Informed of the policy:"), informed);
    form->addRow(tr("Training consent:"), consent);
    if (person.id) {
        m_active = new QCheckBox(tr("Active (can sign in)"), this);
        m_active->setObjectName(QStringLiteral("activeCheck"));
        m_active->setChecked(person.active);
        form->addRow(QString(), m_active);
    }

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("personDialogHint"));
    m_hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("personDialogSaveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);

    for (QLineEdit* field : {m_name, m_handle, m_consentScope})
        connect(field, &QLineEdit::textChanged, this, &PersonDialog::updateValidity);
    connect(m_informed, &QCheckBox::toggled, this, &PersonDialog::updateValidity);
    connect(m_consent, &QCheckBox::toggled, this, &PersonDialog::updateValidity);
    updateValidity();
    resize(sizeHint().expandedTo(QSize(620, 0)));
}

core::Person PersonDialog::person() const
{
    core::Person p = m_original;
    p.displayName = m_name->text().trimmed();
    p.handle = m_handle->text().trimmed();
    p.roles.clear();
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        if (it.value()->isChecked())
            p.roles << it.key();
    }
    p.employment = core::Employment(m_employment->currentData().toInt());
    p.protectedStatus = core::ProtectedStatus(m_protectedStatus->currentData().toInt());
    p.informedOn = m_informed->isChecked() ? m_informedOn->date() : QDate();
    p.trainingConsent =
        m_consent->isChecked()
            ? core::TrainingConsent{m_consentOn->date(), m_consentScope->text().trimmed()}
            : core::TrainingConsent{};
    if (m_active)
        p.active = m_active->isChecked();
    return p;
}

void PersonDialog::updateValidity()
{
    m_informedOn->setEnabled(m_informed->isChecked());
    m_consentOn->setEnabled(m_consent->isChecked());
    m_consentScope->setEnabled(m_consent->isChecked());
    const core::Person p = person();
    QString problem;
    if (p.displayName.isEmpty())
        problem = tr("Enter the person's full name.");
    else if (!core::PersonStore::isValidHandle(p.handle))
        problem = tr("The sign-in name uses lower-case letters, digits, dots, dashes and "
                     "underscores only.");
    else if (p.roles.isEmpty())
        problem = tr("Choose at least one role.");
    else if (p.trainingConsent.isValid() && p.trainingConsent.scope.isEmpty())
        problem = tr("Describe what the training consent covers.");
    m_hint->setText(problem);
    m_hint->setVisible(!problem.isEmpty());
    m_saveButton->setEnabled(problem.isEmpty());
}

void PersonDialog::save()
{
    if (!m_saveButton->isEnabled())
        return;
    const auto saved = m_save(person());
    if (!saved) {
        m_banner->showMessage(saved.error().message, MessageBanner::Kind::Error);
        return;
    }
    accept();
}

} // namespace cv::ui
