#pragma once

#include "core/Error.h"
#include "core/people/Person.h"
#include "core/policy/Policy.h"

#include <QList>

#include <optional>

namespace cv::core {

class Vault;

// The versions of the policy (R-POLICY-2): append-only; old versions stay
// readable. Private-line numbers are turned into keyed hashes (BLAKE2b with
// a per-vault random key) before anything is stored (R-MIN-1).
class PolicyStore final
{
public:
    explicit PolicyStore(Vault& vault);

    // Stores `policy` as the next version and returns its number.
    Result<int> add(Policy policy, std::optional<PersonId> by);
    std::optional<Policy> version(int number) const;
    QList<Policy> history() const; // oldest first
    // The version in force on `date`: the newest whose effectiveFrom is on or
    // before it and whose works-council consent is recorded (R-POLICY-1).
    std::optional<Policy> activeOn(const QDate& date) const;

    // The keyed hash of a telephone number, normalised (digits only; a
    // leading 0 or 00 read as the Dutch or international prefix).
    QString hashLine(const QString& number) const;
    static QString normaliseNumber(const QString& number);

private:
    QByteArray lineKey() const;
    Vault& m_vault;
    mutable QByteArray m_lineKey;
};

} // namespace cv::core
