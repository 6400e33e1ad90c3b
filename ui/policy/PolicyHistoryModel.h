#pragma once

#include "core/policy/Policy.h"

#include <QAbstractTableModel>
#include <QList>

namespace cv::ui {

// The versions of the policy (R-POLICY-2), newest first: every version stays
// readable. Holds copies; reset with setVersions.
class PolicyHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyHistoryModel)

public:
    enum Column
    {
        Version,
        EffectiveFrom,
        WorksCouncilConsent,
        Purposes,
        Organisation,
        ColumnCount,
    };

    explicit PolicyHistoryModel(QObject* parent = nullptr);

    // `versions` oldest first, as PolicyStore::history gives them.
    void setVersions(const QList<core::Policy>& versions, int versionInForce);
    const core::Policy* versionAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<core::Policy> m_versions;
    int m_inForce = 0;
};

} // namespace cv::ui
