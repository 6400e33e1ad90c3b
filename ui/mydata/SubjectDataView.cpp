#include "ui/mydata/SubjectDataView.h"

#include "core/domain/Purpose.h"
#include "ui/DisplayText.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QScrollArea>
#include <QTreeWidget>

namespace cv::ui {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QString whenText(const QString& iso)
{
    const QDateTime utc = QDateTime::fromString(iso, Qt::ISODate);
    return utc.isValid() ? DisplayText::localTime(utc) : QStringLiteral("—");
}

QString dayText(const QString& iso)
{
    return DisplayText::date(QDate::fromString(iso, Qt::ISODate));
}

QString purposeText(const QString& name)
{
    const auto purpose = core::purposeFromName(name);
    return purpose ? DisplayText::purposes({*purpose}) : name;
}

QString periodText(const QString& period, int calls)
{
    if (period == QLatin1String("week"))
        return SubjectDataView::tr("at most %n call(s) per agent a week", nullptr, calls);
    if (period == QLatin1String("quarter"))
        return SubjectDataView::tr("at most %n call(s) per agent a quarter", nullptr, calls);
    if (period == QLatin1String("year"))
        return SubjectDataView::tr("at most %n call(s) per agent a year", nullptr, calls);
    return SubjectDataView::tr("at most %n call(s) per agent a month", nullptr, calls);
}

QString kindText(const QString& kind)
{
    return kind == QLatin1String("self") ? SubjectDataView::tr("Self-evaluation")
                                         : SubjectDataView::tr("Coach evaluation");
}

QString statusText(const QJsonObject& e)
{
    const QString status = str(e, "status");
    if (status == QLatin1String("draft"))
        return SubjectDataView::tr("Draft");
    QString text = status == QLatin1String("signed") ? SubjectDataView::tr("Signed off")
                                                     : SubjectDataView::tr("Submitted");
    const QJsonObject agent = e.value(QStringLiteral("agentSignOff")).toObject();
    if (!agent.isEmpty())
        text += agent.value(QStringLiteral("agrees")).toBool()
                    ? SubjectDataView::tr(" — agent agrees")
                    : SubjectDataView::tr(" — agent disagrees");
    int open = 0;
    for (const QJsonValue& d : e.value(QStringLiteral("disputes")).toArray())
        if (d.toObject().value(QStringLiteral("resolvedAt")).toString().isEmpty())
            ++open;
    if (open > 0)
        text += SubjectDataView::tr(", %n open dispute(s)", nullptr, open);
    return text;
}

} // namespace

SubjectDataView::SubjectDataView(QWidget* parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("subjectData"));
    setDocumentMode(true);
    m_recordings = addList(QStringLiteral("subjectRecordings"), tr("Recordings"),
                           {tr("Call"), tr("Purpose"), tr("Length"), tr("Queue"), tr("Imported")});
    m_evaluations =
        addList(QStringLiteral("subjectEvaluations"), tr("Evaluations"),
                {tr("Call"), tr("Kind"), tr("By"), tr("Scorecard"), tr("Total"), tr("Status")});
    m_access = addList(QStringLiteral("subjectAccess"), tr("Who accessed"),
                       {tr("When"), tr("Who"), tr("What"), tr("Object"), tr("Outcome")});
    m_authorised = addList(QStringLiteral("subjectAuthorised"), tr("Who may monitor"),
                           {tr("Name"), tr("Purposes"), tr("Since")});

    m_policy = new QLabel(this);
    m_policy->setObjectName(QStringLiteral("subjectPolicy"));
    m_policy->setWordWrap(true);
    m_policy->setTextFormat(Qt::RichText);
    m_policy->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_policy->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_policy->setContentsMargins(12, 12, 12, 12);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_policy);
    addTab(scroll, tr("Policy"));

    connect(m_recordings, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT openRecording(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_evaluations, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT openEvaluation(item->data(0, Qt::UserRole).toLongLong());
    });
}

QTreeWidget* SubjectDataView::addList(const QString& objectName, const QString& title,
                                      const QStringList& columns)
{
    auto* list = new QTreeWidget(this);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSortingEnabled(false);
    list->setHeaderLabels(columns);
    list->header()->setStretchLastSection(true);
    list->setAccessibleName(title);
    addTab(list, title);
    return list;
}

void SubjectDataView::clear()
{
    for (QTreeWidget* list : {m_recordings, m_evaluations, m_access, m_authorised})
        list->clear();
    m_policy->clear();
    updateTitles();
}

void SubjectDataView::display(const QJsonObject& subjectData)
{
    showRecordings(subjectData.value(QStringLiteral("recordings")).toArray());
    showEvaluations(subjectData.value(QStringLiteral("evaluations")).toArray());
    showAccess(subjectData.value(QStringLiteral("auditEntries")).toArray());
    showAuthorised(subjectData.value(QStringLiteral("authorisedToMonitor")).toArray());
    showPolicy(subjectData.value(QStringLiteral("policyInForce")).toObject());
    updateTitles();
}

void SubjectDataView::showRecordings(const QJsonArray& recordings)
{
    m_recordings->clear();
    for (const QJsonValue& value : recordings) {
        const QJsonObject r = value.toObject();
        auto* item = new QTreeWidgetItem(
            m_recordings, {whenText(str(r, "callStart")), purposeText(str(r, "purpose")),
                           DisplayText::duration(r.value(QStringLiteral("durationMs")).toInteger()),
                           str(r, "queue"), whenText(str(r, "importedAt"))});
        item->setData(0, Qt::UserRole, r.value(QStringLiteral("id")).toInteger());
        item->setToolTip(0, tr("Double-click or press Enter to open the call in the Review area."));
    }
    m_recordings->resizeColumnToContents(0);
}

void SubjectDataView::showEvaluations(const QJsonArray& evaluations)
{
    m_evaluations->clear();
    for (const QJsonValue& value : evaluations) {
        const QJsonObject e = value.toObject();
        const QJsonObject scorecard = e.value(QStringLiteral("template")).toObject();
        const QJsonValue total = e.value(QStringLiteral("total"));
        QString totalText =
            total.isDouble() ? DisplayText::percent(total.toDouble()) : QStringLiteral("—");
        if (e.value(QStringLiteral("criticalFailed")).toBool())
            totalText += tr(" (critical criterion failed)");
        auto* item = new QTreeWidgetItem(
            m_evaluations, {tr("Call %1").arg(e.value(QStringLiteral("recording")).toInteger()),
                            kindText(str(e, "kind")), str(e, "evaluator"),
                            tr("%1, version %2")
                                .arg(str(scorecard, "name"))
                                .arg(scorecard.value(QStringLiteral("version")).toInt()),
                            totalText, statusText(e)});
        item->setData(0, Qt::UserRole, e.value(QStringLiteral("id")).toInteger());
        if (e.value(QStringLiteral("kind")).toString() != QLatin1String("self"))
            item->setToolTip(0, tr("Double-click or press Enter to open the evaluation in the "
                                   "Feedback area."));
    }
    for (int c = 0; c < m_evaluations->columnCount() - 1; ++c)
        m_evaluations->resizeColumnToContents(c);
}

void SubjectDataView::showAccess(const QJsonArray& entries)
{
    m_access->clear();
    // Newest first: the question is usually "who looked lately".
    for (auto it = entries.end(); it != entries.begin();) {
        const QJsonObject a = (--it)->toObject();
        const QString actor = str(a, "actor");
        new QTreeWidgetItem(
            m_access, {whenText(str(a, "at")), actor.isEmpty() ? tr("CoachVault") : actor,
                       str(a, "action"), str(a, "object"),
                       DisplayText::outcome(str(a, "outcome")) +
                           (str(a, "ruleId").isEmpty()
                                ? QString()
                                : QStringLiteral(" (") + str(a, "ruleId") + QLatin1Char(')'))});
    }
    for (int c = 0; c < m_access->columnCount() - 1; ++c)
        m_access->resizeColumnToContents(c);
}

void SubjectDataView::showAuthorised(const QJsonArray& monitors)
{
    m_authorised->clear();
    for (const QJsonValue& value : monitors) {
        const QJsonObject m = value.toObject();
        QStringList purposes;
        for (const QJsonValue& p : m.value(QStringLiteral("purposes")).toArray())
            purposes << purposeText(p.toString());
        new QTreeWidgetItem(m_authorised, {str(m, "name"), purposes.join(QStringLiteral(", ")),
                                           dayText(str(m, "validFrom"))});
    }
    m_authorised->resizeColumnToContents(0);
}

void SubjectDataView::showPolicy(const QJsonObject& policy)
{
    if (policy.isEmpty()) {
        m_policy->setText(tr("No monitoring policy is in force: no calls may be monitored."));
        return;
    }
    const QJsonObject organisation = policy.value(QStringLiteral("organisation")).toObject();
    QString html =
        QStringLiteral("<h3>%1</h3>")
            .arg(tr("Monitoring policy of %1").arg(str(organisation, "name").toHtmlEscaped()));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("In force since %1; the works council consented on %2.")
                         .arg(dayText(str(policy, "effectiveFrom")),
                              dayText(str(policy, "worksCouncilConsentOn"))));
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Purposes and how often:"));
    for (const QJsonValue& value : policy.value(QStringLiteral("purposes")).toArray()) {
        const QJsonObject p = value.toObject();
        html += QStringLiteral("<li>%1: %2</li>")
                    .arg(purposeText(str(p, "purpose")).toHtmlEscaped(),
                         periodText(str(p, "period"), p.value(QStringLiteral("calls")).toInt()));
    }
    html += QStringLiteral("</ul>");
    const int term = policy.value(QStringLiteral("evaluationTermDays")).toInt();
    const int extension = policy.value(QStringLiteral("retention"))
                              .toObject()
                              .value(QStringLiteral("maxExtensionDays"))
                              .toInt();
    const int interval = policy.value(QStringLiteral("assessmentMinimumIntervalDays")).toInt();
    html += QStringLiteral("<p>%1</p><p>%2</p><p>%3</p>")
                .arg(tr("A call is evaluated within %n day(s); when that term lapses, or once "
                        "the evaluation is signed off, the recording is destroyed.",
                        nullptr, term),
                     tr("A recording is kept longer only with your written consent, a reason and "
                        "an end date, at most %n day(s) longer.",
                        nullptr, extension),
                     tr("Between two assessment monitorings you have at least %n day(s) to "
                        "improve.",
                        nullptr, interval));
    m_policy->setText(html);
}

void SubjectDataView::updateTitles()
{
    setTabText(0, tr("Recordings (%1)").arg(m_recordings->topLevelItemCount()));
    setTabText(1, tr("Evaluations (%1)").arg(m_evaluations->topLevelItemCount()));
    setTabText(2, tr("Who accessed (%1)").arg(m_access->topLevelItemCount()));
    setTabText(3, tr("Who may monitor (%1)").arg(m_authorised->topLevelItemCount()));
}

} // namespace cv::ui
