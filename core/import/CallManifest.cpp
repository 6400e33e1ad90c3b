#include "core/import/CallManifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cv::core {

namespace {

class ManifestText
{
    Q_DECLARE_TR_FUNCTIONS(CallManifest)
public:
    static QString cannotRead(const QString& path, const QString& why)
    {
        return tr("Cannot read the manifest %1: %2").arg(path, why);
    }
    static QString problem(const QString& where, const QString& field, const QString& why)
    {
        return tr("%1: %2 %3").arg(where, field, why);
    }
    static QString notJson(const QString& path, const QString& why)
    {
        return tr("%1 is not valid JSON: %2").arg(path, why);
    }
    static QString missing() { return tr("is missing"); }
    static QString badDate()
    {
        return tr("must be a date and time with its UTC offset, e.g. 2026-03-02T09:30:00+01:00");
    }
    static QString oneOf(const QString& values) { return tr("must be one of: %1").arg(values); }
    static QString noColumn(const QString& path, const QString& column)
    {
        return tr("%1: the column '%2' is missing from the header").arg(path, column);
    }
    static QString columns(const QString& where, int found, int expected)
    {
        return tr("%1: has %2 fields where the header has %3").arg(where).arg(found).arg(expected);
    }
    static QString empty(const QString& path) { return tr("%1 describes no calls").arg(path); }
    static QString line(const QString& path, int number)
    {
        return tr("%1 line %2").arg(path).arg(number);
    }
    static QString entry(const QString& path, int number)
    {
        return tr("%1 call %2").arg(path).arg(number);
    }
};

std::optional<bool> yesNo(const QString& value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("yes") || v == QLatin1String("ja") || v == QLatin1String("true") ||
        v == QLatin1String("1"))
        return true;
    if (v == QLatin1String("no") || v == QLatin1String("nee") || v == QLatin1String("false") ||
        v == QLatin1String("0"))
        return false;
    return std::nullopt;
}

const QStringList kColumns{QStringLiteral("file"),      QStringLiteral("agent"),
                           QStringLiteral("callStart"), QStringLiteral("direction"),
                           QStringLiteral("queue"),     QStringLiteral("recordingNotice"),
                           QStringLiteral("private"),   QStringLiteral("agentChannel")};
const QStringList kOptionalColumns{QStringLiteral("externalClient"),
                                   QStringLiteral("remoteNumber")};
// Keys of a JSON sidecar that describe the document, not the call.
const QStringList kEnvelopeKeys{QStringLiteral("format"), QStringLiteral("formatVersion")};

// Fills `e` from named string fields; the first problem wins.
Result<ManifestEntry> entryFrom(const QHash<QString, QString>& f, const QString& where,
                                const QDir& base)
{
    const auto problem = [&](const char* field, const QString& why) {
        return fail(ErrorCode::BadInput,
                    ManifestText::problem(where, QString::fromLatin1(field), why));
    };
    ManifestEntry e;
    e.origin = where;
    const QString file = f.value(QStringLiteral("file")).trimmed();
    if (file.isEmpty())
        return problem("file", ManifestText::missing());
    e.file = QDir::cleanPath(base.absoluteFilePath(file));
    e.agentHandle = f.value(QStringLiteral("agent")).trimmed();
    if (e.agentHandle.isEmpty())
        return problem("agent", ManifestText::missing());
    const QString start = f.value(QStringLiteral("callStart")).trimmed();
    if (start.isEmpty())
        return problem("callStart", ManifestText::missing());
    e.callStart = QDateTime::fromString(start, Qt::ISODate);
    const bool hasOffset = start.endsWith(QLatin1Char('Z')) || start.contains(QLatin1Char('+')) ||
                           start.lastIndexOf(QLatin1Char('-')) > 10;
    if (!e.callStart.isValid() || !hasOffset)
        return problem("callStart", ManifestText::badDate());
    const QString direction = f.value(QStringLiteral("direction")).trimmed().toLower();
    if (direction == QLatin1String("inbound"))
        e.direction = CallDirection::Inbound;
    else if (direction == QLatin1String("outbound"))
        e.direction = CallDirection::Outbound;
    else
        return problem("direction", ManifestText::oneOf(QStringLiteral("inbound, outbound")));
    e.queue = f.value(QStringLiteral("queue")).trimmed();
    if (e.queue.isEmpty())
        return problem("queue", ManifestText::missing());
    const auto notice = yesNo(f.value(QStringLiteral("recordingNotice")));
    if (!notice)
        return problem("recordingNotice", ManifestText::oneOf(QStringLiteral("yes, no")));
    e.recordingNoticeGiven = *notice;
    const auto isPrivate = yesNo(f.value(QStringLiteral("private")));
    if (!isPrivate)
        return problem("private", ManifestText::oneOf(QStringLiteral("yes, no")));
    e.markedPrivate = *isPrivate;
    const QString channel = f.value(QStringLiteral("agentChannel")).trimmed().toLower();
    if (channel == QLatin1String("left"))
        e.agentChannel = AgentChannel::Left;
    else if (channel == QLatin1String("right"))
        e.agentChannel = AgentChannel::Right;
    else if (channel == QLatin1String("mono") || channel.isEmpty())
        e.agentChannel = AgentChannel::Mono;
    else
        return problem("agentChannel", ManifestText::oneOf(QStringLiteral("left, right, mono")));
    e.externalClient = f.value(QStringLiteral("externalClient")).trimmed();
    e.remoteNumber = f.value(QStringLiteral("remoteNumber")).trimmed();
    for (auto it = f.cbegin(); it != f.cend(); ++it) {
        if (!kColumns.contains(it.key()) && !kOptionalColumns.contains(it.key()) &&
            !kEnvelopeKeys.contains(it.key()))
            e.otherFields.insert(it.key(), it.value());
    }
    return e;
}

// RFC 4180 fields of one record; quotes may hold commas and doubled quotes.
QStringList splitCsv(const QString& line)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() &&
                line.at(i + 1) == QLatin1Char('"')) {
                current += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',') || c == QLatin1Char(';')) {
            fields << current;
            current.clear();
        } else {
            current += c;
        }
    }
    fields << current;
    return fields;
}

} // namespace

Result<QList<ManifestEntry>> CallManifest::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::BadInput, ManifestText::cannotRead(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return parseCsv(bytes, path);
    return parseJson(bytes, path);
}

Result<QList<ManifestEntry>> CallManifest::parseJson(const QByteArray& json, const QString& path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::BadInput, ManifestText::notJson(path, error.errorString()));
    const QDir base = QFileInfo(path).absoluteDir();
    const QJsonObject root = document.object();
    QJsonArray calls;
    if (root.contains(QStringLiteral("calls")))
        calls = root.value(QStringLiteral("calls")).toArray();
    else
        calls.append(root); // a sidecar: one call
    if (calls.isEmpty())
        return fail(ErrorCode::BadInput, ManifestText::empty(path));
    QList<ManifestEntry> entries;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const QJsonObject o = calls.at(i).toObject();
        QHash<QString, QString> fields;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue v = it.value();
            fields.insert(it.key(),
                          v.isBool() ? (v.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                                     : v.toVariant().toString());
        }
        if (!root.contains(QStringLiteral("calls")) && !fields.contains(QStringLiteral("file"))) {
            // A sidecar "call.wav.json" describes "call.wav".
            QString audio = QFileInfo(path).fileName();
            audio.chop(5);
            fields.insert(QStringLiteral("file"), audio);
        }
        auto entry = entryFrom(fields, ManifestText::entry(path, int(i + 1)), base);
        if (!entry)
            return std::unexpected(entry.error());
        entries.append(*entry);
    }
    return entries;
}

Result<QList<ManifestEntry>> CallManifest::parseCsv(const QByteArray& csv, const QString& path)
{
    const QStringList lines = QString::fromUtf8(csv).split(QLatin1Char('\n'));
    const QDir base = QFileInfo(path).absoluteDir();
    QStringList header;
    QList<ManifestEntry> entries;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = splitCsv(line);
        if (header.isEmpty()) {
            for (const QString& name : fields)
                header << name.trimmed();
            for (const QString& column : kColumns) {
                if (!header.contains(column))
                    return fail(ErrorCode::BadInput, ManifestText::noColumn(path, column));
            }
            continue;
        }
        const QString where = ManifestText::line(path, int(n + 1));
        if (fields.size() != header.size())
            return fail(ErrorCode::BadInput,
                        ManifestText::columns(where, int(fields.size()), int(header.size())));
        QHash<QString, QString> named;
        for (qsizetype i = 0; i < header.size(); ++i)
            named.insert(header.at(i), fields.at(i));
        auto entry = entryFrom(named, where, base);
        if (!entry)
            return std::unexpected(entry.error());
        entries.append(*entry);
    }
    if (entries.isEmpty())
        return fail(ErrorCode::BadInput, ManifestText::empty(path));
    return entries;
}

} // namespace cv::core
