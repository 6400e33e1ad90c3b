#include "ui/review/ReviewArea.h"

#include "core/admin/Administration.h"
#include "ui/MessageBanner.h"
#include "ui/review/CallPane.h"
#include "ui/review/ScorecardPanel.h"
#include "ui/waveform/WaveformView.h"

#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cv::ui {

ReviewArea::ReviewArea(core::Vault& vault, core::Administration& admin, core::Person person,
                       QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewArea"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

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
        m_stack->setCurrentWidget(m_emptyState);
        return false;
    }
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

} // namespace cv::ui
