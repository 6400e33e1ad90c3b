#pragma once

#include "core/people/Person.h"

#include <QWidget>

class QAction;
class QPushButton;
class QTableView;

namespace cv::core {
class Administration;
class Clock;
} // namespace cv::core

namespace cv::ui {

class MessageBanner;
class PersonTableModel;

// The persons of the vault (Administration::listPersons) for those whose
// roles may see them; Add, Edit and Set PIN only for those whose roles allow
// it (RulesEngine::roleAllows), so nobody is offered what the core refuses.
// Ctrl+N adds, Enter edits. The administration, clock and `actor` are used
// for the widget's lifetime.
class PersonsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonsTab)

public:
    PersonsTab(core::Administration& admin, const core::Clock& clock, const core::Person& actor,
               QWidget* parent = nullptr);

    void reload();
    void addPerson();
    void editSelected();
    void setCredentialOfSelected();

    PersonTableModel* model() const { return m_model; }

Q_SIGNALS:
    void personsChanged();

private:
    const core::Person* selected() const;
    void updateActions();

    core::Administration& m_admin;
    const core::Clock& m_clock;
    const core::Person m_actor;
    MessageBanner* m_banner = nullptr;
    PersonTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_credentialButton = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_credentialAction = nullptr;
};

} // namespace cv::ui
