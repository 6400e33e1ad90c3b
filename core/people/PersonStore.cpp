#include "core/people/PersonStore.h"

#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace cv::core {

namespace {

class PersonText
{
    Q_DECLARE_TR_FUNCTIONS(PersonStore)
public:
    static QString badHandle(const QString& handle)
    {
        return tr("'%1' is not a valid sign-in name: use 2 to 40 lower-case letters, digits, dots, "
                  "dashes or underscores.")
            .arg(handle);
    }
    static QString taken(const QString& handle)
    {
        return tr("The sign-in name '%1' is already taken.").arg(handle);
    }
    static QString noName() { return tr("A person needs a name."); }
    static QString noRole() { return tr("A person needs at least one role."); }
    static QString unknown(PersonId id) { return tr("There is no person #%1.").arg(id); }
};

Error dbError(const QSqlQuery& query)
{
    return Error{ErrorCode::Io, query.lastError().text(), {}};
}

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

// The person columns in the order both INSERT and UPDATE list them.
void bindFields(QSqlQuery& query, const Person& person)
{
    query.addBindValue(person.handle);
    query.addBindValue(person.displayName.trimmed());
    query.addBindValue(employmentName(person.employment));
    query.addBindValue(protectedStatusName(person.protectedStatus));
    query.addBindValue(dateValue(person.informedOn));
    query.addBindValue(dateValue(person.trainingConsent.givenOn));
    query.addBindValue(person.trainingConsent.scope);
    query.addBindValue(person.active ? 1 : 0);
}

Result<void> validate(const Person& person)
{
    if (!PersonStore::isValidHandle(person.handle))
        return fail(ErrorCode::BadInput, PersonText::badHandle(person.handle));
    if (person.displayName.trimmed().isEmpty())
        return fail(ErrorCode::BadInput, PersonText::noName());
    if (person.roles.isEmpty())
        return fail(ErrorCode::BadInput, PersonText::noRole());
    return {};
}

} // namespace

PersonStore::PersonStore(Vault& vault)
    : m_vault(vault)
{}

bool PersonStore::isValidHandle(const QString& handle)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,39}$"));
    return pattern.match(handle).hasMatch();
}

Result<PersonId> PersonStore::add(const Person& person)
{
    if (auto valid = validate(person); !valid)
        return std::unexpected(valid.error());
    if (findByHandle(person.handle))
        return fail(ErrorCode::BadInput, PersonText::taken(person.handle));
    Transaction transaction(m_vault);
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral(
        "INSERT INTO person (handle, display_name, employment, protected_status, informed_on, "
        "training_consent_on, training_consent_scope, active, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFields(query, person);
    query.addBindValue(m_vault.clock().nowUtc());
    if (!query.exec())
        return std::unexpected(dbError(query));
    const PersonId id = query.lastInsertId().toLongLong();
    if (auto roles = writeRoles(id, person.roles); !roles)
        return std::unexpected(roles.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

Result<void> PersonStore::update(const Person& person)
{
    if (auto valid = validate(person); !valid)
        return valid;
    const auto existing = find(person.id);
    if (!existing)
        return fail(ErrorCode::BadInput, PersonText::unknown(person.id));
    if (const auto other = findByHandle(person.handle); other && other->id != person.id)
        return fail(ErrorCode::BadInput, PersonText::taken(person.handle));
    Transaction transaction(m_vault);
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral(
        "UPDATE person SET handle = ?, display_name = ?, employment = ?, protected_status = ?, "
        "informed_on = ?, training_consent_on = ?, training_consent_scope = ?, active = ? "
        "WHERE id = ?"));
    bindFields(query, person);
    query.addBindValue(person.id);
    if (!query.exec())
        return std::unexpected(dbError(query));
    if (auto roles = writeRoles(person.id, person.roles); !roles)
        return roles;
    return transaction.commit();
}

Result<void> PersonStore::writeRoles(PersonId id, const QList<Role>& roles)
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("DELETE FROM person_role WHERE person_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return std::unexpected(dbError(query));
    for (Role role : roles) {
        query.prepare(
            QStringLiteral("INSERT OR IGNORE INTO person_role (person_id, role) VALUES (?, ?)"));
        query.addBindValue(id);
        query.addBindValue(roleName(role));
        if (!query.exec())
            return std::unexpected(dbError(query));
    }
    return {};
}

QList<Person> PersonStore::select(const QString& where, const QVariantList& values) const
{
    QList<Person> persons;
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral(
                      "SELECT id, handle, display_name, employment, protected_status, informed_on, "
                      "training_consent_on, training_consent_scope, active FROM person ") +
                  where + QStringLiteral(" ORDER BY display_name, id"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return persons;
    while (query.next()) {
        Person p;
        p.id = query.value(0).toLongLong();
        p.handle = query.value(1).toString();
        p.displayName = query.value(2).toString();
        p.employment = employmentFromName(query.value(3).toString()).value_or(Employment::None);
        p.protectedStatus =
            protectedStatusFromName(query.value(4).toString()).value_or(ProtectedStatus::None);
        p.informedOn = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        p.trainingConsent.givenOn = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        p.trainingConsent.scope = query.value(7).toString();
        p.active = query.value(8).toInt() != 0;
        persons.append(p);
    }
    QSqlQuery roles(m_vault.database());
    for (Person& p : persons) {
        roles.prepare(
            QStringLiteral("SELECT role FROM person_role WHERE person_id = ? ORDER BY role"));
        roles.addBindValue(p.id);
        if (roles.exec()) {
            while (roles.next()) {
                if (auto role = roleFromName(roles.value(0).toString()))
                    p.roles.append(*role);
            }
        }
    }
    return persons;
}

std::optional<Person> PersonStore::find(PersonId id) const
{
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Person>(found.first());
}

std::optional<Person> PersonStore::findByHandle(const QString& handle) const
{
    const auto found = select(QStringLiteral("WHERE handle = ?"), {handle});
    return found.isEmpty() ? std::nullopt : std::optional<Person>(found.first());
}

QList<Person> PersonStore::all() const
{
    return select({}, {});
}

qint64 PersonStore::count() const
{
    QSqlQuery query(m_vault.database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM person")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

} // namespace cv::core
