#pragma once

#include "core/recordings/RecordingCatalogue.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>
#include <QList>

namespace cv::ui {

class LocalTimeFormatter;

// The recordings a person may see (core::RecordingCatalogue) as a table, one
// row per recording, in the order given. Times are shown in local time.
// Each row's texts are formatted once, when the recordings (or the moment
// deadlines are measured against) are set, so that painting, sorting and
// filtering 10 000 rows do no date or locale formatting.
// Sorting compares precomputed keys (rowLessThan, RecordingSortFilter);
// kIdRole gives the recording's id on every column.
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
        EvaluateBy, // R-ASSESS-3, coloured as it nears (DeadlineDisplay)
        ColumnCount,
    };
    static constexpr int kIdRole = Qt::UserRole + 1;
    // Every cell's text of the row in one string (any column): what the
    // Inbox filter searches, so a keystroke scans one string per row.
    static constexpr int kSearchRole = Qt::UserRole + 2;

    explicit RecordingTableModel(QObject* parent = nullptr);

    void setRecordings(QList<core::CatalogueEntry> recordings);
    // The moment deadlines are measured against (the vault's clock).
    void setNow(const QDateTime& nowUtc);
    const core::CatalogueEntry* entryAt(int row) const;
    // The Inbox's order, from precomputed keys: dates and durations as
    // numbers, text lower-cased (RecordingSortFilter).
    bool rowLessThan(int column, int leftRow, int rightRow) const;
    int rowOf(core::RecordingId id) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct RowText
    {
        QStringList cells;      // by Column
        QStringList lowerCells; // for sorting text columns
        QList<qint64> numbers;  // for sorting the others, by Column (0 for text)
        QString search;         // every cell, for kSearchRole
        QColor deadlineColour;
    };
    RowText format(const core::CatalogueEntry& entry, LocalTimeFormatter& times) const;
    void formatAll();

    QList<core::CatalogueEntry> m_recordings;
    QList<RowText> m_text;
    QDateTime m_nowUtc;
};

} // namespace cv::ui
