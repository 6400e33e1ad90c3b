#pragma once

#include "core/people/Person.h"
#include "core/playback/CallPlayer.h"
#include "core/recordings/RecordingAccess.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;

namespace cv::core {
class Administration;
class Vault;
} // namespace cv::core

namespace cv::ui {

class MessageBanner;
class RecordingDetails;
class ScorecardPanel;
class TransportBar;
class WaveformView;

// The coach's workplace for one call: its metadata, the waveform of both
// parties and the transport. Opening a call is a ruled, audited view; the
// first play of an opened call is a ruled, audited listen (R-AUTH-1,
// R-ACCESS-1, R-AUTH-3) — until then no audio is decoded. Keys work anywhere
// in the area: Space play/pause, K pause, L play (again: faster), J and Left
// back 5 s, Right forward 5 s, [ slower, ] faster, + and - zoom, N a note at
// the playhead. Beside the call, the ScorecardPanel scores it; its notes are
// the waveform's markers, and clicking one plays from there.
class ReviewArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewArea)
public:
    ReviewArea(core::Vault& vault, core::Administration& admin, core::Person person,
               QWidget* parent = nullptr);
    ~ReviewArea() override;

    // Shows the recording, or a banner saying why not.
    bool openRecording(core::RecordingId id);
    std::optional<core::RecordingId> openedRecording() const;

    core::CallPlayer& player() { return m_player; }
    WaveformView* waveform() const { return m_waveform; }
    TransportBar* transport() const { return m_transport; }
    RecordingDetails* details() const { return m_details; }
    MessageBanner* banner() const { return m_banner; }
    ScorecardPanel* scorecard() const { return m_scorecard; }

public Q_SLOTS:
    void togglePlayPause();
    void play();
    void pause(); // also what the main window calls when it locks
    // Pauses and saves the evaluation being written (the window locks, or
    // someone else signs in).
    void secure();
    void addNoteAtPlayhead();

private:
    void buildShortcuts();
    bool ensureListening(); // the ruled, audited listen before the first sound
    void seekTo(qint64 ms);
    void skip(qint64 deltaMs);
    void onPlayerState(core::CallPlayer::State state);
    void showMix();

    core::Person m_person;
    core::RecordingAccess m_access;
    core::CallPlayer m_player;
    std::optional<core::RecordingAccess::Opened> m_opened;
    bool m_listening = false; // listen() allowed for the opened recording
    qint64 m_pendingPositionMs = 0;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyState = nullptr;
    MessageBanner* m_banner = nullptr;
    RecordingDetails* m_details = nullptr;
    WaveformView* m_waveform = nullptr;
    TransportBar* m_transport = nullptr;
    ScorecardPanel* m_scorecard = nullptr;
    QLabel* m_title = nullptr;
    QPointer<QWidget> m_focusBeforeNote;
};

} // namespace cv::ui
