#include "core/vault/Schema.h"

#include "core/vault/SqlCipherConnection.h"

#include <QCoreApplication>

#include <array>

namespace cv::core {

namespace {

class SchemaText
{
    Q_DECLARE_TR_FUNCTIONS(Vault)
public:
    static QString tooNew(int found, int known)
    {
        return tr("This vault has schema version %1, written by a newer CoachVault; this version "
                  "understands up to %2. Update CoachVault to open it.")
            .arg(found)
            .arg(known);
    }
    static QString failed(int version, const QString& why)
    {
        return tr("Upgrading the vault to schema version %1 failed; it was left unchanged: %2")
            .arg(version)
            .arg(why);
    }
};

struct Migration
{
    int version;
    const char* sql;
};

// Portable SQL only (the stores may later run on PostgreSQL).
constexpr std::array kMigrations{
    Migration{1, R"sql(
        CREATE TABLE vault_meta (
            key   TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        );
    )sql"},
    // Preferences the user may change move out of the format metadata.
    Migration{2, R"sql(
        CREATE TABLE preferences (
            key   TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        );
        INSERT INTO preferences (key, value)
            SELECT key, value FROM vault_meta WHERE key = 'inactivity_lock_minutes';
        DELETE FROM vault_meta WHERE key = 'inactivity_lock_minutes';
    )sql"},
};

} // namespace

int Schema::latestVersion()
{
    return kMigrations.back().version;
}

Result<int> Schema::currentVersion(SqlCipherConnection& connection)
{
    auto version = connection.queryInt(QStringLiteral("PRAGMA user_version;"));
    if (!version)
        return std::unexpected(version.error());
    return int(*version);
}

Result<void> Schema::migrate(SqlCipherConnection& connection, int target)
{
    if (target <= 0 || target > latestVersion())
        target = latestVersion();
    auto current = currentVersion(connection);
    if (!current)
        return std::unexpected(current.error());
    if (*current > latestVersion())
        return fail(ErrorCode::NotAVault, SchemaText::tooNew(*current, latestVersion()));

    for (const Migration& migration : kMigrations) {
        if (migration.version <= *current || migration.version > target)
            continue;
        const QString sql = QStringLiteral("BEGIN IMMEDIATE;") + QString::fromUtf8(migration.sql) +
                            QStringLiteral("PRAGMA user_version = ") +
                            QString::number(migration.version) + QStringLiteral("; COMMIT;");
        if (auto ran = connection.exec(sql); !ran) {
            (void)connection.exec(QStringLiteral("ROLLBACK;"));
            return fail(ran.error().code,
                        SchemaText::failed(migration.version, ran.error().message));
        }
    }
    return {};
}

} // namespace cv::core
