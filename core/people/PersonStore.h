#pragma once

#include "core/Error.h"
#include "core/people/Person.h"

#include <QList>

#include <optional>

namespace cv::core {

class Vault;

// The persons known to a vault, with their roles. Only this class knows the
// person tables. Access decisions are not made here: callers ask the
// RulesEngine first (see Administration).
class PersonStore final
{
public:
    explicit PersonStore(Vault& vault);

    Result<PersonId> add(const Person& person);
    Result<void> update(const Person& person);
    std::optional<Person> find(PersonId id) const;
    std::optional<Person> findByHandle(const QString& handle) const;
    QList<Person> all() const;
    qint64 count() const;

    // Handles are lower-case letters, digits, dots, dashes and underscores.
    static bool isValidHandle(const QString& handle);

private:
    Result<void> writeRoles(PersonId id, const QList<Role>& roles);
    QList<Person> select(const QString& where, const QVariantList& values) const;
    Vault& m_vault;
};

} // namespace cv::core
