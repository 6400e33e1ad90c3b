#pragma once

#include "core/feedback/FeedbackDesk.h"
#include "core/people/Person.h"
#include "ui/waveform/WaveformMarker.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace cv::core {
class Administration;
class Vault;
} // namespace cv::core

namespace cv::ui {

class NoteList;
class ScoreComparisonModel;
class SignOffBox;

// The feedback session on one submitted coach evaluation, for coach and
// agent at one workstation: per criterion the coach's score and comment
// beside the agent's self-evaluation, differences highlighted, both totals;
// the coach's timed notes (each plays the call from its moment); the coach
// adjusting a score (kept with before and after); the agent's view
// (R-REPORT-2); then the agent's sign-off, agree or disagree, and the
// coach's, each with their own credential. Signed, it is final: the panel
// shows the seal, disputes and their resolutions, and saves the written
// report as PDF (R-REPORT-1, R-ASSESS-2). Every step goes through
// core::FeedbackDesk, which rules and audits it.
class FeedbackSessionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackSessionPanel)
public:
    FeedbackSessionPanel(core::Vault& vault, core::Administration& admin, core::Person person,
                         QWidget* parent = nullptr);
    ~FeedbackSessionPanel() override;

    // Loads the evaluation; false (and problem()) when it may not be read.
    bool setEvaluation(core::EvaluationId id);
    std::optional<core::EvaluationId> evaluation() const;
    const core::ReportInput* shown() const { return m_input ? &*m_input : nullptr; }
    QList<WaveformMarker> markers() const; // the coach's timed notes

    ScoreComparisonModel* comparison() const { return m_comparison; }
    QTableView* table() const { return m_table; }
    QPlainTextEdit* viewEditor() const { return m_view; }
    SignOffBox* agentSignOff() const { return m_agentBox; }
    SignOffBox* evaluatorSignOff() const { return m_evaluatorBox; }
    QPushButton* adjustButton() const { return m_adjust; }
    QPushButton* disputeButton() const { return m_dispute; }
    QPushButton* resolveButton() const { return m_resolve; }
    QPushButton* reportButton() const { return m_report; }

public Q_SLOTS:
    void adjustSelected();
    void disputeEvaluation();
    void resolveDispute();
    void saveReport();

Q_SIGNALS:
    void markersChanged(const QList<cv::ui::WaveformMarker>& markers);
    void playFrom(qint64 ms);
    void problem(const QString& message);
    void information(const QString& message);
    void changed(); // signed, adjusted, disputed: lists may show it

private:
    void reload();
    void showRecord();
    void showSignOffs();
    void showDisputes();
    void signAsAgent(const core::SecretBytes& credential);
    void signAsEvaluator(const core::SecretBytes& credential);
    QString nameOf(core::PersonId id) const;
    bool isEvaluator() const;

    core::Administration& m_admin;
    core::Person m_person;
    core::FeedbackDesk m_desk;
    std::optional<core::ReportInput> m_input;
    std::optional<core::Evaluation> m_self;

    QLabel* m_heading = nullptr;
    QLabel* m_totals = nullptr;
    ScoreComparisonModel* m_comparison = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_adjust = nullptr;
    NoteList* m_notes = nullptr;
    QPlainTextEdit* m_view = nullptr;
    SignOffBox* m_agentBox = nullptr;
    SignOffBox* m_evaluatorBox = nullptr;
    QLabel* m_seal = nullptr;
    QLabel* m_disputes = nullptr;
    QPushButton* m_dispute = nullptr;
    QPushButton* m_resolve = nullptr;
    QPushButton* m_report = nullptr;
};

} // namespace cv::ui
