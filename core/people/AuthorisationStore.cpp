#include "core/people/AuthorisationStore.h"

#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace cv::core {

namespace {
class AuthorisationText
{
    Q_DECLARE_TR_FUNCTIONS(AuthorisationStore)
public:
    static QString unknown(qint64 id) { return tr("There is no authorisation #%1.").arg(id); }
    static QString alreadyRevoked(qint64 id)
    {
        return tr("Authorisation #%1 is already revoked.").arg(id);
    }
    static QString noPurpose() { return tr("An authorisation names at least one purpose."); }
};
} // namespace

bool Authorisation::covers(Purpose purpose, const QDate& date, const QDateTime& at) const
{
    if (!purposes.contains(purpose) || !validFrom.isValid() || date < validFrom)
        return false;
    if (!confidentialityAcceptedOn.isValid()) // R-AUTH-4: not in force without it
        return false;
    return !revokedAt.isValid() || at < revokedAt;
}

AuthorisationStore::AuthorisationStore(Vault& vault)
    : m_vault(vault)
{}

Result<qint64> AuthorisationStore::add(const Authorisation& a)
{
    if (a.purposes.isEmpty())
        return fail(ErrorCode::BadInput, AuthorisationText::noPurpose());
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral(
        "INSERT INTO authorisation (person_id, purposes, valid_from, confidentiality_accepted_on, "
        "granted_by, granted_at) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(a.person);
    query.addBindValue(purposeNames(a.purposes).join(QLatin1Char(',')));
    query.addBindValue(a.validFrom.toString(Qt::ISODate));
    query.addBindValue(a.confidentialityAcceptedOn.toString(Qt::ISODate));
    query.addBindValue(a.grantedBy);
    query.addBindValue(m_vault.clock().nowUtc());
    if (!query.exec())
        return fail(ErrorCode::Io, query.lastError().text());
    return query.lastInsertId().toLongLong();
}

Result<void> AuthorisationStore::revoke(qint64 id, PersonId by)
{
    const auto existing = find(id);
    if (!existing)
        return fail(ErrorCode::BadInput, AuthorisationText::unknown(id));
    if (existing->isRevoked())
        return fail(ErrorCode::BadInput, AuthorisationText::alreadyRevoked(id));
    QSqlQuery query(m_vault.database());
    query.prepare(
        QStringLiteral("UPDATE authorisation SET revoked_at = ?, revoked_by = ? WHERE id = ?"));
    query.addBindValue(m_vault.clock().nowUtc());
    query.addBindValue(by);
    query.addBindValue(id);
    if (!query.exec())
        return fail(ErrorCode::Io, query.lastError().text());
    return {};
}

QList<Authorisation> AuthorisationStore::select(const QString& where,
                                                const QVariantList& values) const
{
    QList<Authorisation> out;
    QSqlQuery query(m_vault.database());
    query.prepare(
        QStringLiteral("SELECT id, person_id, purposes, valid_from, confidentiality_accepted_on, "
                       "granted_by, granted_at, revoked_at, revoked_by FROM authorisation ") +
        where + QStringLiteral(" ORDER BY id"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return out;
    while (query.next()) {
        Authorisation a;
        a.id = query.value(0).toLongLong();
        a.person = query.value(1).toLongLong();
        for (const QString& name :
             query.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (auto purpose = purposeFromName(name))
                a.purposes.append(*purpose);
        }
        a.validFrom = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        a.confidentialityAcceptedOn = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        a.grantedBy = query.value(5).toLongLong();
        a.grantedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
        a.revokedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
        a.revokedBy = query.value(8).toLongLong();
        out.append(a);
    }
    return out;
}

std::optional<Authorisation> AuthorisationStore::find(qint64 id) const
{
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Authorisation>(found.first());
}

QList<Authorisation> AuthorisationStore::forPerson(PersonId person) const
{
    return select(QStringLiteral("WHERE person_id = ?"), {person});
}

QList<Authorisation> AuthorisationStore::all() const
{
    return select({}, {});
}

} // namespace cv::core
