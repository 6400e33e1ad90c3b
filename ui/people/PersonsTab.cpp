#include "ui/people/PersonsTab.h"

#include "core/admin/Administration.h"
#include "core/time/Clock.h"
#include "ui/MessageBanner.h"
#include "ui/people/CredentialDialog.h"
#include "ui/people/PersonDialog.h"
#include "ui/people/PersonTableModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cv::ui {

using core::Action;
using core::RulesEngine;

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

} // namespace

PersonsTab::PersonsTab(core::Administration& admin, const core::Clock& clock,
                       const core::Person& actor, QWidget* parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_clock(clock)
    , m_actor(actor)
    , m_banner(new MessageBanner(this))
    , m_model(new PersonTableModel(this))
{
    setObjectName(QStringLiteral("personsTab"));
    m_banner->setObjectName(QStringLiteral("personsBanner"));
    m_table = makeTable(m_model, this);
    m_table->setObjectName(QStringLiteral("personsTable"));
    m_table->setAccessibleName(tr("Persons"));

    auto* buttons = new QHBoxLayout;
    if (RulesEngine::roleAllows(actor, Action::AddPerson, nullptr)) {
        auto* add = new QAction(tr("&Add person…"), this);
        add->setObjectName(QStringLiteral("addPersonAction"));
        add->setShortcut(QKeySequence::New);
        add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(add, &QAction::triggered, this, &PersonsTab::addPerson);
        addAction(add);
        auto* addButton = new QPushButton(add->text(), this);
        addButton->setObjectName(QStringLiteral("addPersonButton"));
        addButton->setToolTip(
            tr("Add a person (%1)").arg(add->shortcut().toString(QKeySequence::NativeText)));
        connect(addButton, &QPushButton::clicked, add, &QAction::trigger);
        buttons->addWidget(addButton);
    }
    if (RulesEngine::roleAllows(actor, Action::EditPerson, nullptr)) {
        m_editAction = new QAction(tr("&Edit…"), this);
        m_editAction->setObjectName(QStringLiteral("editPersonAction"));
        connect(m_editAction, &QAction::triggered, this, &PersonsTab::editSelected);
        m_editButton = new QPushButton(m_editAction->text(), this);
        m_editButton->setObjectName(QStringLiteral("editPersonButton"));
        m_editButton->setToolTip(tr("Edit the selected person (Enter)"));
        connect(m_editButton, &QPushButton::clicked, m_editAction, &QAction::trigger);
        buttons->addWidget(m_editButton);
        // Enter or a double click on a row edits it.
        connect(m_table, &QAbstractItemView::activated, m_editAction, &QAction::trigger);
    }
    if (RulesEngine::roleAllows(actor, Action::SetCredential, nullptr)) {
        m_credentialAction = new QAction(tr("Set &PIN…"), this);
        m_credentialAction->setObjectName(QStringLiteral("setPinAction"));
        connect(m_credentialAction, &QAction::triggered, this,
                &PersonsTab::setCredentialOfSelected);
        m_credentialButton = new QPushButton(m_credentialAction->text(), this);
        m_credentialButton->setObjectName(QStringLiteral("setPinButton"));
        connect(m_credentialButton, &QPushButton::clicked, m_credentialAction, &QAction::trigger);
        buttons->addWidget(m_credentialButton);
    }
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PersonsTab::updateActions);
    reload();
}

void PersonsTab::reload()
{
    const core::PersonId keep = selected() ? selected()->id : 0;
    auto persons = m_admin.listPersons(m_actor);
    if (!persons) {
        m_banner->showMessage(persons.error().message, MessageBanner::Kind::Error);
        m_model->setPersons({});
    } else {
        m_model->setPersons(*persons);
    }
    m_table->resizeColumnsToContents();
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_table->selectRow(row);
    updateActions();
}

const core::Person* PersonsTab::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->personAt(rows.first().row());
}

void PersonsTab::updateActions()
{
    const bool any = selected() != nullptr;
    for (QAction* action : {m_editAction, m_credentialAction}) {
        if (action)
            action->setEnabled(any);
    }
    for (QPushButton* button : {m_editButton, m_credentialButton}) {
        if (button)
            button->setEnabled(any);
    }
}

void PersonsTab::addPerson()
{
    core::Person fresh;
    fresh.roles = {core::Role::Agent};
    fresh.employment = core::Employment::Permanent;
    auto* dialog = new PersonDialog(
        fresh, m_clock.nowUtc().date(),
        [this](const core::Person& person) -> core::Result<void> {
            auto id = m_admin.addPerson(m_actor, person);
            if (!id)
                return std::unexpected(id.error());
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString handle = dialog->person().handle;
        reload();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->personAt(row)->handle == handle)
                m_table->selectRow(row);
        }
        m_banner->showMessage(tr("%1 was added.").arg(dialog->person().displayName),
                              MessageBanner::Kind::Positive);
        Q_EMIT personsChanged();
    });
    dialog->open();
}

void PersonsTab::editSelected()
{
    const core::Person* current = selected();
    if (!current || !m_editAction)
        return;
    const core::Person original = *current;
    auto* dialog = new PersonDialog(
        original, m_clock.nowUtc().date(),
        [this, original](const core::Person& edited) -> core::Result<void> {
            // Informing and training consent are their own audited acts.
            core::Person base = edited;
            base.informedOn = original.informedOn;
            base.trainingConsent = original.trainingConsent;
            if (auto ok = m_admin.updatePerson(m_actor, base); !ok)
                return ok;
            if (edited.informedOn != original.informedOn) {
                if (auto ok = m_admin.recordInformed(m_actor, edited.id, edited.informedOn); !ok)
                    return ok;
            }
            if (edited.trainingConsent.givenOn != original.trainingConsent.givenOn ||
                edited.trainingConsent.scope != original.trainingConsent.scope) {
                if (auto ok =
                        m_admin.recordTrainingConsent(m_actor, edited.id, edited.trainingConsent);
                    !ok)
                    return ok;
            }
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT personsChanged();
    });
    connect(dialog, &QDialog::rejected, this, &PersonsTab::reload); // a partial save shows
    dialog->open();
}

void PersonsTab::setCredentialOfSelected()
{
    const core::Person* current = selected();
    if (!current || !m_credentialAction)
        return;
    const core::PersonId id = current->id;
    const QString name = current->displayName;
    auto* dialog = new CredentialDialog(
        name,
        [this, id](core::CredentialStore::Kind kind, const core::SecretBytes& secret) {
            return m_admin.setCredential(m_actor, id, kind, secret);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name] {
        m_banner->showMessage(tr("The PIN or password of %1 was set.").arg(name),
                              MessageBanner::Kind::Positive);
    });
    dialog->open();
}

} // namespace cv::ui
