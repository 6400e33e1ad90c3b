#pragma once

#include <QSortFilterProxyModel>

namespace cv::ui {

class RecordingTableModel;

// The Inbox's sorting and filtering over a RecordingTableModel: compares
// the model's precomputed keys directly (no QVariant per comparison, which
// is what sorting 10 000 rows spends its time on) and keeps the rows whose
// one search string contains the search text, case-insensitively (no
// regular expression, no QVariant per row).
class RecordingSortFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingSortFilter)
public:
    explicit RecordingSortFilter(RecordingTableModel* model, QObject* parent = nullptr);

    void setSearchText(const QString& text); // empty: every row
    const QString& searchText() const { return m_searchText; }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    RecordingTableModel* m_model;
    QString m_searchText;
};

} // namespace cv::ui
