// import, recordings list, recording show, peaks: bringing calls in and
// looking at what is held.
#include "app/cli/CliContext.h"
#include "app/cli/CliSession.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Terminal.h"
#include "core/import/ImportBatch.h"
#include "core/recordings/RecordingStore.h"
#include "core/time/CallTime.h"

#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <cstdio>

namespace cv::cli {

using namespace core;

namespace {

const QString kPurpose = QStringLiteral("purpose");
const QString kLevel = QStringLiteral("level");

class RecordingText
{
    Q_DECLARE_TR_FUNCTIONS(RecordingCommands)
public:
    static QString purposeNeeded()
    {
        return tr("Choose the purpose with --purpose coaching, assessment or quality.");
    }
    static QString summary(int imported, int refused, int failed)
    {
        return tr("Imported %1, refused %2, failed %3.").arg(imported).arg(refused).arg(failed);
    }
    static QString unknown(const QString& id) { return tr("There is no recording '%1'.").arg(id); }
    static QString badLevel(int levels)
    {
        return tr("--level must be between 0 and %1.").arg(levels - 1);
    }
};

QJsonObject recordingJson(const Recording& r, const QString& agentHandle)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("agent"), agentHandle},
            {QStringLiteral("purpose"), purposeName(r.purpose)},
            {QStringLiteral("policyVersion"), r.policyVersion},
            {QStringLiteral("callStart"), r.callStartUtc.toString(Qt::ISODate)},
            {QStringLiteral("direction"), directionName(r.direction)},
            {QStringLiteral("queue"), r.queue},
            {QStringLiteral("agentChannel"),
             r.agentChannel == AgentChannel::Mono   ? QStringLiteral("mono")
             : r.agentChannel == AgentChannel::Left ? QStringLiteral("left")
                                                    : QStringLiteral("right")},
            {QStringLiteral("container"), r.container},
            {QStringLiteral("encoding"), r.encoding},
            {QStringLiteral("sampleRateHz"), r.sampleRateHz},
            {QStringLiteral("channels"), r.channels},
            {QStringLiteral("frames"), r.frames},
            {QStringLiteral("durationMs"), r.durationMs()},
            {QStringLiteral("bytes"), r.byteSize},
            {QStringLiteral("sha256"), r.sourceSha256}};
}

int runImport(CliContext& c)
{
    const auto purpose = purposeFromName(c.parser().value(kPurpose));
    if (!purpose)
        return c.usage(RecordingText::purposeNeeded());
    const QList<ImportItem> items = ImportDiscovery::discover(c.positional());
    // Nothing to import and no manifest to record as a failed attempt (only
    // paths without manifests, or audio files none describes): a plain
    // error, before anyone signs in.
    const auto attempted = [](const ImportItem& item) {
        return !item.isProblem() || item.manifestProblem;
    };
    if (std::ranges::none_of(items, attempted))
        return c.fail(
            Error{ErrorCode::BadInput, items.isEmpty() ? QString() : items.first().problem, {}});
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    const bool progress = stderrIsTerminal() && !c.json();
    const auto showProgress = [](const ImportBatchProgress& p) {
        if (p.index >= p.total)
            return true;
        // The file's name and how much of it is read; \033[K clears what a
        // longer previous line left.
        const int percent = p.bytesTotal > 0 ? int(100 * p.bytesDone / p.bytesTotal) : 0;
        std::fprintf(stderr, "\r[%lld/%lld] %s %3d%%\033[K", qlonglong(p.index + 1),
                     qlonglong(p.total), qPrintable(QFileInfo(p.file).fileName()), percent);
        return true;
    };
    const ImportSummary summary =
        ImportBatch(*session->vault, *session->admin)
            .run(session->actor, items, *purpose,
                 progress ? ImportBatchObserver(showProgress) : ImportBatchObserver());
    if (progress)
        std::fputs("\n", stderr);
    QJsonArray imported, refused, failed;
    QStringList lines;
    for (const ImportOutcome& outcome : summary.outcomes) {
        switch (outcome.kind) {
        case ImportOutcome::Kind::Imported:
            imported.append(QJsonObject{{QStringLiteral("file"), outcome.file},
                                        {QStringLiteral("id"), outcome.id}});
            lines
                << CliContext::tr("imported  %1 -> recording %2").arg(outcome.file).arg(outcome.id);
            break;
        case ImportOutcome::Kind::Refused:
            refused.append(QJsonObject{{QStringLiteral("file"), outcome.file},
                                       {QStringLiteral("rule"), outcome.ruleId},
                                       {QStringLiteral("message"), outcome.message}});
            lines << CliContext::tr("refused   %1: %2").arg(outcome.file, outcome.message);
            break;
        case ImportOutcome::Kind::Failed:
        case ImportOutcome::Kind::NotImported: // no cancel from here: not reached
            failed.append(QJsonObject{{QStringLiteral("file"), outcome.file},
                                      {QStringLiteral("message"), outcome.message}});
            lines << CliContext::tr("failed    %1").arg(outcome.message);
            break;
        }
    }
    lines << RecordingText::summary(int(imported.size()), int(refused.size()), int(failed.size()));
    const QJsonObject result{{QStringLiteral("imported"), imported},
                             {QStringLiteral("refused"), refused},
                             {QStringLiteral("failed"), failed}};
    if (failed.isEmpty() && refused.isEmpty())
        return c.succeed(result, lines.join(QLatin1Char('\n')));
    // Something did not come in: report all of it, exit with the worst kind.
    c.succeed(result, lines.join(QLatin1Char('\n')));
    const QJsonObject first = (failed.isEmpty() ? refused : failed).first().toObject();
    Error error = failed.isEmpty()
                      ? Error::refused(first.value(QStringLiteral("rule")).toString(), QString())
                      : Error{ErrorCode::BadInput, {}, {}};
    error.message = first.value(QStringLiteral("message")).toString();
    std::fprintf(stderr, "coachvault-cli: %s\n",
                 qPrintable(RecordingText::summary(int(imported.size()), int(refused.size()),
                                                   int(failed.size())) +
                            QLatin1Char(' ') + error.message));
    return exitCodeFor(error.code);
}

// Looking at recordings is access to personal data: always audited.
void auditView(CliSession& session, const QString& objectId, std::optional<PersonId> subject)
{
    AuditRecord record;
    record.actor = session.actor.id;
    record.action = QStringLiteral("recording.view");
    record.objectType = QStringLiteral("recording");
    record.objectId = objectId;
    record.subject = subject;
    (void)session.admin->audit().append(record);
}

Result<Recording> recordingFor(CliSession& session, const QString& idText)
{
    bool ok = false;
    const RecordingId id = idText.toLongLong(&ok);
    const auto found = ok ? RecordingStore(*session.vault).find(id) : std::nullopt;
    if (!found)
        return fail(ErrorCode::BadInput, RecordingText::unknown(idText));
    const auto agent = session.admin->persons().find(found->agent);
    Request request(Action::ViewRecordings);
    request.subject = agent ? &*agent : nullptr;
    if (auto allowed =
            session.admin->decide(session.actor, request, QStringLiteral("recording"), idText);
        !allowed)
        return std::unexpected(allowed.error());
    return *found;
}

int runRecordingsList(CliContext& c)
{
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    QJsonArray list;
    QStringList lines;
    const bool seesAll = RulesEngine::roleAllows(session->actor, Action::ViewRecordings, nullptr);
    for (const Recording& r : RecordingStore(*session->vault).all()) {
        if (!seesAll && r.agent != session->actor.id)
            continue;
        const auto agent = session->admin->persons().find(r.agent);
        const QString handle = agent ? agent->handle : QString::number(r.agent);
        list.append(recordingJson(r, handle));
        lines << QStringLiteral("%1  %2  %3  %4  %5  %6")
                     .arg(r.id, 5)
                     .arg(r.callStartUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                     .arg(handle, -10)
                     .arg(purposeName(r.purpose), -10)
                     .arg(callTimeText(r.durationMs()), r.queue);
    }
    auditView(*session, QStringLiteral("*"), std::nullopt);
    return c.succeed({{QStringLiteral("recordings"), list}}, lines.join(QLatin1Char('\n')));
}

int runRecordingShow(CliContext& c)
{
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    auto recording = recordingFor(*session, c.positional().first());
    if (!recording)
        return c.fail(recording.error());
    const auto agent = session->admin->persons().find(recording->agent);
    auditView(*session, QString::number(recording->id), recording->agent);
    const Recording& r = *recording;
    const QString text =
        CliContext::tr("Recording %1 of %2, %3\nCall %4 (%5, %6), %7\n%8 %9, %10 Hz, %11 "
                       "channel(s), %12 bytes\nPolicy version %13")
            .arg(r.id)
            .arg(agent ? agent->displayName : QString::number(r.agent), purposeName(r.purpose),
                 r.callStartUtc.toLocalTime().toString(Qt::ISODate), directionName(r.direction),
                 r.queue, callTimeText(r.durationMs()), r.container, r.encoding)
            .arg(r.sampleRateHz)
            .arg(r.channels)
            .arg(r.byteSize)
            .arg(r.policyVersion);
    return c.succeed(
        {{QStringLiteral("recording"), recordingJson(r, agent ? agent->handle : QString())}}, text);
}

int runPeaks(CliContext& c)
{
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    auto recording = recordingFor(*session, c.positional().first());
    if (!recording)
        return c.fail(recording.error());
    bool ok = true;
    const int level = c.parser().isSet(kLevel) ? c.parser().value(kLevel).toInt(&ok) : 0;
    if (!ok || level < 0 || level >= PeakPyramid::kLevels)
        return c.usage(RecordingText::badLevel(PeakPyramid::kLevels));
    auto peaks = RecordingStore(*session->vault).peaks(recording->id);
    if (!peaks)
        return c.fail(peaks.error());
    auditView(*session, QString::number(recording->id), recording->agent);
    QJsonArray channels;
    QStringList lines;
    for (int channel = 0; channel < peaks->channels(); ++channel) {
        QJsonArray mins, maxs;
        for (const PeakPyramid::Bin& bin : peaks->bins(level, channel)) {
            mins.append(bin.min);
            maxs.append(bin.max);
        }
        channels.append(QJsonObject{{QStringLiteral("min"), mins}, {QStringLiteral("max"), maxs}});
        lines << CliContext::tr("channel %1: %2 bins").arg(channel).arg(mins.size());
    }
    return c.succeed(
        {{QStringLiteral("recording"), recording->id},
         {QStringLiteral("level"), level},
         {QStringLiteral("samplesPerBin"), PeakPyramid::kSamplesPerBin[std::size_t(level)]},
         {QStringLiteral("frames"), peaks->frames()},
         {QStringLiteral("scale"), 127},
         {QStringLiteral("channels"), channels}},
        lines.join(QLatin1Char('\n')));
}

} // namespace

void registerRecordingCommands(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("import"),
         CliContext::tr("Import calls from manifests, sidecars or a folder (docs/manifest.md)."),
         QStringLiteral("PATH…"),
         {QCommandLineOption(kPurpose,
                             CliContext::tr("The purpose: coaching, assessment or quality."),
                             CliContext::tr("PURPOSE"))},
         1,
         1000,
         runImport});
    registry.add({QStringLiteral("recordings list"),
                  CliContext::tr("List the recordings held (agents: their own)."),
                  {},
                  {},
                  0,
                  0,
                  runRecordingsList});
    registry.add({QStringLiteral("recording show"),
                  CliContext::tr("Show one recording."),
                  QStringLiteral("ID"),
                  {},
                  1,
                  1,
                  runRecordingShow});
    registry.add({QStringLiteral("peaks"),
                  CliContext::tr("Print a recording's waveform peaks at one zoom level."),
                  QStringLiteral("RECORDING"),
                  {QCommandLineOption(
                      kLevel, CliContext::tr("Zoom level 0 (64 samples per bin) to 3 (4096)."),
                      CliContext::tr("N"))},
                  1,
                  1,
                  runPeaks});
}

} // namespace cv::cli
