#include "core/scoring/TemplateStore.h"

#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cv::core {

namespace {

class StoreText
{
    Q_DECLARE_TR_FUNCTIONS(TemplateStore)
public:
    static QString noSuchVersion(TemplateVersionId id)
    {
        return tr("There is no scorecard template version %1.").arg(id);
    }
    static QString published(const QString& key, int version, const QDateTime& at)
    {
        return tr("version %1 of scorecard template '%2' was published on %3 and can never "
                  "change; edit it as a new draft version.")
            .arg(version)
            .arg(key, at.toString(Qt::ISODate));
    }
    static QString otherKey(const QString& expected, const QString& given)
    {
        return tr("The draft belongs to template '%1', not '%2'.").arg(expected, given);
    }
};

Error dbError(const QSqlQuery& query)
{
    return Error{ErrorCode::Io, query.lastError().text(), {}};
}

// Only the content: key, name, purposes, sections (no version or status).
QString documentOf(const ScorecardTemplate& t)
{
    ScorecardTemplate content = t;
    content.version = 0;
    content.publishedUtc = {};
    return QString::fromUtf8(QJsonDocument(content.toJson()).toJson(QJsonDocument::Compact));
}

QString purposesOf(const ScorecardTemplate& t)
{
    return purposeNames(t.purposes).join(QLatin1Char(','));
}

Result<void> refusePublished(const ScorecardTemplate& t)
{
    return std::unexpected(Error::refused(QStringLiteral("R-ASSESS-1"),
                                          StoreText::published(t.key, t.version, t.publishedUtc)));
}

} // namespace

TemplateStore::TemplateStore(Vault& vault)
    : m_vault(vault)
{}

QList<ScorecardTemplate> TemplateStore::select(const QString& where,
                                               const QVariantList& values) const
{
    QList<ScorecardTemplate> out;
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("SELECT id, template_key, version, document, created_at, "
                                 "created_by, published_at, published_by FROM scorecard_version ") +
                  where + QStringLiteral(" ORDER BY template_key, version"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return out;
    while (query.next()) {
        auto parsed = ScorecardTemplate::fromJson(query.value(3).toString().toUtf8());
        if (!parsed)
            continue; // written by toJson(); cannot fail short of tampering
        ScorecardTemplate t = std::move(*parsed);
        t.id = query.value(0).toLongLong();
        t.key = query.value(1).toString();
        t.version = query.value(2).toInt();
        t.createdUtc = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        t.createdBy = query.value(5).toLongLong();
        if (!query.value(6).isNull()) {
            t.status = TemplateStatus::Published;
            t.publishedUtc = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
            t.publishedBy = query.value(7).toLongLong();
        }
        out << t;
    }
    return out;
}

std::optional<ScorecardTemplate> TemplateStore::find(TemplateVersionId id) const
{
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<ScorecardTemplate> TemplateStore::all() const
{
    return select({}, {});
}

QList<ScorecardTemplate> TemplateStore::versionsOf(const QString& key) const
{
    return select(QStringLiteral("WHERE template_key = ?"), {key});
}

QList<ScorecardTemplate> TemplateStore::usableFor(Purpose purpose,
                                                  const QDateTime& callStartUtc) const
{
    QList<ScorecardTemplate> out;
    for (const ScorecardTemplate& t :
         select(QStringLiteral("WHERE published_at IS NOT NULL AND published_at <= ?"),
                {callStartUtc})) {
        if (!t.purposes.contains(purpose))
            continue;
        if (!out.isEmpty() && out.last().key == t.key)
            out.last() = t; // ordered by key, then version: the newest wins
        else
            out << t;
    }
    std::ranges::sort(out, [](const ScorecardTemplate& a, const ScorecardTemplate& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

Result<TemplateVersionId> TemplateStore::saveDraft(const ScorecardTemplate& content, PersonId by)
{
    const QList<ScorecardTemplate> versions = versionsOf(content.key);
    if (!versions.isEmpty() && !versions.last().isPublished()) {
        if (auto updated = updateDraft(versions.last().id, content); !updated)
            return std::unexpected(updated.error());
        return versions.last().id;
    }
    const QDateTime now = m_vault.clock().nowUtc();
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral(
        "INSERT INTO scorecard_version (template_key, version, name, purposes, document, "
        "created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(content.key);
    query.addBindValue(versions.isEmpty() ? 1 : versions.last().version + 1);
    query.addBindValue(content.name);
    query.addBindValue(purposesOf(content));
    query.addBindValue(documentOf(content));
    query.addBindValue(now);
    query.addBindValue(by);
    query.addBindValue(now);
    if (!query.exec())
        return std::unexpected(dbError(query));
    return query.lastInsertId().toLongLong();
}

Result<void> TemplateStore::updateDraft(TemplateVersionId id, const ScorecardTemplate& content)
{
    const std::optional<ScorecardTemplate> stored = find(id);
    if (!stored)
        return fail(ErrorCode::Usage, StoreText::noSuchVersion(id));
    if (stored->isPublished())
        return refusePublished(*stored);
    if (stored->key != content.key)
        return fail(ErrorCode::BadInput, StoreText::otherKey(stored->key, content.key));
    // "published_at IS NULL" in the statement itself: no write can reach a
    // published version, even one published between find() and here.
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("UPDATE scorecard_version SET name = ?, purposes = ?, "
                                 "document = ?, updated_at = ? WHERE id = ? AND published_at IS "
                                 "NULL"));
    query.addBindValue(content.name);
    query.addBindValue(purposesOf(content));
    query.addBindValue(documentOf(content));
    query.addBindValue(m_vault.clock().nowUtc());
    query.addBindValue(id);
    if (!query.exec())
        return std::unexpected(dbError(query));
    if (query.numRowsAffected() != 1)
        return refusePublished(*stored);
    return {};
}

Result<TemplateVersionId> TemplateStore::draftFrom(TemplateVersionId id, PersonId by)
{
    const std::optional<ScorecardTemplate> stored = find(id);
    if (!stored)
        return fail(ErrorCode::Usage, StoreText::noSuchVersion(id));
    const QList<ScorecardTemplate> versions = versionsOf(stored->key);
    if (!versions.last().isPublished())
        return versions.last().id;
    return saveDraft(*stored, by);
}

Result<QDateTime> TemplateStore::publish(TemplateVersionId id, PersonId by)
{
    const std::optional<ScorecardTemplate> stored = find(id);
    if (!stored)
        return fail(ErrorCode::Usage, StoreText::noSuchVersion(id));
    if (stored->isPublished())
        return std::unexpected(refusePublished(*stored).error());
    const QDateTime now = m_vault.clock().nowUtc();
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("UPDATE scorecard_version SET published_at = ?, published_by = ?, "
                                 "updated_at = ? WHERE id = ? AND published_at IS NULL"));
    query.addBindValue(now);
    query.addBindValue(by);
    query.addBindValue(now);
    query.addBindValue(id);
    if (!query.exec())
        return std::unexpected(dbError(query));
    if (query.numRowsAffected() != 1)
        return std::unexpected(refusePublished(*stored).error());
    return now;
}

} // namespace cv::core
