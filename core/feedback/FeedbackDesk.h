#pragma once

#include "core/Error.h"
#include "core/feedback/EvaluationReport.h"
#include "core/feedback/Feedback.h"
#include "core/feedback/FeedbackStore.h"
#include "core/rules/Action.h"
#include "core/scoring/EvaluationDesk.h"

#include <QList>

#include <optional>

namespace cv::core {

class Administration;
class SecretBytes;
class Vault;
struct Person;

// The feedback session's use cases (Feedback area, CLI `session …`):
// decide -> audit -> act, as everywhere (docs/feedback.md).
//
// - record(): a coach evaluation with its adjustments, sign-offs, the
//   agent's view, disputes and seal; who may read it is EvaluationDesk's
//   rule (audited "evaluation.view").
// - selfEvaluation(): the agent's submitted self-evaluation of the same
//   call, to set beside the coach's scores.
// - adjust(): the evaluator changes one answer of the submitted evaluation
//   before the agent signs; before and after are kept. Audited
//   "evaluation.adjust".
// - signAsAgent(), signAsEvaluator(): each with the signer's own credential
//   (verified and rate-limited like signing in; a wrong one is refused,
//   R-AUTH-3, and audited). The agent signs first, agreeing or disagreeing,
//   with their view (R-REPORT-2); the evaluator's signature makes the
//   evaluation 'signed': immutable, its canonical content hashed into the
//   audit trail (EvaluationSeal, audited "evaluation.seal").
// - dispute(), resolveDispute(), openDisputes(): after sign-off the agent
//   disputes; the evaluator (or a manager) resolves it with a note.
//
// Threading: the vault's thread, like the stores.
class FeedbackDesk final
{
public:
    FeedbackDesk(Vault& vault, Administration& admin);

    Result<FeedbackRecord> record(const Person& actor, EvaluationId id);
    Result<std::optional<Evaluation>> selfEvaluation(const Person& actor, EvaluationId id);

    Result<ScoreAdjustment> adjust(const Person& actor, EvaluationId id, const QString& criterionId,
                                   const CriterionAnswer& after);

    Result<FeedbackRecord> signAsAgent(EvaluationId id, PersonId agent,
                                       const SecretBytes& credential, bool agrees,
                                       const QString& view);
    Result<FeedbackRecord> signAsEvaluator(EvaluationId id, PersonId evaluator,
                                           const SecretBytes& credential);

    Result<DisputeId> dispute(const Person& actor, EvaluationId id, const QString& reason);
    Result<void> resolveDispute(const Person& actor, DisputeId id, const QString& resolution);
    // Open disputes for the actor's Inbox: of their own evaluations; a
    // manager's or privacy officer's: all.
    Result<QList<Dispute>> openDisputes(const Person& actor);

    // The written report (EvaluationReport) as PDF bytes, in `language`
    // ("nl", "en"; empty: the language installed now). Who may read the
    // evaluation may have its report; audited "evaluation.report".
    Result<QByteArray> reportPdf(const Person& actor, EvaluationId id,
                                 const QString& language = {});
    // What the report is made of, for a preview; the same reading rules.
    Result<ReportInput> reportInput(const Person& actor, EvaluationId id);

    EvaluationDesk& evaluations() { return m_desk; }
    FeedbackStore& store() { return m_feedback; }

private:
    struct Loaded;
    // The stored evaluation, its agent and the facts the rules ask for.
    Result<Loaded> load(EvaluationId id) const;
    Result<void> decide(const Person& actor, Action action, const Loaded& loaded);
    // Verifies `signer`'s own credential; a wrong one is refused and audited.
    Result<Person> authenticate(EvaluationId id, PersonId signer, const SecretBytes& credential,
                                const QString& auditAction);
    Result<qint64> audit(const Person& actor, const QString& action, const Evaluation& e,
                         const QString& detail = {});

    Vault& m_vault;
    Administration& m_admin;
    EvaluationDesk m_desk;
    EvaluationStore m_evaluations;
    FeedbackStore m_feedback;
    TemplateStore m_templates;
};

} // namespace cv::core
