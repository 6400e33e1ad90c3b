#include "ui/inbox/RecordingSortFilter.h"

#include "ui/inbox/RecordingTableModel.h"

namespace cv::ui {

RecordingSortFilter::RecordingSortFilter(RecordingTableModel* model, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
}

void RecordingSortFilter::setSearchText(const QString& text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    // One layout change, not a rowsInserted or rowsRemoved for every run of
    // rows that comes or goes: with 10 000 interleaved rows the view would
    // handle thousands of signals.
    invalidate();
}

bool RecordingSortFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return m_model->rowLessThan(left.column(), left.row(), right.row());
}

bool RecordingSortFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    return sourceParent.isValid()
               ? false
               : m_searchText.isEmpty() || m_model->rowContains(sourceRow, m_searchText);
}

} // namespace cv::ui
