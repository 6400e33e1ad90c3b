#pragma once

#include "core/clips/ClipSpec.h"
#include "core/people/Person.h"
#include "core/playback/CallPlayer.h"
#include "core/recordings/Recording.h"
#include "ui/clips/ClipEditor.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QTabWidget;
class QTreeWidget;

namespace cv::core {
class Administration;
class Vault;
} // namespace cv::core

namespace cv::ui {

class CallPane;
class MessageBanner;
class TranscriptPanel;

// Where trainers cut anonymised training clips (R-TRAIN-1, R-TRAIN-2): a
// coaching call is chosen at the top (other purposes never serve training),
// its waveform shows the clip's range and the redaction regions; the call's
// transcript (TranscriptPanel) proposes its personal data for redaction;
// the voices are disguised; Preview plays the result, Export writes it. The
// Library tab lists the clips made, with what was applied and the consent
// relied on. Every edit can be undone.
//
// Keys (anywhere in the area): R the selection becomes the clip's range,
// X redact the selection, T tone or silence for the chosen region, Delete
// remove it, P preview, Ctrl+E export, Ctrl+Z / Ctrl+Shift+Z undo / redo;
// Y / N redact / keep the selected proposals, A redact the accepted ones;
// the player's keys as in the Review area.
class ClipsArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipsArea)
public:
    ClipsArea(core::Vault& vault, core::Administration& admin, core::Person person,
              QWidget* parent = nullptr);
    ~ClipsArea() override;

    void reload();
    bool openRecording(core::RecordingId id);

    ClipEditor* editor() { return &m_editor; }
    CallPane* call() const { return m_call; }
    QComboBox* chooser() const { return m_chooser; }
    QTreeWidget* regionList() const { return m_regions; }
    TranscriptPanel* transcript() const { return m_transcript; }
    QTreeWidget* library() const { return m_library; }
    QComboBox* disguiseChooser() const { return m_disguise; }
    QSlider* strengthSlider() const { return m_strength; }
    QPushButton* previewButton() const { return m_preview; }
    QPushButton* exportButton() const { return m_export; }
    core::CallPlayer& previewPlayer() { return m_previewPlayer; }
    MessageBanner* banner() const { return m_banner; }

public Q_SLOTS:
    void secure(); // the window locks: stop playing
    void useSelectionAsRange();
    void redactSelection();
    void toggleChosenFill();
    void removeChosenRegion();
    bool preview();
    QString exportClip();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildEditor();
    QWidget* buildLibrary();
    void installKeys();
    void showDraft();
    void showConsent();
    core::ClipSpec spec() const; // the draft, its regions cut to the clip
    void loadLibrary();

    core::Vault& m_vault;
    core::Administration& m_admin;
    core::Person m_person;
    ClipEditor m_editor;
    core::CallPlayer m_previewPlayer;    // the rendered clip, from memory
    std::optional<core::Person> m_agent; // of the opened call

    MessageBanner* m_banner = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_chooser = nullptr;
    CallPane* m_call = nullptr;
    QLabel* m_range = nullptr;
    QTreeWidget* m_regions = nullptr;
    QComboBox* m_disguise = nullptr;
    QSlider* m_strength = nullptr;
    QLabel* m_strengthLabel = nullptr;
    QLabel* m_consent = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_export = nullptr;
    QTreeWidget* m_library = nullptr;
    TranscriptPanel* m_transcript = nullptr;
};

} // namespace cv::ui
