#include "core/vault/VaultLocation.h"

#include <QStandardPaths>

namespace cv::core {

QString defaultVaultPath()
{
    const QString fromEnv = qEnvironmentVariable("COACHVAULT_VAULT");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/CoachVault/vault.cvault");
}

} // namespace cv::core
