#include "ui/review/CallPane.h"

#include "core/admin/Administration.h"
#include "ui/MessageBanner.h"
#include "ui/review/RecordingDetails.h"
#include "ui/review/TransportBar.h"
#include "ui/waveform/WaveformView.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace cv::ui {

namespace {

constexpr qint64 kSkipMs = 5000;

} // namespace

CallPane::CallPane(core::Vault& vault, core::Administration& admin, core::Person person,
                   MessageBanner& banner, QWidget* parent)
    : QWidget(parent)
    , m_person(std::move(person))
    , m_access(vault, admin)
    , m_banner(banner)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("callTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_waveform = new WaveformView(this);
    m_waveform->setMinimumHeight(220);
    layout->addWidget(m_waveform, 3);
    m_transport = new TransportBar(this);
    layout->addWidget(m_transport);
    m_details = new RecordingDetails(this);
    auto* detailsRow = new QHBoxLayout;
    detailsRow->addWidget(m_details);
    detailsRow->addStretch(1);
    layout->addLayout(detailsRow, 1);

    connect(m_waveform, &WaveformView::markerActivated, this, [this](qint64 id) {
        for (const WaveformMarker& marker : m_waveform->markers())
            if (marker.id == id)
                seekTo(marker.positionMs);
    });
    connect(m_waveform, &WaveformView::seekRequested, this, &CallPane::seekTo);
    connect(m_transport, &TransportBar::playPauseClicked, this, &CallPane::togglePlayPause);
    connect(m_transport, &TransportBar::skipClicked, this, &CallPane::skip);
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
    connect(&m_player, &core::CallPlayer::stateChanged, this, &CallPane::onPlayerState);
    connect(&m_player, &core::CallPlayer::speedChanged, m_transport, &TransportBar::setSpeed);
    connect(&m_player, &core::CallPlayer::mixChanged, this, &CallPane::showMix);
}

CallPane::~CallPane() = default;

void CallPane::installShortcuts(QWidget* host)
{
    const auto add = [this, host](const QKeySequence& keys, auto slot) {
        auto* shortcut = new QShortcut(keys, host);
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
}

qint64 CallPane::positionMs() const
{
    return m_listening ? m_player.positionMs() : m_pendingPositionMs;
}

void CallPane::close()
{
    m_player.close();
    m_listening = false;
    m_pendingPositionMs = 0;
    m_opened.reset();
}

bool CallPane::open(core::RecordingId id)
{
    close();
    auto opened = m_access.open(m_person, id);
    if (!opened) {
        m_banner.showMessage(opened.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_banner.clear();
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
    return true;
}

bool CallPane::ensureListening()
{
    if (!m_opened)
        return false;
    if (m_listening)
        return true;
    if (auto allowed = m_access.listen(m_person, m_opened->recording); !allowed) {
        m_banner.showMessage(allowed.error().message, MessageBanner::Kind::Error);
        return false;
    }
    if (auto opened = m_player.open(m_access.store(), m_opened->recording); !opened) {
        m_banner.showMessage(opened.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_listening = true;
    m_player.seek(m_pendingPositionMs);
    return true;
}

void CallPane::play()
{
    if (!ensureListening())
        return;
    m_player.play();
}

void CallPane::pause()
{
    m_player.pause();
}

void CallPane::togglePlayPause()
{
    if (m_player.state() == core::CallPlayer::State::Playing)
        pause();
    else
        play();
}

void CallPane::seekTo(qint64 ms)
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

void CallPane::skip(qint64 deltaMs)
{
    seekTo(positionMs() + deltaMs);
}

void CallPane::onPlayerState(core::CallPlayer::State state)
{
    using State = core::CallPlayer::State;
    m_transport->setPlaying(state == State::Playing);
    if (state == State::NoOutput)
        m_banner.showMessage(m_player.message(), MessageBanner::Kind::Warning);
    else if (state == State::Failed)
        m_banner.showMessage(m_player.message(), MessageBanner::Kind::Error);
    else if (state == State::Playing)
        m_banner.clear();
}

void CallPane::showMix()
{
    m_transport->setMix(m_player.isMuted(core::Party::Agent),
                        m_player.isMuted(core::Party::Customer), m_player.solo());
    m_transport->setVolume(m_player.volume());
}

} // namespace cv::ui
