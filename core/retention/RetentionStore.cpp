#include "core/retention/RetentionStore.h"

#include "core/time/StoredTime.h"
#include "core/vault/Vault.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cv::core {

namespace {

Tombstone tombstoneFrom(const QSqlQuery& q)
{
    return Tombstone{q.value(0).toLongLong(), storedUtc(q.value(1)), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString()};
}

const QString kTombstoneColumns =
    QStringLiteral("SELECT recording_id, destroyed_at, rule_id, reason, destroyed_by "
                   "FROM recording_tombstone ");

} // namespace

RetentionStore::RetentionStore(Vault& vault)
    : m_vault(vault)
{}

Result<void> RetentionStore::grant(const RetentionGrant& g)
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO recording_retention (recording_id, consent_on, reason, "
        "until_date, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(g.recording);
    query.addBindValue(g.consentOn.toString(Qt::ISODate));
    query.addBindValue(g.reason);
    query.addBindValue(g.until.toString(Qt::ISODate));
    query.addBindValue(g.recordedBy);
    query.addBindValue(g.recordedUtc.toString(Qt::ISODateWithMs));
    if (!query.exec())
        return std::unexpected(Error{ErrorCode::Internal, query.lastError().text(), {}});
    return {};
}

std::optional<RetentionGrant> RetentionStore::grantFor(RecordingId id) const
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("SELECT consent_on, reason, until_date, recorded_by, recorded_at "
                                 "FROM recording_retention WHERE recording_id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return RetentionGrant{id,
                          QDate::fromString(query.value(0).toString(), Qt::ISODate),
                          query.value(1).toString(),
                          QDate::fromString(query.value(2).toString(), Qt::ISODate),
                          query.value(3).toLongLong(),
                          storedUtc(query.value(4))};
}

std::optional<Tombstone> RetentionStore::tombstone(RecordingId id) const
{
    QSqlQuery query(m_vault.database());
    query.prepare(kTombstoneColumns + QStringLiteral("WHERE recording_id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return tombstoneFrom(query);
}

QList<Tombstone> RetentionStore::tombstones() const
{
    QList<Tombstone> out;
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    if (query.exec(kTombstoneColumns + QStringLiteral("ORDER BY recording_id")))
        while (query.next())
            out << tombstoneFrom(query);
    return out;
}

} // namespace cv::core
