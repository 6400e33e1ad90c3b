#pragma once

#include "core/Error.h"
#include "core/people/Person.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cv::core {

class Vault;

// What happened, for the audit trail (R-AUTH-3): every access to personal
// data and every change, allowed or refused.
struct AuditRecord
{
    std::optional<PersonId> actor; // empty: the system itself, or a bootstrap
    QString action;                // e.g. "person.add", "policy.set", "sign-in"
    QString objectType;            // e.g. "person", "policy", "authorisation"
    QString objectId;
    std::optional<PersonId> subject;             // the person whose data it is, if any
    QString outcome = QStringLiteral("allowed"); // "allowed", "refused", "failed"
    QString ruleId;                              // for refusals
    QString detail;                              // no secrets, no customer data
};

struct AuditEntry : AuditRecord
{
    qint64 seq = 0;
    QDateTime at;
    QString prevHash;
    QString hash;
};

struct AuditFilter
{
    std::optional<PersonId> actor;
    std::optional<PersonId> subject; // entries about this person's data
    QString action;                  // prefix match: "person." matches "person.add"
    QString outcome;
    QDateTime from;
    QDateTime to;
    int limit = 0; // 0 = all; newest first when limited
};

// An append-only, hash-chained log. Each entry's hash is BLAKE2b-256 over
// the previous entry's hash and this entry's canonical fields, so an edited,
// removed, inserted or reordered entry breaks the chain; a head record kept
// in the same transaction catches entries cut off the end.
class AuditLog final
{
public:
    explicit AuditLog(Vault& vault);

    Result<qint64> append(const AuditRecord& record);
    QList<AuditEntry> list(const AuditFilter& filter = {}) const;
    qint64 count() const;
    // Refused (R-AUTH-3) naming the first broken entry, or ok with the
    // number of entries checked.
    Result<qint64> verify() const;

    static QString hashOf(const AuditEntry& entry);

private:
    Vault& m_vault;
};

} // namespace cv::core
