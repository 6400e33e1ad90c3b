#pragma once

#include "core/Error.h"
#include "core/security/SecretBytes.h"

#include <QByteArray>

namespace cv::core {

// How a vault's 256-bit key is obtained.
enum class KeyMode
{
    Keychain,   // a random key kept in the OS keychain under the vault's id
    Passphrase, // derived from a passphrase with Argon2id (fixed profile below)
    Ephemeral,  // a random key held only in memory (the throwaway demo vault)
};

QString keyModeName(KeyMode mode); // "keychain", "passphrase", "ephemeral"

constexpr std::size_t kVaultKeyBytes = 32;  // AES-256
constexpr std::size_t kVaultSaltBytes = 16; // SQLCipher's file salt = the vault id

// The vault's identity: SQLCipher's 16-byte file salt, which the vault
// creator chooses and which stays the same across rekeying. It names the
// keychain entry and salts the passphrase KDF, so no plaintext header or
// sidecar file is needed.
class VaultId final
{
public:
    VaultId() = default;
    explicit VaultId(QByteArray salt);
    static VaultId generate();
    bool isValid() const { return m_salt.size() == qsizetype(kVaultSaltBytes); }
    const QByteArray& salt() const { return m_salt; }
    QString hex() const;
    // The keychain account holding the current key, and the one holding a
    // key staged during a rekey.
    QString keychainAccount() const;
    QString stagedKeychainAccount() const;
    bool operator==(const VaultId&) const = default;

private:
    QByteArray m_salt;
};

// Argon2id profile 1 (libsodium crypto_pwhash, MODERATE): 3 passes, 256 MiB.
// About 0.5 s on the reference machine. The profile is part of the vault
// format; a later format may raise it and migrate at the next rekey.
struct PassphraseKdf
{
    // New passphrases (create, change) need at least this many UTF-8 bytes.
    static constexpr std::size_t kMinLengthBytes = 12;
    static constexpr unsigned long long kOpsLimit = 3;
    static constexpr std::size_t kMemLimitBytes = 256u * 1024u * 1024u;
    static Result<SecretBytes> derive(const SecretBytes& passphraseUtf8, const VaultId& id);
};

} // namespace cv::core
