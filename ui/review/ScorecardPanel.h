#pragma once

#include "core/people/Person.h"
#include "core/recordings/Recording.h"
#include "core/scoring/Evaluation.h"
#include "core/scoring/EvaluationDesk.h"
#include "core/scoring/TemplateLibrary.h"
#include "ui/waveform/WaveformMarker.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace cv::core {
class Administration;
class Vault;
} // namespace cv::core

namespace cv::ui {

class CriterionRow;
class MessageBanner;
class NoteList;

// Scoring one call while listening to it (the Review area's right-hand side).
//
// Before an evaluation exists it offers the published scorecard versions that
// may evaluate this call — covering its purpose (R-PURPOSE-1) and published
// before the call took place (R-ASSESS-1) — and starts one through
// core::EvaluationDesk, which rules it. A coach starts a coach evaluation; the
// call's own agent a self-evaluation, which never shows the coach's scores.
//
// While scoring: a CriterionRow per criterion under its section's title (Tab
// moves on, number keys score), timestamped notes (NoteList; markers on the
// waveform), the live total by core::ScoreFormula with any critical failure,
// and Submit, which locks the evaluation for good. Every change is saved as
// a draft within a second and a half (and at once by flush(), which the
// Review area calls before it opens another call, locks or closes), so a
// crash or an inactivity lock loses at most that.
class ScorecardPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScorecardPanel)
public:
    static constexpr int kAutosaveDelayMs = 1500;

    ScorecardPanel(core::Vault& vault, core::Administration& admin, core::Person person,
                   QWidget* parent = nullptr);
    ~ScorecardPanel() override;

    // Shows `recording`'s evaluation by the signed-in person, or the start.
    void setRecording(const core::Recording& recording);
    // Saves a pending change now; false (with a banner) if that failed.
    bool flush();
    // N: a note at `atMs`, about the focused criterion if one has the focus.
    void beginNoteAt(qint64 atMs);

    const std::optional<core::Evaluation>& evaluation() const { return m_evaluation; }
    const core::ScoreResult& result() const { return m_result; }
    bool hasUnsavedChanges() const { return m_dirty; }
    QList<CriterionRow*> rows() const { return m_rows; }
    CriterionRow* row(const QString& criterionId) const;
    QComboBox* templateBox() const { return m_templateBox; }
    QPushButton* startButton() const { return m_startButton; }
    QPushButton* submitButton() const { return m_submitButton; }
    QLabel* totalLabel() const { return m_total; }
    QLabel* deadlineLabel() const { return m_deadline; }
    QLabel* saveStatusLabel() const { return m_saveStatus; }
    NoteList* notes() const { return m_notes; }
    MessageBanner* banner() const { return m_banner; }

public Q_SLOTS:
    void startEvaluation(); // with the chosen template version
    void submit();          // asks first

Q_SIGNALS:
    void seekRequested(qint64 ms);
    void markersChanged(const QList<cv::ui::WaveformMarker>& markers);
    void noteEditingFinished();

private:
    QWidget* buildStartPage();
    QWidget* buildScoringPage();
    void showStart();
    void showEvaluation(const core::Evaluation& evaluation);
    void buildRows(const core::ScorecardTemplate& scorecard);
    void collect(); // rows and notes into m_evaluation
    void updateTotal();
    void changed(); // by the person: total now, save soon
    bool saveNow();
    void showSaved(const QDateTime& atUtc);
    void showDeadline();
    CriterionRow* focusedRow() const;

    core::Person m_person;
    core::Vault& m_vault;
    core::EvaluationDesk m_desk;
    core::TemplateLibrary m_library;
    std::optional<core::Recording> m_recording;
    std::optional<core::Evaluation> m_evaluation;
    std::optional<core::ScorecardTemplate> m_scorecard;
    core::ScoreResult m_result;
    bool m_dirty = false;
    QTimer m_autosave;

    MessageBanner* m_banner = nullptr;
    QLabel* m_deadline = nullptr;
    QStackedWidget* m_pages = nullptr;
    // The start page.
    QLabel* m_startText = nullptr;
    QComboBox* m_templateBox = nullptr;
    QPushButton* m_startButton = nullptr;
    // The scoring page.
    QLabel* m_heading = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_rowsHost = nullptr;
    QVBoxLayout* m_rowsLayout = nullptr;
    QList<CriterionRow*> m_rows;
    NoteList* m_notes = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_saveStatus = nullptr;
    QPushButton* m_submitButton = nullptr;
};

} // namespace cv::ui
