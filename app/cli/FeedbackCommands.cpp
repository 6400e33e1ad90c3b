// session show|adjust|sign|dispute|resolve|disputes, report, export-subject:
// the feedback session, the written report and the agent's data from
// scripts (docs/feedback.md).
#include "app/cli/CliContext.h"
#include "app/cli/CliSession.h"
#include "app/cli/CommandRegistry.h"
#include "core/feedback/FeedbackDesk.h"
#include "core/feedback/SubjectExport.h"
#include "core/scoring/ScoreSheet.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace cv::cli {

using namespace core;

namespace {

const QString kCriterion = QStringLiteral("criterion");
const QString kScore = QStringLiteral("score");
const QString kComment = QStringLiteral("comment");
const QString kAgree = QStringLiteral("agree");
const QString kDisagree = QStringLiteral("disagree");
const QString kView = QStringLiteral("view");
const QString kViewFile = QStringLiteral("view-file");
const QString kReason = QStringLiteral("reason");
const QString kNote = QStringLiteral("note");
const QString kOut = QStringLiteral("out");
const QString kLanguage = QStringLiteral("language");

class FeedbackCliText
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackCommands)
public:
    static QString noEvaluation(const QString& id)
    {
        return tr("There is no evaluation '%1'.").arg(id);
    }
    static QString noDispute(const QString& id) { return tr("There is no dispute '%1'.").arg(id); }
    static QString noPerson(const QString& handle)
    {
        return tr("There is no person '%1'.").arg(handle);
    }
    static QString optionNeeded(const QString& option)
    {
        return tr("--%1 is required.").arg(option);
    }
    static QString badScore(const QString& text)
    {
        return tr("--score must be a whole number or n.a., not '%1'.").arg(text);
    }
    static QString agreeOrDisagree()
    {
        return tr("The agent signs with --agree or --disagree (one of them).");
    }
    static QString evaluatorNoAgreement()
    {
        return tr("--agree, --disagree and --view are the agent's; the evaluator signs without "
                  "them.");
    }
    static QString cannotRead(const QString& path, const QString& why)
    {
        return tr("Cannot read %1: %2").arg(path, why);
    }
    static QString cannotWrite(const QString& path, const QString& why)
    {
        return tr("Cannot write %1: %2").arg(path, why);
    }
    static QString exists(const QString& path)
    {
        return tr("%1 already exists; choose another name.").arg(path);
    }
    static QString badLanguage() { return tr("--language must be nl or en."); }
    static QString adjusted(const QString& criterion, EvaluationId id)
    {
        return tr("Criterion %1 of evaluation %2 is adjusted.").arg(criterion).arg(id);
    }
    static QString agentSigned(EvaluationId id, bool agrees)
    {
        return agrees ? tr("The agent signed off evaluation %1 and agrees.").arg(id)
                      : tr("The agent signed off evaluation %1 and disagrees.").arg(id);
    }
    static QString sealed(EvaluationId id, const QString& sha)
    {
        return tr("Evaluation %1 is signed off and sealed (SHA-256 %2).").arg(id).arg(sha);
    }
    static QString disputed(DisputeId id, EvaluationId evaluation)
    {
        return tr("Dispute %1 of evaluation %2 is open.").arg(id).arg(evaluation);
    }
    static QString resolved(DisputeId id) { return tr("Dispute %1 is resolved.").arg(id); }
    static QString noDisputes() { return tr("No open disputes."); }
    static QString reportWritten(const QString& path)
    {
        return tr("Report written to %1").arg(path);
    }
};

QString handleOf(CliSession& s, PersonId id)
{
    const auto person = s.admin->persons().find(id);
    return person ? person->handle : QString::number(id);
}

std::optional<qint64> idArgument(CliContext& c)
{
    bool ok = false;
    const qint64 id = c.positional().first().toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QString answerText(const CriterionAnswer& a)
{
    if (a.score.notApplicable)
        return QStringLiteral("n.a.");
    return a.score.value ? QString::number(*a.score.value) : QStringLiteral("-");
}

QJsonValue answerJson(const CriterionAnswer& a)
{
    return QJsonObject{
        {QStringLiteral("value"), a.score.value ? QJsonValue(*a.score.value) : QJsonValue()},
        {QStringLiteral("notApplicable"), a.score.notApplicable},
        {QStringLiteral("comment"), a.comment}};
}

QJsonObject signOffJson(CliSession& s, const SignOff& so)
{
    QJsonObject o{{QStringLiteral("signer"), handleOf(s, so.signer)},
                  {QStringLiteral("signedAt"), so.signedUtc.toString(Qt::ISODateWithMs)}};
    if (so.agrees)
        o.insert(QStringLiteral("agrees"), *so.agrees);
    return o;
}

QJsonObject disputeJson(CliSession& s, const Dispute& d)
{
    QJsonObject o{{QStringLiteral("id"), d.id},
                  {QStringLiteral("evaluation"), d.evaluation},
                  {QStringLiteral("openedBy"), handleOf(s, d.openedBy)},
                  {QStringLiteral("openedAt"), d.openedUtc.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("reason"), d.reason}};
    if (!d.isOpen()) {
        o.insert(QStringLiteral("resolvedBy"), handleOf(s, d.resolvedBy.value_or(0)));
        o.insert(QStringLiteral("resolvedAt"), d.resolvedUtc.toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("resolution"), d.resolution);
    }
    return o;
}

QJsonObject recordJson(CliSession& s, const FeedbackRecord& r,
                       const std::optional<ScorecardTemplate>& scorecard)
{
    const Evaluation& e = r.evaluation;
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("recording"), e.recording},
                  {QStringLiteral("agent"), handleOf(s, e.agent)},
                  {QStringLiteral("evaluator"), handleOf(s, e.evaluator)},
                  {QStringLiteral("purpose"), purposeName(e.purpose)},
                  {QStringLiteral("status"), evaluationStatusName(e.status)},
                  {QStringLiteral("total"), e.total ? QJsonValue(*e.total) : QJsonValue()},
                  {QStringLiteral("agentView"), r.agentView}};
    if (scorecard)
        o.insert(QStringLiteral("scores"),
                 ScoreSheet::toJson(e, *scorecard).value(QStringLiteral("scores")));
    QJsonArray adjustments;
    for (const ScoreAdjustment& a : r.adjustments)
        adjustments.append(
            QJsonObject{{QStringLiteral("criterion"), a.criterionId},
                        {QStringLiteral("before"), answerJson(a.before)},
                        {QStringLiteral("after"), answerJson(a.after)},
                        {QStringLiteral("by"), handleOf(s, a.adjustedBy)},
                        {QStringLiteral("at"), a.adjustedUtc.toString(Qt::ISODateWithMs)}});
    o.insert(QStringLiteral("adjustments"), adjustments);
    if (r.agentSignOff)
        o.insert(QStringLiteral("agentSignOff"), signOffJson(s, *r.agentSignOff));
    if (r.evaluatorSignOff)
        o.insert(QStringLiteral("evaluatorSignOff"), signOffJson(s, *r.evaluatorSignOff));
    if (r.seal)
        o.insert(QStringLiteral("sha256"), r.seal->sha256);
    QJsonArray disputes;
    for (const Dispute& d : r.disputes)
        disputes.append(disputeJson(s, d));
    o.insert(QStringLiteral("disputes"), disputes);
    return o;
}

int runShow(CliContext& c)
{
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    const auto id = idArgument(c);
    if (!id)
        return c.fail(
            Error{ErrorCode::BadInput, FeedbackCliText::noEvaluation(c.positional().first()), {}});
    FeedbackDesk desk(*session->vault, *session->admin);
    auto r = desk.record(session->actor, *id);
    if (!r)
        return c.fail(r.error());
    auto self = desk.selfEvaluation(session->actor, *id);
    const auto scorecard = desk.evaluations().templateOf(r->evaluation);
    QJsonObject json = recordJson(*session, *r, scorecard);
    QStringList lines;
    lines << CliContext::tr("Evaluation %1 (%2) of recording %3: agent %4, evaluator %5")
                 .arg(r->evaluation.id)
                 .arg(evaluationStatusName(r->evaluation.status))
                 .arg(r->evaluation.recording)
                 .arg(handleOf(*session, r->evaluation.agent),
                      handleOf(*session, r->evaluation.evaluator));
    if (scorecard) {
        const std::optional<Evaluation> selfEval = self ? *self : std::nullopt;
        if (selfEval)
            json.insert(QStringLiteral("selfEvaluation"),
                        ScoreSheet::toJson(*selfEval, *scorecard).value(QStringLiteral("scores")));
        lines << CliContext::tr("criterion: coach | self");
        for (const Criterion* criterion : scorecard->allCriteria()) {
            const CriterionAnswer coach = r->evaluation.answers.value(criterion->id);
            const QString selfText =
                selfEval ? answerText(selfEval->answers.value(criterion->id)) : QStringLiteral("");
            const bool differs = selfEval && selfText != answerText(coach);
            lines << QStringLiteral("  %1%2: %3 | %4")
                         .arg(differs ? QStringLiteral("* ") : QString(), criterion->id,
                              answerText(coach), selfText);
        }
    }
    for (const ScoreAdjustment& a : r->adjustments)
        lines << CliContext::tr("adjusted %1: %2 -> %3")
                     .arg(a.criterionId, answerText(a.before), answerText(a.after));
    if (r->agentSignOff)
        lines << (r->agentSignOff->agrees.value_or(false)
                      ? CliContext::tr("agent signed %1, agreeing: %2")
                      : CliContext::tr("agent signed %1, disagreeing: %2"))
                     .arg(r->agentSignOff->signedUtc.toString(Qt::ISODate), r->agentView);
    if (r->evaluatorSignOff)
        lines << CliContext::tr("evaluator signed %1")
                     .arg(r->evaluatorSignOff->signedUtc.toString(Qt::ISODate));
    if (r->seal)
        lines << QStringLiteral("SHA-256 ") + r->seal->sha256;
    for (const Dispute& d : r->disputes)
        lines << CliContext::tr("dispute %1: %2%3")
                     .arg(d.id)
                     .arg(d.reason, d.isOpen() ? CliContext::tr(" (open)")
                                               : QStringLiteral(" -> ") + d.resolution);
    return c.succeed({{QStringLiteral("session"), json}}, lines.join(QLatin1Char('\n')));
}

int runAdjust(CliContext& c)
{
    for (const QString& option : {kCriterion, kScore}) {
        if (!c.parser().isSet(option))
            return c.usage(FeedbackCliText::optionNeeded(option));
    }
    CriterionAnswer after;
    const QString scoreText = c.parser().value(kScore);
    if (scoreText == QLatin1String("n.a.") || scoreText == QLatin1String("na")) {
        after.score = CriterionScore::na();
    } else {
        bool ok = false;
        const int value = scoreText.toInt(&ok);
        if (!ok)
            return c.usage(FeedbackCliText::badScore(scoreText));
        after.score = CriterionScore::of(value);
    }
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    const auto id = idArgument(c);
    if (!id)
        return c.fail(
            Error{ErrorCode::BadInput, FeedbackCliText::noEvaluation(c.positional().first()), {}});
    FeedbackDesk desk(*session->vault, *session->admin);
    const QString criterion = c.parser().value(kCriterion);
    if (c.parser().isSet(kComment)) {
        after.comment = c.parser().value(kComment);
    } else if (const auto stored = EvaluationStore(*session->vault).find(*id)) {
        after.comment = stored->answers.value(criterion).comment; // unchanged
    }
    auto adjusted = desk.adjust(session->actor, *id, criterion, after);
    if (!adjusted)
        return c.fail(adjusted.error());
    return c.succeed({{QStringLiteral("adjustment"),
                       QJsonObject{{QStringLiteral("criterion"), criterion},
                                   {QStringLiteral("before"), answerJson(adjusted->before)},
                                   {QStringLiteral("after"), answerJson(adjusted->after)}}}},
                     FeedbackCliText::adjusted(criterion, *id));
}

Result<QString> viewText(CliContext& c)
{
    if (c.parser().isSet(kViewFile)) {
        const QString path = c.parser().value(kViewFile);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::BadInput, FeedbackCliText::cannotRead(path, file.errorString()));
        return QString::fromUtf8(file.readAll());
    }
    return c.parser().value(kView);
}

int runSign(CliContext& c)
{
    const auto id = idArgument(c);
    if (!id)
        return c.fail(
            Error{ErrorCode::BadInput, FeedbackCliText::noEvaluation(c.positional().first()), {}});
    auto credential = personCredential(c);
    if (!credential)
        return c.fail(credential.error());
    auto view = viewText(c);
    if (!view)
        return c.fail(view.error());
    auto session = openSession(c);
    if (!session)
        return c.fail(session.error());
    const auto signer = session->admin->persons().findByHandle(credential->first);
    if (!signer)
        return c.fail(Error{ErrorCode::BadInput, FeedbackCliText::noPerson(credential->first), {}});
    const auto evaluation = EvaluationStore(*session->vault).find(*id);
    if (!evaluation)
        return c.fail(
            Error{ErrorCode::BadInput, FeedbackCliText::noEvaluation(c.positional().first()), {}});
    FeedbackDesk desk(*session->vault, *session->admin);
    const bool agree = c.parser().isSet(kAgree);
    const bool disagree = c.parser().isSet(kDisagree);
    if (signer->id == evaluation->agent) {
        if (agree == disagree)
            return c.usage(FeedbackCliText::agreeOrDisagree());
        auto signedOff = desk.signAsAgent(*id, signer->id, credential->second, agree, *view);
        if (!signedOff)
            return c.fail(signedOff.error());
        return c.succeed({{QStringLiteral("session"), recordJson(*session, *signedOff, {})}},
                         FeedbackCliText::agentSigned(*id, agree));
    }
    if (agree || disagree || !view->isEmpty())
        return c.usage(FeedbackCliText::evaluatorNoAgreement());
    auto sealed = desk.signAsEvaluator(*id, signer->id, credential->second);
    if (!sealed)
        return c.fail(sealed.error());
    return c.succeed({{QStringLiteral("session"), recordJson(*session, *sealed, {})}},
                     FeedbackCliText::sealed(*id, sealed->seal ? sealed->seal->sha256 : QString()));
}

int runDispute(CliContext& c)
{
    if (!c.parser().isSet(kReason))
        return c.usage(FeedbackCliText::optionNeeded(kReason));
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    const auto id = idArgument(c);
    if (!id)
        return c.fail(
            Error{ErrorCode::BadInput, FeedbackCliText::noEvaluation(c.positional().first()), {}});
    auto disputed = FeedbackDesk(*session->vault, *session->admin)
                        .dispute(session->actor, *id, c.parser().value(kReason));
    if (!disputed)
        return c.fail(disputed.error());
    return c.succeed({{QStringLiteral("dispute"), *disputed}},
                     FeedbackCliText::disputed(*disputed, *id));
}

int runResolve(CliContext& c)
{
    if (!c.parser().isSet(kNote))
        return c.usage(FeedbackCliText::optionNeeded(kNote));
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    const auto id = idArgument(c);
    if (!id)
        return c.fail(
            Error{ErrorCode::BadInput, FeedbackCliText::noDispute(c.positional().first()), {}});
    auto resolved = FeedbackDesk(*session->vault, *session->admin)
                        .resolveDispute(session->actor, *id, c.parser().value(kNote));
    if (!resolved)
        return c.fail(resolved.error());
    return c.succeed({{QStringLiteral("dispute"), *id}}, FeedbackCliText::resolved(*id));
}

int runDisputes(CliContext& c)
{
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    auto open = FeedbackDesk(*session->vault, *session->admin).openDisputes(session->actor);
    if (!open)
        return c.fail(open.error());
    QJsonArray list;
    QStringList lines;
    for (const Dispute& d : *open) {
        list.append(disputeJson(*session, d));
        lines << QStringLiteral("%1  evaluation %2  %3  %4  %5")
                     .arg(d.id, 4)
                     .arg(d.evaluation)
                     .arg(handleOf(*session, d.openedBy), d.openedUtc.toString(Qt::ISODate),
                          d.reason);
    }
    return c.succeed({{QStringLiteral("disputes"), list}}, lines.isEmpty()
                                                               ? FeedbackCliText::noDisputes()
                                                               : lines.join(QLatin1Char('\n')));
}

int runReport(CliContext& c)
{
    const QString out = c.parser().value(kOut);
    if (out.isEmpty())
        return c.usage(FeedbackCliText::optionNeeded(kOut));
    const QString language = c.parser().value(kLanguage);
    if (!language.isEmpty() && language != QLatin1String("nl") && language != QLatin1String("en"))
        return c.usage(FeedbackCliText::badLanguage());
    if (QFile::exists(out))
        return c.fail(Error{ErrorCode::AlreadyExists, FeedbackCliText::exists(out), {}});
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    const auto id = idArgument(c);
    if (!id)
        return c.fail(
            Error{ErrorCode::BadInput, FeedbackCliText::noEvaluation(c.positional().first()), {}});
    auto pdf =
        FeedbackDesk(*session->vault, *session->admin).reportPdf(session->actor, *id, language);
    if (!pdf)
        return c.fail(pdf.error());
    QFile file(out);
    if (!file.open(QIODevice::NewOnly) || file.write(*pdf) != pdf->size() || !file.flush())
        return c.fail(
            Error{ErrorCode::Io, FeedbackCliText::cannotWrite(out, file.errorString()), {}});
    file.close();
    return c.succeed({{QStringLiteral("report"), QDir(out).absolutePath()},
                      {QStringLiteral("bytes"), pdf->size()}},
                     FeedbackCliText::reportWritten(out));
}

int runExportSubject(CliContext& c)
{
    const QString out = c.parser().value(kOut);
    if (out.isEmpty())
        return c.usage(FeedbackCliText::optionNeeded(kOut));
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    const auto person = session->admin->persons().findByHandle(c.positional().first());
    if (!person)
        return c.fail(
            Error{ErrorCode::BadInput, FeedbackCliText::noPerson(c.positional().first()), {}});
    SubjectExport exporter(*session->vault, *session->admin);
    auto written = exporter.write(session->actor, person->id, out);
    if (!written)
        return c.fail(written.error());
    return c.succeed(written->toJson(), written->summary());
}

} // namespace

void registerFeedbackCommands(CommandRegistry& registry)
{
    const auto option = [](const QString& name, const QString& text, const QString& value = {}) {
        return value.isEmpty() ? QCommandLineOption(name, text)
                               : QCommandLineOption(name, text, value);
    };
    registry.add(
        {QStringLiteral("session show"),
         CliContext::tr("Show a coach evaluation as the feedback session does: the coach's "
                        "and the agent's own scores side by side, adjustments, sign-offs, "
                        "disputes."),
         QStringLiteral("EVALUATION"),
         {},
         1,
         1,
         runShow});
    registry.add(
        {QStringLiteral("session adjust"),
         CliContext::tr("Adjust one score of a submitted evaluation in the feedback session, "
                        "before the agent signs (kept with before and after)."),
         QStringLiteral("EVALUATION"),
         {option(kCriterion, CliContext::tr("The criterion id."), CliContext::tr("ID")),
          option(kScore, CliContext::tr("The new score: a number, or n.a."), CliContext::tr("V")),
          option(kComment, CliContext::tr("The new comment (default: unchanged)."),
                 CliContext::tr("TEXT"))},
         1,
         1,
         runAdjust});
    registry.add(
        {QStringLiteral("session sign"),
         CliContext::tr("Sign off an evaluation with your own credential (--as, --pin-file): the "
                        "agent first with --agree or --disagree and their view, then the "
                        "evaluator, which seals it."),
         QStringLiteral("EVALUATION"),
         {option(kAgree, CliContext::tr("The agent agrees with the outcome.")),
          option(kDisagree, CliContext::tr("The agent disagrees with the outcome.")),
          option(kView, CliContext::tr("The agent's view, printed on the report."),
                 CliContext::tr("TEXT")),
          option(kViewFile, CliContext::tr("Read the agent's view from FILE (UTF-8)."),
                 CliContext::tr("FILE"))},
         1,
         1,
         runSign});
    registry.add({QStringLiteral("session dispute"),
                  CliContext::tr("Dispute a signed evaluation of your own call (R-REPORT-2)."),
                  QStringLiteral("EVALUATION"),
                  {option(kReason, CliContext::tr("Why."), CliContext::tr("TEXT"))},
                  1,
                  1,
                  runDispute});
    registry.add({QStringLiteral("session resolve"),
                  CliContext::tr("Resolve a dispute with a note (the evaluator, or a manager)."),
                  QStringLiteral("DISPUTE"),
                  {option(kNote, CliContext::tr("The resolution."), CliContext::tr("TEXT"))},
                  1,
                  1,
                  runResolve});
    registry.add({QStringLiteral("session disputes"),
                  CliContext::tr("List the open disputes of your evaluations."),
                  {},
                  {},
                  0,
                  0,
                  runDisputes});
    registry.add({QStringLiteral("report"),
                  CliContext::tr("Write the evaluation report as PDF (R-REPORT-1, R-ASSESS-2)."),
                  QStringLiteral("EVALUATION"),
                  {option(kOut, CliContext::tr("The PDF file to write (must not exist)."),
                          CliContext::tr("FILE")),
                   option(kLanguage, CliContext::tr("nl or en (default: the interface language)."),
                          CliContext::tr("LANG"))},
                  1,
                  1,
                  runReport});
    registry.add(
        {QStringLiteral("export-subject"),
         CliContext::tr("Export all data held about a person into a new folder (GDPR art. 15, "
                        "R-ACCESS-1): yourself, or anyone for a privacy officer."),
         QStringLiteral("PERSON"),
         {option(kOut, CliContext::tr("The folder to create (must not exist or be empty)."),
                 CliContext::tr("DIR"))},
         1,
         1,
         runExportSubject});
}

} // namespace cv::cli
