#include "ui/policy/PolicyHistoryModel.h"

#include "ui/DisplayText.h"

#include <QFont>

#include <algorithm>

namespace cv::ui {

PolicyHistoryModel::PolicyHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PolicyHistoryModel::setVersions(const QList<core::Policy>& versions, int versionInForce)
{
    beginResetModel();
    m_versions = versions;
    std::reverse(m_versions.begin(), m_versions.end());
    m_inForce = versionInForce;
    endResetModel();
}

const core::Policy* PolicyHistoryModel::versionAt(int row) const
{
    return row >= 0 && row < m_versions.size() ? &m_versions.at(row) : nullptr;
}

int PolicyHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int PolicyHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyHistoryModel::data(const QModelIndex& index, int role) const
{
    const core::Policy* p = versionAt(index.row());
    if (!p)
        return {};
    if (role == Qt::FontRole && p->version == m_inForce) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Version:
        return p->version == m_inForce ? tr("%1 (in force)").arg(p->version)
                                       : QString::number(p->version);
    case EffectiveFrom:
        return DisplayText::date(p->effectiveFrom);
    case WorksCouncilConsent:
        return DisplayText::date(p->worksCouncilConsentOn);
    case Purposes: {
        QList<core::Purpose> purposes;
        for (const core::PurposePolicy& pp : p->purposes)
            purposes << pp.purpose;
        return DisplayText::purposes(purposes);
    }
    case Organisation:
        return p->organisationName;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PolicyHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Version:
        return tr("Version");
    case EffectiveFrom:
        return tr("In force from");
    case WorksCouncilConsent:
        return tr("Works-council consent");
    case Purposes:
        return tr("Purposes");
    case Organisation:
        return tr("Organisation");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cv::ui
