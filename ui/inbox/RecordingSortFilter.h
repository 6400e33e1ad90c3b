#pragma once

#include <QSortFilterProxyModel>

namespace cv::ui {

class RecordingTableModel;

// The Inbox's sorting and filtering over a RecordingTableModel: compares
// the model's precomputed keys directly (no QVariant per comparison, which
// is what sorting 10 000 rows spends its time on) and filters on each row's
// one search string (RecordingTableModel::kSearchRole), case-insensitively.
class RecordingSortFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingSortFilter)
public:
    explicit RecordingSortFilter(RecordingTableModel* model, QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    RecordingTableModel* m_model;
};

} // namespace cv::ui
