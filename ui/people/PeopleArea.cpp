#include "ui/people/PeopleArea.h"

#include "core/rules/RulesEngine.h"
#include "ui/people/AuthorisationsTab.h"
#include "ui/people/PersonsTab.h"
#include "ui/policy/PolicyTab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace cv::ui {

PeopleArea::PeopleArea(core::Administration& admin, const core::Clock& clock,
                       const core::Person& actor, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("peopleArea"));
    m_tabs->setObjectName(QStringLiteral("peopleTabs"));
    m_tabs->setDocumentMode(true);
    if (core::RulesEngine::roleAllows(actor, core::Action::ViewPersons, nullptr)) {
        m_persons = new PersonsTab(admin, clock, actor, m_tabs);
        m_tabs->addTab(m_persons, tr("&Persons"));
    }
    m_authorisations = new AuthorisationsTab(admin, clock, actor, m_tabs);
    m_tabs->addTab(m_authorisations, tr("&Who may listen to calls"));
    m_policy = new PolicyTab(admin, clock, actor, m_tabs);
    m_tabs->addTab(m_policy, tr("P&olicy"));
    // A new person can be authorised straight away.
    if (m_persons)
        connect(m_persons, &PersonsTab::personsChanged, m_authorisations,
                &AuthorisationsTab::reload);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

} // namespace cv::ui
