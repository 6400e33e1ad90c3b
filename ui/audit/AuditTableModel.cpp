#include "ui/audit/AuditTableModel.h"

#include "ui/DisplayText.h"

#include <QColor>

namespace cv::ui {

AuditTableModel::AuditTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AuditTableModel::setEntries(QList<core::AuditEntry> entries,
                                 QHash<core::PersonId, QString> names)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_names = std::move(names);
    endResetModel();
}

const core::AuditEntry* AuditTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

QString AuditTableModel::nameOf(const std::optional<core::PersonId>& id) const
{
    if (!id)
        return QString();
    return m_names.value(*id, tr("Person #%1").arg(*id));
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    const core::AuditEntry* e = entryAt(index.row());
    if (!e)
        return {};
    if (role == Qt::ToolTipRole)
        return e->detail.isEmpty() ? tr("Entry %1").arg(e->seq)
                                   : tr("Entry %1: %2").arg(e->seq).arg(e->detail);
    if (role == Qt::ForegroundRole && index.column() == Outcome &&
        e->outcome != QLatin1String("allowed"))
        return QColor(0xa1, 0x26, 0x1d);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Time:
        return DisplayText::localTime(e->at);
    case Actor:
        return e->actor ? nameOf(e->actor) : tr("(system)");
    case Action:
        return e->action;
    case Object:
        return e->objectId.isEmpty() ? e->objectType
                                     : e->objectType + QLatin1Char(' ') + e->objectId;
    case Subject:
        return nameOf(e->subject);
    case Outcome:
        return DisplayText::outcome(e->outcome);
    case Rule:
        return e->ruleId;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Actor:
        return tr("By");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object");
    case Subject:
        return tr("About");
    case Outcome:
        return tr("Outcome");
    case Rule:
        return tr("Rule");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cv::ui
