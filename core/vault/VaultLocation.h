#pragma once

#include <QString>

namespace cv::core {

// Where a vault lives when nobody names one: $COACHVAULT_VAULT, else
// <user data folder>/CoachVault/vault.cvault. The GUI and the CLI agree.
QString defaultVaultPath();

} // namespace cv::core
