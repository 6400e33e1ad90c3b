#pragma once

#include "core/Error.h"
#include "core/recordings/RecordingStore.h"
#include "core/scoring/AgentRequestStore.h"
#include "core/scoring/Evaluation.h"
#include "core/scoring/EvaluationStore.h"
#include "core/scoring/TemplateStore.h"

#include <QList>

#include <optional>

namespace cv::core {

class Administration;
class Vault;
struct Person;
struct Policy;

// The evaluation use cases (Review area, Inbox, CLI `evaluate`,
// `evaluation …`): decide -> audit -> act, as everywhere.
//
// - start(): a coach evaluation (Action::EvaluateRecording: R-AUTH-1, not
//   one's own call, R-PURPOSE-1, R-ASSESS-1, R-ASSESS-4, R-ASSESS-6) or the
//   agent's self-evaluation (Action::SelfEvaluate: the call's agent, on the
//   coach's template version if there is one). Reopens the actor's own draft
//   of that call instead of starting a second. Audited "evaluation.create"
//   / "evaluation.create-self".
// - saveDraft(): the autosave; one small transaction, not audited; refused
//   for anyone but the evaluator (R-AUTH-3) and once submitted (R-REPORT-1).
// - submit(): locks it for ever; every criterion must be answered. Audited
//   "evaluation.submit".
// - evaluation(), list(): audited "evaluation.view". An agent reads their own
//   self-evaluations, and a coach's evaluation of their call once submitted
//   and not while their own self-evaluation of it is open: the
//   self-evaluation never shows the coach's scores.
//
// Threading: the vault's thread, like the stores.
class EvaluationDesk final
{
public:
    EvaluationDesk(Vault& vault, Administration& admin);

    Result<Evaluation> start(const Person& actor, RecordingId recording,
                             TemplateVersionId templateVersion,
                             EvaluationKind kind = EvaluationKind::Coach);
    // In one go (CLI `evaluate`, bulk use): start or reopen, save `answers`
    // and `notes`, and submit when `submit` — one transaction after the
    // rules allowed it; on any error nothing is written (a refusal is
    // audited). Input is checked first (BadInput naming the criterion), and
    // with `submit` every criterion must be answered.
    Result<Evaluation> record(const Person& actor, RecordingId recording,
                              TemplateVersionId templateVersion, EvaluationKind kind,
                              const QHash<QString, CriterionAnswer>& answers,
                              const QList<TimedNote>& notes, bool submit);
    // Validates `draft`'s answers and notes against its template (BadInput
    // naming the criterion) and stores them with the live total.
    Result<ScoreResult> saveDraft(const Person& actor, const Evaluation& draft);
    Result<Evaluation> submit(const Person& actor, EvaluationId id);

    Result<Evaluation> evaluation(const Person& actor, EvaluationId id);
    Result<QList<Evaluation>> list(const Person& actor, const EvaluationFilter& filter = {});

    // The live total of `evaluation` on its template (ScoreFormula).
    Result<ScoreResult> score(const Evaluation& evaluation) const;
    std::optional<ScorecardTemplate> templateOf(const Evaluation& evaluation) const;

    // R-ASSESS-3: by when `recording` must be evaluated — its call's start
    // plus the evaluation term of the policy it was imported under.
    std::optional<QDateTime> deadline(const Recording& recording) const;
    static QDateTime deadline(const Recording& recording, const Policy& policy);

    // R-ASSESS-4: the agent (or a coach or manager for them) asks for another
    // evaluator than the one of submitted coach evaluation `contested`.
    Result<qint64> requestOtherEvaluator(const Person& actor, EvaluationId contested,
                                         const QDate& madeOn, const QString& note = {});
    // R-ASSESS-5: one additional monitored moment; at most three per
    // assessment period (the policy's assessment sampling period).
    Result<qint64> requestExtraMoment(const Person& actor, PersonId agent, const QDate& madeOn,
                                      const QString& note = {});
    Result<QList<AgentRequest>> requests(const Person& actor, PersonId agent);

    EvaluationStore& store() { return m_evaluations; }

private:
    struct Context;  // an evaluation with its recording, agent and template
    struct Editable; // a stored evaluation its actor may change, with its context
    struct Prepared;
    Result<Context> contextOf(const Evaluation& evaluation) const;
    // Finds evaluation `id` and asks the rules whether `actor` may change it
    // (Action::EditEvaluation): what saveDraft and submit share.
    Result<Editable> editable(const Person& actor, EvaluationId id);
    // Stores `request` with its audit entry in one transaction.
    Result<qint64> storeRequest(const Person& actor, const AgentRequest& request,
                                const QString& auditDetail);
    Result<Prepared> prepare(const Person& actor, RecordingId recording,
                             TemplateVersionId templateVersion, EvaluationKind kind);
    Result<void> create(const Person& actor, Prepared& prepared); // in the caller's Transaction
    Result<void> validate(const Evaluation& draft, const ScorecardTemplate& scorecard,
                          const Recording& recording) const;
    bool mayView(const Person& actor, const Evaluation& evaluation,
                 const QList<Purpose>& authorisedPurposes) const;
    Result<void> audit(const Person& actor, const QString& action, const Evaluation& evaluation,
                       const QString& detail = {});

    Vault& m_vault;
    Administration& m_admin;
    RecordingStore m_recordings;
    TemplateStore m_templates;
    EvaluationStore m_evaluations;
    AgentRequestStore m_requests;
};

} // namespace cv::core
