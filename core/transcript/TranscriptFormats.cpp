#include "core/transcript/TranscriptFormats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace cv::core {

namespace {

class TranscriptFormats
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptFormats)
};

std::unexpected<Error> badLine(int line, const QString& reason)
{
    return fail(ErrorCode::BadInput,
                TranscriptFormats::tr("Transcript line %1: %2").arg(line).arg(reason));
}

// "00:01:02.345" (VTT), "00:01:02,345" (SRT), "01:02.345" (VTT short form).
std::optional<qint64> parseTimestamp(const QString& s)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:(\d+):)?([0-5]\d):([0-5]\d)[.,](\d{3})$)"));
    const auto m = pattern.match(s.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return ((m.captured(1).toLongLong() * 60 + m.captured(2).toLongLong()) * 60 +
            m.captured(3).toLongLong()) *
               1000 +
           m.captured(4).toLongLong();
}

Result<QList<TranscriptSegment>> parseCues(const QStringList& lines, bool vtt)
{
    QList<TranscriptSegment> segments;
    qsizetype i = vtt ? 1 : 0;
    while (i < lines.size()) {
        if (lines[i].trimmed().isEmpty()) {
            ++i;
            continue;
        }
        if (vtt && (lines[i].startsWith(QStringLiteral("NOTE")) ||
                    lines[i].startsWith(QStringLiteral("STYLE")) ||
                    lines[i].startsWith(QStringLiteral("REGION")))) {
            while (i < lines.size() && !lines[i].trimmed().isEmpty())
                ++i;
            continue;
        }
        // An identifier line (SRT: the cue number; VTT: optional) before the timing.
        if (!lines[i].contains(QStringLiteral("-->"))) {
            if (!vtt && !QRegularExpression(QStringLiteral(R"(^\d+$)"))
                             .match(lines[i].trimmed())
                             .hasMatch())
                return badLine(int(i + 1),
                               TranscriptFormats::tr("expected a cue number, found \"%1\"")
                                   .arg(lines[i].trimmed().left(40)));
            ++i;
            if (i >= lines.size() || !lines[i].contains(QStringLiteral("-->")))
                return badLine(int(i + 1),
                               TranscriptFormats::tr("expected a timing line \"start --> end\""));
        }
        const int timingLine = int(i + 1);
        const QStringList parts = lines[i].split(QStringLiteral("-->"));
        const auto start = parseTimestamp(parts[0]);
        const auto end = parseTimestamp(parts.value(1).trimmed().section(QLatin1Char(' '), 0, 0));
        if (!start || !end)
            return badLine(timingLine, TranscriptFormats::tr("the timestamp is not hh:mm:ss.mmm"));
        if (*end <= *start)
            return badLine(timingLine, TranscriptFormats::tr("the cue ends before it starts"));
        if (!segments.isEmpty() && *start < segments.last().startMs)
            return badLine(timingLine,
                           TranscriptFormats::tr("the cue starts before the previous cue"));
        ++i;
        QStringList text;
        while (i < lines.size() && !lines[i].trimmed().isEmpty())
            text << lines[i++].trimmed();
        if (text.isEmpty())
            return badLine(timingLine + 1, TranscriptFormats::tr("the cue has no text"));
        // Voice tags (<v Agent>) are not part of what was said.
        QString joined = text.join(QLatin1Char(' '));
        joined.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        segments.append(TranscriptSegment{*start, *end, joined.trimmed()});
    }
    if (segments.isEmpty())
        return fail(ErrorCode::BadInput, TranscriptFormats::tr("The transcript has no cues."));
    return segments;
}

Result<QList<TranscriptSegment>> parseJson(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (doc.isNull()) {
        const int line = int(bytes.left(error.offset).count('\n')) + 1;
        return badLine(line, error.errorString());
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() !=
            QStringLiteral("coachvault-transcript") ||
        root.value(QStringLiteral("version")).toInt() != 1)
        return fail(ErrorCode::BadInput,
                    TranscriptFormats::tr(
                        "The JSON transcript must have \"format\": \"coachvault-transcript\" and "
                        "\"version\": 1."));
    const QJsonArray words = root.value(QStringLiteral("words")).toArray();
    if (words.isEmpty())
        return fail(ErrorCode::BadInput,
                    TranscriptFormats::tr("The JSON transcript has no \"words\"."));
    QList<TranscriptSegment> segments;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QJsonObject w = words[i].toObject();
        const QString text = w.value(QStringLiteral("word")).toString().trimmed();
        const double start = w.value(QStringLiteral("startMs")).toDouble(-1);
        const double end = w.value(QStringLiteral("endMs")).toDouble(-1);
        if (text.isEmpty() || start < 0 || end <= start)
            return fail(
                ErrorCode::BadInput,
                TranscriptFormats::tr(
                    "JSON word %1: needs \"word\", \"startMs\" and \"endMs\" with end after "
                    "start.")
                    .arg(i + 1));
        if (!segments.isEmpty() && qint64(start) < segments.last().startMs)
            return fail(ErrorCode::BadInput,
                        TranscriptFormats::tr("JSON word %1: starts before the word before it.")
                            .arg(i + 1));
        segments.append(TranscriptSegment{qint64(start), qint64(end), text});
    }
    return segments;
}

} // namespace

namespace {

QByteArray withoutBom(const QByteArray& bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
}

} // namespace

QString transcriptFormatName(TranscriptFormat format)
{
    switch (format) {
    case TranscriptFormat::WebVtt:
        return QStringLiteral("vtt");
    case TranscriptFormat::Srt:
        return QStringLiteral("srt");
    case TranscriptFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

std::optional<TranscriptFormat> transcriptFormatFromName(const QString& name)
{
    for (TranscriptFormat f :
         {TranscriptFormat::WebVtt, TranscriptFormat::Srt, TranscriptFormat::Json})
        if (transcriptFormatName(f) == name)
            return f;
    return std::nullopt;
}

TranscriptFormat detectTranscriptFormat(const QByteArray& bytes)
{
    const QByteArray data = withoutBom(bytes);
    if (data.trimmed().startsWith('{'))
        return TranscriptFormat::Json;
    if (data.startsWith("WEBVTT"))
        return TranscriptFormat::WebVtt;
    return TranscriptFormat::Srt;
}

Result<QList<TranscriptSegment>> parseTranscript(const QByteArray& bytes)
{
    const QByteArray data = withoutBom(bytes);
    const TranscriptFormat format = detectTranscriptFormat(data);
    if (format == TranscriptFormat::Json)
        return parseJson(data);
    const QStringList lines =
        QString::fromUtf8(data).remove(QLatin1Char('\r')).split(QLatin1Char('\n'));
    return parseCues(lines, format == TranscriptFormat::WebVtt);
}

} // namespace cv::core
