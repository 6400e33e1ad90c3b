#include "ui/review/ReviewArea.h"

#include "core/admin/Administration.h"
#include "ui/MessageBanner.h"
#include "ui/review/RecordingDetails.h"
#include "ui/review/ScorecardPanel.h"
#include "ui/review/TransportBar.h"
#include "ui/waveform/WaveformView.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

constexpr qint64 kSkipMs = 5000;

} // namespace

ReviewArea::ReviewArea(core::Vault& vault, core::Administration& admin, core::Person person,
                       QWidget* parent)
    : QWidget(parent)
    , m_person(std::move(person))
    , m_access(vault, admin)
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
    auto* page = new QWidget(split);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 8, 0);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    pageLayout->addWidget(m_title);
    m_waveform = new WaveformView(page);
    m_waveform->setMinimumHeight(220);
    pageLayout->addWidget(m_waveform, 3);
    m_transport = new TransportBar(page);
    pageLayout->addWidget(m_transport);
    m_details = new RecordingDetails(page);
    auto* detailsRow = new QHBoxLayout;
    detailsRow->addWidget(m_details);
    detailsRow->addStretch(1);
    pageLayout->addLayout(detailsRow, 1);
    split->addWidget(page);
    m_scorecard = new ScorecardPanel(vault, admin, m_person, split);
    m_scorecard->setMinimumWidth(300);
    split->addWidget(m_scorecard);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_stack->addWidget(split);

    connect(m_scorecard, &ScorecardPanel::seekRequested, this, &ReviewArea::seekTo);
    connect(m_scorecard, &ScorecardPanel::markersChanged, m_waveform, &WaveformView::setMarkers);
    connect(m_scorecard, &ScorecardPanel::noteEditingFinished, this, [this] {
        if (m_focusBeforeNote)
            m_focusBeforeNote->setFocus(Qt::OtherFocusReason);
        else
            m_waveform->setFocus(Qt::OtherFocusReason);
    });
    connect(m_waveform, &WaveformView::markerActivated, this, [this](qint64 id) {
        for (const WaveformMarker& marker : m_waveform->markers())
            if (marker.id == id)
                seekTo(marker.positionMs);
    });
    connect(m_waveform, &WaveformView::seekRequested, this, &ReviewArea::seekTo);
    connect(m_transport, &TransportBar::playPauseClicked, this, &ReviewArea::togglePlayPause);
    connect(m_transport, &TransportBar::skipClicked, this, &ReviewArea::skip);
    connect(m_transport, &TransportBar::speedChosen, &m_player, &core::CallPlayer::setSpeed);
    connect(m_transport, &TransportBar::volumeChosen, &m_player, &core::CallPlayer::setVolume);
    connect(m_transport, &TransportBar::muteToggled, &m_player, &core::CallPlayer::setMuted);
    connect(m_transport, &TransportBar::soloToggled, this, [this](core::Party party, bool on) {
        m_player.setSolo(on ? std::optional(party) : std::nullopt);
    });
    connect(&m_player, &core::CallPlayer::positionChanged, this, [this](qint64 ms) {
        m_waveform->setPosition(ms);
        m_transport->setPosition(ms);
    });
    connect(&m_player, &core::CallPlayer::stateChanged, this, &ReviewArea::onPlayerState);
    connect(&m_player, &core::CallPlayer::speedChanged, m_transport, &TransportBar::setSpeed);
    connect(&m_player, &core::CallPlayer::mixChanged, this, &ReviewArea::showMix);
    buildShortcuts();
}

ReviewArea::~ReviewArea() = default;

void ReviewArea::buildShortcuts()
{
    const auto add = [this](const QKeySequence& keys, auto slot) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::Key_Space), [this] { togglePlayPause(); });
    add(QKeySequence(Qt::Key_K), [this] { pause(); });
    add(QKeySequence(Qt::Key_L), [this] {
        if (m_player.state() == core::CallPlayer::State::Playing)
            m_player.faster();
        else
            play();
    });
    add(QKeySequence(Qt::Key_J), [this] { skip(-kSkipMs); });
    add(QKeySequence(Qt::Key_Left), [this] { skip(-kSkipMs); });
    add(QKeySequence(Qt::Key_Right), [this] { skip(kSkipMs); });
    add(QKeySequence(Qt::Key_BracketLeft), [this] { m_player.slower(); });
    add(QKeySequence(Qt::Key_BracketRight), [this] { m_player.faster(); });
    add(QKeySequence(Qt::Key_N), [this] { addNoteAtPlayhead(); });
}

void ReviewArea::addNoteAtPlayhead()
{
    if (!m_opened)
        return;
    m_focusBeforeNote = QApplication::focusWidget();
    m_scorecard->beginNoteAt(m_listening ? m_player.positionMs() : m_pendingPositionMs);
}

void ReviewArea::secure()
{
    pause();
    (void)m_scorecard->flush();
}

std::optional<core::RecordingId> ReviewArea::openedRecording() const
{
    return m_opened ? std::optional(m_opened->recording.id) : std::nullopt;
}

bool ReviewArea::openRecording(core::RecordingId id)
{
    m_player.close();
    m_listening = false;
    m_pendingPositionMs = 0;
    auto opened = m_access.open(m_person, id);
    if (!opened) {
        m_banner->showMessage(opened.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_banner->clear();
    m_opened = std::move(*opened);
    const core::Recording& r = m_opened->recording;
    QStringList labels;
    if (r.agentChannel == core::AgentChannel::Mono)
        labels << tr("Agent and customer");
    else if (r.agentChannel == core::AgentChannel::Left)
        labels << tr("Agent") << tr("Customer");
    else
        labels << tr("Customer") << tr("Agent");
    m_waveform->setPeaks(m_opened->peaks, r.sampleRateHz, labels, r.agentChannel);
    m_waveform->setPosition(0);
    m_transport->setDuration(r.durationMs());
    m_transport->setPosition(0);
    m_transport->setPlaying(false);
    m_transport->setSpeed(1.0);
    m_transport->setPartiesSeparable(r.agentChannel != core::AgentChannel::Mono);
    m_transport->setMix(false, false, std::nullopt);
    m_title->setText(tr("Call of %1, %2").arg(m_opened->agentName, core::purposeText(r.purpose)));
    m_details->show(*m_opened);
    m_scorecard->setRecording(r);
    m_stack->setCurrentIndex(1);
    m_waveform->setFocus();
    return true;
}

bool ReviewArea::ensureListening()
{
    if (!m_opened)
        return false;
    if (m_listening)
        return true;
    if (auto allowed = m_access.listen(m_person, m_opened->recording); !allowed) {
        m_banner->showMessage(allowed.error().message, MessageBanner::Kind::Error);
        return false;
    }
    if (auto opened = m_player.open(m_access.store(), m_opened->recording); !opened) {
        m_banner->showMessage(opened.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_listening = true;
    m_player.seek(m_pendingPositionMs);
    return true;
}

void ReviewArea::play()
{
    if (!ensureListening())
        return;
    m_player.play();
}

void ReviewArea::pause()
{
    m_player.pause();
}

void ReviewArea::togglePlayPause()
{
    if (m_player.state() == core::CallPlayer::State::Playing)
        pause();
    else
        play();
}

void ReviewArea::seekTo(qint64 ms)
{
    if (!m_opened)
        return;
    ms = std::clamp<qint64>(ms, 0, m_opened->recording.durationMs());
    if (m_listening) {
        m_player.seek(ms);
        return;
    }
    // Not listened yet: move the playhead only; the first play starts here.
    m_pendingPositionMs = ms;
    m_waveform->setPosition(ms);
    m_transport->setPosition(ms);
}

void ReviewArea::skip(qint64 deltaMs)
{
    const qint64 from = m_listening ? m_player.positionMs() : m_pendingPositionMs;
    seekTo(from + deltaMs);
}

void ReviewArea::onPlayerState(core::CallPlayer::State state)
{
    using State = core::CallPlayer::State;
    m_transport->setPlaying(state == State::Playing);
    if (state == State::NoOutput)
        m_banner->showMessage(m_player.message(), MessageBanner::Kind::Warning);
    else if (state == State::Failed)
        m_banner->showMessage(m_player.message(), MessageBanner::Kind::Error);
    else if (state == State::Playing)
        m_banner->clear();
}

void ReviewArea::showMix()
{
    m_transport->setMix(m_player.isMuted(core::Party::Agent),
                        m_player.isMuted(core::Party::Customer), m_player.solo());
    m_transport->setVolume(m_player.volume());
}

} // namespace cv::ui
