#include "core/vault/VaultRekey.h"

#include "core/vault/SqlCipherConnection.h"

#include <QFile>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

namespace cv::core {

namespace {

class RekeyText
{
    Q_DECLARE_TR_FUNCTIONS(Vault)
public:
    static QString failed(const QString& why)
    {
        return tr("Re-encrypting the vault failed: %1").arg(why);
    }
};

struct Statement
{
    sqlite3_stmt* stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};

Result<void> run(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString why = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return fail(ErrorCode::Io, RekeyText::failed(why));
    }
    return {};
}

} // namespace

bool syncPath(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

void removeVaultFiles(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

Result<void> writeRekeyedCopy(sqlite3* db, const QString& target, const SecretBytes& key,
                              const VaultId& id, KeyMode mode)
{
    const QByteArray nativeTarget = QFile::encodeName(target);
    const int fd = ::open(nativeTarget.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(ErrorCode::Io, RekeyText::failed(QString::fromLocal8Bit(strerror(errno))));
    ::close(fd);

    auto cleanup = [&](Error error) -> Result<void> {
        (void)run(db, "DETACH DATABASE rekeyed;");
        removeVaultFiles(target);
        return std::unexpected(std::move(error));
    };

    {
        Statement attach;
        int rc = sqlite3_prepare_v2(db, "ATTACH DATABASE ?1 AS rekeyed KEY ?2;", -1, &attach.stmt,
                                    nullptr);
        const SecretBytes spec = SqlCipherConnection::rawKeySpec(key, id);
        if (rc == SQLITE_OK)
            rc = sqlite3_bind_text(attach.stmt, 1, nativeTarget.constData(),
                                   int(nativeTarget.size()), SQLITE_STATIC);
        if (rc == SQLITE_OK) // bound without a copy: the spec stays in locked memory
            rc = sqlite3_bind_text(attach.stmt, 2, reinterpret_cast<const char*>(spec.data()),
                                   int(spec.size()), SQLITE_STATIC);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(attach.stmt);
        if (rc != SQLITE_DONE) {
            removeVaultFiles(target);
            return fail(ErrorCode::Io, RekeyText::failed(QString::fromUtf8(sqlite3_errmsg(db))));
        }
    }
    if (auto pinned = SqlCipherConnection::applyCipherSettings(db, "rekeyed"); !pinned)
        return cleanup(pinned.error());
    if (auto exported = run(db, "SELECT sqlcipher_export('rekeyed');"); !exported)
        return cleanup(exported.error());

    // sqlcipher_export copies tables, not every header field: carry the
    // schema version and record the new key mode explicitly.
    {
        Statement version;
        sqlite3_prepare_v2(db, "PRAGMA main.user_version;", -1, &version.stmt, nullptr);
        const int userVersion =
            sqlite3_step(version.stmt) == SQLITE_ROW ? sqlite3_column_int(version.stmt, 0) : 0;
        const QByteArray setVersion =
            "PRAGMA rekeyed.user_version = " + QByteArray::number(userVersion) + ";";
        if (auto set = run(db, setVersion.constData()); !set)
            return cleanup(set.error());
    }
    {
        Statement update;
        sqlite3_prepare_v2(db, "UPDATE rekeyed.vault_meta SET value = ?1 WHERE key = 'key_mode';",
                           -1, &update.stmt, nullptr);
        const QByteArray modeName = keyModeName(mode).toUtf8();
        sqlite3_bind_text(update.stmt, 1, modeName.constData(), int(modeName.size()),
                          SQLITE_TRANSIENT);
        if (sqlite3_step(update.stmt) != SQLITE_DONE)
            return cleanup(
                Error{ErrorCode::Io, RekeyText::failed(QString::fromUtf8(sqlite3_errmsg(db))), {}});
    }
    if (auto detached = run(db, "DETACH DATABASE rekeyed;"); !detached) {
        removeVaultFiles(target);
        return detached;
    }
    if (!syncPath(target)) {
        removeVaultFiles(target);
        return fail(ErrorCode::Io, RekeyText::failed(QStringLiteral("fsync")));
    }
    return {};
}

} // namespace cv::core
