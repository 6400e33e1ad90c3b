#pragma once

#include "core/Error.h"
#include "core/people/Person.h"
#include "core/security/SecretBytes.h"

#include <QDateTime>

namespace cv::core {

class Vault;

// Personal credentials: the PIN or password with which a person signs in
// inside an unlocked vault and, later, signs off evaluations. Stored as
// Argon2id hashes (libsodium crypto_pwhash_str, interactive profile).
//
// Guessing is slowed down: after kFreeAttempts consecutive failures the
// credential locks for 30 s, doubling with each further failure up to
// 15 minutes. While locked every attempt is refused without being checked,
// even a right one. A success resets the count. Times come from the vault's
// Clock, so tests can move past a lock.
class CredentialStore final
{
public:
    enum class Kind
    {
        Pin,      // at least 6 digits
        Password, // at least 10 characters
    };

    static constexpr int kFreeAttempts = 3;
    static constexpr qint64 kFirstLockSecs = 30;
    static constexpr qint64 kMaxLockSecs = 15 * 60;

    explicit CredentialStore(Vault& vault);

    Result<void> set(PersonId person, Kind kind, const SecretBytes& secret);
    // WrongKey for a wrong credential or while locked (the message says until
    // when); KeyNotFound when the person has none.
    Result<void> verify(PersonId person, const SecretBytes& secret);
    bool has(PersonId person) const;
    QDateTime lockedUntil(PersonId person) const;

    static Result<void> checkStrength(Kind kind, const SecretBytes& secret);

private:
    Vault& m_vault;
};

} // namespace cv::core
