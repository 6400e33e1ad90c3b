#include "ui/inbox/RecordingSortFilter.h"

#include "ui/inbox/RecordingTableModel.h"

namespace cv::ui {

RecordingSortFilter::RecordingSortFilter(RecordingTableModel* model, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
    setFilterKeyColumn(0);
    setFilterRole(RecordingTableModel::kSearchRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

bool RecordingSortFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return m_model->rowLessThan(left.column(), left.row(), right.row());
}

} // namespace cv::ui
