#pragma once

#include "core/Error.h"
#include "core/time/Clock.h"
#include "core/vault/VaultKey.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace cv::core {

class KeyStore;
class SqlCipherConnection;

// What unlocks (or, at creation, protects) a vault. Cheap to pass around;
// holds the passphrase or raw key in locked memory.
class VaultCredential final
{
public:
    static VaultCredential keychain(KeyStore& store);
    static VaultCredential passphrase(SecretBytes utf8);
    static VaultCredential ephemeralKey(SecretBytes key); // 32 bytes, demo vaults

    KeyMode mode() const { return m_mode; }
    KeyStore* keyStore() const { return m_store; }
    const SecretBytes& secret() const { return m_secret; }

private:
    VaultCredential(KeyMode mode, KeyStore* store, SecretBytes secret);
    KeyMode m_mode;
    KeyStore* m_store = nullptr;
    SecretBytes m_secret;
};

struct VaultInfo
{
    QString path;
    QString id;
    int formatVersion = 0;
    int schemaVersion = 0;
    QString cipherVersion;
    QString sqliteVersion;
    KeyMode keyMode = KeyMode::Passphrase;
    int pageSizeBytes = 0;
    QDateTime createdUtc;
    bool demo = false;
    qint64 fileSizeBytes = 0;
    QList<QPair<QString, qint64>> counts; // what the vault holds, by kind
};

// One encrypted vault file (SQLCipher), open and unlocked.
//
// The vault fails closed: it refuses to open unless SQLCipher is active
// (PRAGMA cipher_version answers after keying) and the key decrypts the
// file. Cipher settings are pinned by the vault format and recorded inside.
// The schema is migrated to the newest version on open, in order, each step
// in its own transaction.
//
// Threading: a Vault and its QSqlDatabase belong to the thread that opened
// them. Stores built on top take a Vault& and must not outlive it.
class Vault final
{
public:
    struct CreateOptions
    {
        bool demo = false;
        // Tests only: stop migrating at this schema version (0 = newest).
        int schemaVersion = 0;
    };

    // Creates a new vault file; refuses (AlreadyExists) if `path` exists.
    // In keychain mode a fresh random key is written to the keychain first.
    static Result<std::unique_ptr<Vault>> create(const QString& path,
                                                 const VaultCredential& credential,
                                                 const Clock& clock, CreateOptions options);
    static Result<std::unique_ptr<Vault>>
    create(const QString& path, const VaultCredential& credential, const Clock& clock)
    {
        return create(path, credential, clock, CreateOptions{});
    }
    static Result<std::unique_ptr<Vault>>
    open(const QString& path, const VaultCredential& credential, const Clock& clock);
    // Reads the vault id without a key; fails with NotAVault for a missing,
    // empty or plain-SQLite file.
    static Result<VaultId> readId(const QString& path);
    // The schema version this build creates and migrates to.
    static int latestSchemaVersion();

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    // The Qt Sql connection over this vault (our own SQLCipher driver).
    QSqlDatabase database() const;
    // The raw handle, for the vault layer only (blob streaming, rekeying).
    sqlite3* handle() const;

    const QString& path() const { return m_path; }
    const VaultId& id() const { return m_id; }
    KeyMode keyMode() const { return m_mode; }
    const Clock& clock() const { return m_clock; }
    int schemaVersion() const;

    Result<VaultInfo> info() const;

    // Whether `credential` unlocks this vault (the lock screen's check);
    // compares keys in constant time; touches neither the file nor the
    // keychain except to read the keychain key.
    bool accepts(const VaultCredential& credential) const;

    // Re-encrypts the vault under `next` (passwd). Atomic: after a crash at any
    // point the vault opens with the old credential or the new one.
    Result<void> changeCredential(const VaultCredential& next);

    // Writes an encrypted copy of the whole vault to `target` (which must not
    // exist): under the same key, or under `newPassphrase` when one is given.
    // The copy keeps the vault id and is fsync'ed before this returns; the
    // key never touches the disk in the clear.
    Result<void> writeBackup(const QString& target, const SecretBytes* newPassphrase = nullptr);

    // Vault-wide preferences (e.g. "inactivity_lock_minutes").
    QString preference(const QString& key, const QString& fallback = {}) const;
    Result<void> setPreference(const QString& key, const QString& value);

private:
    friend class Transaction;
    Vault(QString path, VaultId id, KeyMode mode, const Clock& clock,
          std::unique_ptr<SqlCipherConnection> connection, SecretBytes key, KeyStore* keyStore);
    Result<void> attach();

    QString m_path;
    VaultId m_id;
    KeyMode m_mode;
    const Clock& m_clock;
    std::unique_ptr<SqlCipherConnection> m_connection;
    SecretBytes m_key;              // locked memory; for accepts() and a failed rekey
    KeyStore* m_keyStore = nullptr; // keychain mode: where the key is kept
    QString m_connectionName;
    int m_transactionDepth = 0; // see Transaction
};

} // namespace cv::core
