#pragma once

#include "core/people/Person.h"

#include <QWidget>

class QTabWidget;

namespace cv::core {
class Administration;
class Clock;
} // namespace cv::core

namespace cv::ui {

class AuthorisationsTab;
class PersonsTab;
class PolicyTab;

// The People & policy area for one signed-in person: the tabs their roles
// allow (RulesEngine::roleAllows). Persons only for those who may view
// persons; "Who may listen to calls" (R-AUTH-2) and the policy for everyone.
// Made at sign-in, destroyed at sign-out.
class PeopleArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeopleArea)

public:
    PeopleArea(core::Administration& admin, const core::Clock& clock, const core::Person& actor,
               QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    PersonsTab* personsTab() const { return m_persons; } // nullptr when not allowed
    AuthorisationsTab* authorisationsTab() const { return m_authorisations; }
    PolicyTab* policyTab() const { return m_policy; }

private:
    QTabWidget* m_tabs = nullptr;
    PersonsTab* m_persons = nullptr;
    AuthorisationsTab* m_authorisations = nullptr;
    PolicyTab* m_policy = nullptr;
};

} // namespace cv::ui
