#pragma once

#include "core/audit/AuditLog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace cv::ui {

// Audit entries (R-AUTH-3) as a table, in the order given (newest first
// from AuditArea). Times are shown in local time; actors and subjects by
// name from `names`. Holds copies; reset with setEntries.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)

public:
    enum Column
    {
        Time,
        Actor,
        Action,
        Object,
        Subject,
        Outcome,
        Rule,
        ColumnCount,
    };

    explicit AuditTableModel(QObject* parent = nullptr);

    void setEntries(QList<core::AuditEntry> entries, QHash<core::PersonId, QString> names);
    const core::AuditEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString nameOf(const std::optional<core::PersonId>& id) const;

    QList<core::AuditEntry> m_entries;
    QHash<core::PersonId, QString> m_names;
};

} // namespace cv::ui
