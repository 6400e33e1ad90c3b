#pragma once

#include "core/Error.h"
#include "core/security/SecretBytes.h"
#include "core/vault/VaultKey.h"

#include <QString>

struct sqlite3;

namespace cv::core {

// Writes an encrypted copy of the open vault `db` to `target` under `key`,
// keeping the vault id (file salt), the pinned cipher settings and the
// schema version, and recording `mode` as the copy's key mode. The copy is
// fsync'ed before this returns; `target` must not exist. The rekey then
// renames it over the vault (see Vault::changeCredential).
Result<void> writeRekeyedCopy(sqlite3* db, const QString& target, const SecretBytes& key,
                              const VaultId& id, KeyMode mode);

// fsync() a file, or a directory after a rename inside it.
bool syncPath(const QString& path);

// Removes a vault file together with its -wal and -shm companions.
void removeVaultFiles(const QString& path);

} // namespace cv::core
