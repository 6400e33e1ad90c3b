#include "core/vault/Vault.h"

#include "core/vault/FaultInjection.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Schema.h"
#include "core/vault/SqlCipherConnection.h"
#include "core/vault/SqlCipherDriver.h"
#include "core/vault/VaultRekey.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <sodium.h>
#include <sqlite3.h>

#include <cstdio>

namespace cv::core {

namespace {

class VaultText
{
    Q_DECLARE_TR_FUNCTIONS(Vault)
public:
    static QString badKeyLength() { return tr("A vault key must be 32 bytes."); }
    static QString notOurs(const QString& path)
    {
        return tr("%1 is an encrypted database but not a CoachVault vault.").arg(path);
    }
    static QString unknownFormat(const QString& path, const QString& format)
    {
        return tr("%1 uses vault format %2, which this version of CoachVault does not know.")
            .arg(path, format);
    }
    static QString backupExists(const QString& path)
    {
        return tr("%1 already exists; a backup never overwrites a file.").arg(path);
    }
    static QString busy()
    {
        return tr("The vault is in use by another program; close it there and try again.");
    }
    static QString renameFailed(const QString& why)
    {
        return tr("Replacing the vault file failed (%1); the vault is unchanged.").arg(why);
    }
    static QString shortPassphrase()
    {
        return tr("A vault passphrase needs at least %1 characters.")
            .arg(PassphraseKdf::kMinLengthBytes);
    }
    static QString noKeyStore() { return tr("No keychain was given for a keychain vault."); }
};

// The key for `credential` and vault `id`. For a keychain vault this reads
// the current entry; rekey recovery (the staged entry) is handled by open().
Result<SecretBytes> keyFor(const VaultCredential& credential, const VaultId& id)
{
    switch (credential.mode()) {
    case KeyMode::Keychain:
        if (!credential.keyStore())
            return fail(ErrorCode::Internal, VaultText::noKeyStore());
        return credential.keyStore()->readKey(id.keychainAccount());
    case KeyMode::Passphrase:
        return PassphraseKdf::derive(credential.secret(), id);
    case KeyMode::Ephemeral:
        if (credential.secret().size() != kVaultKeyBytes)
            return fail(ErrorCode::Usage, VaultText::badKeyLength());
        return credential.secret().clone();
    }
    return fail(ErrorCode::Internal, VaultText::badKeyLength());
}

// A fresh key to protect a vault with under `credential` (creation, rekey).
Result<SecretBytes> newKeyFor(const VaultCredential& credential, const VaultId& id)
{
    if (credential.mode() == KeyMode::Keychain)
        return SecretBytes::random(kVaultKeyBytes);
    if (credential.mode() == KeyMode::Passphrase &&
        credential.secret().size() < PassphraseKdf::kMinLengthBytes)
        return fail(ErrorCode::BadInput, VaultText::shortPassphrase());
    return keyFor(credential, id);
}

Result<void> writeMeta(SqlCipherConnection& connection, const QString& key, const QString& value)
{
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(connection.handle(),
                       "INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?1, ?2);", -1, &stmt,
                       nullptr);
    const QByteArray k = key.toUtf8();
    const QByteArray v = value.toUtf8();
    sqlite3_bind_text(stmt, 1, k.constData(), int(k.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(stmt, 2, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return std::unexpected(sqliteError(connection.handle(), rc, QStringLiteral("vault_meta")));
    return {};
}

QString readMeta(SqlCipherConnection& connection, const char* key)
{
    const auto value =
        connection.queryText(QStringLiteral("SELECT value FROM vault_meta WHERE key = '") +
                             QLatin1String(key) + QStringLiteral("';"));
    return value ? *value : QString();
}

} // namespace

// ---- credential ---------------------------------------------------------

VaultCredential::VaultCredential(KeyMode mode, KeyStore* store, SecretBytes secret)
    : m_mode(mode)
    , m_store(store)
    , m_secret(std::move(secret))
{}

VaultCredential VaultCredential::keychain(KeyStore& store)
{
    return VaultCredential(KeyMode::Keychain, &store, {});
}

VaultCredential VaultCredential::passphrase(SecretBytes utf8)
{
    return VaultCredential(KeyMode::Passphrase, nullptr, std::move(utf8));
}

VaultCredential VaultCredential::ephemeralKey(SecretBytes key)
{
    return VaultCredential(KeyMode::Ephemeral, nullptr, std::move(key));
}

// ---- vault --------------------------------------------------------------

Vault::Vault(QString path, VaultId id, KeyMode mode, const Clock& clock,
             std::unique_ptr<SqlCipherConnection> connection, SecretBytes key, KeyStore* keyStore)
    : m_path(std::move(path))
    , m_id(std::move(id))
    , m_mode(mode)
    , m_clock(clock)
    , m_connection(std::move(connection))
    , m_key(std::move(key))
    , m_keyStore(keyStore)
{}

Vault::~Vault()
{
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_connection.reset();
}

int Vault::latestSchemaVersion()
{
    return Schema::latestVersion();
}

Result<void> Vault::attach()
{
    static QAtomicInteger<quint64> serial;
    m_connectionName =
        QStringLiteral("coachvault-%1-%2").arg(m_id.hex()).arg(serial.fetchAndAddRelaxed(1));
    QSqlDatabase::addDatabase(new SqlCipherDriver(m_connection->handle()), m_connectionName);
    return {};
}

QSqlDatabase Vault::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3* Vault::handle() const
{
    return m_connection ? m_connection->handle() : nullptr;
}

int Vault::schemaVersion() const
{
    const auto version = Schema::currentVersion(*m_connection);
    return version ? *version : 0;
}

Result<VaultId> Vault::readId(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return fail(ErrorCode::NotAVault,
                    QCoreApplication::translate("Vault", "There is no vault at %1.").arg(path));
    if (SqlCipherConnection::looksLikePlainSqlite(path))
        return fail(ErrorCode::NotAVault,
                    QCoreApplication::translate(
                        "Vault",
                        "%1 is an unencrypted SQLite database, not a CoachVault vault; it is "
                        "refused.")
                        .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || info.size() < 512)
        return fail(ErrorCode::NotAVault, QCoreApplication::translate(
                                              "Vault", "%1 is too short to be a CoachVault vault.")
                                              .arg(path));
    return VaultId(file.read(qint64(kVaultSaltBytes)));
}

Result<std::unique_ptr<Vault>> Vault::create(const QString& path, const VaultCredential& credential,
                                             const Clock& clock, CreateOptions options)
{
    if (QFileInfo::exists(path))
        return fail(ErrorCode::AlreadyExists,
                    QCoreApplication::translate(
                        "Vault", "%1 already exists; CoachVault will not overwrite it.")
                        .arg(path));
    const VaultId id = VaultId::generate();
    auto key = newKeyFor(credential, id);
    if (!key)
        return std::unexpected(key.error());
    if (credential.mode() == KeyMode::Keychain) {
        if (auto stored = credential.keyStore()->writeKey(id.keychainAccount(), *key); !stored)
            return std::unexpected(stored.error());
    }
    auto undo = [&](Error error) -> Result<std::unique_ptr<Vault>> {
        removeVaultFiles(path);
        if (credential.mode() == KeyMode::Keychain)
            (void)credential.keyStore()->removeKey(id.keychainAccount());
        return std::unexpected(std::move(error));
    };

    auto connection =
        SqlCipherConnection::open(path, *key, id, SqlCipherConnection::Mode::CreateNew);
    if (!connection) {
        if (connection.error().code == ErrorCode::AlreadyExists)
            return std::unexpected(connection.error());
        return undo(connection.error());
    }
    if (auto migrated = Schema::migrate(**connection, options.schemaVersion); !migrated)
        return undo(migrated.error());
    const QList<QPair<QString, QString>> meta{
        {QStringLiteral("format_version"), QString::number(CipherSettings::kFormatVersion)},
        {QStringLiteral("created_at"), clock.nowUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("key_mode"), keyModeName(credential.mode())},
        {QStringLiteral("cipher_page_size"), QString::number(CipherSettings::kPageSizeBytes)},
        {QStringLiteral("kdf"), QStringLiteral("argon2id13 ops=%1 mem=%2")
                                    .arg(PassphraseKdf::kOpsLimit)
                                    .arg(PassphraseKdf::kMemLimitBytes)},
        {QStringLiteral("demo"), options.demo ? QStringLiteral("1") : QStringLiteral("0")},
    };
    for (const auto& [k, v] : meta) {
        if (auto written = writeMeta(**connection, k, v); !written)
            return undo(written.error());
    }
    std::unique_ptr<Vault> vault(new Vault(path, id, credential.mode(), clock,
                                           std::move(*connection), std::move(*key),
                                           credential.keyStore()));
    vault->attach();
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& path, const VaultCredential& credential,
                                           const Clock& clock)
{
    auto id = readId(path);
    if (!id)
        return std::unexpected(id.error());
    // A rekey killed before its rename leaves an encrypted temporary copy.
    removeVaultFiles(path + QStringLiteral(".rekey"));

    auto key = keyFor(credential, *id);
    Result<std::unique_ptr<SqlCipherConnection>> connection = std::unexpected(Error{});
    if (key)
        connection =
            SqlCipherConnection::open(path, *key, *id, SqlCipherConnection::Mode::OpenExisting);
    else
        connection = std::unexpected(key.error());

    if (credential.mode() == KeyMode::Keychain) {
        KeyStore& store = *credential.keyStore();
        const bool currentFailed =
            !connection && (connection.error().code == ErrorCode::WrongKey ||
                            connection.error().code == ErrorCode::KeyNotFound);
        if (currentFailed) {
            // A rekey was interrupted after the new file replaced the old
            // one but before the keychain's current entry was updated.
            if (auto staged = store.readKey(id->stagedKeychainAccount())) {
                auto retried = SqlCipherConnection::open(path, *staged, *id,
                                                         SqlCipherConnection::Mode::OpenExisting);
                if (retried) {
                    if (auto promoted = store.writeKey(id->keychainAccount(), *staged); !promoted)
                        return std::unexpected(promoted.error());
                    connection = std::move(retried);
                    key = std::move(*staged);
                }
            }
        }
        if (connection)
            (void)store.removeKey(id->stagedKeychainAccount()); // a rekey that never finished
    }
    if (!connection)
        return std::unexpected(connection.error());

    auto hasMeta = (*connection)
                       ->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                                 "'table' AND name = 'vault_meta';"));
    if (!hasMeta || *hasMeta != 1)
        return fail(ErrorCode::NotAVault, VaultText::notOurs(path));
    const QString format = readMeta(**connection, "format_version");
    if (format != QString::number(CipherSettings::kFormatVersion))
        return fail(ErrorCode::NotAVault, VaultText::unknownFormat(path, format));
    if (auto migrated = Schema::migrate(**connection); !migrated)
        return std::unexpected(migrated.error());

    std::unique_ptr<Vault> vault(new Vault(path, *id, credential.mode(), clock,
                                           std::move(*connection), std::move(*key),
                                           credential.keyStore()));
    vault->attach();
    return vault;
}

bool Vault::accepts(const VaultCredential& credential) const
{
    auto key = keyFor(credential, m_id);
    return key && key->equals(m_key);
}

Result<VaultInfo> Vault::info() const
{
    VaultInfo info;
    info.path = QFileInfo(m_path).absoluteFilePath();
    info.id = m_id.hex();
    info.formatVersion = readMeta(*m_connection, "format_version").toInt();
    info.schemaVersion = schemaVersion();
    info.cipherVersion =
        m_connection->queryText(QStringLiteral("PRAGMA cipher_version;")).value_or(QString());
    info.sqliteVersion = QString::fromLatin1(sqlite3_libversion());
    info.keyMode = m_mode;
    info.pageSizeBytes =
        int(m_connection->queryInt(QStringLiteral("PRAGMA page_size;")).value_or(0));
    info.createdUtc =
        QDateTime::fromString(readMeta(*m_connection, "created_at"), Qt::ISODateWithMs);
    info.demo = readMeta(*m_connection, "demo") == QLatin1String("1");
    info.fileSizeBytes = QFileInfo(m_path).size();
    const std::pair<const char*, const char*> counted[] = {
        {"persons", "person"},
        {"authorisations", "authorisation"},
        {"policyVersions", "policy_version"},
        {"auditEntries", "audit_entry"},
        {"recordings", "recording WHERE id NOT IN (SELECT recording_id FROM recording_tombstone)"},
        {"destroyedRecordings", "recording_tombstone"},
        {"scorecardVersions", "scorecard_version"},
        {"evaluations", "evaluation"},
    };
    for (const auto& [kind, table] : counted) {
        const auto count =
            m_connection->queryInt(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        if (count)
            info.counts.append({QString::fromLatin1(kind), *count});
    }
    return info;
}

QString Vault::preference(const QString& key, const QString& fallback) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM preferences WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

Result<void> Vault::setPreference(const QString& key, const QString& value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO preferences (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return fail(ErrorCode::Io, query.lastError().text());
    return {};
}

Result<void> Vault::writeBackup(const QString& target, const SecretBytes* newPassphrase)
{
    if (QFileInfo::exists(target))
        return fail(ErrorCode::AlreadyExists, VaultText::backupExists(target));
    if (!newPassphrase)
        return writeRekeyedCopy(handle(), target, m_key, m_id, m_mode);
    auto key = newKeyFor(VaultCredential::passphrase(newPassphrase->clone()), m_id);
    if (!key)
        return std::unexpected(key.error());
    return writeRekeyedCopy(handle(), target, *key, m_id, KeyMode::Passphrase);
}

Result<void> Vault::changeCredential(const VaultCredential& next)
{
    auto newKey = newKeyFor(next, m_id);
    if (!newKey)
        return std::unexpected(newKey.error());
    KeyStore* store = next.mode() == KeyMode::Keychain ? next.keyStore() : nullptr;
    if (store) {
        if (auto staged = store->writeKey(m_id.stagedKeychainAccount(), *newKey); !staged)
            return std::unexpected(staged.error());
    }
    faultPoint("rekey:staged");

    const QString temporary = m_path + QStringLiteral(".rekey");
    removeVaultFiles(temporary);
    auto abandon = [&](Error error) -> Result<void> {
        removeVaultFiles(temporary);
        if (store)
            (void)store->removeKey(m_id.stagedKeychainAccount());
        return std::unexpected(std::move(error));
    };
    if (auto copied = writeRekeyedCopy(handle(), temporary, *newKey, m_id, next.mode()); !copied)
        return abandon(copied.error());
    faultPoint("rekey:copied");

    // Leave WAL mode so that no -wal file of the old key survives next to
    // the new file; this fails while another program has the vault open.
    const auto journal = m_connection->queryText(QStringLiteral("PRAGMA journal_mode = DELETE;"));
    if (!journal || journal->compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0) {
        (void)m_connection->queryText(QStringLiteral("PRAGMA journal_mode = WAL;"));
        return abandon(Error{ErrorCode::Io, VaultText::busy(), {}});
    }
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_connection.reset();

    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(m_path);
    if (std::rename(from.constData(), to.constData()) != 0) {
        const QString why = QString::fromLocal8Bit(strerror(errno));
        auto reopened =
            SqlCipherConnection::open(m_path, m_key, m_id, SqlCipherConnection::Mode::OpenExisting);
        if (reopened) {
            m_connection = std::move(*reopened);
            attach();
        }
        return abandon(Error{ErrorCode::Io, VaultText::renameFailed(why), {}});
    }
    syncPath(QFileInfo(m_path).absolutePath());
    faultPoint("rekey:renamed");

    if (store) {
        (void)store->writeKey(m_id.keychainAccount(), *newKey);
        (void)store->removeKey(m_id.stagedKeychainAccount());
    } else if (m_mode == KeyMode::Keychain && m_keyStore) {
        // Leaving keychain mode: the old key opens nothing any more.
        (void)m_keyStore->removeKey(m_id.keychainAccount());
    }

    auto connection =
        SqlCipherConnection::open(m_path, *newKey, m_id, SqlCipherConnection::Mode::OpenExisting);
    if (!connection)
        return std::unexpected(connection.error());
    m_connection = std::move(*connection);
    m_mode = next.mode();
    m_keyStore = store;
    m_key = std::move(*newKey);
    return attach();
}

} // namespace cv::core
