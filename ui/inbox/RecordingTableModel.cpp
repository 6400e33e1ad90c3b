#include "ui/inbox/RecordingTableModel.h"

#include "ui/DisplayText.h"
#include "ui/LocalTimeFormatter.h"
#include "ui/review/DeadlineDisplay.h"

#include <algorithm>
#include <limits>

namespace cv::ui {

RecordingTableModel::RecordingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_times(std::make_unique<LocalTimeFormatter>())
{}

RecordingTableModel::~RecordingTableModel() = default;

void RecordingTableModel::setRecordings(QList<core::CatalogueEntry> recordings,
                                        const QDateTime& nowUtc)
{
    beginResetModel();
    m_recordings = std::move(recordings);
    m_nowUtc = nowUtc;
    m_times = std::make_unique<LocalTimeFormatter>(); // the zone may have changed
    m_text.assign(m_recordings.size(), std::nullopt);
    m_formatFrom = 0;
    m_sortKeys.clear();
    m_sortKeys.reserve(m_recordings.size());
    for (const core::CatalogueEntry& entry : std::as_const(m_recordings))
        m_sortKeys.push_back(sortKeys(entry));
    endResetModel();
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
    if (isNumeric(column))
        return m_sortKeys[leftRow][column] < m_sortKeys[rightRow][column];
    return textAt(leftRow).cells[column].compare(textAt(rightRow).cells[column],
                                                 Qt::CaseInsensitive) < 0;
}

bool RecordingTableModel::rowContains(int row, QStringView needle) const
{
    return textAt(row).search.contains(needle, Qt::CaseInsensitive);
}

bool RecordingTableModel::formatRemaining(int rows)
{
    const int end = std::min(int(m_text.size()), m_formatFrom + rows);
    for (; m_formatFrom < end; ++m_formatFrom)
        textAt(m_formatFrom);
    return m_formatFrom < int(m_text.size());
}

const RecordingTableModel::RowText& RecordingTableModel::textAt(int row) const
{
    std::optional<RowText>& text = m_text[row];
    if (!text)
        text = format(m_recordings.at(row));
    return *text;
}

RecordingTableModel::SortKeys RecordingTableModel::sortKeys(const core::CatalogueEntry& entry) const
{
    const core::Recording& r = entry.recording;
    SortKeys keys{};
    keys[CallStart] = r.callStartUtc.toMSecsSinceEpoch();
    keys[Duration] = r.durationMs();
    keys[ImportedOn] = r.importedAtUtc.toMSecsSinceEpoch();
    // Evaluated calls after every open one.
    keys[EvaluateBy] = entry.evaluated || !entry.evaluateByUtc.isValid()
                           ? std::numeric_limits<qint64>::max()
                           : entry.evaluateByUtc.toMSecsSinceEpoch();
    return keys;
}

RecordingTableModel::RowText RecordingTableModel::format(const core::CatalogueEntry& entry) const
{
    LocalTimeFormatter& times = *m_times;
    const core::Recording& r = entry.recording;
    RowText row;
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
    qsizetype length = ColumnCount;
    for (const QString& cell : row.cells)
        length += cell.size();
    row.search.reserve(length);
    for (const QString& cell : row.cells) {
        row.search += cell;
        row.search += QLatin1Char('\n');
    }
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
    const RowText& text = textAt(index.row());
    if (role == kSearchRole)
        return text.search;
    if (index.column() == EvaluateBy && role == Qt::ToolTipRole) // rare: made when asked
        return DeadlineDisplay::of(entry->evaluateByUtc, m_nowUtc, entry->evaluated).longText();
    if (index.column() == EvaluateBy && role == Qt::ForegroundRole)
        return text.deadlineColour.isValid() ? QVariant(text.deadlineColour) : QVariant();
    if (role != Qt::DisplayRole || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    return text.cells[index.column()];
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
