#pragma once

#include <QString>

namespace cv::ui {

// The GUI's own per-user settings (QSettings, organisation "CoachVault").
// Nothing secret is ever stored here: only paths and display preferences.
// Vault-wide settings such as the inactivity lock live in the vault.
class UiSettings final
{
public:
    // "nl", "en", or empty for automatic (resolveLanguage decides).
    static QString language();
    static void setLanguage(const QString& language);

    // The vault file unlocked last, preselected on the unlock screen.
    static QString lastVaultPath();
    static void setLastVaultPath(const QString& path);

    // Where a new vault goes by default: the same place coachvault-cli uses.
    static QString defaultVaultPath();

    // The Inbox's import choices: the purpose last chosen (its core name,
    // e.g. "coaching"; empty when never chosen) and the folder last imported
    // from (where the file choosers open).
    static QString importPurpose();
    static void setImportPurpose(const QString& purposeName);
    static QString lastImportFolder();
    static void setLastImportFolder(const QString& path);
};

} // namespace cv::ui
