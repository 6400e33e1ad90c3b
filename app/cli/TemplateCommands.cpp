// template import|export|publish|list: scorecard templates (docs/templates.md).
#include "app/cli/CliContext.h"
#include "app/cli/CliSession.h"
#include "app/cli/CommandRegistry.h"
#include "core/scoring/TemplateLibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cv::cli {

using namespace core;

namespace {

const QString kOut = QStringLiteral("out");

class TemplateText
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCommands)
public:
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
        return tr("%1 exists already; choose another file.").arg(path);
    }
    static QString badId(const QString& id)
    {
        return tr("'%1' is not a template version id (see 'template list').").arg(id);
    }
    static QString stored(int version, const QString& key, TemplateVersionId id)
    {
        return tr("Draft version %1 of '%2' is stored as template %3.")
            .arg(version)
            .arg(key)
            .arg(id);
    }
    static QString published(int version, const QString& key, const QString& at)
    {
        return tr("Version %1 of '%2' is published on %3 and can no longer change.")
            .arg(version)
            .arg(key, at);
    }
    static QString exported(const QString& path) { return tr("Written to %1.").arg(path); }
    static QString none() { return tr("No scorecard templates yet."); }
    static QString draft() { return tr("draft"); }
};

Result<TemplateVersionId> versionId(const QString& text)
{
    bool ok = false;
    const TemplateVersionId id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(ErrorCode::BadInput, TemplateText::badId(text));
    return id;
}

QJsonObject summaryJson(const ScorecardTemplate& t)
{
    QJsonObject o{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("key"), t.key},
        {QStringLiteral("version"), t.version},
        {QStringLiteral("name"), t.name},
        {QStringLiteral("status"),
         t.isPublished() ? QStringLiteral("published") : QStringLiteral("draft")},
        {QStringLiteral("purposes"), QJsonArray::fromStringList(purposeNames(t.purposes))},
        {QStringLiteral("criteria"), int(t.allCriteria().size())}};
    if (t.isPublished())
        o.insert(QStringLiteral("publishedAt"), t.publishedUtc.toString(Qt::ISODate));
    return o;
}

int runTemplateImport(CliContext& c)
{
    const QString path = c.positional().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return c.fail(
            Error{ErrorCode::BadInput, TemplateText::cannotRead(path, file.errorString()), {}});
    auto content = ScorecardTemplate::fromJson(file.readAll());
    if (!content) {
        Error error = content.error();
        error.message = path + QStringLiteral(": ") + error.message;
        return c.fail(error);
    }
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    TemplateLibrary library(*session->vault, *session->admin);
    auto id = library.importDraft(session->actor, *content);
    if (!id)
        return c.fail(id.error());
    const ScorecardTemplate stored = *library.store().find(*id);
    return c.succeed({{QStringLiteral("template"), summaryJson(stored)}},
                     TemplateText::stored(stored.version, stored.key, stored.id));
}

int runTemplateExport(CliContext& c)
{
    auto id = versionId(c.positional().first());
    if (!id)
        return c.fail(id.error());
    const QString out = c.parser().value(kOut);
    if (!out.isEmpty() && QFile::exists(out))
        return c.fail(Error{ErrorCode::AlreadyExists, TemplateText::exists(out), {}});
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    auto found = TemplateLibrary(*session->vault, *session->admin).find(session->actor, *id);
    if (!found)
        return c.fail(found.error());
    const QByteArray json = QJsonDocument(found->toJson()).toJson(QJsonDocument::Indented);
    if (out.isEmpty())
        return c.succeed({{QStringLiteral("template"), found->toJson()}},
                         QString::fromUtf8(json).trimmed());
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(json) != json.size())
        return c.fail(Error{ErrorCode::Io, TemplateText::cannotWrite(out, file.errorString()), {}});
    return c.succeed(
        {{QStringLiteral("template"), summaryJson(*found)}, {QStringLiteral("file"), out}},
        TemplateText::exported(out));
}

int runTemplatePublish(CliContext& c)
{
    auto id = versionId(c.positional().first());
    if (!id)
        return c.fail(id.error());
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    auto published = TemplateLibrary(*session->vault, *session->admin).publish(session->actor, *id);
    if (!published)
        return c.fail(published.error());
    return c.succeed({{QStringLiteral("template"), summaryJson(*published)}},
                     TemplateText::published(published->version, published->key,
                                             published->publishedUtc.toString(Qt::ISODate)));
}

int runTemplateList(CliContext& c)
{
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    auto all = TemplateLibrary(*session->vault, *session->admin).list(session->actor);
    if (!all)
        return c.fail(all.error());
    QJsonArray list;
    QStringList lines;
    for (const ScorecardTemplate& t : *all) {
        list.append(summaryJson(t));
        lines << QStringLiteral("%1  %2 v%3  %4  %5  %6")
                     .arg(t.id, 4)
                     .arg(t.key)
                     .arg(t.version)
                     .arg(t.isPublished() ? t.publishedUtc.toString(Qt::ISODate)
                                          : TemplateText::draft(),
                          purposeNames(t.purposes).join(QLatin1Char(',')), t.name);
    }
    return c.succeed({{QStringLiteral("templates"), list}},
                     lines.isEmpty() ? TemplateText::none() : lines.join(QLatin1Char('\n')));
}

} // namespace

void registerTemplateCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("template import"),
                  CliContext::tr("Store a scorecard template file as a draft (docs/templates.md)."),
                  QStringLiteral("FILE"),
                  {},
                  1,
                  1,
                  runTemplateImport});
    registry.add({QStringLiteral("template export"),
                  CliContext::tr("Write a template version as JSON (to --out FILE or stdout)."),
                  QStringLiteral("ID"),
                  {QCommandLineOption(kOut, CliContext::tr("Write to this new file."),
                                      CliContext::tr("FILE"))},
                  1,
                  1,
                  runTemplateExport});
    registry.add(
        {QStringLiteral("template publish"),
         CliContext::tr("Publish a draft version: known to agents, immutable (R-ASSESS-1)."),
         QStringLiteral("ID"),
         {},
         1,
         1,
         runTemplatePublish});
    registry.add({QStringLiteral("template list"),
                  CliContext::tr("List every scorecard template version."),
                  {},
                  {},
                  0,
                  0,
                  runTemplateList});
}

} // namespace cv::cli
