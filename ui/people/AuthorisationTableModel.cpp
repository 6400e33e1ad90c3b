#include "ui/people/AuthorisationTableModel.h"

#include "ui/DisplayText.h"

#include <QColor>

#include <algorithm>

namespace cv::ui {

AuthorisationTableModel::AuthorisationTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AuthorisationTableModel::setAuthorisations(QList<core::Authorisation> authorisations,
                                                QHash<core::PersonId, QString> names)
{
    beginResetModel();
    m_authorisations = std::move(authorisations);
    m_names = std::move(names);
    std::stable_sort(m_authorisations.begin(), m_authorisations.end(),
                     [](const core::Authorisation& a, const core::Authorisation& b) {
                         return !a.isRevoked() && b.isRevoked();
                     });
    endResetModel();
}

const core::Authorisation* AuthorisationTableModel::authorisationAt(int row) const
{
    return row >= 0 && row < m_authorisations.size() ? &m_authorisations.at(row) : nullptr;
}

QString AuthorisationTableModel::nameOf(core::PersonId id) const
{
    return m_names.value(id, tr("Person #%1").arg(id));
}

int AuthorisationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_authorisations.size());
}

int AuthorisationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuthorisationTableModel::data(const QModelIndex& index, int role) const
{
    const core::Authorisation* a = authorisationAt(index.row());
    if (!a)
        return {};
    if (role == Qt::ForegroundRole && a->isRevoked())
        return QColor(Qt::gray);
    if (role == Qt::ToolTipRole && index.column() == Purposes)
        return DisplayText::purposes(a->purposes);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Person:
        return nameOf(a->person);
    case Purposes:
        return DisplayText::purposes(a->purposes);
    case ValidFrom:
        return DisplayText::date(a->validFrom);
    case ConfidentialityAccepted:
        return DisplayText::date(a->confidentialityAcceptedOn);
    case GrantedBy:
        return a->grantedBy ? nameOf(a->grantedBy) : QString();
    case Revoked:
        return a->isRevoked() ? DisplayText::localTime(a->revokedAt) : tr("In force");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuthorisationTableModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Person:
        return tr("Person");
    case Purposes:
        return tr("Purposes");
    case ValidFrom:
        return tr("From");
    case ConfidentialityAccepted:
        return tr("Confidentiality accepted");
    case GrantedBy:
        return tr("Authorised by");
    case Revoked:
        return tr("Revoked");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cv::ui
