#pragma once

#include "core/Error.h"
#include "core/domain/Purpose.h"
#include "core/people/Person.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace cv::core {

class Vault;

// A manager's authorisation of a person to monitor for given purposes
// (R-AUTH-1), with the date the person accepted the duty of confidentiality
// (R-AUTH-4). Revocation keeps the record.
struct Authorisation
{
    qint64 id = 0;
    PersonId person = 0;
    QList<Purpose> purposes;
    QDate validFrom;
    QDate confidentialityAcceptedOn;
    PersonId grantedBy = 0;
    QDateTime grantedAt;
    QDateTime revokedAt;
    PersonId revokedBy = 0;

    bool isRevoked() const { return revokedAt.isValid(); }
    // In force on `date` for `purpose` (not revoked by `at`).
    bool covers(Purpose purpose, const QDate& date, const QDateTime& at) const;
};

class AuthorisationStore final
{
public:
    explicit AuthorisationStore(Vault& vault);

    Result<qint64> add(const Authorisation& authorisation);
    Result<void> revoke(qint64 id, PersonId by);
    std::optional<Authorisation> find(qint64 id) const;
    QList<Authorisation> forPerson(PersonId person) const;
    QList<Authorisation> all() const;

private:
    QList<Authorisation> select(const QString& where, const QVariantList& values) const;
    Vault& m_vault;
};

} // namespace cv::core
