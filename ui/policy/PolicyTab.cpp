#include "ui/policy/PolicyTab.h"

#include "core/admin/Administration.h"
#include "core/time/Clock.h"
#include "ui/DisplayText.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/policy/PolicyEditorDialog.h"
#include "ui/policy/PolicyHistoryModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

QString samplingText(const core::PurposePolicy& pp)
{
    switch (pp.period) {
    case core::SamplingPeriod::Week:
        return PolicyTab::tr("%n call(s) per agent per week", nullptr, pp.callsPerPeriod);
    case core::SamplingPeriod::Month:
        return PolicyTab::tr("%n call(s) per agent per month", nullptr, pp.callsPerPeriod);
    case core::SamplingPeriod::Quarter:
        return PolicyTab::tr("%n call(s) per agent per quarter", nullptr, pp.callsPerPeriod);
    case core::SamplingPeriod::Year:
        return PolicyTab::tr("%n call(s) per agent per year", nullptr, pp.callsPerPeriod);
    }
    return {};
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style='padding-right:16px; color:#3d4a55'>%1</td><td>%2</td>"
                          "</tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

PolicyTab::PolicyTab(core::Administration& admin, const core::Clock& clock,
                     const core::Person& actor, QWidget* parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_clock(clock)
    , m_actor(actor)
    , m_banner(new MessageBanner(this))
    , m_headline(new QLabel(this))
    , m_summary(new QTextBrowser(this))
    , m_historyModel(new PolicyHistoryModel(this))
{
    setObjectName(QStringLiteral("policyTab"));
    m_banner->setObjectName(QStringLiteral("policyBanner"));
    m_headline->setObjectName(QStringLiteral("policyHeadline"));
    m_headline->setWordWrap(true);
    Theme::setRole(*m_headline, "heading");
    m_summary->setObjectName(QStringLiteral("policySummary"));
    m_summary->setAccessibleName(tr("Policy"));
    m_summary->setOpenLinks(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_headline, 1);
    if (core::RulesEngine::roleAllows(actor, core::Action::SetPolicy, nullptr)) {
        auto* edit = new QAction(tr("&New version…"), this);
        edit->setObjectName(QStringLiteral("newPolicyVersionAction"));
        edit->setShortcut(QKeySequence::New);
        edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(edit, &QAction::triggered, this, [this] { editNewVersion(); });
        addAction(edit);
        m_editButton = new QPushButton(edit->text(), this);
        m_editButton->setObjectName(QStringLiteral("newPolicyVersionButton"));
        m_editButton->setToolTip(tr("Draft a new version of the policy (%1)")
                                     .arg(edit->shortcut().toString(QKeySequence::NativeText)));
        connect(m_editButton, &QPushButton::clicked, edit, &QAction::trigger);
        top->addWidget(m_editButton);
    }

    m_historyTable = new QTableView(this);
    m_historyTable->setObjectName(QStringLiteral("policyHistoryTable"));
    m_historyTable->setAccessibleName(tr("Policy versions"));
    m_historyTable->setModel(m_historyModel);
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->verticalHeader()->hide();
    m_historyTable->horizontalHeader()->setStretchLastSection(true);
    auto* historyLabel = new QLabel(tr("All &versions (select one to read it):"), this);
    historyLabel->setBuddy(m_historyTable);
    Theme::setRole(*historyLabel, "heading");

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_summary, 3);
    layout->addWidget(historyLabel);
    layout->addWidget(m_historyTable, 1);
    connect(m_historyTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PolicyTab::showSelectedVersion);
    reload();
}

void PolicyTab::reload()
{
    auto current = m_admin.currentPolicy(m_actor);
    auto history = m_admin.policyHistory(m_actor);
    if (!current || !history) {
        m_banner->showMessage(!current ? current.error().message : history.error().message,
                              MessageBanner::Kind::Error);
        return;
    }
    m_inForce = *current;
    m_history = *history;
    m_historyModel->setVersions(m_history, m_inForce ? m_inForce->version : 0);
    m_historyTable->resizeColumnsToContents();
    if (m_inForce) {
        m_headline->setText(tr("Version %1 is in force since %2.")
                                .arg(m_inForce->version)
                                .arg(DisplayText::date(m_inForce->effectiveFrom)));
        m_summary->setHtml(summaryHtml(*m_inForce, true));
    } else {
        m_headline->setText(tr("No policy with works-council consent is in force: nothing can be "
                               "monitored (R-POLICY-1)."));
        m_summary->setHtml(m_history.isEmpty() ? QString() : summaryHtml(m_history.last(), false));
    }
}

void PolicyTab::showSelectedVersion()
{
    const QModelIndexList rows = m_historyTable->selectionModel()->selectedRows();
    const core::Policy* p =
        rows.isEmpty() ? nullptr : m_historyModel->versionAt(rows.first().row());
    if (p)
        m_summary->setHtml(summaryHtml(*p, m_inForce && m_inForce->version == p->version));
}

PolicyEditorDialog* PolicyTab::editNewVersion()
{
    if (!m_editButton)
        return nullptr;
    core::Policy base;
    if (m_inForce)
        base = *m_inForce;
    else if (!m_history.isEmpty())
        base = m_history.last();
    else
        base.purposes = {core::PurposePolicy()};
    // A new version needs its own consent (R-POLICY-2): start without one.
    base.worksCouncilConsentOn = QDate();
    base.effectiveFrom = m_clock.nowUtc().date();
    auto* editor = new PolicyEditorDialog(m_admin, m_actor, base, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &PolicyEditorDialog::policySaved, this, [this](int version) {
        reload();
        m_banner->showMessage(tr("Version %1 of the policy was saved.").arg(version),
                              MessageBanner::Kind::Positive);
    });
    editor->open();
    return editor;
}

QString PolicyTab::summaryHtml(const core::Policy& p, bool inForce)
{
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(tr("Policy version %1%2")
                                .arg(p.version)
                                .arg(inForce ? tr(" (in force)") : QString())
                                .toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    html += row(tr("Organisation"), p.organisationName);
    html += row(tr("Type"), p.organisationType == core::OrganisationType::PublicAuthority
                                ? tr("Public authority: legitimate interest only for internal "
                                     "operations such as quality monitoring (R-POLICY-3)")
                                : tr("Private organisation"));
    html += row(tr("In force from"), DisplayText::date(p.effectiveFrom));
    html += row(tr("Works-council consent"), p.worksCouncilConsentOn.isValid()
                                                 ? DisplayText::date(p.worksCouncilConsentOn)
                                                 : tr("not recorded (R-POLICY-2)"));
    html += QStringLiteral("</table><h4>%1</h4><table cellspacing='0' cellpadding='3'>")
                .arg(tr("Purposes").toHtmlEscaped());
    for (const core::PurposePolicy& pp : p.purposes) {
        QString basis = DisplayText::legalBasis(pp.legalBasis);
        if (!pp.liaReference.isEmpty())
            basis += QStringLiteral(" (") + tr("LIA %1").arg(pp.liaReference) + QLatin1Char(')');
        html += row(core::purposeText(pp.purpose), basis + QStringLiteral("; ") + samplingText(pp));
    }
    html += QStringLiteral("</table><h4>%1</h4><table cellspacing='0' cellpadding='3'>")
                .arg(tr("Terms").toHtmlEscaped());
    if (!p.assessmentProtocolReference.isEmpty())
        html += row(tr("Assessment protocol"),
                    tr("%1, works-council consent on %2")
                        .arg(p.assessmentProtocolReference,
                             DisplayText::date(p.assessmentProtocolConsentOn)));
    html += row(tr("Evaluation term"), tr("%n day(s)", nullptr, p.evaluationTermDays));
    html += row(tr("Longest retention extension"),
                tr("%n day(s)", nullptr, p.retentionMaxExtensionDays));
    html += row(tr("Minimum group size in reports"), QString::number(p.minimumGroupSize));
    html += row(tr("Between assessment monitorings"),
                tr("at least %n day(s)", nullptr, p.assessmentMinimumIntervalDays));
    html += row(tr("Screen lock"),
                tr("after %n minute(s) without activity", nullptr, p.inactivityLockMinutes));
    html += row(tr("Private lines"), tr("%n number(s), never monitored (kept as keyed hashes)",
                                        nullptr, int(p.privateLineHashes.size())));
    QStringList clients;
    for (const core::ExternalClient& c : p.externalClients)
        clients << c.name;
    html += row(tr("External clients"),
                clients.isEmpty() ? tr("none") : clients.join(QStringLiteral(", ")));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace cv::ui
