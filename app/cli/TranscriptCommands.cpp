// transcript import|show, pii scan|decide|names: transcript-assisted
// redaction (docs/transcripts.md), through the TranscriptDesk like the GUI.
#include "app/cli/CliContext.h"
#include "app/cli/CliSession.h"
#include "app/cli/CommandRegistry.h"
#include "core/time/CallTime.h"
#include "core/transcript/TranscriptDesk.h"

#include <QFile>
#include <QJsonArray>

namespace cv::cli {

using namespace core;

namespace {

const QString kAccept = QStringLiteral("accept");
const QString kReject = QStringLiteral("reject");
const QString kAll = QStringLiteral("all");
const QString kAdd = QStringLiteral("add");

class TranscriptText
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptCommands)
public:
    static QString badRecording(const QString& id)
    {
        return tr("There is no recording '%1'.").arg(id);
    }
    static QString unreadable(const QString& path, const QString& why)
    {
        return tr("%1 cannot be read: %2").arg(path, why);
    }
    static QString imported(RecordingId id, int segments, int proposals)
    {
        return tr("Imported the transcript of recording %1: %2 segment(s), %n stretch(es) of "
                  "personal data proposed for redaction.",
                  nullptr, proposals)
            .arg(id)
            .arg(segments);
    }
    static QString badIds(const QString& text)
    {
        return tr("'%1' is not a list of proposal ids: give e.g. 3,4,7 or all.").arg(text);
    }
    static QString decideWhat() { return tr("Give --accept IDS, --reject IDS, or both."); }
    static QString decided(int accepted, int rejected)
    {
        return tr("%1 accepted, %2 rejected.").arg(accepted).arg(rejected);
    }
    static QString namesAdded(int added, int given)
    {
        return tr("%1 of %2 name(s) added; the others were on the list already.")
            .arg(added)
            .arg(given);
    }
};

Result<RecordingId> recordingArgument(CliContext& c)
{
    bool ok = false;
    const RecordingId id = c.positional().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(ErrorCode::BadInput, TranscriptText::badRecording(c.positional().first()));
    return id;
}

// Signs in and hands the recording named first and a TranscriptDesk to
// `body`; a bad recording id or a failed sign-in ends the command first.
template<typename Body> int onRecording(CliContext& c, Body body)
{
    auto id = recordingArgument(c);
    if (!id)
        return c.fail(id.error());
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    TranscriptDesk desk(*session->vault, *session->admin);
    return body(*id, desk, session->actor);
}

QJsonArray proposalsJson(const QList<StoredProposal>& proposals)
{
    QJsonArray out;
    for (const StoredProposal& p : proposals)
        out.append(QJsonObject{{QStringLiteral("id"), p.id},
                               {QStringLiteral("kind"), pii::piiKindName(p.kind)},
                               {QStringLiteral("text"), p.text},
                               {QStringLiteral("startMs"), p.startMs},
                               {QStringLiteral("endMs"), p.endMs},
                               {QStringLiteral("decision"), proposalDecisionName(p.decision)}});
    return out;
}

QString proposalsText(const QList<StoredProposal>& proposals)
{
    QStringList lines;
    for (const StoredProposal& p : proposals)
        lines << QStringLiteral("%1  %2-%3  %4  %5  %6")
                     .arg(p.id, 4)
                     .arg(callTimeText(p.startMs, 3), callTimeText(p.endMs, 3))
                     .arg(pii::piiKindName(p.kind), -12)
                     .arg(proposalDecisionName(p.decision), -8)
                     .arg(p.text);
    return lines.join(QLatin1Char('\n'));
}

int runTranscriptImport(CliContext& c)
{
    return onRecording(c, [&](RecordingId id, TranscriptDesk& desk, const Person& actor) {
        const QString path = c.positional().at(1);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return c.fail(
                Error{ErrorCode::Io, TranscriptText::unreadable(path, file.errorString()), {}});
        auto imported = desk.importTranscript(actor, id, file.readAll());
        if (!imported)
            return c.fail(imported.error());
        return c.succeed(
            {{QStringLiteral("recording"), id},
             {QStringLiteral("format"), transcriptFormatName(imported->transcript.format)},
             {QStringLiteral("segments"), imported->transcript.segments.size()},
             {QStringLiteral("proposals"), proposalsJson(imported->proposals)}},
            TranscriptText::imported(id, int(imported->transcript.segments.size()),
                                     int(imported->proposals.size())) +
                QLatin1Char('\n') + proposalsText(imported->proposals));
    });
}

int runTranscriptShow(CliContext& c)
{
    return onRecording(c, [&](RecordingId id, TranscriptDesk& desk, const Person& actor) {
        auto transcript = desk.transcript(actor, id);
        if (!transcript)
            return c.fail(transcript.error());
        QJsonArray segments;
        QStringList lines;
        for (const TranscriptSegment& s : transcript->segments) {
            segments.append(QJsonObject{{QStringLiteral("startMs"), s.startMs},
                                        {QStringLiteral("endMs"), s.endMs},
                                        {QStringLiteral("text"), s.text}});
            lines << QStringLiteral("%1-%2  %3")
                         .arg(callTimeText(s.startMs, 3), callTimeText(s.endMs, 3), s.text);
        }
        return c.succeed({{QStringLiteral("recording"), id},
                          {QStringLiteral("format"), transcriptFormatName(transcript->format)},
                          {QStringLiteral("segments"), segments}},
                         lines.join(QLatin1Char('\n')));
    });
}

int runPiiScan(CliContext& c)
{
    return onRecording(c, [&](RecordingId id, TranscriptDesk& desk, const Person& actor) {
        auto scanned = desk.scan(actor, id);
        if (!scanned)
            return c.fail(scanned.error());
        return c.succeed({{QStringLiteral("recording"), id},
                          {QStringLiteral("proposals"), proposalsJson(scanned->proposals)}},
                         proposalsText(scanned->proposals));
    });
}

// "3,4,7", or "all": every proposal of the recording (maybe none).
std::optional<QList<qint64>> parseIds(const QString& text, const QList<StoredProposal>& all)
{
    QList<qint64> ids;
    if (text == kAll) {
        for (const StoredProposal& p : all)
            ids << p.id;
        return ids;
    }
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        ids << id;
    }
    return ids.isEmpty() ? std::nullopt : std::optional(ids);
}

int runPiiDecide(CliContext& c)
{
    const QCommandLineParser& p = c.parser();
    if (!p.isSet(kAccept) && !p.isSet(kReject))
        return c.usage(TranscriptText::decideWhat());
    if (p.isSet(kAccept) && p.isSet(kReject) && p.value(kAccept) == kAll &&
        p.value(kReject) == kAll)
        return c.usage(TranscriptText::decideWhat());
    return onRecording(c, [&](RecordingId id, TranscriptDesk& desk, const Person& actor) {
        // "all" reads the proposals as they stand, through the desk (decided, audited).
        QList<StoredProposal> current;
        if (p.value(kAccept) == kAll || p.value(kReject) == kAll) {
            auto stored = desk.proposals(actor, id);
            if (!stored)
                return c.fail(stored.error());
            current = *stored;
        }
        QList<qint64> lists[2];
        for (int i : {0, 1}) {
            const QString& option = i == 0 ? kAccept : kReject;
            if (!p.isSet(option))
                continue;
            const auto ids = parseIds(p.value(option), current);
            if (!ids)
                return c.usage(TranscriptText::badIds(p.value(option)));
            lists[i] = *ids;
        }
        // "--accept all --reject 5": all but 5.
        for (int i : {0, 1})
            if (p.value(i == 0 ? kAccept : kReject) == kAll)
                lists[i].removeIf([&](qint64 v) { return lists[1 - i].contains(v); });
        if (auto decided = desk.decide(actor, id, lists[0], lists[1]); !decided)
            return c.fail(decided.error());
        return c.succeed({{QStringLiteral("recording"), id},
                          {QStringLiteral("accepted"), int(lists[0].size())},
                          {QStringLiteral("rejected"), int(lists[1].size())}},
                         TranscriptText::decided(int(lists[0].size()), int(lists[1].size())));
    });
}

// Lists the names trainers added; with --add, adds some first.
int runPiiNames(CliContext& c)
{
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    TranscriptDesk desk(*session->vault, *session->admin);
    const QStringList given = c.parser().values(kAdd);
    QStringList added;
    if (!given.isEmpty()) {
        auto done = desk.addNames(session->actor, given);
        if (!done)
            return c.fail(done.error());
        added = *done;
    }
    auto names = desk.names(session->actor);
    if (!names)
        return c.fail(names.error());
    QString text = names->join(QLatin1Char('\n'));
    if (!given.isEmpty())
        text.prepend(TranscriptText::namesAdded(int(added.size()), int(given.size())) +
                     QLatin1Char('\n'));
    return c.succeed({{QStringLiteral("added"), QJsonArray::fromStringList(added)},
                      {QStringLiteral("names"), QJsonArray::fromStringList(*names)}},
                     text);
}

} // namespace

void registerTranscriptCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("transcript import"),
                  CliContext::tr("Keep a coaching recording's transcript (WebVTT, SRT or JSON) and "
                                 "propose the personal data in it for redaction."),
                  QStringLiteral("RECORDING FILE"),
                  {},
                  2,
                  2,
                  runTranscriptImport});
    registry.add({QStringLiteral("transcript show"),
                  CliContext::tr("Show a recording's transcript."),
                  QStringLiteral("RECORDING"),
                  {},
                  1,
                  1,
                  runTranscriptShow});
    registry.add({QStringLiteral("pii scan"),
                  CliContext::tr("Scan a recording's transcript for Dutch personal data and list "
                                 "the proposals with their decisions."),
                  QStringLiteral("RECORDING"),
                  {},
                  1,
                  1,
                  runPiiScan});
    registry.add({QStringLiteral("pii decide"),
                  CliContext::tr("Accept or reject proposals, all or nothing; accepted ones are "
                                 "redacted by clip create --redact-accepted."),
                  QStringLiteral("RECORDING"),
                  {QCommandLineOption(kAccept,
                                      CliContext::tr("Accept these proposals: ids, or all (every "
                                                     "one the other option does not name)."),
                                      CliContext::tr("IDS")),
                   QCommandLineOption(kReject,
                                      CliContext::tr("Reject these proposals: ids, or all (every "
                                                     "one the other option does not name)."),
                                      CliContext::tr("IDS"))},
                  1,
                  1,
                  runPiiDecide});
    registry.add(
        {QStringLiteral("pii names"),
         CliContext::tr("List the names trainers added for the detector to find; "
                        "--add adds one (repeatable)."),
         {},
         {QCommandLineOption(kAdd, CliContext::tr("Add this name."), CliContext::tr("NAME"))},
         0,
         0,
         runPiiNames});
}

} // namespace cv::cli
