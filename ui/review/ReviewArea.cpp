#include "ui/review/ReviewArea.h"

#include "core/admin/Administration.h"
#include "core/retention/RetentionDesk.h"
#include "core/retention/RetentionStore.h"
#include "core/vault/Vault.h"
#include "ui/DisplayText.h"
#include "ui/MessageBanner.h"
#include "ui/review/CallPane.h"
#include "ui/review/RetainDialog.h"
#include "ui/review/ScorecardPanel.h"
#include "ui/waveform/WaveformView.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cv::ui {

ReviewArea::ReviewArea(core::Vault& vault, core::Administration& admin, core::Person person,
                       QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_admin(admin)
    , m_person(person)
{
    setObjectName(QStringLiteral("reviewArea"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    // Keeping a call beyond its term (R-RETAIN-1): coaches and managers.
    m_retain = new QPushButton(tr("Keep longer…"), this);
    m_retain->setObjectName(QStringLiteral("retainButton"));
    m_retain->setToolTip(tr("Keep this recording beyond its term, with the agent's written "
                            "consent, a reason and an end date."));
    m_retain->setVisible(person.hasRole(core::Role::Coach) || person.hasRole(core::Role::Manager));
    m_retain->setEnabled(false);
    connect(m_retain, &QPushButton::clicked, this, &ReviewArea::retainOpened);
    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_retain);
    layout->addLayout(actions);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);
    m_emptyState = new QLabel(tr("No call is open. Open one from the Inbox: double-click it or "
                                 "select it and press Enter."),
                              m_stack);
    m_emptyState->setObjectName(QStringLiteral("reviewEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_stack->addWidget(m_emptyState);

    // The call on the left, its scorecard on the right.
    auto* split = new QSplitter(Qt::Horizontal, m_stack);
    split->setObjectName(QStringLiteral("reviewSplitter"));
    split->setChildrenCollapsible(false);
    m_call = new CallPane(vault, admin, person, *m_banner, split);
    m_call->setContentsMargins(0, 0, 8, 0);
    split->addWidget(m_call);
    m_scorecard = new ScorecardPanel(vault, admin, person, split);
    m_scorecard->setMinimumWidth(300);
    split->addWidget(m_scorecard);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_stack->addWidget(split);

    connect(m_scorecard, &ScorecardPanel::seekRequested, m_call, &CallPane::seekTo);
    connect(m_scorecard, &ScorecardPanel::markersChanged, m_call->waveform(),
            &WaveformView::setMarkers);
    connect(m_scorecard, &ScorecardPanel::noteEditingFinished, this, [this] {
        if (m_focusBeforeNote)
            m_focusBeforeNote->setFocus(Qt::OtherFocusReason);
        else
            m_call->waveform()->setFocus(Qt::OtherFocusReason);
    });
    m_call->installShortcuts(this);
    auto* note = new QShortcut(QKeySequence(Qt::Key_N), this);
    note->setContext(Qt::WidgetWithChildrenShortcut);
    connect(note, &QShortcut::activated, this, &ReviewArea::addNoteAtPlayhead);
}

ReviewArea::~ReviewArea()
{
    m_call->close(); // while every widget is whole: see CallPane
}

core::CallPlayer& ReviewArea::player()
{
    return m_call->player();
}

WaveformView* ReviewArea::waveform() const
{
    return m_call->waveform();
}

TransportBar* ReviewArea::transport() const
{
    return m_call->transport();
}

RecordingDetails* ReviewArea::details() const
{
    return m_call->details();
}

void ReviewArea::addNoteAtPlayhead()
{
    if (!m_call->opened())
        return;
    m_focusBeforeNote = QApplication::focusWidget();
    m_scorecard->beginNoteAt(m_call->positionMs());
}

void ReviewArea::secure()
{
    pause();
    (void)m_scorecard->flush();
}

std::optional<core::RecordingId> ReviewArea::openedRecording() const
{
    const auto& opened = m_call->opened();
    return opened ? std::optional(opened->recording.id) : std::nullopt;
}

bool ReviewArea::openRecording(core::RecordingId id)
{
    if (!m_call->open(id)) { // the banner says why
        if (core::RetentionStore(m_vault).isDestroyed(id))
            showDestroyed(id);
        m_stack->setCurrentWidget(m_emptyState);
        m_retain->setEnabled(false);
        return false;
    }
    m_retain->setEnabled(true);
    m_scorecard->setRecording(m_call->opened()->recording);
    m_stack->setCurrentIndex(1);
    m_call->waveform()->setFocus();
    return true;
}

void ReviewArea::play()
{
    m_call->play();
}

void ReviewArea::pause()
{
    m_call->pause();
}

void ReviewArea::togglePlayPause()
{
    m_call->togglePlayPause();
}

void ReviewArea::showDestroyed(core::RecordingId id)
{
    if (const auto tombstone = core::RetentionStore(m_vault).tombstone(id))
        m_emptyState->setText(DisplayText::destroyed(*tombstone));
}

void ReviewArea::recordingsDestroyed(const QList<core::RecordingId>& ids)
{
    const auto opened = openedRecording();
    if (!opened || !ids.contains(*opened))
        return;
    (void)m_scorecard->flush();
    m_call->close();
    showDestroyed(*opened);
    m_stack->setCurrentWidget(m_emptyState);
    m_retain->setEnabled(false);
}

void ReviewArea::retainOpened()
{
    const auto& opened = m_call->opened();
    if (!opened)
        return;
    const core::Recording& recording = opened->recording;
    const auto policy = m_admin.policies().version(recording.policyVersion);
    const QDate today = m_vault.clock().nowUtc().date();
    RetainDialog dialog(opened->agentName, today, policy ? policy->retentionMaxExtensionDays : 0,
                        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::RetentionDesk desk(m_vault, m_admin);
    auto grant =
        desk.retain(m_person, recording.id, dialog.consentOn(), dialog.reason(), dialog.until());
    if (!grant) {
        m_banner->showMessage(grant.error().message, MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(
        tr("This recording is kept until %1, with the agent's consent of %2.")
            .arg(DisplayText::date(grant->until), DisplayText::date(grant->consentOn)),
        MessageBanner::Kind::Positive);
}

} // namespace cv::ui
