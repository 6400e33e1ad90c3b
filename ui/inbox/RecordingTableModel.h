#pragma once

#include "core/recordings/RecordingCatalogue.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>
#include <QList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace cv::ui {

class LocalTimeFormatter;

// The recordings a person may see (core::RecordingCatalogue) as a table, one
// row per recording, in the order given. Times are shown in local time.
// Setting 10 000 recordings formats no text: the numeric sort keys are taken
// at once, and a row's texts are formatted the first time they are asked
// for (painting a screenful, measuring columns) and then kept. What is left
// is formatted in idle time, a slice per event-loop pass (formatRemaining),
// so the first keystroke in the filter finds every row's search text ready.
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
    ~RecordingTableModel() override;

    // `nowUtc`: the moment deadlines are measured against (the vault's clock).
    void setRecordings(QList<core::CatalogueEntry> recordings, const QDateTime& nowUtc);
    const core::CatalogueEntry* entryAt(int row) const;
    // The Inbox's order, from precomputed keys: dates and durations as
    // numbers, text case-insensitively (RecordingSortFilter).
    bool rowLessThan(int column, int leftRow, int rightRow) const;
    // Whether any cell of the row contains `needle`, case-insensitively.
    bool rowContains(int row, QStringView needle) const;
    int rowOf(core::RecordingId id) const; // -1 when absent
    // Formats up to `rows` rows not yet formatted; false once all are.
    bool formatRemaining(int rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct RowText
    {
        std::array<QString, ColumnCount> cells;
        QString search; // every cell, for kSearchRole and rowContains
        QColor deadlineColour;
    };
    using SortKeys = std::array<qint64, ColumnCount>; // numeric columns; 0 for text
    const RowText& textAt(int row) const;             // formats the row when first asked
    RowText format(const core::CatalogueEntry& entry) const;
    SortKeys sortKeys(const core::CatalogueEntry& entry) const;

    QList<core::CatalogueEntry> m_recordings;
    std::vector<SortKeys> m_sortKeys;
    mutable std::vector<std::optional<RowText>> m_text;
    mutable std::unique_ptr<LocalTimeFormatter> m_times; // keeps its caches across rows
    int m_formatFrom = 0;                                // formatRemaining's position
    QDateTime m_nowUtc;
};

} // namespace cv::ui
