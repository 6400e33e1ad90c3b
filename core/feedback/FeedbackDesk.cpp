#include "core/feedback/FeedbackDesk.h"

#include "core/admin/Administration.h"
#include "core/feedback/EvaluationSeal.h"
#include "core/i18n/Translations.h"
#include "core/recordings/RecordingStore.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>

namespace cv::core {

namespace {

class FeedbackText
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackDesk)
public:
    static QString noSuchEvaluation(EvaluationId id)
    {
        return tr("There is no evaluation %1.").arg(id);
    }
    static QString noSuchPerson(PersonId id) { return tr("There is no person #%1.").arg(id); }
    static QString noSuchDispute(DisputeId id) { return tr("There is no dispute %1.").arg(id); }
    static QString wrongCredential(const QString& name)
    {
        return tr("the PIN or password given is not %1's; only %1 signs as %1.").arg(name);
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
    static QString unanswered(const QString& id)
    {
        return tr("Criterion '%1' needs a score; an adjustment cannot leave it open.").arg(id);
    }
    static QString emptyReason() { return tr("A dispute needs the agent's reason."); }
    static QString emptyResolution() { return tr("Resolving a dispute needs a note."); }
    static QString unchanged(const QString& id)
    {
        return tr("Criterion '%1' already has this score and comment.").arg(id);
    }
};

} // namespace

struct FeedbackDesk::Loaded
{
    FeedbackRecord record;
    Person agent;
    FeedbackFacts facts;
};

FeedbackDesk::FeedbackDesk(Vault& vault, Administration& admin)
    : m_vault(vault)
    , m_admin(admin)
    , m_desk(vault, admin)
    , m_evaluations(vault)
    , m_feedback(vault)
    , m_templates(vault)
{}

Result<FeedbackDesk::Loaded> FeedbackDesk::load(EvaluationId id) const
{
    Loaded l;
    const std::optional<Evaluation> stored = m_evaluations.find(id);
    if (!stored)
        return fail(ErrorCode::Usage, FeedbackText::noSuchEvaluation(id));
    l.record.evaluation = *stored;
    m_feedback.load(id, l.record);
    const auto agent = m_admin.persons().find(stored->agent);
    if (!agent)
        return fail(ErrorCode::Internal, FeedbackText::noSuchPerson(stored->agent));
    l.agent = *agent;
    FeedbackFacts& f = l.facts;
    f.evaluator = stored->evaluator;
    f.agent = stored->agent;
    f.coachEvaluation = stored->kind == EvaluationKind::Coach;
    f.submitted = stored->isSubmitted();
    f.signedOff = stored->isSignedOff();
    f.agentSigned = l.record.agentSignOff.has_value();
    f.evaluatorSigned = l.record.evaluatorSignOff.has_value();
    f.openDispute = l.record.hasOpenDispute();
    return l;
}

Result<void> FeedbackDesk::decide(const Person& actor, Action action, const Loaded& loaded)
{
    Request request(action);
    request.subject = &loaded.agent;
    request.feedback = &loaded.facts;
    return m_admin.decide(actor, request, QStringLiteral("evaluation"),
                          QString::number(loaded.record.evaluation.id));
}

Result<qint64> FeedbackDesk::audit(const Person& actor, const QString& action, const Evaluation& e,
                                   const QString& detail)
{
    AuditRecord record;
    record.actor = actor.id;
    record.action = action;
    record.objectType = QStringLiteral("evaluation");
    record.objectId = QString::number(e.id);
    record.subject = e.agent;
    record.detail = detail;
    return m_admin.audit().append(record);
}

Result<FeedbackRecord> FeedbackDesk::record(const Person& actor, EvaluationId id)
{
    auto evaluation = m_desk.evaluation(actor, id); // the read rules, audited
    if (!evaluation)
        return std::unexpected(evaluation.error());
    FeedbackRecord record;
    record.evaluation = *evaluation;
    m_feedback.load(id, record);
    return record;
}

Result<std::optional<Evaluation>> FeedbackDesk::selfEvaluation(const Person& actor, EvaluationId id)
{
    auto coach = m_desk.evaluation(actor, id);
    if (!coach)
        return std::unexpected(coach.error());
    EvaluationFilter filter;
    filter.recording = coach->recording;
    filter.kind = EvaluationKind::Self;
    filter.status = EvaluationStatus::Submitted;
    for (const Evaluation& self : m_evaluations.list(filter)) {
        if (self.evaluator != coach->agent)
            continue;
        auto full = m_desk.evaluation(actor, self.id);
        if (!full)
            return std::unexpected(full.error());
        return std::optional<Evaluation>(*full);
    }
    return std::optional<Evaluation>();
}

Result<ScoreAdjustment> FeedbackDesk::adjust(const Person& actor, EvaluationId id,
                                             const QString& criterionId,
                                             const CriterionAnswer& after)
{
    auto loaded = load(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (auto allowed = decide(actor, Action::AdjustEvaluation, *loaded); !allowed)
        return std::unexpected(allowed.error());
    Evaluation& e = loaded->record.evaluation;
    const std::optional<ScorecardTemplate> scorecard = m_templates.find(e.templateVersion);
    const Criterion* criterion = scorecard ? scorecard->criterion(criterionId) : nullptr;
    if (!criterion)
        return fail(ErrorCode::BadInput, FeedbackText::unknownCriterion(criterionId));
    if (!after.score.isAnswered())
        return fail(ErrorCode::BadInput, FeedbackText::unanswered(criterionId));
    if (after.score.notApplicable && !criterion->scale.allowsNotApplicable())
        return fail(ErrorCode::BadInput, FeedbackText::naNotAllowed(criterionId));
    if (after.score.value && !criterion->scale.accepts(*after.score.value))
        return fail(ErrorCode::BadInput,
                    FeedbackText::offScale(criterionId, *after.score.value,
                                           criterion->scale.minimum(), criterion->scale.maximum()));
    ScoreAdjustment adjustment;
    adjustment.criterionId = criterionId;
    adjustment.before = e.answers.value(criterionId);
    adjustment.after = after;
    if (adjustment.before.score.value == after.score.value &&
        adjustment.before.score.notApplicable == after.score.notApplicable &&
        adjustment.before.comment == after.comment)
        return fail(ErrorCode::Usage, FeedbackText::unchanged(criterionId));
    adjustment.adjustedBy = actor.id;
    adjustment.adjustedUtc = m_vault.clock().nowUtc();
    e.answers.insert(criterionId, after);
    const ScoreResult score = ScoreFormula::compute(*scorecard, e.scores());

    auto valueText = [](const CriterionAnswer& a) {
        return a.score.notApplicable ? QStringLiteral("n.a.")
               : a.score.value       ? QString::number(*a.score.value)
                                     : QStringLiteral("-");
    };
    Transaction transaction(m_vault);
    auto stored = m_feedback.adjust(id, adjustment, score);
    if (!stored)
        return std::unexpected(stored.error());
    adjustment.id = *stored;
    if (auto logged =
            audit(actor, actionName(Action::AdjustEvaluation), e,
                  QStringLiteral("%1: %2 -> %3")
                      .arg(criterionId, valueText(adjustment.before), valueText(adjustment.after)));
        !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return adjustment;
}

Result<Person> FeedbackDesk::authenticate(EvaluationId id, PersonId signer,
                                          const SecretBytes& credential, const QString& auditAction)
{
    const std::optional<Person> person = m_admin.persons().find(signer);
    if (!person)
        return fail(ErrorCode::Usage, FeedbackText::noSuchPerson(signer));
    if (auto verified = m_admin.credentials().verify(signer, credential); !verified) {
        m_admin.recordRefusal(
            signer, auditAction, QStringLiteral("evaluation"), QString::number(id),
            m_evaluations.find(id).transform([](const Evaluation& e) { return e.agent; }),
            Error::refused(QStringLiteral("R-AUTH-3"), verified.error().message));
        return std::unexpected(Error::refused(QStringLiteral("R-AUTH-3"),
                                              FeedbackText::wrongCredential(person->displayName) +
                                                  QLatin1Char(' ') + verified.error().message));
    }
    return *person;
}

Result<FeedbackRecord> FeedbackDesk::signAsAgent(EvaluationId id, PersonId agent,
                                                 const SecretBytes& credential, bool agrees,
                                                 const QString& view)
{
    const QString action = QStringLiteral("evaluation.sign-agent");
    auto signer = authenticate(id, agent, credential, action);
    if (!signer)
        return std::unexpected(signer.error());
    auto loaded = load(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    loaded->facts.signingAsAgent = true;
    if (auto allowed = decide(*signer, Action::SignOffEvaluation, *loaded); !allowed)
        return std::unexpected(allowed.error());
    SignOff s;
    s.role = SignOffRole::Agent;
    s.signer = signer->id;
    s.agrees = agrees;
    s.signedUtc = m_vault.clock().nowUtc();
    Transaction transaction(m_vault);
    if (auto added = m_feedback.addSignOff(id, s, view.trimmed()); !added)
        return std::unexpected(added.error());
    if (auto logged = audit(*signer, action, loaded->record.evaluation,
                            agrees ? QStringLiteral("agrees") : QStringLiteral("disagrees"));
        !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    auto after = load(id);
    if (!after)
        return std::unexpected(after.error());
    return after->record;
}

Result<FeedbackRecord> FeedbackDesk::signAsEvaluator(EvaluationId id, PersonId evaluator,
                                                     const SecretBytes& credential)
{
    const QString action = QStringLiteral("evaluation.sign-evaluator");
    auto signer = authenticate(id, evaluator, credential, action);
    if (!signer)
        return std::unexpected(signer.error());
    auto loaded = load(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    loaded->facts.signingAsAgent = false;
    if (auto allowed = decide(*signer, Action::SignOffEvaluation, *loaded); !allowed)
        return std::unexpected(allowed.error());
    SignOff s;
    s.role = SignOffRole::Evaluator;
    s.signer = signer->id;
    s.signedUtc = m_vault.clock().nowUtc();
    Transaction transaction(m_vault);
    if (auto added = m_feedback.addSignOff(id, s, {}); !added)
        return std::unexpected(added.error());
    if (auto logged = audit(*signer, action, loaded->record.evaluation); !logged)
        return std::unexpected(logged.error());
    if (auto marked = m_feedback.markSignedOff(id); !marked)
        return std::unexpected(marked.error());
    // The seal: the content as now stored, hashed into the audit trail.
    auto sealed = load(id);
    if (!sealed)
        return std::unexpected(sealed.error());
    Seal seal;
    seal.sha256 = EvaluationSeal::sha256(sealed->record);
    seal.sealedUtc = m_vault.clock().nowUtc();
    auto seq = audit(*signer, QString::fromLatin1(EvaluationSeal::kAuditAction),
                     sealed->record.evaluation, EvaluationSeal::auditDetail(seal.sha256));
    if (!seq)
        return std::unexpected(seq.error());
    seal.auditSeq = *seq;
    if (auto added = m_feedback.addSeal(id, seal); !added)
        return std::unexpected(added.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    sealed->record.seal = seal;
    return sealed->record;
}

Result<DisputeId> FeedbackDesk::dispute(const Person& actor, EvaluationId id, const QString& reason)
{
    auto loaded = load(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (auto allowed = decide(actor, Action::DisputeEvaluation, *loaded); !allowed)
        return std::unexpected(allowed.error());
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::Usage, FeedbackText::emptyReason());
    Dispute d;
    d.evaluation = id;
    d.openedBy = actor.id;
    d.openedUtc = m_vault.clock().nowUtc();
    d.reason = reason.trimmed();
    Transaction transaction(m_vault);
    auto stored = m_feedback.openDispute(d);
    if (!stored)
        return std::unexpected(stored.error());
    if (auto logged = audit(actor, actionName(Action::DisputeEvaluation), loaded->record.evaluation,
                            QStringLiteral("dispute %1").arg(*stored));
        !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return *stored;
}

Result<void> FeedbackDesk::resolveDispute(const Person& actor, DisputeId id,
                                          const QString& resolution)
{
    const std::optional<Dispute> d = m_feedback.dispute(id);
    if (!d || !d->isOpen())
        return fail(ErrorCode::Usage, FeedbackText::noSuchDispute(id));
    auto loaded = load(d->evaluation);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (auto allowed = decide(actor, Action::ResolveDispute, *loaded); !allowed)
        return std::unexpected(allowed.error());
    if (resolution.trimmed().isEmpty())
        return fail(ErrorCode::Usage, FeedbackText::emptyResolution());
    Transaction transaction(m_vault);
    if (auto resolved = m_feedback.resolveDispute(id, actor.id, resolution.trimmed()); !resolved)
        return resolved;
    if (auto logged = audit(actor, actionName(Action::ResolveDispute), loaded->record.evaluation,
                            QStringLiteral("dispute %1").arg(id));
        !logged)
        return std::unexpected(logged.error());
    return transaction.commit();
}

Result<QList<Dispute>> FeedbackDesk::openDisputes(const Person& actor)
{
    if (actor.hasRole(Role::Manager) || actor.hasRole(Role::PrivacyOfficer))
        return m_feedback.openDisputes(0);
    if (actor.hasRole(Role::Coach))
        return m_feedback.openDisputes(actor.id);
    return QList<Dispute>();
}

Result<ReportInput> FeedbackDesk::reportInput(const Person& actor, EvaluationId id)
{
    auto record = this->record(actor, id);
    if (!record)
        return std::unexpected(record.error());
    ReportInput in;
    in.record = std::move(*record);
    const Evaluation& e = in.record.evaluation;
    const std::optional<ScorecardTemplate> scorecard = m_templates.find(e.templateVersion);
    if (!scorecard)
        return fail(ErrorCode::Internal, FeedbackText::noSuchEvaluation(id));
    in.scorecard = *scorecard;
    in.recording = RecordingStore(m_vault).find(e.recording);
    QList<PersonId> named{e.agent, e.evaluator};
    for (const ScoreAdjustment& a : in.record.adjustments)
        named << a.adjustedBy;
    for (const auto& s : {in.record.agentSignOff, in.record.evaluatorSignOff}) {
        if (s)
            named << s->signer;
    }
    for (const Dispute& d : in.record.disputes)
        named << d.openedBy << d.resolvedBy.value_or(0);
    for (PersonId person : named) {
        if (person == 0 || in.names.contains(person))
            continue;
        if (const auto found = m_admin.persons().find(person))
            in.names.insert(person, found->displayName);
    }
    return in;
}

Result<QByteArray> FeedbackDesk::reportPdf(const Person& actor, EvaluationId id,
                                           const QString& language)
{
    auto in = reportInput(actor, id);
    if (!in)
        return std::unexpected(in.error());
    if (auto logged =
            audit(actor, QStringLiteral("evaluation.report"), in->record.evaluation, language);
        !logged)
        return std::unexpected(logged.error());
    if (language.isEmpty())
        return EvaluationReport::pdf(*in, QLocale());
    const ScopedLanguage translated(language);
    return EvaluationReport::pdf(
        *in, QLocale(language == QLatin1String("nl") ? QLocale::Dutch : QLocale::English));
}

} // namespace cv::core
