#include "ui/audit/AuditArea.h"

#include "core/admin/Administration.h"
#include "core/time/Clock.h"
#include "ui/DisplayText.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/audit/AuditTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cv::ui {

using core::Action;
using core::RulesEngine;

namespace {

QComboBox* personCombo(const QHash<core::PersonId, QString>& names, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->addItem(AuditArea::tr("Anyone"), 0);
    QList<std::pair<QString, core::PersonId>> sorted;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end());
    for (const auto& [name, id] : sorted)
        combo->addItem(name, id);
    return combo;
}

QDateEdit* dateEdit(const char* name, const QDate& date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setEnabled(false);
    return edit;
}

} // namespace

AuditArea::AuditArea(core::Administration& admin, const core::Clock& clock,
                     const core::Person& actor, QWidget* parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_actor(actor)
    , m_banner(new MessageBanner(this))
    , m_model(new AuditTableModel(this))
{
    setObjectName(QStringLiteral("auditArea"));
    m_banner->setObjectName(QStringLiteral("auditBanner"));
    const bool seesAll = RulesEngine::roleAllows(actor, Action::ViewAudit, nullptr);
    const QDate today = clock.nowUtc().toLocalTime().date();

    auto* filters = new QGridLayout;
    int column = 0;
    const auto addFilter = [&](const QString& label, QWidget* field) {
        auto* caption = new QLabel(label, this);
        caption->setBuddy(field);
        filters->addWidget(caption, 0, column);
        filters->addWidget(field, 1, column);
        ++column;
    };
    if (seesAll) {
        const auto names = DisplayText::personNames(admin);
        m_actorFilter = personCombo(names, this);
        m_actorFilter->setObjectName(QStringLiteral("auditActorFilter"));
        addFilter(tr("&By:"), m_actorFilter);
        m_subjectFilter = personCombo(names, this);
        m_subjectFilter->setObjectName(QStringLiteral("auditSubjectFilter"));
        addFilter(tr("A&bout:"), m_subjectFilter);
    }
    m_actionFilter = new QComboBox(this);
    m_actionFilter->setObjectName(QStringLiteral("auditActionFilter"));
    m_actionFilter->setEditable(true);
    m_actionFilter->setInsertPolicy(QComboBox::NoInsert);
    m_actionFilter->addItems({QString(), QStringLiteral("sign-in"), QStringLiteral("person."),
                              QStringLiteral("credential."), QStringLiteral("authorisation."),
                              QStringLiteral("policy."), QStringLiteral("audit.")});
    m_actionFilter->lineEdit()->setPlaceholderText(tr("any action"));
    m_actionFilter->setToolTip(tr("The start of an action, e.g. \"person.\" for every change to "
                                  "persons."));
    addFilter(tr("&Action:"), m_actionFilter);
    m_outcomeFilter = new QComboBox(this);
    m_outcomeFilter->setObjectName(QStringLiteral("auditOutcomeFilter"));
    m_outcomeFilter->addItem(tr("Any"), QString());
    for (const char* outcome : {"allowed", "refused", "failed"})
        m_outcomeFilter->addItem(DisplayText::outcome(QString::fromLatin1(outcome)),
                                 QString::fromLatin1(outcome));
    addFilter(tr("&Outcome:"), m_outcomeFilter);
    m_dateRange = new QCheckBox(tr("&Between"), this);
    m_dateRange->setObjectName(QStringLiteral("auditDateRange"));
    m_from = dateEdit("auditFrom", today.addDays(-30), this);
    m_to = dateEdit("auditTo", today, this);
    auto* range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("and"), this));
    range->addWidget(m_to);
    filters->addWidget(m_dateRange, 0, column);
    filters->addLayout(range, 1, column);
    filters->setColumnStretch(column + 1, 1);

    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("auditRefreshButton"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Read the entries again (F5)"));
    connect(refresh, &QPushButton::clicked, this, &AuditArea::applyFilters);
    auto* buttons = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    Theme::setRole(*m_count, "muted");
    buttons->addWidget(m_count, 1);
    buttons->addWidget(refresh);
    if (RulesEngine::roleAllows(actor, Action::VerifyAudit, nullptr)) {
        auto* verify = new QPushButton(tr("&Verify chain"), this);
        verify->setObjectName(QStringLiteral("auditVerifyButton"));
        verify->setToolTip(tr("Check that no entry was changed, removed, inserted or reordered."));
        connect(verify, &QPushButton::clicked, this, &AuditArea::verifyChain);
        buttons->addWidget(verify);
    }

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit entries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    if (!seesAll) {
        auto* own = new QLabel(tr("You see the entries about your own data: who looked at or "
                                  "changed it, and when."),
                               this);
        own->setObjectName(QStringLiteral("auditOwnDataNote"));
        own->setWordWrap(true);
        Theme::setRole(*own, "muted");
        layout->addWidget(own);
    }
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &AuditArea::applyFilters);
    for (QComboBox* combo : {m_actorFilter, m_subjectFilter, m_outcomeFilter}) {
        if (combo)
            connect(combo, &QComboBox::currentIndexChanged, this, &AuditArea::scheduleQuery);
    }
    connect(m_actionFilter, &QComboBox::currentTextChanged, this, &AuditArea::scheduleQuery);
    connect(m_dateRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        scheduleQuery();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &AuditArea::scheduleQuery);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditArea::scheduleQuery);
    applyFilters();
}

void AuditArea::scheduleQuery()
{
    m_debounce.start();
}

core::AuditFilter AuditArea::filter() const
{
    core::AuditFilter f;
    if (m_actorFilter && m_actorFilter->currentData().toLongLong())
        f.actor = m_actorFilter->currentData().toLongLong();
    if (m_subjectFilter && m_subjectFilter->currentData().toLongLong())
        f.subject = m_subjectFilter->currentData().toLongLong();
    f.action = m_actionFilter->currentText().trimmed();
    f.outcome = m_outcomeFilter->currentData().toString();
    if (m_dateRange->isChecked()) {
        // The dates are local days.
        f.from = m_from->date().startOfDay().toUTC();
        f.to = m_to->date().endOfDay().toUTC();
    }
    return f;
}

void AuditArea::applyFilters()
{
    m_debounce.stop();
    auto entries = m_admin.auditEntries(m_actor, filter());
    if (!entries) {
        m_banner->showMessage(entries.error().message, MessageBanner::Kind::Error);
        m_model->setEntries({}, {});
    } else {
        QList<core::AuditEntry> newestFirst = *entries;
        std::sort(
            newestFirst.begin(), newestFirst.end(),
            [](const core::AuditEntry& a, const core::AuditEntry& b) { return a.seq > b.seq; });
        m_model->setEntries(std::move(newestFirst), DisplayText::personNames(m_admin));
    }
    m_count->setText(tr("%n entry(ies)", nullptr, m_model->rowCount()));
    m_table->resizeColumnsToContents();
}

void AuditArea::verifyChain()
{
    const auto verified = m_admin.verifyAudit(m_actor);
    if (!verified) {
        m_banner->showMessage(verified.error().message, MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(
        tr("The audit trail is intact: %n entry(ies) checked.", nullptr, int(*verified)),
        MessageBanner::Kind::Positive);
}

} // namespace cv::ui
