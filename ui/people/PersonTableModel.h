#pragma once

#include "core/people/Person.h"

#include <QAbstractTableModel>
#include <QList>

namespace cv::ui {

// The persons of a vault as a table, one row per person, in the order
// given. Holds a copy of the list (Administration::listPersons); reset it
// with setPersons after a change.
class PersonTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonTableModel)

public:
    enum Column
    {
        Name,
        Handle,
        Roles,
        Employment,
        ProtectedStatus,
        InformedOn,
        TrainingConsent,
        ColumnCount,
    };

    explicit PersonTableModel(QObject* parent = nullptr);

    void setPersons(QList<core::Person> persons);
    const core::Person* personAt(int row) const;
    int rowOf(core::PersonId id) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<core::Person> m_persons;
};

} // namespace cv::ui
