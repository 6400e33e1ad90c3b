// clip create, clip list: training clips from coaching recordings
// (docs/clips.md), through the ClipDesk like the GUI.
#include "app/cli/CliContext.h"
#include "app/cli/CliSession.h"
#include "app/cli/CommandRegistry.h"
#include "core/clips/ClipDesk.h"
#include "core/transcript/TranscriptDesk.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace cv::cli {

using namespace core;

namespace {

const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kRedact = QStringLiteral("redact");
const QString kRedactSilence = QStringLiteral("redact-silence");
const QString kRedactAccepted = QStringLiteral("redact-accepted");
const QString kDisguise = QStringLiteral("disguise");
const QString kStrength = QStringLiteral("strength");
const QString kOut = QStringLiteral("out");

class ClipText
{
    Q_DECLARE_TR_FUNCTIONS(ClipCommands)
public:
    static QString badTime(const QString& text)
    {
        return tr("'%1' is not a time: give mm:ss(.mmm) or seconds.").arg(text);
    }
    static QString badRange(const QString& text)
    {
        return tr("'%1' is not a range: give START-END, e.g. 0:12-0:15.5.").arg(text);
    }
    static QString needed() { return tr("Give --from, --to and --out."); }
    static QString badDisguise() { return tr("--disguise takes customer or both."); }
    static QString badStrength(int min, int max)
    {
        return tr("--strength takes %1 to %2 semitones.").arg(min).arg(max);
    }
    static QString badRecording(const QString& id)
    {
        return tr("There is no recording '%1'.").arg(id);
    }
    static QString exported(const QString& path, qint64 id, const QString& anonymisation)
    {
        return tr("Exported clip %1 to %2 (%3).").arg(id).arg(path, anonymisation);
    }
};

// mm:ss(.mmm), h:mm:ss(.mmm) or seconds(.mmm), in milliseconds.
std::optional<qint64> parseTime(const QString& text)
{
    static const QRegularExpression form(
        QStringLiteral("^(?:(?:(\\d+):)?(\\d+):)?(\\d+)(?:\\.(\\d{1,3}))?$"));
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 hours = m.captured(1).toLongLong();
    const qint64 minutes = m.captured(2).toLongLong();
    const qint64 seconds = m.captured(3).toLongLong();
    if (!m.captured(2).isEmpty() && seconds >= 60)
        return std::nullopt;
    QString fraction = m.captured(4);
    while (fraction.size() < 3)
        fraction.append(QLatin1Char('0'));
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction.toLongLong();
}

Result<QList<RedactionRegion>> parseRegions(const QStringList& values, RedactionRegion::Fill fill)
{
    QList<RedactionRegion> out;
    for (const QString& value : values) {
        for (const QString& range : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList ends = range.split(QLatin1Char('-'));
            const auto start = ends.size() == 2 ? parseTime(ends[0]) : std::nullopt;
            const auto end = ends.size() == 2 ? parseTime(ends[1]) : std::nullopt;
            if (!start || !end)
                return fail(ErrorCode::Usage, ClipText::badRange(range));
            out << RedactionRegion{*start, *end, fill};
        }
    }
    return out;
}

QString anonymisationText(const ClipRecord& c)
{
    return c.personal ? CliContext::tr("customer disguised, agent identifiable by consent of %1")
                            .arg(c.consentGivenOn.toString(Qt::ISODate))
                      : CliContext::tr("both voices disguised");
}

QJsonObject clipJson(const ClipRecord& c, const QString& creatorHandle)
{
    QJsonArray regions;
    for (const RedactionRegion& r : c.redactions)
        regions.append(QJsonObject{{QStringLiteral("startMs"), r.startMs},
                                   {QStringLiteral("endMs"), r.endMs},
                                   {QStringLiteral("fill"), fillName(r.fill)}});
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("recording"),
                   c.recording > 0 ? QJsonValue(c.recording) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("sourcePurpose"), purposeName(c.sourcePurpose)},
                  {QStringLiteral("fromMs"), c.fromMs},
                  {QStringLiteral("toMs"), c.toMs},
                  {QStringLiteral("redactions"), regions},
                  {QStringLiteral("disguise"), disguiseName(c.disguise)},
                  {QStringLiteral("strength"), c.disguiseSemitones},
                  {QStringLiteral("personal"), c.personal},
                  {QStringLiteral("consentGivenOn"),
                   c.consentGivenOn.isValid() ? QJsonValue(c.consentGivenOn.toString(Qt::ISODate))
                                              : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("format"), c.format},
                  {QStringLiteral("createdBy"), creatorHandle},
                  {QStringLiteral("createdAt"), c.createdUtc.toString(Qt::ISODate)}};
    if (c.loudnessLufs)
        o.insert(QStringLiteral("loudnessLufs"), *c.loudnessLufs);
    return o;
}

int runClipCreate(CliContext& c)
{
    const QCommandLineParser& p = c.parser();
    if (!p.isSet(kFrom) || !p.isSet(kTo) || !p.isSet(kOut))
        return c.usage(ClipText::needed());
    ClipSpec spec;
    bool ok = false;
    spec.recordingId = c.positional().first().toLongLong(&ok);
    if (!ok)
        return c.fail(
            Error{ErrorCode::BadInput, ClipText::badRecording(c.positional().first()), {}});
    const auto from = parseTime(p.value(kFrom));
    const auto to = parseTime(p.value(kTo));
    if (!from)
        return c.usage(ClipText::badTime(p.value(kFrom)));
    if (!to)
        return c.usage(ClipText::badTime(p.value(kTo)));
    spec.fromMs = *from;
    spec.toMs = *to;
    auto tones = parseRegions(p.values(kRedact), RedactionRegion::Fill::Tone);
    if (!tones)
        return c.fail(tones.error());
    auto silences = parseRegions(p.values(kRedactSilence), RedactionRegion::Fill::Silence);
    if (!silences)
        return c.fail(silences.error());
    spec.regions = *tones + *silences;
    if (p.isSet(kDisguise)) {
        const auto disguise = disguiseFromName(p.value(kDisguise));
        if (!disguise || *disguise == Disguise::None)
            return c.usage(ClipText::badDisguise());
        spec.disguise = *disguise;
    }
    if (p.isSet(kStrength)) {
        spec.disguiseSemitones = p.value(kStrength).toInt(&ok);
        if (!ok || spec.disguiseSemitones < ClipSpec::kMinSemitones ||
            spec.disguiseSemitones > ClipSpec::kMaxSemitones)
            return c.usage(ClipText::badStrength(ClipSpec::kMinSemitones, ClipSpec::kMaxSemitones));
    }
    if (!clipFormatForPath(p.value(kOut)))
        return c.usage(
            CliContext::tr("Name the output .wav, .flac or .opus; the format follows the name."));
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    if (p.isSet(kRedactAccepted)) {
        // The proposals accepted with `pii decide` (docs/transcripts.md).
        TranscriptDesk transcripts(*session->vault, *session->admin);
        auto accepted =
            transcripts.acceptedRegions(session->actor, spec.recordingId, spec.fromMs, spec.toMs);
        if (!accepted)
            return c.fail(accepted.error());
        spec.regions += *accepted;
    }
    std::ranges::sort(spec.regions, {}, &RedactionRegion::startMs);
    ClipDesk desk(*session->vault, *session->admin);
    auto exported = desk.exportClip(session->actor, spec, p.value(kOut));
    if (!exported)
        return c.fail(exported.error());
    return c.succeed(
        {{QStringLiteral("clip"), clipJson(exported->clip, session->actor.handle)},
         {QStringLiteral("file"), p.value(kOut)},
         {QStringLiteral("bytes"), exported->bytes}},
        ClipText::exported(p.value(kOut), exported->clip.id, anonymisationText(exported->clip)));
}

int runClipList(CliContext& c)
{
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    ClipDesk desk(*session->vault, *session->admin);
    auto clips = desk.list(session->actor);
    if (!clips)
        return c.fail(clips.error());
    QJsonArray list;
    QStringList lines;
    for (const ClipRecord& clip : *clips) {
        const auto creator = session->admin->persons().find(clip.createdBy);
        const QString handle = creator ? creator->handle : QString::number(clip.createdBy);
        list.append(clipJson(clip, handle));
        lines << QStringLiteral("%1  %2  %3  %4 ms  %5  %6")
                     .arg(clip.id, 4)
                     .arg(clip.recording > 0 ? QString::number(clip.recording)
                                             : QStringLiteral("-"),
                          -5)
                     .arg(purposeName(clip.sourcePurpose), -9)
                     .arg(clip.durationMs(), 6)
                     .arg(handle, -10)
                     .arg(anonymisationText(clip));
    }
    return c.succeed({{QStringLiteral("clips"), list}}, lines.join(QLatin1Char('\n')));
}

} // namespace

void registerClipCommands(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("clip create"),
         CliContext::tr("Cut an anonymised training clip from a coaching recording."),
         QStringLiteral("RECORDING"),
         {QCommandLineOption(kFrom, CliContext::tr("Start: mm:ss(.mmm) or seconds."),
                             CliContext::tr("T")),
          QCommandLineOption(kTo, CliContext::tr("End: mm:ss(.mmm) or seconds."),
                             CliContext::tr("T")),
          QCommandLineOption(kRedact, CliContext::tr("Replace A-B,… with a 1 kHz tone."),
                             CliContext::tr("A-B,…")),
          QCommandLineOption(kRedactSilence, CliContext::tr("Replace A-B,… with silence."),
                             CliContext::tr("A-B,…")),
          QCommandLineOption(kRedactAccepted,
                             CliContext::tr("Also replace the transcript's accepted personal "
                                            "data with a tone (pii decide).")),
          QCommandLineOption(kDisguise,
                             CliContext::tr("customer (needs the agent's written consent) or "
                                            "both (the default)."),
                             CliContext::tr("WHO")),
          QCommandLineOption(kStrength, CliContext::tr("Pitch shift in semitones, 1 to 8 (4)."),
                             CliContext::tr("N")),
          QCommandLineOption(kOut, CliContext::tr("The file: .wav, .flac or .opus."),
                             CliContext::tr("FILE"))},
         1,
         1,
         runClipCreate});
    registry.add({QStringLiteral("clip list"),
                  CliContext::tr("List the clip library."),
                  {},
                  {},
                  0,
                  0,
                  runClipList});
}

} // namespace cv::cli
