#include "ui/policy/PolicyEditorDialog.h"

#include "core/admin/Administration.h"
#include "ui/DisplayText.h"
#include "ui/FileDialog.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLayoutItem>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace cv::ui {

namespace {

constexpr core::SamplingPeriod kPeriods[] = {
    core::SamplingPeriod::Week, core::SamplingPeriod::Month, core::SamplingPeriod::Quarter,
    core::SamplingPeriod::Year};

QString periodText(core::SamplingPeriod period)
{
    switch (period) {
    case core::SamplingPeriod::Week:
        return PolicyEditorDialog::tr("per week");
    case core::SamplingPeriod::Month:
        return PolicyEditorDialog::tr("per month");
    case core::SamplingPeriod::Quarter:
        return PolicyEditorDialog::tr("per quarter");
    case core::SamplingPeriod::Year:
        return PolicyEditorDialog::tr("per year");
    }
    return {};
}

// A number where the text is one, else the text itself: the core then says
// what is wrong with it, exactly as it would for a file.
QJsonValue numberOrText(const QString& text)
{
    const QString t = text.trimmed();
    bool ok = false;
    const double d = t.toDouble(&ok);
    return ok ? QJsonValue(d) : QJsonValue(t);
}

QLineEdit* dateField(const char* name, QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(QString::fromLatin1(name));
    field->setPlaceholderText(PolicyEditorDialog::tr("YYYY-MM-DD"));
    field->setMaximumWidth(160);
    return field;
}

QLineEdit* numberField(const char* name, QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(QString::fromLatin1(name));
    field->setMaximumWidth(100);
    return field;
}

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

PolicyEditorDialog::PolicyEditorDialog(core::Administration& admin, const core::Person& actor,
                                       const core::Policy& base, QWidget* parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_actor(actor)
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("policyEditor"));
    setWindowTitle(tr("New version of the monitoring policy"));
    m_banner->setObjectName(QStringLiteral("policyEditorBanner"));

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildForm(scroll));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("policyError"));
    m_error->setWordWrap(true);
    Theme::setRole(*m_error, "error");
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("policySaveButton"));
    m_saveButton->setText(tr("&Save as new version"));
    auto* importButton = new QPushButton(tr("&Import from file…"), this);
    importButton->setObjectName(QStringLiteral("policyImportButton"));
    m_exportButton = new QPushButton(tr("E&xport to file…"), this);
    m_exportButton->setObjectName(QStringLiteral("policyExportButton"));
    buttons->addButton(importButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &PolicyEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(importButton, &QPushButton::clicked, this, &PolicyEditorDialog::importFromFile);
    connect(m_exportButton, &QPushButton::clicked, this, &PolicyEditorDialog::exportToFile);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    fill(base);
    resize(960, 720);
}

QWidget* PolicyEditorDialog::buildForm(QWidget* parent)
{
    auto* form = new QWidget(parent);
    auto* layout = new QVBoxLayout(form);

    auto* organisation = new QGroupBox(tr("Organisation and consent"), form);
    m_organisationName = new QLineEdit(organisation);
    m_organisationName->setObjectName(QStringLiteral("policyOrganisationName"));
    m_organisationType = new QComboBox(organisation);
    m_organisationType->setObjectName(QStringLiteral("policyOrganisationType"));
    m_organisationType->addItem(tr("Private organisation"), QStringLiteral("private"));
    m_organisationType->addItem(tr("Public authority (e.g. a municipality)"),
                                QStringLiteral("public-authority"));
    m_effectiveFrom = dateField("policyEffectiveFrom", organisation);
    m_consentOn = dateField("policyConsentOn", organisation);
    m_consentOn->setToolTip(tr("Each version needs its own consent of the works council "
                               "(R-POLICY-2)."));
    auto* organisationForm = new QFormLayout(organisation);
    organisationForm->addRow(tr("&Name:"), m_organisationName);
    organisationForm->addRow(tr("&Type:"), m_organisationType);
    organisationForm->addRow(tr("In force &from:"), m_effectiveFrom);
    organisationForm->addRow(tr("Works-council &consent on:"), m_consentOn);
    layout->addWidget(organisation);

    auto* purposes = new QGroupBox(tr("Purposes and sampling"), form);
    auto* grid = new QGridLayout(purposes);
    grid->addWidget(new QLabel(tr("Legal basis"), purposes), 0, 1);
    grid->addWidget(new QLabel(tr("LIA reference"), purposes), 0, 2);
    grid->addWidget(new QLabel(tr("Calls per agent"), purposes), 0, 3, 1, 2);
    int row = 1;
    for (core::Purpose purpose : core::kAllPurposes) {
        const QString name = core::purposeName(purpose);
        PurposeRow r;
        r.purpose = purpose;
        r.enabled = new QCheckBox(core::purposeText(purpose), purposes);
        r.enabled->setObjectName(QStringLiteral("policyPurpose_") + name);
        r.legalBasis = new QComboBox(purposes);
        r.legalBasis->setObjectName(QStringLiteral("policyLegalBasis_") + name);
        r.legalBasis->addItem(tr("6(1)(b) contract"),
                              core::legalBasisName(core::LegalBasis::Contract));
        r.legalBasis->addItem(tr("6(1)(f) legitimate interest"),
                              core::legalBasisName(core::LegalBasis::LegitimateInterest));
        r.legalBasis->setToolTip(tr("The legal basis under GDPR article 6(1)"));
        r.liaReference = new QLineEdit(purposes);
        r.liaReference->setMinimumWidth(150);
        r.liaReference->setObjectName(QStringLiteral("policyLia_") + name);
        r.liaReference->setPlaceholderText(tr("needed for 6(1)(f)"));
        r.calls = numberField("", purposes);
        r.calls->setObjectName(QStringLiteral("policyCalls_") + name);
        r.period = new QComboBox(purposes);
        r.period->setObjectName(QStringLiteral("policyPeriod_") + name);
        for (core::SamplingPeriod period : kPeriods)
            r.period->addItem(periodText(period), core::samplingPeriodName(period));
        grid->addWidget(r.enabled, row, 0);
        grid->addWidget(r.legalBasis, row, 1);
        grid->addWidget(r.liaReference, row, 2);
        grid->addWidget(r.calls, row, 3);
        grid->addWidget(r.period, row, 4);
        m_purposes << r;
        ++row;
    }
    grid->setColumnStretch(2, 1);
    layout->addWidget(purposes);

    auto* protocol =
        new QGroupBox(tr("Assessment protocol (needed for the assessment purpose)"), form);
    m_protocolReference = new QLineEdit(protocol);
    m_protocolReference->setObjectName(QStringLiteral("policyProtocolReference"));
    m_protocolConsentOn = dateField("policyProtocolConsentOn", protocol);
    auto* protocolForm = new QFormLayout(protocol);
    protocolForm->addRow(tr("&Reference:"), m_protocolReference);
    protocolForm->addRow(tr("Works-council consent o&n:"), m_protocolConsentOn);
    layout->addWidget(protocol);

    auto* terms = new QGroupBox(tr("Terms and limits"), form);
    m_evaluationTerm = numberField("policyEvaluationTerm", terms);
    m_retentionExtension = numberField("policyRetentionExtension", terms);
    m_minimumGroup = numberField("policyMinimumGroup", terms);
    m_assessmentInterval = numberField("policyAssessmentInterval", terms);
    m_inactivityLock = numberField("policyInactivityLock", terms);
    auto* termsForm = new QFormLayout(terms);
    termsForm->addRow(tr("&Evaluation term (days):"), m_evaluationTerm);
    termsForm->addRow(tr("Longest retention e&xtension (days):"), m_retentionExtension);
    termsForm->addRow(tr("Minimum &group size in reports:"), m_minimumGroup);
    termsForm->addRow(tr("Days between assessment &monitorings:"), m_assessmentInterval);
    termsForm->addRow(tr("Screen &lock after (minutes):"), m_inactivityLock);
    layout->addWidget(terms);

    auto* lines = new QGroupBox(tr("Private lines (never monitored)"), form);
    m_linesOnRecord = new QLabel(lines);
    m_linesOnRecord->setObjectName(QStringLiteral("policyLinesOnRecord"));
    m_linesOnRecord->setWordWrap(true);
    m_dropLines = new QCheckBox(tr("Remove the lines on record"), lines);
    m_dropLines->setObjectName(QStringLiteral("policyDropLines"));
    m_newLines = new QPlainTextEdit(lines);
    m_newLines->setObjectName(QStringLiteral("policyNewLines"));
    m_newLines->setPlaceholderText(tr("Add numbers, one per line"));
    m_newLines->setTabChangesFocus(true);
    m_newLines->setMaximumHeight(80);
    auto* linesLayout = new QVBoxLayout(lines);
    linesLayout->addWidget(m_linesOnRecord);
    linesLayout->addWidget(m_dropLines);
    linesLayout->addWidget(m_newLines);
    layout->addWidget(lines);
    layout->addStretch(1);

    // What the error line calls each field: its label in the form.
    const auto label = [](const QString& text) {
        QString plain = text;
        plain.remove(QLatin1Char('&'));
        if (plain.endsWith(QLatin1Char(':')))
            plain.chop(1);
        return plain;
    };
    for (QFormLayout* f : {organisationForm, protocolForm, termsForm}) {
        for (int i = 0; i < f->rowCount(); ++i) {
            auto* caption =
                qobject_cast<QLabel*>(f->itemAt(i, QFormLayout::LabelRole)
                                          ? f->itemAt(i, QFormLayout::LabelRole)->widget()
                                          : nullptr);
            QLayoutItem* item = f->itemAt(i, QFormLayout::FieldRole);
            if (caption && item && item->widget())
                m_fieldLabels.insert(item->widget(), label(caption->text()));
        }
    }
    m_fieldLabels.insert(m_protocolReference, tr("Assessment protocol reference"));
    m_fieldLabels.insert(m_protocolConsentOn,
                         tr("Works-council consent on the assessment protocol"));
    m_fieldLabels.insert(m_newLines, tr("Private lines"));
    for (const PurposeRow& r : std::as_const(m_purposes)) {
        const QString purpose = core::purposeText(r.purpose);
        m_fieldLabels.insert(r.enabled, tr("Purposes"));
        m_fieldLabels.insert(r.liaReference, tr("LIA reference for %1").arg(purpose));
        m_fieldLabels.insert(r.calls, tr("Calls per agent for %1").arg(purpose));
    }

    for (QLineEdit* field : {m_organisationName, m_effectiveFrom, m_consentOn, m_protocolReference,
                             m_protocolConsentOn, m_evaluationTerm, m_retentionExtension,
                             m_minimumGroup, m_assessmentInterval, m_inactivityLock})
        connect(field, &QLineEdit::textChanged, this, &PolicyEditorDialog::revalidate);
    connect(m_organisationType, &QComboBox::currentIndexChanged, this,
            &PolicyEditorDialog::revalidate);
    for (const PurposeRow& r : std::as_const(m_purposes)) {
        connect(r.enabled, &QCheckBox::toggled, this, &PolicyEditorDialog::revalidate);
        connect(r.legalBasis, &QComboBox::currentIndexChanged, this,
                &PolicyEditorDialog::revalidate);
        connect(r.liaReference, &QLineEdit::textChanged, this, &PolicyEditorDialog::revalidate);
        connect(r.calls, &QLineEdit::textChanged, this, &PolicyEditorDialog::revalidate);
        connect(r.period, &QComboBox::currentIndexChanged, this, &PolicyEditorDialog::revalidate);
    }
    connect(m_dropLines, &QCheckBox::toggled, this, &PolicyEditorDialog::revalidate);
    connect(m_newLines, &QPlainTextEdit::textChanged, this, &PolicyEditorDialog::revalidate);
    return form;
}

void PolicyEditorDialog::fill(const core::Policy& policy)
{
    const QSignalBlocker blocker(this); // one validation at the end
    m_organisationName->setText(policy.organisationName);
    m_organisationType->setCurrentIndex(
        m_organisationType->findData(core::organisationTypeName(policy.organisationType)));
    m_effectiveFrom->setText(isoDate(policy.effectiveFrom));
    m_consentOn->setText(isoDate(policy.worksCouncilConsentOn));
    for (PurposeRow& r : m_purposes) {
        const core::PurposePolicy* pp = policy.purposePolicy(r.purpose);
        r.enabled->setChecked(pp != nullptr);
        core::PurposePolicy defaults;
        defaults.purpose = r.purpose;
        const core::PurposePolicy& source = pp ? *pp : defaults;
        r.legalBasis->setCurrentIndex(
            r.legalBasis->findData(core::legalBasisName(source.legalBasis)));
        r.liaReference->setText(source.liaReference);
        r.calls->setText(pp ? QString::number(source.callsPerPeriod) : QStringLiteral("4"));
        r.period->setCurrentIndex(r.period->findData(core::samplingPeriodName(source.period)));
    }
    m_protocolReference->setText(policy.assessmentProtocolReference);
    m_protocolConsentOn->setText(isoDate(policy.assessmentProtocolConsentOn));
    m_evaluationTerm->setText(QString::number(policy.evaluationTermDays));
    m_retentionExtension->setText(QString::number(policy.retentionMaxExtensionDays));
    m_minimumGroup->setText(QString::number(policy.minimumGroupSize));
    m_assessmentInterval->setText(QString::number(policy.assessmentMinimumIntervalDays));
    m_inactivityLock->setText(QString::number(policy.inactivityLockMinutes));
    m_lineHashes = policy.privateLineHashes;
    m_linesOnRecord->setText(
        tr("%n private line(s) on record, kept as keyed hashes: the numbers themselves are not "
           "stored.",
           nullptr, int(m_lineHashes.size())));
    m_dropLines->setChecked(false);
    m_dropLines->setVisible(!m_lineHashes.isEmpty());
    m_newLines->setPlainText(policy.privateLineNumbers.join(QLatin1Char('\n')));
    m_externalClients = QJsonObject{{QStringLiteral("externalClients"),
                                     policy.toJson().value(QStringLiteral("externalClients"))}};
    revalidate();
}

QJsonObject PolicyEditorDialog::formJson() const
{
    return buildJson(nullptr);
}

QJsonObject PolicyEditorDialog::buildJson(QHash<QString, QWidget*>* fields) const
{
    const auto field = [fields](const QString& path, QWidget* widget) {
        if (fields)
            fields->insert(path, widget);
    };
    const auto optionalDate = [](QJsonObject& o, const QString& key, const QLineEdit* edit) {
        if (!edit->text().trimmed().isEmpty())
            o.insert(key, edit->text().trimmed());
    };
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("coachvault-policy")},
                     {QStringLiteral("formatVersion"), 1}};
    root.insert(
        QStringLiteral("organisation"),
        QJsonObject{{QStringLiteral("name"), m_organisationName->text()},
                    {QStringLiteral("type"), m_organisationType->currentData().toString()}});
    field(QStringLiteral("organisation.name"), m_organisationName);
    optionalDate(root, QStringLiteral("effectiveFrom"), m_effectiveFrom);
    field(QStringLiteral("effectiveFrom"), m_effectiveFrom);
    optionalDate(root, QStringLiteral("worksCouncilConsentOn"), m_consentOn);
    field(QStringLiteral("worksCouncilConsentOn"), m_consentOn);

    QJsonArray purposes;
    for (const PurposeRow& r : m_purposes) {
        if (!r.enabled->isChecked())
            continue;
        const QString path = QStringLiteral("purposes[%1]").arg(purposes.size());
        QJsonObject o{{QStringLiteral("purpose"), core::purposeName(r.purpose)},
                      {QStringLiteral("legalBasis"), r.legalBasis->currentData().toString()},
                      {QStringLiteral("calls"), numberOrText(r.calls->text())},
                      {QStringLiteral("period"), r.period->currentData().toString()}};
        if (!r.liaReference->text().trimmed().isEmpty())
            o.insert(QStringLiteral("liaReference"), r.liaReference->text().trimmed());
        field(path + QStringLiteral(".liaReference"), r.liaReference);
        field(path + QStringLiteral(".calls"), r.calls);
        field(path + QStringLiteral(".purpose"), r.enabled);
        purposes.append(o);
    }
    root.insert(QStringLiteral("purposes"), purposes);
    if (!m_purposes.isEmpty())
        field(QStringLiteral("purposes"), m_purposes.first().enabled);

    if (!m_protocolReference->text().trimmed().isEmpty() ||
        !m_protocolConsentOn->text().trimmed().isEmpty()) {
        QJsonObject protocol{{QStringLiteral("reference"), m_protocolReference->text()}};
        optionalDate(protocol, QStringLiteral("worksCouncilConsentOn"), m_protocolConsentOn);
        root.insert(QStringLiteral("assessmentProtocol"), protocol);
    }
    field(QStringLiteral("assessmentProtocol.reference"), m_protocolReference);
    field(QStringLiteral("assessmentProtocol.worksCouncilConsentOn"), m_protocolConsentOn);

    root.insert(QStringLiteral("evaluationTermDays"), numberOrText(m_evaluationTerm->text()));
    field(QStringLiteral("evaluationTermDays"), m_evaluationTerm);
    root.insert(QStringLiteral("retention"),
                QJsonObject{{QStringLiteral("maxExtensionDays"),
                             numberOrText(m_retentionExtension->text())}});
    field(QStringLiteral("retention.maxExtensionDays"), m_retentionExtension);
    root.insert(QStringLiteral("minimumGroupSize"), numberOrText(m_minimumGroup->text()));
    field(QStringLiteral("minimumGroupSize"), m_minimumGroup);
    root.insert(QStringLiteral("assessmentMinimumIntervalDays"),
                numberOrText(m_assessmentInterval->text()));
    field(QStringLiteral("assessmentMinimumIntervalDays"), m_assessmentInterval);
    root.insert(QStringLiteral("inactivityLockMinutes"), numberOrText(m_inactivityLock->text()));
    field(QStringLiteral("inactivityLockMinutes"), m_inactivityLock);

    QStringList numbers;
    const QStringList typed = m_newLines->toPlainText().split(QLatin1Char('\n'));
    for (const QString& line : typed) {
        if (!line.trimmed().isEmpty())
            numbers << line.trimmed();
    }
    for (qsizetype i = 0; i < numbers.size(); ++i)
        field(QStringLiteral("privateLines[%1]").arg(i), m_newLines);
    root.insert(QStringLiteral("privateLines"), QJsonArray::fromStringList(numbers));
    root.insert(
        QStringLiteral("privateLineHashes"),
        QJsonArray::fromStringList(m_dropLines->isChecked() ? QStringList() : m_lineHashes));
    root.insert(QStringLiteral("externalClients"),
                m_externalClients.value(QStringLiteral("externalClients")));
    return root;
}

core::Result<core::Policy> PolicyEditorDialog::validated() const
{
    return core::Policy::fromJson(QJsonDocument(formJson()).toJson(QJsonDocument::Compact));
}

QString PolicyEditorDialog::errorText() const
{
    return m_error->text();
}

void PolicyEditorDialog::revalidate()
{
    if (signalsBlocked())
        return;
    m_fieldWidgets.clear();
    const QJsonObject json = buildJson(&m_fieldWidgets);
    const auto policy = core::Policy::fromJson(QJsonDocument(json).toJson());
    QWidget* field = nullptr;
    if (!policy) {
        // The core names the field by its path in the file; the longest path
        // named in the message is the field at fault.
        const QString message = policy.error().message;
        // The field named in the message (in any language): the longest path
        // that appears followed by something that cannot continue a path.
        const auto namedAt = [&message](const QString& path) -> qsizetype {
            for (qsizetype at = message.indexOf(path); at >= 0;
                 at = message.indexOf(path, at + 1)) {
                const qsizetype end = at + path.size();
                const QChar next = end < message.size() ? message.at(end) : QChar(u' ');
                if (!next.isLetterOrNumber() && next != u'.' && next != u'[')
                    return at;
            }
            return -1;
        };
        QString path;
        for (auto it = m_fieldWidgets.cbegin(); it != m_fieldWidgets.cend(); ++it) {
            if (it.key().size() > path.size() && namedAt(it.key()) >= 0) {
                path = it.key();
                field = it.value();
            }
        }
        // "Evaluation term (days): must be a whole number of at least 1",
        // with the core's own wording (naming the file field) as tooltip.
        const qsizetype pathAt = path.isEmpty() ? -1 : namedAt(path);
        const qsizetype reasonAt =
            pathAt < 0 ? -1 : message.indexOf(QStringLiteral(": "), pathAt + path.size());
        if (field && m_fieldLabels.contains(field) && reasonAt >= 0)
            m_error->setText(m_fieldLabels.value(field) + QStringLiteral(": ") +
                             message.mid(reasonAt + 2));
        else
            m_error->setText(message);
        m_error->setToolTip(message);
    } else {
        m_error->clear();
        m_error->setToolTip(QString());
    }
    m_error->setVisible(!m_error->text().isEmpty());
    markField(field);
    m_saveButton->setEnabled(policy.has_value());
    m_exportButton->setEnabled(policy.has_value());
}

void PolicyEditorDialog::markField(QWidget* field)
{
    const auto setInvalid = [](QWidget* widget, bool invalid) {
        widget->setProperty("invalid", invalid);
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
    };
    if (m_markedField && m_markedField != field)
        setInvalid(m_markedField, false);
    m_markedField = field;
    if (field) {
        setInvalid(field, true);
        m_error->setBuddy(field);
    }
}

void PolicyEditorDialog::save()
{
    const auto policy = validated();
    if (!policy)
        return;
    const auto version = m_admin.setPolicy(m_actor, *policy);
    if (!version) {
        m_banner->showMessage(version.error().message, MessageBanner::Kind::Error);
        return;
    }
    Q_EMIT policySaved(*version);
    accept();
}

void PolicyEditorDialog::importFromFile()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Import a policy"), QString(),
                                                     tr("Policy files (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_banner->showMessage(tr("%1 cannot be read: %2").arg(path, file.errorString()),
                              MessageBanner::Kind::Error);
        return;
    }
    const auto policy = core::Policy::fromJson(file.readAll());
    if (!policy) {
        m_banner->showMessage(tr("%1 was not imported. %2").arg(path, policy.error().message),
                              MessageBanner::Kind::Error);
        return;
    }
    fill(*policy);
    m_banner->showMessage(tr("Imported %1. Check the form and save it as a new version.").arg(path),
                          MessageBanner::Kind::Information);
}

void PolicyEditorDialog::exportToFile()
{
    if (!validated())
        return;
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export the policy"), QStringLiteral("policy.json"), tr("Policy files (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(formJson()).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit()) {
        m_banner->showMessage(tr("%1 cannot be written: %2").arg(path, file.errorString()),
                              MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(tr("Exported to %1.").arg(path), MessageBanner::Kind::Positive);
}

} // namespace cv::ui
