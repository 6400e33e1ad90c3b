#include "core/scoring/EvaluationDesk.h"

#include "core/admin/Administration.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>

#include <algorithm>

namespace cv::core {

namespace {

class DeskText
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationDesk)
public:
    static QString noSuchRecording(RecordingId id)
    {
        return tr("There is no recording %1 in this vault.").arg(id);
    }
    static QString noSuchTemplate(TemplateVersionId id)
    {
        return tr("There is no scorecard template version %1.").arg(id);
    }
    static QString noSuchEvaluation(EvaluationId id)
    {
        return tr("There is no evaluation %1.").arg(id);
    }
    static QString noSuchPerson(PersonId id) { return tr("There is no person #%1.").arg(id); }
    static QString sameVersionAsCoach(int version, const QString& key)
    {
        return tr("A self-evaluation uses the coach's scorecard: version %1 of '%2'.")
            .arg(version)
            .arg(key);
    }
    static QString ownSelfSubmitted()
    {
        return tr("your self-evaluation of this call is submitted and can no longer change.");
    }
    static QString unknownCriterion(const QString& id)
    {
        return tr("Criterion '%1' is not on this scorecard.").arg(id);
    }
    static QString offScale(const QString& id, int value, int min, int max)
    {
        return tr("Criterion '%1': %2 is not on its scale (%3 to %4).")
            .arg(id)
            .arg(value)
            .arg(min)
            .arg(max);
    }
    static QString naNotAllowed(const QString& id)
    {
        return tr("Criterion '%1' cannot be scored n.a.; its scale has no n.a.").arg(id);
    }
    static QString noteOutside(qint64 ms, qint64 durationMs)
    {
        return tr("A note at %1 ms lies outside the call (0 to %2 ms).").arg(ms).arg(durationMs);
    }
    static QString emptyNote(qint64 ms) { return tr("The note at %1 ms has no text.").arg(ms); }
    static QString incomplete(const QStringList& ids)
    {
        return tr("Not every criterion is scored yet: %1.").arg(ids.join(QStringLiteral(", ")));
    }
};

} // namespace

struct EvaluationDesk::Context
{
    Recording recording;
    Person agent;
    ScorecardTemplate scorecard;
};

EvaluationDesk::EvaluationDesk(Vault& vault, Administration& admin)
    : m_vault(vault)
    , m_admin(admin)
    , m_recordings(vault)
    , m_templates(vault)
    , m_evaluations(vault)
    , m_requests(vault)
{}

Result<EvaluationDesk::Context> EvaluationDesk::contextOf(const Evaluation& e) const
{
    Context c;
    const auto recording = m_recordings.find(e.recording);
    if (!recording)
        return fail(ErrorCode::Usage, DeskText::noSuchRecording(e.recording));
    c.recording = *recording;
    const auto agent = m_admin.persons().find(recording->agent);
    if (!agent)
        return fail(ErrorCode::Internal, DeskText::noSuchRecording(e.recording));
    c.agent = *agent;
    const auto scorecard = m_templates.find(e.templateVersion);
    if (!scorecard)
        return fail(ErrorCode::Usage, DeskText::noSuchTemplate(e.templateVersion));
    c.scorecard = *scorecard;
    return c;
}

Result<void> EvaluationDesk::audit(const Person& actor, const QString& action, const Evaluation& e,
                                   const QString& detail)
{
    AuditRecord record;
    record.actor = actor.id;
    record.action = action;
    record.objectType = QStringLiteral("evaluation");
    record.objectId = QString::number(e.id);
    record.subject = e.agent;
    record.detail = detail;
    if (auto logged = m_admin.audit().append(record); !logged)
        return std::unexpected(logged.error());
    return {};
}

Result<Evaluation> EvaluationDesk::start(const Person& actor, RecordingId recordingId,
                                         TemplateVersionId templateVersion, EvaluationKind kind)
{
    Evaluation e;
    e.recording = recordingId;
    e.templateVersion = templateVersion;
    e.evaluator = actor.id;
    e.kind = kind;
    auto context = contextOf(e);
    if (!context)
        return std::unexpected(context.error());
    const Recording& recording = context->recording;
    const ScorecardTemplate& scorecard = context->scorecard;
    e.agent = recording.agent;
    e.purpose = recording.purpose; // R-PURPOSE-1: for ever the recording's

    EvaluationFilter onThisCall;
    onThisCall.recording = recordingId;
    const QList<Evaluation> existing = m_evaluations.list(onThisCall);
    // The actor's own open draft of this call is reopened, not doubled.
    for (const Evaluation& mine : existing) {
        if (mine.evaluator == actor.id && mine.kind == kind && !mine.isSubmitted() &&
            mine.templateVersion == templateVersion)
            return *m_evaluations.find(mine.id);
    }

    EvaluationFacts facts;
    facts.recordingPurpose = recording.purpose;
    facts.callStartUtc = recording.callStartUtc;
    facts.templatePurposes = scorecard.purposes;
    if (scorecard.isPublished())
        facts.templatePublishedUtc = scorecard.publishedUtc;
    qint64 extraMoment = 0;
    for (const Evaluation& other : existing) {
        if (other.kind == EvaluationKind::Coach)
            facts.coachEvaluators << other.evaluator;
    }
    Request request(kind == EvaluationKind::Self ? Action::SelfEvaluate
                                                 : Action::EvaluateRecording);
    request.subject = &context->agent;
    request.purpose = recording.purpose;
    request.dataPurpose = recording.purpose;
    request.evaluation = &facts;
    if (kind == EvaluationKind::Coach) {
        facts.replacedEvaluators = m_requests.replacedEvaluators(recordingId);
        if (recording.purpose == Purpose::Assessment) {
            facts.previousAssessmentUtc = m_evaluations.lastAssessmentSubmitted(
                recording.agent, recording.callStartUtc, recordingId);
            extraMoment =
                m_requests.unusedExtraMoment(recording.agent, recording.callStartUtc.date());
            facts.extraMomentAvailable = extraMoment > 0;
        }
    }
    const QString objectId = QString::number(recordingId);
    if (auto allowed = m_admin.decide(actor, request, QStringLiteral("recording"), objectId);
        !allowed)
        return std::unexpected(allowed.error());
    if (kind == EvaluationKind::Self) {
        for (const Evaluation& other : existing) {
            if (other.kind == EvaluationKind::Self && other.evaluator == actor.id) {
                if (!other.isSubmitted())
                    return *m_evaluations.find(other.id);
                return std::unexpected(
                    Error::refused(QStringLiteral("R-REPORT-1"), DeskText::ownSelfSubmitted()));
            }
            if (other.kind == EvaluationKind::Coach && other.templateVersion != templateVersion) {
                const auto coachVersion = m_templates.find(other.templateVersion);
                return fail(ErrorCode::Usage, DeskText::sameVersionAsCoach(
                                                  coachVersion ? coachVersion->version : 0,
                                                  coachVersion ? coachVersion->key : QString()));
            }
        }
    }

    Transaction transaction(m_vault);
    auto id = m_evaluations.insert(e);
    if (!id)
        return std::unexpected(id.error());
    e.id = *id;
    // R-ASSESS-5/6: an extra moment the agent asked for is used when it is
    // what lifted the interval.
    const std::optional<Policy> policy =
        m_admin.policies().activeOn(m_vault.clock().nowUtc().date());
    const int intervalDays =
        policy ? policy->assessmentMinimumIntervalDays : Policy{}.assessmentMinimumIntervalDays;
    const bool usesExtraMoment =
        extraMoment > 0 && facts.previousAssessmentUtc.isValid() &&
        facts.callStartUtc >= facts.previousAssessmentUtc &&
        facts.callStartUtc < facts.previousAssessmentUtc.addDays(intervalDays);
    if (usesExtraMoment) {
        if (auto used = m_requests.markUsed(extraMoment, e.id); !used)
            return std::unexpected(used.error());
    }
    if (auto logged = audit(actor, actionName(request.action), e,
                            QStringLiteral("recording %1, %2 v%3")
                                .arg(recordingId)
                                .arg(scorecard.key)
                                .arg(scorecard.version));
        !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return *m_evaluations.find(e.id);
}

Result<void> EvaluationDesk::validate(const Evaluation& draft, const ScorecardTemplate& scorecard,
                                      const Recording& recording) const
{
    for (auto it = draft.answers.cbegin(); it != draft.answers.cend(); ++it) {
        const Criterion* criterion = scorecard.criterion(it.key());
        if (!criterion)
            return fail(ErrorCode::BadInput, DeskText::unknownCriterion(it.key()));
        const CriterionScore& score = it.value().score;
        if (score.notApplicable && !criterion->scale.allowsNotApplicable())
            return fail(ErrorCode::BadInput, DeskText::naNotAllowed(it.key()));
        if (score.value && !criterion->scale.accepts(*score.value))
            return fail(ErrorCode::BadInput,
                        DeskText::offScale(it.key(), *score.value, criterion->scale.minimum(),
                                           criterion->scale.maximum()));
    }
    const qint64 durationMs = recording.durationMs();
    for (const TimedNote& note : draft.notes) {
        if (note.atMs < 0 || (durationMs > 0 && note.atMs > durationMs))
            return fail(ErrorCode::BadInput, DeskText::noteOutside(note.atMs, durationMs));
        if (note.text.trimmed().isEmpty())
            return fail(ErrorCode::BadInput, DeskText::emptyNote(note.atMs));
        if (!note.criterionId.isEmpty() && !scorecard.criterion(note.criterionId))
            return fail(ErrorCode::BadInput, DeskText::unknownCriterion(note.criterionId));
    }
    return {};
}

Result<ScoreResult> EvaluationDesk::saveDraft(const Person& actor, const Evaluation& draft)
{
    const std::optional<Evaluation> stored = m_evaluations.find(draft.id);
    if (!stored)
        return fail(ErrorCode::Usage, DeskText::noSuchEvaluation(draft.id));
    auto context = contextOf(*stored);
    if (!context)
        return std::unexpected(context.error());
    EvaluationFacts facts;
    facts.recordingPurpose = stored->purpose;
    facts.evaluator = stored->evaluator;
    facts.submitted = stored->isSubmitted();
    Request request(Action::EditEvaluation);
    request.subject = &context->agent;
    request.evaluation = &facts;
    if (auto allowed =
            m_admin.decide(actor, request, QStringLiteral("evaluation"), QString::number(draft.id));
        !allowed)
        return std::unexpected(allowed.error());
    if (auto valid = validate(draft, context->scorecard, context->recording); !valid)
        return std::unexpected(valid.error());
    // Only the answers and notes come from the caller; who, what and when
    // stay as stored.
    Evaluation merged = *stored;
    merged.answers = draft.answers;
    merged.notes = draft.notes;
    std::ranges::stable_sort(merged.notes, {}, &TimedNote::atMs);
    const ScoreResult score = ScoreFormula::compute(context->scorecard, merged.scores());
    Transaction transaction(m_vault);
    if (auto saved = m_evaluations.saveDraft(merged, score); !saved)
        return std::unexpected(saved.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return score;
}

Result<Evaluation> EvaluationDesk::submit(const Person& actor, EvaluationId id)
{
    const std::optional<Evaluation> stored = m_evaluations.find(id);
    if (!stored)
        return fail(ErrorCode::Usage, DeskText::noSuchEvaluation(id));
    auto context = contextOf(*stored);
    if (!context)
        return std::unexpected(context.error());
    EvaluationFacts facts;
    facts.recordingPurpose = stored->purpose;
    facts.evaluator = stored->evaluator;
    facts.submitted = stored->isSubmitted();
    Request request(Action::EditEvaluation);
    request.subject = &context->agent;
    request.evaluation = &facts;
    if (auto allowed =
            m_admin.decide(actor, request, QStringLiteral("evaluation"), QString::number(id));
        !allowed)
        return std::unexpected(allowed.error());
    const ScoreResult score = ScoreFormula::compute(context->scorecard, stored->scores());
    if (score.state == ScoreResult::State::Incomplete) {
        QStringList missing;
        for (const Criterion* c : context->scorecard.allCriteria()) {
            if (!stored->answers.value(c->id).score.isAnswered())
                missing << c->id;
        }
        return fail(ErrorCode::BadInput, DeskText::incomplete(missing));
    }
    Transaction transaction(m_vault);
    if (auto saved = m_evaluations.saveDraft(*stored, score); !saved)
        return std::unexpected(saved.error());
    auto submitted = m_evaluations.markSubmitted(id);
    if (!submitted)
        return std::unexpected(submitted.error());
    const QString detail = score.total
                               ? QStringLiteral("%1%2")
                                     .arg(*score.total, 0, 'f', 1)
                                     .arg(score.failed ? QStringLiteral(" failed") : QString())
                               : scoreStateName(score.state);
    if (auto logged = audit(actor, QStringLiteral("evaluation.submit"), *stored, detail); !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return *m_evaluations.find(id);
}

bool EvaluationDesk::mayView(const Person& actor, const Evaluation& e,
                             const QList<Purpose>& authorisedPurposes) const
{
    if (e.evaluator == actor.id)
        return true;
    if (e.agent == actor.id) {
        if (e.kind == EvaluationKind::Self)
            return true;
        if (!e.isSubmitted())
            return false;
        EvaluationFilter ownOpen;
        ownOpen.recording = e.recording;
        ownOpen.evaluator = actor.id;
        ownOpen.kind = EvaluationKind::Self;
        ownOpen.status = EvaluationStatus::Draft;
        return m_evaluations.list(ownOpen).isEmpty();
    }
    if (!RulesEngine::roleAllows(actor, Action::ViewEvaluations, nullptr))
        return false;
    return actor.hasRole(Role::PrivacyOfficer) || authorisedPurposes.contains(e.purpose);
}

Result<Evaluation> EvaluationDesk::evaluation(const Person& actor, EvaluationId id)
{
    const std::optional<Evaluation> stored = m_evaluations.find(id);
    if (!stored)
        return fail(ErrorCode::Usage, DeskText::noSuchEvaluation(id));
    auto context = contextOf(*stored);
    if (!context)
        return std::unexpected(context.error());
    EvaluationFacts facts;
    facts.recordingPurpose = stored->purpose;
    facts.evaluator = stored->evaluator;
    facts.coachEvaluation = stored->kind == EvaluationKind::Coach;
    facts.submitted = stored->isSubmitted();
    if (stored->agent == actor.id && facts.coachEvaluation) {
        EvaluationFilter ownOpen;
        ownOpen.recording = stored->recording;
        ownOpen.evaluator = actor.id;
        ownOpen.kind = EvaluationKind::Self;
        ownOpen.status = EvaluationStatus::Draft;
        facts.agentSelfEvaluationOpen = !m_evaluations.list(ownOpen).isEmpty();
    }
    Request request(Action::ViewEvaluations);
    request.subject = &context->agent;
    request.evaluation = &facts;
    if (auto allowed =
            m_admin.decide(actor, request, QStringLiteral("evaluation"), QString::number(id));
        !allowed)
        return std::unexpected(allowed.error());
    if (auto logged = audit(actor, actionName(Action::ViewEvaluations), *stored); !logged)
        return std::unexpected(logged.error());
    return *stored;
}

Result<QList<Evaluation>> EvaluationDesk::list(const Person& actor, const EvaluationFilter& filter)
{
    Request request(Action::ViewEvaluations);
    request.subject = &actor; // everyone may ask; each evaluation is filtered below
    if (auto allowed =
            m_admin.decide(actor, request, QStringLiteral("evaluation"), QStringLiteral("*"));
        !allowed)
        return std::unexpected(allowed.error());
    // The purposes the actor is authorised for now, asked once (R-AUTH-1).
    QList<Purpose> authorised;
    for (Purpose purpose : kAllPurposes) {
        EvaluationFacts facts;
        facts.recordingPurpose = purpose;
        Request probe(Action::ViewEvaluations);
        probe.evaluation = &facts;
        if (m_admin.rules().decide(actor, probe))
            authorised << purpose;
    }
    QList<Evaluation> out;
    for (const Evaluation& e : m_evaluations.list(filter)) {
        if (mayView(actor, e, authorised))
            out << e;
    }
    AuditRecord record;
    record.actor = actor.id;
    record.action = actionName(Action::ViewEvaluations);
    record.objectType = QStringLiteral("evaluation");
    record.objectId = QStringLiteral("*");
    record.detail = QStringLiteral("%1 listed").arg(out.size());
    if (auto logged = m_admin.audit().append(record); !logged)
        return std::unexpected(logged.error());
    return out;
}

std::optional<ScorecardTemplate> EvaluationDesk::templateOf(const Evaluation& evaluation) const
{
    return m_templates.find(evaluation.templateVersion);
}

Result<ScoreResult> EvaluationDesk::score(const Evaluation& evaluation) const
{
    const auto scorecard = templateOf(evaluation);
    if (!scorecard)
        return fail(ErrorCode::Usage, DeskText::noSuchTemplate(evaluation.templateVersion));
    return ScoreFormula::compute(*scorecard, evaluation.scores());
}

QDateTime EvaluationDesk::deadline(const Recording& recording, const Policy& policy)
{
    return recording.callStartUtc.toUTC().addDays(policy.evaluationTermDays);
}

std::optional<QDateTime> EvaluationDesk::deadline(const Recording& recording) const
{
    const std::optional<Policy> policy = m_admin.policies().version(recording.policyVersion);
    if (!policy)
        return std::nullopt;
    return deadline(recording, *policy);
}

Result<qint64> EvaluationDesk::requestOtherEvaluator(const Person& actor, EvaluationId contested,
                                                     const QDate& madeOn, const QString& note)
{
    const std::optional<Evaluation> stored = m_evaluations.find(contested);
    if (!stored)
        return fail(ErrorCode::Usage, DeskText::noSuchEvaluation(contested));
    const auto agent = m_admin.persons().find(stored->agent);
    if (!agent)
        return fail(ErrorCode::Internal, DeskText::noSuchEvaluation(contested));
    AgentRequestFacts facts;
    facts.kind = AgentRequestKind::OtherEvaluator;
    facts.madeOn = madeOn;
    facts.contestedIsSubmittedCoachEvaluation =
        stored->kind == EvaluationKind::Coach && stored->isSubmitted();
    Request request(Action::RecordAgentRequest);
    request.subject = &*agent;
    request.agentRequest = &facts;
    if (auto allowed = m_admin.decide(actor, request, QStringLiteral("evaluation"),
                                      QString::number(contested));
        !allowed)
        return std::unexpected(allowed.error());
    AgentRequest r;
    r.agent = agent->id;
    r.kind = AgentRequestKind::OtherEvaluator;
    r.madeOn = madeOn;
    r.evaluation = contested;
    r.replacedEvaluator = stored->evaluator;
    r.note = note;
    r.recordedBy = actor.id;
    Transaction transaction(m_vault);
    auto id = m_requests.insert(r);
    if (!id)
        return id;
    AuditRecord record;
    record.actor = actor.id;
    record.action = actionName(Action::RecordAgentRequest);
    record.objectType = QStringLiteral("agent-request");
    record.objectId = QString::number(*id);
    record.subject = agent->id;
    record.detail = QStringLiteral("R-ASSESS-4: other-evaluator for evaluation %1").arg(contested);
    if (auto logged = m_admin.audit().append(record); !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

Result<qint64> EvaluationDesk::requestExtraMoment(const Person& actor, PersonId agentId,
                                                  const QDate& madeOn, const QString& note)
{
    const auto agent = m_admin.persons().find(agentId);
    if (!agent)
        return fail(ErrorCode::Usage, DeskText::noSuchPerson(agentId));
    AgentRequestFacts facts;
    facts.kind = AgentRequestKind::ExtraMonitoring;
    facts.madeOn = madeOn;
    for (const AgentRequest& earlier : m_requests.forAgent(agentId)) {
        if (earlier.kind == AgentRequestKind::ExtraMonitoring)
            facts.earlierExtraMoments << earlier.madeOn;
    }
    Request request(Action::RecordAgentRequest);
    request.subject = &*agent;
    request.agentRequest = &facts;
    if (auto allowed =
            m_admin.decide(actor, request, QStringLiteral("person"), QString::number(agentId));
        !allowed)
        return std::unexpected(allowed.error());
    AgentRequest r;
    r.agent = agentId;
    r.kind = AgentRequestKind::ExtraMonitoring;
    r.madeOn = madeOn;
    r.note = note;
    r.recordedBy = actor.id;
    Transaction transaction(m_vault);
    auto id = m_requests.insert(r);
    if (!id)
        return id;
    AuditRecord record;
    record.actor = actor.id;
    record.action = actionName(Action::RecordAgentRequest);
    record.objectType = QStringLiteral("agent-request");
    record.objectId = QString::number(*id);
    record.subject = agentId;
    record.detail =
        QStringLiteral("R-ASSESS-5: extra-monitoring on %1").arg(madeOn.toString(Qt::ISODate));
    if (auto logged = m_admin.audit().append(record); !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

Result<QList<AgentRequest>> EvaluationDesk::requests(const Person& actor, PersonId agentId)
{
    const auto agent = m_admin.persons().find(agentId);
    if (!agent)
        return fail(ErrorCode::Usage, DeskText::noSuchPerson(agentId));
    Request request(Action::ViewEvaluations);
    request.subject = &*agent;
    if (auto allowed =
            m_admin.decide(actor, request, QStringLiteral("person"), QString::number(agentId));
        !allowed)
        return std::unexpected(allowed.error());
    return m_requests.forAgent(agentId);
}

} // namespace cv::core
