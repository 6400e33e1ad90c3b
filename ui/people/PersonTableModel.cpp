#include "ui/people/PersonTableModel.h"

#include "ui/DisplayText.h"

#include <QColor>

namespace cv::ui {

PersonTableModel::PersonTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PersonTableModel::setPersons(QList<core::Person> persons)
{
    beginResetModel();
    m_persons = std::move(persons);
    endResetModel();
}

const core::Person* PersonTableModel::personAt(int row) const
{
    return row >= 0 && row < m_persons.size() ? &m_persons.at(row) : nullptr;
}

int PersonTableModel::rowOf(core::PersonId id) const
{
    for (int row = 0; row < m_persons.size(); ++row) {
        if (m_persons.at(row).id == id)
            return row;
    }
    return -1;
}

int PersonTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_persons.size());
}

int PersonTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonTableModel::data(const QModelIndex& index, int role) const
{
    const core::Person* person = personAt(index.row());
    if (!person)
        return {};
    if (role == Qt::ToolTipRole && index.column() == TrainingConsent &&
        person->trainingConsent.isValid())
        return person->trainingConsent.scope;
    if (role == Qt::ForegroundRole && !person->active)
        return QColor(Qt::gray);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return person->active ? person->displayName
                              : tr("%1 (no longer active)").arg(person->displayName);
    case Handle:
        return person->handle;
    case Roles:
        return DisplayText::roles(person->roles);
    case Employment:
        return DisplayText::employment(person->employment);
    case ProtectedStatus:
        return DisplayText::protectedStatus(person->protectedStatus);
    case InformedOn:
        return DisplayText::date(person->informedOn);
    case TrainingConsent:
        return person->trainingConsent.isValid()
                   ? DisplayText::date(person->trainingConsent.givenOn)
                   : tr("No");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Handle:
        return tr("Sign-in name");
    case Roles:
        return tr("Roles");
    case Employment:
        return tr("Employment");
    case ProtectedStatus:
        return tr("Protected status");
    case InformedOn:
        return tr("Informed");
    case TrainingConsent:
        return tr("Training consent");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cv::ui
