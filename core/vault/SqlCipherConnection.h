#pragma once

#include "core/Error.h"
#include "core/security/SecretBytes.h"
#include "core/vault/VaultKey.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace cv::core {

// The cipher settings of vault format 1, pinned on every open because
// SQLCipher 3.4's defaults differ from 4.x's and a silent change of default
// would make a vault unreadable. Recorded inside the vault as well.
struct CipherSettings
{
    // 64 KiB pages, chosen by tests/bench/bench_vault_pagesize: writing a
    // 1-hour call (57.6 MB in 256 KiB chunks) takes 0.46x the time of 4 KiB
    // pages (0.22 s vs 0.49 s here); small single-row transactions cost
    // 5.9x as much but stay at ~0.2 ms each, far below anything a user
    // notices. Audio import is the hot path, so the big pages win.
    static constexpr int kPageSizeBytes = 65536;
    static constexpr int kKdfIter = 64000;   // unused with raw keys; pinned anyway
    static constexpr int kFastKdfIter = 2;   // HMAC key derivation (3.x default)
    static constexpr bool kUseHmac = true;   // authenticate every page
    static constexpr int kFormatVersion = 1; // bump when any of the above changes
};

// One keyed sqlite3 handle over SQLCipher, owned. The vault's lowest layer:
// it opens, keys, pins the cipher settings, proves that SQLCipher is really
// active and that the key is right, and applies the connection pragmas
// (WAL, foreign keys, secure_delete, full sync).
//
// This file is also compiled against plain SQLite by a test, which proves
// that the vault then refuses to open (fail closed).
class SqlCipherConnection final
{
public:
    enum class Mode
    {
        CreateNew,    // the file must not exist; created 0600
        OpenExisting, // the file must exist and decrypt with the key
    };

    static Result<std::unique_ptr<SqlCipherConnection>>
    open(const QString& path, const SecretBytes& key, const VaultId& id, Mode mode);

    ~SqlCipherConnection();
    SqlCipherConnection(const SqlCipherConnection&) = delete;
    SqlCipherConnection& operator=(const SqlCipherConnection&) = delete;

    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }

    // Runs one or more statements without results (migrations, pragmas).
    Result<void> exec(const QString& sql);
    // The first column of the first row as text (empty if no row).
    Result<QString> queryText(const QString& sql);
    Result<qint64> queryInt(const QString& sql);

    // Plain SQLite starts with this header; a vault never does.
    static bool looksLikePlainSqlite(const QString& path);

    // "x'<key hex><salt hex>'": SQLCipher's raw-key form with explicit salt.
    static SecretBytes rawKeySpec(const SecretBytes& key, const VaultId& id);

    // Applies the pinned cipher settings; must follow keying, precede access.
    static Result<void> applyCipherSettings(sqlite3* db, const char* schema);

private:
    SqlCipherConnection(sqlite3* db, QString path);
    Result<void> verifyAndConfigure(Mode mode);

    sqlite3* m_db = nullptr;
    QString m_path;
};

Error sqliteError(sqlite3* db, int rc, const QString& what);

} // namespace cv::core
