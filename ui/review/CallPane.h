#pragma once

#include "core/people/Person.h"
#include "core/playback/CallPlayer.h"
#include "core/recordings/RecordingAccess.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace cv::core {
class Administration;
class Vault;
} // namespace cv::core

namespace cv::ui {

class MessageBanner;
class RecordingDetails;
class TransportBar;
class WaveformView;

// One call to listen to: its title, the waveform of both parties, the
// transport and the call's metadata, with the player behind them. The Review
// and Feedback areas show a call through it. Opening is a ruled, audited view
// (RecordingAccess::open); the first play is a ruled, audited listen
// (R-AUTH-1, R-ACCESS-1, R-AUTH-3) — until then no audio is decoded and
// seeking only moves the playhead. Problems go to the banner given.
// installShortcuts() gives a host widget the player's keys: Space play/pause,
// K pause, L play (again: faster), J and Left back 5 s, Right forward 5 s,
// [ slower, ] faster.
// Closing the audio output runs the event loop (Qt Multimedia 6.4), which
// must not reach half-destroyed widgets: the area owning a CallPane calls
// close() in its own destructor, while all of its widgets are whole.
class CallPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallPane)
public:
    CallPane(core::Vault& vault, core::Administration& admin, core::Person person,
             MessageBanner& banner, QWidget* parent = nullptr);
    ~CallPane() override;

    // Shows the recording, or says why not on the banner.
    bool open(core::RecordingId id);
    void close();
    const std::optional<core::RecordingAccess::Opened>& opened() const { return m_opened; }
    // Where the playhead is, played or not.
    qint64 positionMs() const;
    void installShortcuts(QWidget* host);

    core::CallPlayer& player() { return m_player; }
    WaveformView* waveform() const { return m_waveform; }
    TransportBar* transport() const { return m_transport; }
    RecordingDetails* details() const { return m_details; }

public Q_SLOTS:
    void togglePlayPause();
    void play();
    void pause();
    void seekTo(qint64 ms);
    void skip(qint64 deltaMs);

private:
    bool ensureListening(); // the ruled, audited listen before the first sound
    void onPlayerState(core::CallPlayer::State state);
    void showMix();

    core::Person m_person;
    core::RecordingAccess m_access;
    core::CallPlayer m_player;
    MessageBanner& m_banner;
    std::optional<core::RecordingAccess::Opened> m_opened;
    bool m_listening = false; // listen() allowed for the opened recording
    qint64 m_pendingPositionMs = 0;

    QLabel* m_title = nullptr;
    WaveformView* m_waveform = nullptr;
    TransportBar* m_transport = nullptr;
    RecordingDetails* m_details = nullptr;
};

} // namespace cv::ui
