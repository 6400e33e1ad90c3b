#include "core/audit/AuditLog.h"

#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace cv::core {

namespace {

class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    static QString altered(qint64 seq)
    {
        return tr("the audit trail is broken at entry %1: it was altered, or an entry before it "
                  "was removed, inserted or moved")
            .arg(seq);
    }
    static QString gap(qint64 expected, qint64 found)
    {
        return tr("the audit trail is broken at entry %1: entry %2 is missing")
            .arg(found)
            .arg(expected);
    }
    static QString truncated(qint64 last, qint64 head)
    {
        return tr("the audit trail is broken after entry %1: entries up to %2 were removed")
            .arg(last)
            .arg(head);
    }
    static QString headMissing()
    {
        return tr("the audit trail is broken: its head record is missing or altered");
    }
};

const QString kGenesis = QString(64, QLatin1Char('0'));

QVariant optionalId(const std::optional<PersonId>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

AuditLog::AuditLog(Vault& vault)
    : m_vault(vault)
{}

QString AuditLog::hashOf(const AuditEntry& e)
{
    // Canonical form: fields in a fixed order, each length-prefixed, so no
    // two different entries serialise alike.
    QByteArray canonical;
    const auto field = [&](const QString& value) {
        const QByteArray utf8 = value.toUtf8();
        canonical += QByteArray::number(utf8.size()) + ':' + utf8 + ';';
    };
    field(e.prevHash);
    field(QString::number(e.seq));
    field(e.at.toUTC().toString(Qt::ISODateWithMs));
    field(e.actor ? QString::number(*e.actor) : QString());
    field(e.action);
    field(e.objectType);
    field(e.objectId);
    field(e.subject ? QString::number(*e.subject) : QString());
    field(e.outcome);
    field(e.ruleId);
    field(e.detail);
    unsigned char out[32];
    crypto_generichash(out, sizeof out,
                       reinterpret_cast<const unsigned char*>(canonical.constData()),
                       std::size_t(canonical.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

Result<qint64> AuditLog::append(const AuditRecord& record)
{
    Transaction transaction(m_vault);
    if (!transaction.isOpen())
        return std::unexpected(transaction.error());
    QSqlQuery query(m_vault.database());
    AuditEntry entry;
    static_cast<AuditRecord&>(entry) = record;
    entry.prevHash = kGenesis;
    entry.seq = 1;
    if (query.exec(QStringLiteral("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")) &&
        query.next()) {
        entry.seq = query.value(0).toLongLong() + 1;
        entry.prevHash = query.value(1).toString();
    }
    query.finish();
    entry.at = m_vault.clock().nowUtc();
    entry.hash = hashOf(entry);
    query.prepare(QStringLiteral(
        "INSERT INTO audit_entry (seq, at, actor_id, action, object_type, object_id, "
        "subject_id, outcome, rule_id, detail, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.seq);
    query.addBindValue(entry.at);
    query.addBindValue(optionalId(entry.actor));
    query.addBindValue(entry.action);
    query.addBindValue(entry.objectType);
    query.addBindValue(entry.objectId);
    query.addBindValue(optionalId(entry.subject));
    query.addBindValue(entry.outcome);
    query.addBindValue(entry.ruleId);
    query.addBindValue(entry.detail);
    query.addBindValue(entry.prevHash);
    query.addBindValue(entry.hash);
    if (!query.exec())
        return fail(ErrorCode::Io, query.lastError().text());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO audit_head (id, last_seq, last_hash) VALUES (1, ?, ?)"));
    query.addBindValue(entry.seq);
    query.addBindValue(entry.hash);
    if (!query.exec())
        return fail(ErrorCode::Io, query.lastError().text());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return entry.seq;
}

namespace {
AuditEntry entryFrom(const QSqlQuery& q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    if (!q.isNull(2))
        e.actor = q.value(2).toLongLong();
    e.action = q.value(3).toString();
    e.objectType = q.value(4).toString();
    e.objectId = q.value(5).toString();
    if (!q.isNull(6))
        e.subject = q.value(6).toLongLong();
    e.outcome = q.value(7).toString();
    e.ruleId = q.value(8).toString();
    e.detail = q.value(9).toString();
    e.prevHash = q.value(10).toString();
    e.hash = q.value(11).toString();
    return e;
}
const QString kColumns = QStringLiteral("SELECT seq, at, actor_id, action, object_type, object_id, "
                                        "subject_id, outcome, rule_id, detail, "
                                        "prev_hash, hash FROM audit_entry ");
} // namespace

QList<AuditEntry> AuditLog::list(const AuditFilter& filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.actor) {
        where << QStringLiteral("actor_id = ?");
        values << *filter.actor;
    }
    if (filter.subject) {
        where << QStringLiteral("subject_id = ?");
        values << *filter.subject;
    }
    if (!filter.action.isEmpty()) {
        where << QStringLiteral("substr(action, 1, ?) = ?");
        values << filter.action.size() << filter.action;
    }
    if (!filter.outcome.isEmpty()) {
        where << QStringLiteral("outcome = ?");
        values << filter.outcome;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << filter.from.toUTC().toString(Qt::ISODateWithMs);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at < ?");
        values << filter.to.toUTC().toString(Qt::ISODateWithMs);
    }
    QString sql = kColumns;
    if (!where.isEmpty())
        sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    sql += filter.limit > 0 ? QStringLiteral(" ORDER BY seq DESC LIMIT %1").arg(filter.limit)
                            : QStringLiteral(" ORDER BY seq");
    QSqlQuery query(m_vault.database());
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    QList<AuditEntry> out;
    if (!query.exec())
        return out;
    while (query.next())
        out.append(entryFrom(query));
    return out;
}

qint64 AuditLog::count() const
{
    QSqlQuery query(m_vault.database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM audit_entry")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

Result<qint64> AuditLog::verify() const
{
    const QString rule = QStringLiteral("R-AUTH-3");
    QSqlQuery query(m_vault.database());
    if (!query.exec(kColumns + QStringLiteral("ORDER BY seq")))
        return fail(ErrorCode::Io, query.lastError().text());
    QString previous = kGenesis;
    qint64 expectedSeq = 1;
    qint64 checked = 0;
    while (query.next()) {
        const AuditEntry e = entryFrom(query);
        if (e.seq != expectedSeq)
            return std::unexpected(Error::refused(rule, AuditText::gap(expectedSeq, e.seq)));
        if (e.prevHash != previous || hashOf(e) != e.hash)
            return std::unexpected(Error::refused(rule, AuditText::altered(e.seq)));
        previous = e.hash;
        ++expectedSeq;
        ++checked;
    }
    query.finish();
    QSqlQuery head(m_vault.database());
    const bool hasHead =
        head.exec(QStringLiteral("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")) &&
        head.next();
    if (!hasHead) {
        if (checked == 0)
            return qint64(0);
        return std::unexpected(Error::refused(rule, AuditText::headMissing()));
    }
    const qint64 headSeq = head.value(0).toLongLong();
    if (headSeq > checked)
        return std::unexpected(Error::refused(rule, AuditText::truncated(checked, headSeq)));
    if (headSeq != checked || head.value(1).toString() != previous)
        return std::unexpected(Error::refused(rule, AuditText::headMissing()));
    return checked;
}

} // namespace cv::core
