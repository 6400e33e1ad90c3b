// evaluate, evaluation show|list, request other-evaluator|extra-moment:
// scoring calls from scripts (docs/scores.md) and the agents' requests.
#include "app/cli/CliContext.h"
#include "app/cli/CliSession.h"
#include "app/cli/CommandRegistry.h"
#include "core/scoring/EvaluationDesk.h"
#include "core/scoring/ScoreSheet.h"
#include "core/time/CallTime.h"

#include <QFile>
#include <QJsonArray>

namespace cv::cli {

using namespace core;

namespace {

const QString kTemplate = QStringLiteral("template");
const QString kScores = QStringLiteral("scores");
const QString kDraft = QStringLiteral("draft");
const QString kSelf = QStringLiteral("self");
const QString kAgent = QStringLiteral("agent");
const QString kStatus = QStringLiteral("status");
const QString kDate = QStringLiteral("date");
const QString kNote = QStringLiteral("note");

class EvaluationText
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationCommands)
public:
    static QString cannotRead(const QString& path, const QString& why)
    {
        return tr("Cannot read %1: %2").arg(path, why);
    }
    static QString optionNeeded(const QString& option)
    {
        return tr("--%1 is required.").arg(option);
    }
    static QString noRecording(const QString& id)
    {
        return tr("There is no recording '%1'.").arg(id);
    }
    static QString noTemplate(const QString& t)
    {
        return tr("There is no published scorecard template '%1' (see 'template list').").arg(t);
    }
    static QString noEvaluation(const QString& id)
    {
        return tr("There is no evaluation '%1'.").arg(id);
    }
    static QString noPerson(const QString& handle)
    {
        return tr("There is no person '%1'.").arg(handle);
    }
    static QString badStatus() { return tr("--status must be draft or submitted."); }
    static QString badDate() { return tr("--date must be a date as YYYY-MM-DD."); }
    static QString recorded(EvaluationId id, RecordingId recording, const QString& total,
                            const QString& status)
    {
        return tr("Evaluation %1 of recording %2: %3, %4.")
            .arg(id)
            .arg(recording)
            .arg(total, status);
    }
    static QString notScorable() { return tr("not scorable (everything n.a.)"); }
    static QString incomplete() { return tr("incomplete"); }
    static QString failedOn(const QStringList& ids)
    {
        return tr("FAILED on %1").arg(ids.join(QStringLiteral(", ")));
    }
    static QString none() { return tr("No evaluations."); }
    static QString requestStored(qint64 id) { return tr("Request %1 is recorded.").arg(id); }
};

QString handleOf(CliSession& s, PersonId id)
{
    const auto person = s.admin->persons().find(id);
    return person ? person->handle : QString::number(id);
}

QString totalText(const ScoreResult& score)
{
    QString text =
        score.total ? QString::number(*score.total, 'f', 1) : EvaluationText::notScorable();
    if (score.state == ScoreResult::State::Incomplete)
        text += QStringLiteral(" (") + EvaluationText::incomplete() + QLatin1Char(')');
    if (score.failed)
        text += QStringLiteral(" — ") + EvaluationText::failedOn(score.failedCriteria);
    return text;
}

QJsonObject evaluationJson(CliSession& s, const Evaluation& e, const ScorecardTemplate* scorecard,
                           const std::optional<ScoreResult>& score)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("recording"), e.recording},
                  {QStringLiteral("templateVersionId"), e.templateVersion},
                  {QStringLiteral("evaluator"), handleOf(s, e.evaluator)},
                  {QStringLiteral("agent"), handleOf(s, e.agent)},
                  {QStringLiteral("kind"), evaluationKindName(e.kind)},
                  {QStringLiteral("purpose"), purposeName(e.purpose)},
                  {QStringLiteral("status"), evaluationStatusName(e.status)},
                  {QStringLiteral("createdAt"), e.createdUtc.toString(Qt::ISODate)},
                  {QStringLiteral("updatedAt"), e.updatedUtc.toString(Qt::ISODate)}};
    if (e.submittedUtc.isValid())
        o.insert(QStringLiteral("submittedAt"), e.submittedUtc.toString(Qt::ISODate));
    const bool failed = score ? score->failed : e.criticalFailed;
    const std::optional<double> total = score ? score->total : e.total;
    o.insert(QStringLiteral("total"), total ? QJsonValue(*total) : QJsonValue());
    o.insert(QStringLiteral("state"), scoreStateName(score ? score->state : e.scoreState));
    o.insert(QStringLiteral("failed"), failed);
    if (score)
        o.insert(QStringLiteral("failedCriteria"),
                 QJsonArray::fromStringList(score->failedCriteria));
    if (scorecard) {
        o.insert(QStringLiteral("template"),
                 QJsonObject{{QStringLiteral("id"), scorecard->id},
                             {QStringLiteral("key"), scorecard->key},
                             {QStringLiteral("version"), scorecard->version}});
        const QJsonObject sheet = ScoreSheet::toJson(e, *scorecard);
        o.insert(QStringLiteral("scores"), sheet.value(QStringLiteral("scores")));
        o.insert(QStringLiteral("notes"), sheet.value(QStringLiteral("notes")));
    }
    return o;
}

// A version id, or a template key: its newest version published before the
// call (R-ASSESS-1), else its newest published (which the rules refuse).
std::optional<ScorecardTemplate> resolveTemplate(Vault& vault, const QString& text,
                                                 const Recording& recording)
{
    TemplateStore store(vault);
    bool isId = false;
    const TemplateVersionId id = text.toLongLong(&isId);
    if (isId)
        return store.find(id);
    std::optional<ScorecardTemplate> before, newest;
    for (const ScorecardTemplate& t : store.versionsOf(text)) {
        if (!t.isPublished())
            continue;
        newest = t;
        if (t.publishedUtc <= recording.callStartUtc)
            before = t;
    }
    return before ? before : newest;
}

int runEvaluate(CliContext& c)
{
    for (const QString& option : {kTemplate, kScores}) {
        if (c.parser().value(option).isEmpty())
            return c.usage(EvaluationText::optionNeeded(option));
    }
    const QString path = c.parser().value(kScores);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return c.fail(
            Error{ErrorCode::BadInput, EvaluationText::cannotRead(path, file.errorString()), {}});
    const QByteArray json = file.readAll();
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    bool ok = false;
    const RecordingId recordingId = c.positional().first().toLongLong(&ok);
    const auto recording = ok ? RecordingStore(*session->vault).find(recordingId) : std::nullopt;
    if (!recording)
        return c.fail(
            Error{ErrorCode::BadInput, EvaluationText::noRecording(c.positional().first()), {}});
    const auto scorecard =
        resolveTemplate(*session->vault, c.parser().value(kTemplate), *recording);
    if (!scorecard)
        return c.fail(Error{
            ErrorCode::BadInput, EvaluationText::noTemplate(c.parser().value(kTemplate)), {}});
    auto sheet = ScoreSheet::fromJson(json, *scorecard, recording->durationMs());
    if (!sheet) {
        Error error = sheet.error();
        error.message = path + QStringLiteral(": ") + error.message;
        return c.fail(error);
    }
    EvaluationDesk desk(*session->vault, *session->admin);
    auto recorded =
        desk.record(session->actor, recordingId, scorecard->id,
                    c.parser().isSet(kSelf) ? EvaluationKind::Self : EvaluationKind::Coach,
                    sheet->answers, sheet->notes, !c.parser().isSet(kDraft));
    if (!recorded) {
        Error error = recorded.error();
        if (error.code == ErrorCode::BadInput)
            error.message = path + QStringLiteral(": ") + error.message;
        return c.fail(error);
    }
    const ScoreResult score = ScoreFormula::compute(*scorecard, recorded->scores());
    return c.succeed(
        {{QStringLiteral("evaluation"), evaluationJson(*session, *recorded, &*scorecard, score)}},
        EvaluationText::recorded(recorded->id, recordingId, totalText(score),
                                 evaluationStatusName(recorded->status)));
}

int runEvaluationShow(CliContext& c)
{
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    bool ok = false;
    const EvaluationId id = c.positional().first().toLongLong(&ok);
    if (!ok)
        return c.fail(
            Error{ErrorCode::BadInput, EvaluationText::noEvaluation(c.positional().first()), {}});
    EvaluationDesk desk(*session->vault, *session->admin);
    auto e = desk.evaluation(session->actor, id);
    if (!e)
        return c.fail(e.error());
    const auto scorecard = desk.templateOf(*e);
    const ScoreResult score = ScoreFormula::compute(*scorecard, e->scores());
    QStringList lines;
    lines << CliContext::tr("Evaluation %1 (%2, %3) of recording %4: agent %5, %6")
                 .arg(e->id)
                 .arg(evaluationKindName(e->kind), evaluationStatusName(e->status))
                 .arg(e->recording)
                 .arg(handleOf(*session, e->agent), purposeName(e->purpose));
    lines << CliContext::tr("Scorecard %1 v%2, evaluator %3")
                 .arg(scorecard->key)
                 .arg(scorecard->version)
                 .arg(handleOf(*session, e->evaluator));
    lines << CliContext::tr("Total: %1").arg(totalText(score));
    for (const Section& section : scorecard->sections) {
        lines << section.title;
        for (const Criterion& criterion : section.criteria) {
            const CriterionAnswer answer = e->answers.value(criterion.id);
            const QString value = answer.score.notApplicable ? QStringLiteral("n.a.")
                                  : answer.score.value
                                      ? criterion.scale.valueText(*answer.score.value)
                                      : QStringLiteral("–");
            lines << QStringLiteral("  %1 %2: %3%4")
                         .arg(criterion.critical ? QLatin1Char('!') : QLatin1Char(' '))
                         .arg(criterion.title, value,
                              answer.comment.isEmpty() ? QString()
                                                       : QStringLiteral(" — ") + answer.comment);
        }
    }
    for (const TimedNote& note : e->notes)
        lines << QStringLiteral("  %1 %2%3")
                     .arg(callTimeText(note.atMs, 1),
                          note.criterionId.isEmpty()
                              ? QString()
                              : QLatin1Char('[') + note.criterionId + QStringLiteral("] "),
                          note.text);
    return c.succeed(
        {{QStringLiteral("evaluation"), evaluationJson(*session, *e, &*scorecard, score)}},
        lines.join(QLatin1Char('\n')));
}

int runEvaluationList(CliContext& c)
{
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    EvaluationFilter filter;
    if (c.parser().isSet(kAgent)) {
        const auto agent = session->admin->persons().findByHandle(c.parser().value(kAgent));
        if (!agent)
            return c.fail(
                Error{ErrorCode::BadInput, EvaluationText::noPerson(c.parser().value(kAgent)), {}});
        filter.agent = agent->id;
    }
    if (c.parser().isSet(kStatus)) {
        const QString status = c.parser().value(kStatus);
        if (status != QLatin1String("draft") && status != QLatin1String("submitted"))
            return c.usage(EvaluationText::badStatus());
        filter.status = status == QLatin1String("draft") ? EvaluationStatus::Draft
                                                         : EvaluationStatus::Submitted;
    }
    auto listed = EvaluationDesk(*session->vault, *session->admin).list(session->actor, filter);
    if (!listed)
        return c.fail(listed.error());
    QJsonArray list;
    QStringList lines;
    for (const Evaluation& e : *listed) {
        list.append(evaluationJson(*session, e, nullptr, std::nullopt));
        lines << QStringLiteral("%1  recording %2  %3  %4  %5  %6  %7%8")
                     .arg(e.id, 4)
                     .arg(e.recording)
                     .arg(handleOf(*session, e.agent), evaluationKindName(e.kind),
                          evaluationStatusName(e.status), handleOf(*session, e.evaluator),
                          e.total ? QString::number(*e.total, 'f', 1) : QStringLiteral("–"),
                          e.criticalFailed ? QStringLiteral(" FAILED") : QString());
    }
    return c.succeed({{QStringLiteral("evaluations"), list}},
                     lines.isEmpty() ? EvaluationText::none() : lines.join(QLatin1Char('\n')));
}

Result<QDate> requestDate(CliContext& c)
{
    if (!c.parser().isSet(kDate))
        return c.clock().nowUtc().date();
    const QDate date = QDate::fromString(c.parser().value(kDate), Qt::ISODate);
    if (!date.isValid())
        return fail(ErrorCode::Usage, EvaluationText::badDate());
    return date;
}

int runRequestOtherEvaluator(CliContext& c)
{
    auto date = requestDate(c);
    if (!date)
        return c.usage(date.error().message);
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    auto id = EvaluationDesk(*session->vault, *session->admin)
                  .requestOtherEvaluator(session->actor, c.positional().first().toLongLong(), *date,
                                         c.parser().value(kNote));
    if (!id)
        return c.fail(id.error());
    return c.succeed({{QStringLiteral("request"), *id}}, EvaluationText::requestStored(*id));
}

int runRequestExtraMoment(CliContext& c)
{
    auto date = requestDate(c);
    if (!date)
        return c.usage(date.error().message);
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    const auto agent = session->admin->persons().findByHandle(c.positional().first());
    if (!agent)
        return c.fail(
            Error{ErrorCode::BadInput, EvaluationText::noPerson(c.positional().first()), {}});
    auto id = EvaluationDesk(*session->vault, *session->admin)
                  .requestExtraMoment(session->actor, agent->id, *date, c.parser().value(kNote));
    if (!id)
        return c.fail(id.error());
    return c.succeed({{QStringLiteral("request"), *id}}, EvaluationText::requestStored(*id));
}

} // namespace

void registerEvaluationCommands(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("evaluate"),
         CliContext::tr("Score a recording from a scores file (docs/scores.md) and submit it."),
         QStringLiteral("RECORDING"),
         {QCommandLineOption(kTemplate,
                             CliContext::tr("The template version id, or a template key."),
                             CliContext::tr("T")),
          QCommandLineOption(kScores, CliContext::tr("The scores file."), CliContext::tr("FILE")),
          QCommandLineOption(kDraft, CliContext::tr("Keep it a draft; do not submit.")),
          QCommandLineOption(kSelf, CliContext::tr("A self-evaluation of your own call."))},
         1,
         1,
         runEvaluate});
    registry.add({QStringLiteral("evaluation show"),
                  CliContext::tr("Show one evaluation with its scores and notes."),
                  QStringLiteral("ID"),
                  {},
                  1,
                  1,
                  runEvaluationShow});
    registry.add({QStringLiteral("evaluation list"),
                  CliContext::tr("List the evaluations you may see."),
                  {},
                  {QCommandLineOption(kAgent, CliContext::tr("Only about this agent."),
                                      CliContext::tr("PERSON")),
                   QCommandLineOption(kStatus, CliContext::tr("draft or submitted."),
                                      CliContext::tr("STATUS"))},
                  0,
                  0,
                  runEvaluationList});
    const QList<QCommandLineOption> requestOptions{
        QCommandLineOption(kDate, CliContext::tr("When the agent asked (default today)."),
                           CliContext::tr("DATE")),
        QCommandLineOption(kNote, CliContext::tr("The agent's words."), CliContext::tr("TEXT"))};
    registry.add({QStringLiteral("request other-evaluator"),
                  CliContext::tr("Record the agent's request for another evaluator (R-ASSESS-4)."),
                  QStringLiteral("EVALUATION"), requestOptions, 1, 1, runRequestOtherEvaluator});
    registry.add(
        {QStringLiteral("request extra-moment"),
         CliContext::tr("Record the agent's request for an extra monitored moment (R-ASSESS-5)."),
         QStringLiteral("AGENT"), requestOptions, 1, 1, runRequestExtraMoment});
}

} // namespace cv::cli
