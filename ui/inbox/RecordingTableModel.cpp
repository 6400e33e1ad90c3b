#include "ui/inbox/RecordingTableModel.h"

#include "ui/DisplayText.h"

namespace cv::ui {

RecordingTableModel::RecordingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RecordingTableModel::setRecordings(QList<core::CatalogueEntry> recordings)
{
    beginResetModel();
    m_recordings = std::move(recordings);
    endResetModel();
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
    if (role == kSortRole) {
        switch (Column(index.column())) {
        case CallStart:
            return r.callStartUtc;
        case Duration:
            return r.durationMs();
        case ImportedOn:
            return r.importedAtUtc;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Agent:
        return entry->agentName;
    case CallStart:
        return DisplayText::localTime(r.callStartUtc);
    case Duration:
        return DisplayText::duration(r.durationMs());
    case Direction:
        return r.direction == core::CallDirection::Outbound ? tr("Outbound") : tr("Inbound");
    case Queue:
        return r.queue;
    case Purpose:
        switch (r.purpose) {
        case core::Purpose::Coaching:
            return tr("Coaching");
        case core::Purpose::Assessment:
            return tr("Assessment");
        case core::Purpose::Quality:
            return tr("Quality");
        }
        return {};
    case ImportedOn:
        return DisplayText::localTime(r.importedAtUtc);
    case ColumnCount:
        break;
    }
    return {};
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
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cv::ui
