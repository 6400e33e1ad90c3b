#include "ui/people/AuthorisationsTab.h"

#include "core/admin/Administration.h"
#include "core/time/Clock.h"
#include "ui/DisplayText.h"
#include "ui/MessageBanner.h"
#include "ui/MessageBox.h"
#include "ui/Theme.h"
#include "ui/people/AuthorisationTableModel.h"
#include "ui/people/AuthoriseDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cv::ui {

using core::Action;
using core::RulesEngine;

AuthorisationsTab::AuthorisationsTab(core::Administration& admin, const core::Clock& clock,
                                     const core::Person& actor, QWidget* parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_clock(clock)
    , m_actor(actor)
    , m_banner(new MessageBanner(this))
    , m_model(new AuthorisationTableModel(this))
{
    setObjectName(QStringLiteral("authorisationsTab"));
    m_banner->setObjectName(QStringLiteral("authorisationsBanner"));
    auto* intro = new QLabel(tr("Only the persons listed here, authorised by management, may "
                                "listen to and evaluate calls, and only for the purposes shown. "
                                "Everyone can see this list."),
                             this);
    intro->setObjectName(QStringLiteral("authorisationsIntro"));
    intro->setWordWrap(true);
    Theme::setRole(*intro, "muted");

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("authorisationsTable"));
    m_table->setAccessibleName(tr("Who may listen to calls"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QHBoxLayout;
    if (RulesEngine::roleAllows(actor, Action::Authorise, nullptr)) {
        auto* authorise = new QAction(tr("&Authorise…"), this);
        authorise->setObjectName(QStringLiteral("authoriseAction"));
        authorise->setShortcut(QKeySequence::New);
        authorise->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(authorise, &QAction::triggered, this, &AuthorisationsTab::authorise);
        addAction(authorise);
        auto* authoriseButton = new QPushButton(authorise->text(), this);
        authoriseButton->setObjectName(QStringLiteral("authoriseButton"));
        authoriseButton->setToolTip(
            tr("Authorise a person to monitor (%1)")
                .arg(authorise->shortcut().toString(QKeySequence::NativeText)));
        connect(authoriseButton, &QPushButton::clicked, authorise, &QAction::trigger);
        buttons->addWidget(authoriseButton);
    }
    if (RulesEngine::roleAllows(actor, Action::Revoke, nullptr)) {
        m_revokeAction = new QAction(tr("&Revoke…"), this);
        m_revokeAction->setObjectName(QStringLiteral("revokeAction"));
        m_revokeAction->setShortcut(QKeySequence::Delete);
        m_revokeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(m_revokeAction, &QAction::triggered, this, &AuthorisationsTab::revokeSelected);
        m_table->addAction(m_revokeAction);
        m_revokeButton = new QPushButton(m_revokeAction->text(), this);
        m_revokeButton->setObjectName(QStringLiteral("revokeButton"));
        m_revokeButton->setToolTip(tr("Revoke the selected authorisation (Del)"));
        connect(m_revokeButton, &QPushButton::clicked, m_revokeAction, &QAction::trigger);
        buttons->addWidget(m_revokeButton);
    }
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuthorisationsTab::updateActions);
    reload();
}

void AuthorisationsTab::reload()
{
    auto list = m_admin.authorisations(m_actor);
    if (!list) {
        m_banner->showMessage(list.error().message, MessageBanner::Kind::Error);
        m_model->setAuthorisations({}, {});
    } else {
        m_model->setAuthorisations(*list, DisplayText::personNames(m_admin));
    }
    m_table->resizeColumnsToContents();
    updateActions();
}

void AuthorisationsTab::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const core::Authorisation* a =
        rows.isEmpty() ? nullptr : m_model->authorisationAt(rows.first().row());
    const bool revocable = a && !a->isRevoked();
    if (m_revokeAction)
        m_revokeAction->setEnabled(revocable);
    if (m_revokeButton)
        m_revokeButton->setEnabled(revocable);
}

void AuthorisationsTab::authorise()
{
    auto persons = m_admin.listPersons(m_actor);
    if (!persons) {
        m_banner->showMessage(persons.error().message, MessageBanner::Kind::Error);
        return;
    }
    auto* dialog = new AuthoriseDialog(
        *persons, m_clock.nowUtc().date(),
        [this](const core::Authorisation& a) -> core::Result<void> {
            auto id = m_admin.authorise(m_actor, a);
            if (!id)
                return std::unexpected(id.error());
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &AuthorisationsTab::reload);
    dialog->open();
}

void AuthorisationsTab::revokeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const core::Authorisation* a =
        rows.isEmpty() ? nullptr : m_model->authorisationAt(rows.first().row());
    if (!a || a->isRevoked() || !m_revokeAction)
        return;
    const qint64 id = a->id;
    const QString who =
        m_model->data(m_model->index(rows.first().row(), AuthorisationTableModel::Person))
            .toString();
    const auto answer = MessageBox::question(
        this, tr("Revoke authorisation"),
        tr("Revoke the authorisation of %1 (%2)? They can then no longer monitor for these "
           "purposes.")
            .arg(who, DisplayText::purposes(a->purposes)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (auto revoked = m_admin.revoke(m_actor, id); !revoked) {
        m_banner->showMessage(revoked.error().message, MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(tr("The authorisation of %1 was revoked.").arg(who),
                          MessageBanner::Kind::Positive);
    reload();
}

} // namespace cv::ui
