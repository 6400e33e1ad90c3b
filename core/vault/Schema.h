#pragma once

#include "core/Error.h"

namespace cv::core {

class SqlCipherConnection;

// The vault's schema, as an ordered list of migrations. The schema version
// is PRAGMA user_version; each migration runs in its own transaction and
// bumps it, so a crash leaves the vault at the last completed version.
// Migrations are never edited once released: a change is a new migration.
class Schema final
{
public:
    static int latestVersion();
    // Migrates from the current user_version up to `target` (0 = latest).
    // Refuses a vault whose version is newer than this build knows.
    static Result<void> migrate(SqlCipherConnection& connection, int target = 0);
    static Result<int> currentVersion(SqlCipherConnection& connection);
};

} // namespace cv::core
