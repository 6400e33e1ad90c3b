#include "ui/inbox/ImportSummaryDialog.h"

#include "ui/Theme.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QColor>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cv::ui {

using Kind = core::ImportOutcome::Kind;

namespace {

QString kindText(Kind kind)
{
    switch (kind) {
    case Kind::Imported:
        return ImportSummaryDialog::tr("Imported");
    case Kind::Refused:
        return ImportSummaryDialog::tr("Refused");
    case Kind::Failed:
        return ImportSummaryDialog::tr("Failed");
    case Kind::NotImported:
        return ImportSummaryDialog::tr("Not imported");
    }
    return {};
}

QColor kindColour(Kind kind)
{
    switch (kind) {
    case Kind::Imported:
        return QColor(0x1e, 0x6b, 0x34);
    case Kind::Refused:
        return QColor(0x9a, 0x5b, 0x00);
    case Kind::Failed:
        return QColor(0xa1, 0x26, 0x1d);
    case Kind::NotImported:
        return QColor(0x5f, 0x6b, 0x76);
    }
    return {};
}

// The reason without what the other columns already say: core messages
// start with the file ("FILE: …") or the rule ("R-INFO-1: …").
QString reasonText(const core::ImportOutcome& outcome)
{
    if (outcome.kind == Kind::Imported)
        return ImportSummaryDialog::tr("Recording %1").arg(outcome.id);
    QString reason = outcome.message;
    for (const QString& prefix : {outcome.ruleId, outcome.file}) {
        const QString lead = prefix + QStringLiteral(": ");
        if (!prefix.isEmpty() && reason.startsWith(lead))
            reason = reason.mid(lead.size());
    }
    if (!reason.isEmpty())
        reason[0] = reason[0].toUpper();
    return reason;
}

} // namespace

ImportSummaryDialog::ImportSummaryDialog(const core::ImportSummary& summary, core::Purpose purpose,
                                         QWidget* parent)
    : QDialog(parent)
    , m_headline(new QLabel(headline(summary, purpose), this))
    , m_table(new QTableWidget(int(summary.outcomes.size()), ColumnCount, this))
{
    setObjectName(QStringLiteral("importSummaryDialog"));
    setWindowTitle(tr("Import finished"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(860, 420);
    m_headline->setObjectName(QStringLiteral("importSummaryHeadline"));
    m_headline->setWordWrap(true);
    Theme::setRole(*m_headline, "heading");

    m_table->setObjectName(QStringLiteral("importSummaryTable"));
    m_table->setAccessibleName(tr("What happened to each file"));
    m_table->setHorizontalHeaderLabels({tr("Result"), tr("File"), tr("Rule"), tr("Reason")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < summary.outcomes.size(); ++row) {
        const core::ImportOutcome& outcome = summary.outcomes.at(row);
        auto* result = new QTableWidgetItem(kindText(outcome.kind));
        result->setForeground(kindColour(outcome.kind));
        QFont bold = result->font();
        bold.setBold(true);
        result->setFont(bold);
        auto* file = new QTableWidgetItem(QFileInfo(outcome.file).fileName());
        file->setToolTip(outcome.file);
        file->setData(Qt::UserRole, outcome.file);
        auto* reason = new QTableWidgetItem(reasonText(outcome));
        reason->setToolTip(outcome.message);
        reason->setData(Qt::UserRole,
                        outcome.kind == Kind::Imported ? reason->text() : outcome.message);
        m_table->setItem(row, Result, result);
        m_table->setItem(row, File, file);
        m_table->setItem(row, Rule, new QTableWidgetItem(outcome.ruleId));
        m_table->setItem(row, Reason, reason);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(File, qMin(m_table->columnWidth(File), 260));

    auto* copy = new QAction(tr("Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &ImportSummaryDialog::copySelection);
    m_table->addAction(copy);

    auto* advice = new QLabel(this);
    advice->setObjectName(QStringLiteral("importSummaryAdvice"));
    advice->setWordWrap(true);
    Theme::setRole(*advice, "muted");
    if (summary.refused + summary.failed + summary.notImported > 0)
        advice->setText(tr("Nothing of a refused or failed call was stored. Correct the file or "
                           "its manifest entry and import again: calls already imported are "
                           "recognised and not stored twice."));
    else
        advice->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copyAll = buttons->addButton(tr("Copy &all"), QDialogButtonBox::ActionRole);
    copyAll->setObjectName(QStringLiteral("importSummaryCopyButton"));
    copyAll->setToolTip(tr("Copy the whole report as text, one line per file"));
    connect(copyAll, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(reportText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 12);
    layout->setSpacing(10);
    layout->addWidget(m_headline);
    layout->addWidget(m_table, 1);
    layout->addWidget(advice);
    layout->addWidget(buttons);
}

QString ImportSummaryDialog::headline(const core::ImportSummary& summary, core::Purpose purpose)
{
    // Plural forms spelled out: English and Dutch both have one and many.
    const QString what = core::purposeText(purpose);
    QStringList parts;
    parts << (summary.imported == 1
                  ? tr("1 call imported for %1").arg(what)
                  : tr("%1 calls imported for %2").arg(summary.imported).arg(what));
    if (summary.refused)
        parts << tr("%1 refused by the rules").arg(summary.refused);
    if (summary.failed)
        parts << tr("%1 failed").arg(summary.failed);
    if (summary.notImported)
        parts << tr("%1 not imported (cancelled)").arg(summary.notImported);
    return parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}

QString ImportSummaryDialog::rowText(int row) const
{
    const auto text = [&](int column, int role) {
        const QTableWidgetItem* item = m_table->item(row, column);
        return item ? item->data(role).toString() : QString();
    };
    return QStringList{text(Result, Qt::DisplayRole), text(File, Qt::UserRole),
                       text(Rule, Qt::DisplayRole), text(Reason, Qt::UserRole)}
        .join(QLatin1Char('\t'));
}

QString ImportSummaryDialog::reportText() const
{
    QStringList lines{m_headline->text()};
    for (int row = 0; row < m_table->rowCount(); ++row)
        lines << rowText(row);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ImportSummaryDialog::copySelection() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty()) {
        QApplication::clipboard()->setText(reportText());
        return;
    }
    QStringList lines;
    for (int row : std::as_const(rows))
        lines << rowText(row);
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

} // namespace cv::ui
