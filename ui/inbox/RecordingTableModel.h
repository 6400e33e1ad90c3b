#pragma once

#include "core/recordings/RecordingCatalogue.h"

#include <QAbstractTableModel>
#include <QList>

namespace cv::ui {

// The recordings a person may see (core::RecordingCatalogue) as a table, one
// row per recording, in the order given. Times are shown in local time.
// kSortRole gives raw values (dates, milliseconds) for a sorting proxy;
// kIdRole the recording's id on every column.
class RecordingTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingTableModel)

public:
    enum Column
    {
        Agent,
        CallStart,
        Duration,
        Direction,
        Queue,
        Purpose,
        ImportedOn,
        ColumnCount,
    };
    static constexpr int kSortRole = Qt::UserRole;
    static constexpr int kIdRole = Qt::UserRole + 1;

    explicit RecordingTableModel(QObject* parent = nullptr);

    void setRecordings(QList<core::CatalogueEntry> recordings);
    const core::CatalogueEntry* entryAt(int row) const;
    int rowOf(core::RecordingId id) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "4:05", "1:02:09".

private:
    QList<core::CatalogueEntry> m_recordings;
};

} // namespace cv::ui
