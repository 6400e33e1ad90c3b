#include "core/scoring/EvaluationDesk.h"

#include "core/admin/Administration.h"
#include "core/scoring/EvaluationDeadline.h"
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

QStringList unansweredIds(const Evaluation& e, const ScorecardTemplate& scorecard)
{
    QStringList missing;
    for (const Criterion* c : scorecard.allCriteria()) {
        if (!e.answers.value(c->id).score.isAnswered())
            missing << c->id;
    }
    return missing;
}

QString submitDetail(const ScoreResult& score)
{
    if (!score.total)
        return scoreStateName(score.state);
    return QStringLiteral("%1%2")
        .arg(*score.total, 0, 'f', 1)
        .arg(score.failed ? QStringLiteral(" failed") : QString());
}

} // namespace

struct EvaluationDesk::Context
{
    Recording recording;
    Person agent;
    ScorecardTemplate scorecard;
};

struct EvaluationDesk::Editable
{
    Evaluation stored;
    Context context;
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
    return m_admin.record(actor, action, QStringLiteral("evaluation"), QString::number(e.id),
                          e.agent, detail);
}

// Everything start() and record() decide before writing: the rules' answer
// (a refusal audited by Administration::decide) and what creating needs.
struct EvaluationDesk::Prepared
{
    Context context;
    Evaluation evaluation; // id set: the actor's own open draft, reopened
    Action action = Action::EvaluateRecording;
    qint64 extraMomentToUse = 0; // R-ASSESS-5/6
};

Result<EvaluationDesk::Prepared> EvaluationDesk::prepare(const Person& actor,
                                                         RecordingId recordingId,
                                                         TemplateVersionId templateVersion,
                                                         EvaluationKind kind)
{
    Prepared p;
    Evaluation& e = p.evaluation;
    e.recording = recordingId;
    e.templateVersion = templateVersion;
    e.evaluator = actor.id;
    e.kind = kind;
    auto context = contextOf(e);
    if (!context)
        return std::unexpected(context.error());
    p.context = std::move(*context);
    const Recording& recording = p.context.recording;
    const ScorecardTemplate& scorecard = p.context.scorecard;
    e.agent = recording.agent;
    e.purpose = recording.purpose; // R-PURPOSE-1: for ever the recording's

    EvaluationFilter onThisCall;
    onThisCall.recording = recordingId;
    const QList<Evaluation> existing = m_evaluations.list(onThisCall);
    // The actor's own open draft of this call is reopened, not doubled.
    for (const Evaluation& mine : existing) {
        if (mine.evaluator == actor.id && mine.kind == kind && !mine.isSubmitted() &&
            mine.templateVersion == templateVersion) {
            p.evaluation = *m_evaluations.find(mine.id);
            return p;
        }
    }

    EvaluationFacts facts;
    facts.recordingPurpose = recording.purpose;
    facts.callStartUtc = recording.callStartUtc;
    facts.templatePurposes = scorecard.purposes;
    if (scorecard.isPublished())
        facts.templatePublishedUtc = scorecard.publishedUtc;
    for (const Evaluation& other : existing) {
        if (other.kind == EvaluationKind::Coach)
            facts.coachEvaluators << other.evaluator;
    }
    p.action = kind == EvaluationKind::Self ? Action::SelfEvaluate : Action::EvaluateRecording;
    Request request(p.action);
    request.subject = &p.context.agent;
    request.purpose = recording.purpose;
    request.dataPurpose = recording.purpose;
    request.evaluation = &facts;
    qint64 extraMoment = 0;
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
                if (!other.isSubmitted()) {
                    p.evaluation = *m_evaluations.find(other.id);
                    return p;
                }
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
    // R-ASSESS-5/6: an extra moment the agent asked for is used when it is
    // what lifted the interval.
    if (extraMoment > 0 && facts.previousAssessmentUtc.isValid()) {
        const std::optional<Policy> policy =
            m_admin.policies().activeOn(m_vault.clock().nowUtc().date());
        const int intervalDays =
            policy ? policy->assessmentMinimumIntervalDays : Policy{}.assessmentMinimumIntervalDays;
        if (facts.callStartUtc >= facts.previousAssessmentUtc &&
            facts.callStartUtc < facts.previousAssessmentUtc.addDays(intervalDays))
            p.extraMomentToUse = extraMoment;
    }
    return p;
}

Result<void> EvaluationDesk::create(const Person& actor, Prepared& p)
{
    auto id = m_evaluations.insert(p.evaluation);
    if (!id)
        return std::unexpected(id.error());
    p.evaluation.id = *id;
    if (p.extraMomentToUse > 0) {
        if (auto used = m_requests.markUsed(p.extraMomentToUse, *id); !used)
            return used;
    }
    return audit(actor, actionName(p.action), p.evaluation,
                 QStringLiteral("recording %1, %2 v%3")
                     .arg(p.evaluation.recording)
                     .arg(p.context.scorecard.key)
                     .arg(p.context.scorecard.version));
}

Result<Evaluation> EvaluationDesk::start(const Person& actor, RecordingId recordingId,
                                         TemplateVersionId templateVersion, EvaluationKind kind)
{
    auto prepared = prepare(actor, recordingId, templateVersion, kind);
    if (!prepared)
        return std::unexpected(prepared.error());
    if (prepared->evaluation.id > 0)
        return prepared->evaluation;
    Transaction transaction(m_vault);
    if (auto created = create(actor, *prepared); !created)
        return std::unexpected(created.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return *m_evaluations.find(prepared->evaluation.id);
}

Result<Evaluation> EvaluationDesk::record(const Person& actor, RecordingId recordingId,
                                          TemplateVersionId templateVersion, EvaluationKind kind,
                                          const QHash<QString, CriterionAnswer>& answers,
                                          const QList<TimedNote>& notes, bool submit)
{
    auto prepared = prepare(actor, recordingId, templateVersion, kind);
    if (!prepared)
        return std::unexpected(prepared.error());
    Evaluation content = prepared->evaluation;
    content.answers = answers;
    content.notes = notes;
    std::ranges::stable_sort(content.notes, {}, &TimedNote::atMs);
    const ScorecardTemplate& scorecard = prepared->context.scorecard;
    if (auto valid = validate(content, scorecard, prepared->context.recording); !valid)
        return std::unexpected(valid.error());
    const ScoreResult score = ScoreFormula::compute(scorecard, content.scores());
    if (submit && score.state == ScoreResult::State::Incomplete)
        return fail(ErrorCode::BadInput, DeskText::incomplete(unansweredIds(content, scorecard)));

    Transaction transaction(m_vault);
    if (prepared->evaluation.id == 0) {
        if (auto created = create(actor, *prepared); !created)
            return std::unexpected(created.error());
    }
    content.id = prepared->evaluation.id;
    if (auto saved = m_evaluations.saveDraft(content, score); !saved)
        return std::unexpected(saved.error());
    if (submit) {
        if (auto submitted = m_evaluations.markSubmitted(content.id); !submitted)
            return std::unexpected(submitted.error());
        if (auto logged =
                audit(actor, QStringLiteral("evaluation.submit"), content, submitDetail(score));
            !logged)
            return std::unexpected(logged.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return *m_evaluations.find(content.id);
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

Result<EvaluationDesk::Editable> EvaluationDesk::editable(const Person& actor, EvaluationId id)
{
    std::optional<Evaluation> stored = m_evaluations.find(id);
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
    return Editable{std::move(*stored), std::move(*context)};
}

Result<ScoreResult> EvaluationDesk::saveDraft(const Person& actor, const Evaluation& draft)
{
    auto edit = editable(actor, draft.id);
    if (!edit)
        return std::unexpected(edit.error());
    const Evaluation& stored = edit->stored;
    const Context& context = edit->context;
    if (auto valid = validate(draft, context.scorecard, context.recording); !valid)
        return std::unexpected(valid.error());
    // Only the answers and notes come from the caller; who, what and when
    // stay as stored.
    Evaluation merged = stored;
    merged.answers = draft.answers;
    merged.notes = draft.notes;
    std::ranges::stable_sort(merged.notes, {}, &TimedNote::atMs);
    const ScoreResult score = ScoreFormula::compute(context.scorecard, merged.scores());
    Transaction transaction(m_vault);
    if (auto saved = m_evaluations.saveDraft(merged, score); !saved)
        return std::unexpected(saved.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return score;
}

Result<Evaluation> EvaluationDesk::submit(const Person& actor, EvaluationId id)
{
    auto edit = editable(actor, id);
    if (!edit)
        return std::unexpected(edit.error());
    const Evaluation& stored = edit->stored;
    const Context& context = edit->context;
    const ScoreResult score = ScoreFormula::compute(context.scorecard, stored.scores());
    if (score.state == ScoreResult::State::Incomplete)
        return fail(ErrorCode::BadInput,
                    DeskText::incomplete(unansweredIds(stored, context.scorecard)));
    Transaction transaction(m_vault);
    if (auto saved = m_evaluations.saveDraft(stored, score); !saved)
        return std::unexpected(saved.error());
    auto submitted = m_evaluations.markSubmitted(id);
    if (!submitted)
        return std::unexpected(submitted.error());
    const QString detail = submitDetail(score);
    if (auto logged = audit(actor, QStringLiteral("evaluation.submit"), stored, detail); !logged)
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
    if (auto logged = m_admin.record(actor, actionName(Action::ViewEvaluations),
                                     QStringLiteral("evaluation"), QStringLiteral("*"),
                                     std::nullopt, QStringLiteral("%1 listed").arg(out.size()));
        !logged)
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
    return EvaluationDeadline::of(recording, policy).dueUtc;
}

std::optional<QDateTime> EvaluationDesk::deadline(const Recording& recording) const
{
    const std::optional<Policy> policy = m_admin.policies().version(recording.policyVersion);
    if (!policy)
        return std::nullopt;
    return deadline(recording, *policy);
}

} // namespace cv::core
