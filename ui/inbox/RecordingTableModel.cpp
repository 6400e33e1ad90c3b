#include "ui/inbox/RecordingTableModel.h"

#include "ui/DisplayText.h"
#include "ui/LocalTimeFormatter.h"
#include "ui/review/DeadlineDisplay.h"

#include <limits>

namespace cv::ui {

RecordingTableModel::RecordingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RecordingTableModel::setRecordings(QList<core::CatalogueEntry> recordings)
{
    beginResetModel();
    m_recordings = std::move(recordings);
    formatAll();
    endResetModel();
}

void RecordingTableModel::setNow(const QDateTime& nowUtc)
{
    m_nowUtc = nowUtc;
    if (m_recordings.isEmpty())
        return;
    formatAll();
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

namespace {

bool isNumeric(int column)
{
    using C = RecordingTableModel::Column;
    return column == C::CallStart || column == C::Duration || column == C::ImportedOn ||
           column == C::EvaluateBy;
}

} // namespace

bool RecordingTableModel::rowLessThan(int column, int leftRow, int rightRow) const
{
    const RowText& l = m_text.at(leftRow);
    const RowText& r = m_text.at(rightRow);
    if (isNumeric(column))
        return l.numbers.at(column) < r.numbers.at(column);
    return l.lowerCells.at(column) < r.lowerCells.at(column);
}

void RecordingTableModel::formatAll()
{
    m_text.clear();
    m_text.reserve(m_recordings.size());
    LocalTimeFormatter times;
    for (const core::CatalogueEntry& entry : std::as_const(m_recordings))
        m_text.append(format(entry, times));
}

RecordingTableModel::RowText RecordingTableModel::format(const core::CatalogueEntry& entry,
                                                         LocalTimeFormatter& times) const
{
    const core::Recording& r = entry.recording;
    RowText row;
    row.cells.resize(ColumnCount);
    row.cells[Agent] = entry.agentName;
    row.cells[CallStart] = times.dateTime(r.callStartUtc);
    row.cells[Duration] = DisplayText::duration(r.durationMs());
    row.cells[Direction] =
        r.direction == core::CallDirection::Outbound ? tr("Outbound") : tr("Inbound");
    row.cells[Queue] = r.queue;
    switch (r.purpose) {
    case core::Purpose::Coaching:
        row.cells[Purpose] = tr("Coaching");
        break;
    case core::Purpose::Assessment:
        row.cells[Purpose] = tr("Assessment");
        break;
    case core::Purpose::Quality:
        row.cells[Purpose] = tr("Quality");
        break;
    }
    row.cells[ImportedOn] = times.dateTime(r.importedAtUtc);
    const auto deadline =
        DeadlineDisplay::of(entry.evaluateByUtc, m_nowUtc, entry.evaluated, times);
    row.cells[EvaluateBy] = deadline.shortText(times);
    row.deadlineColour = deadline.colour();
    row.search = row.cells.join(QLatin1Char('\n'));
    for (const QString& cell : std::as_const(row.cells))
        row.lowerCells.append(cell.toLower());
    row.numbers.resize(ColumnCount);
    row.numbers[CallStart] = r.callStartUtc.toMSecsSinceEpoch();
    row.numbers[Duration] = r.durationMs();
    row.numbers[ImportedOn] = r.importedAtUtc.toMSecsSinceEpoch();
    // Evaluated calls after every open one.
    row.numbers[EvaluateBy] = entry.evaluated || !entry.evaluateByUtc.isValid()
                                  ? std::numeric_limits<qint64>::max()
                                  : entry.evaluateByUtc.toMSecsSinceEpoch();
    return row;
}

const core::CatalogueEntry* RecordingTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_recordings.size() ? &m_recordings.at(row) : nullptr;
}

int RecordingTableModel::rowOf(core::RecordingId id) const
{
    for (int row = 0; row < m_recordings.size(); ++row) {
        if (m_recordings.at(row).recording.id == id)
            return row;
    }
    return -1;
}

int RecordingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_recordings.size());
}

int RecordingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordingTableModel::data(const QModelIndex& index, int role) const
{
    const core::CatalogueEntry* entry = entryAt(index.row());
    if (!entry)
        return {};
    const core::Recording& r = entry->recording;
    if (role == kIdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole && index.column() == Duration)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Agent)
        return entry->agentHandle;
    const RowText& text = m_text.at(index.row());
    if (role == kSearchRole)
        return text.search;
    if (index.column() == EvaluateBy && role == Qt::ToolTipRole) // rare: made when asked
        return DeadlineDisplay::of(entry->evaluateByUtc, m_nowUtc, entry->evaluated).longText();
    if (index.column() == EvaluateBy && role == Qt::ForegroundRole)
        return text.deadlineColour.isValid() ? QVariant(text.deadlineColour) : QVariant();
    if (role != Qt::DisplayRole || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    return text.cells.at(index.column());
}

QVariant RecordingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Agent:
        return tr("Agent");
    case CallStart:
        return tr("Call start");
    case Duration:
        return tr("Duration");
    case Direction:
        return tr("Direction");
    case Queue:
        return tr("Queue");
    case Purpose:
        return tr("Purpose");
    case ImportedOn:
        return tr("Imported");
    case EvaluateBy:
        return tr("Evaluate by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cv::ui
