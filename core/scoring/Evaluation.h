#pragma once

#include "core/domain/Purpose.h"
#include "core/people/Person.h"
#include "core/recordings/Recording.h"
#include "core/scoring/ScoreFormula.h"
#include "core/scoring/ScorecardTemplate.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cv::core {

using EvaluationId = qint64;

enum class EvaluationKind
{
    Coach, // by an authorised evaluator (R-AUTH-1)
    Self,  // by the agent of the call, on the same template version
};

enum class EvaluationStatus
{
    Draft,     // autosaved, editable by its evaluator
    Submitted, // locked: the outcome the agent is told (R-REPORT-1); in the
               // feedback session only adjusted, with before and after
    SignedOff, // signed by the agent and the evaluator: immutable, sealed
               // in the audit trail (docs/feedback.md); stored as 'signed'
};

QString evaluationKindName(EvaluationKind kind);       // "coach", "self"
QString evaluationStatusName(EvaluationStatus status); // "draft", "submitted", "signed"
EvaluationStatus evaluationStatusFromName(const QString& name);

struct CriterionAnswer
{
    CriterionScore score;
    QString comment;
};

// A note at a moment of the call; shown as a marker on the waveform.
struct TimedNote
{
    qint64 atMs = 0; // from the start of the recording
    QString text;
    QString criterionId; // empty: about the call as a whole
    QDateTime createdUtc;
};

// One filled-in scorecard on one recording. It has its recording's purpose
// for ever (R-PURPOSE-1) and the template version it was started on.
struct Evaluation
{
    EvaluationId id = 0;
    RecordingId recording = 0;
    TemplateVersionId templateVersion = 0;
    PersonId evaluator = 0;
    PersonId agent = 0; // the monitored person (the recording's agent)
    Purpose purpose = Purpose::Coaching;
    EvaluationKind kind = EvaluationKind::Coach;
    EvaluationStatus status = EvaluationStatus::Draft;
    QHash<QString, CriterionAnswer> answers; // by criterion id
    QList<TimedNote> notes;                  // by atMs
    QDateTime createdUtc;
    QDateTime updatedUtc;
    QDateTime submittedUtc;
    // As last saved (ScoreFormula), for lists that do not load the answers.
    std::optional<double> total;
    ScoreResult::State scoreState = ScoreResult::State::Incomplete;
    bool criticalFailed = false;

    // Submitted or signed off: locked for its evaluator.
    bool isSubmitted() const { return status != EvaluationStatus::Draft; }
    bool isSignedOff() const { return status == EvaluationStatus::SignedOff; }
    QHash<QString, CriterionScore> scores() const;
};

} // namespace cv::core
