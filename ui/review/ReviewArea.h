#pragma once

#include "core/people/Person.h"
#include "core/playback/CallPlayer.h"
#include "core/recordings/Recording.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace cv::core {
class Administration;
class Vault;
} // namespace cv::core

namespace cv::ui {

class CallPane;
class MessageBanner;
class RecordingDetails;
class ScorecardPanel;
class TransportBar;
class WaveformView;

// The coach's workplace for one call: the call (CallPane: its metadata, the
// waveform of both parties, the transport, with its keys anywhere in the
// area) and beside it the ScorecardPanel that scores it. N drops a note at
// the playhead; the notes are the waveform's markers, and clicking one plays
// from there.
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

    CallPane* call() const { return m_call; }
    core::CallPlayer& player();
    WaveformView* waveform() const;
    TransportBar* transport() const;
    RecordingDetails* details() const;
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
    // Keeps the open call beyond its term: asks for the agent's consent, a
    // reason and an end date (RetainDialog), then the core decides.
    void retainOpened();
    // The retention sweep destroyed these: the open call, if among them,
    // closes and the area says when and by which rule.
    void recordingsDestroyed(const QList<core::RecordingId>& ids);

    QPushButton* retainButton() const { return m_retain; }

private:
    void showDestroyed(core::RecordingId id);

    core::Vault& m_vault;
    core::Administration& m_admin;
    core::Person m_person;
    QPushButton* m_retain = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyState = nullptr;
    MessageBanner* m_banner = nullptr;
    CallPane* m_call = nullptr;
    ScorecardPanel* m_scorecard = nullptr;
    QPointer<QWidget> m_focusBeforeNote;
};

} // namespace cv::ui
