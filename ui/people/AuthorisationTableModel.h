#pragma once

#include "core/people/AuthorisationStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace cv::ui {

// Who may monitor (R-AUTH-2): the authorisations of a vault as a table,
// in force first, revoked ones after. Holds copies; reset with
// setAuthorisations after a change. Person names come from `names`.
class AuthorisationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorisationTableModel)

public:
    enum Column
    {
        Person,
        ValidFrom,
        ConfidentialityAccepted,
        GrantedBy,
        Revoked,
        Purposes, // last: the longest, it takes the remaining width
        ColumnCount,
    };

    explicit AuthorisationTableModel(QObject* parent = nullptr);

    void setAuthorisations(QList<core::Authorisation> authorisations,
                           QHash<core::PersonId, QString> names);
    const core::Authorisation* authorisationAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString nameOf(core::PersonId id) const;

    QList<core::Authorisation> m_authorisations;
    QHash<core::PersonId, QString> m_names;
};

} // namespace cv::ui
