#include "ui/UiSettings.h"

#include "core/vault/VaultLocation.h"

#include <QSettings>
#include <QStandardPaths>

namespace cv::ui {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kLastVaultKey = QStringLiteral("vault/lastPath");
const QString kImportPurposeKey = QStringLiteral("import/purpose");
const QString kImportFolderKey = QStringLiteral("import/lastFolder");

} // namespace

QString UiSettings::language()
{
    const QString value = QSettings().value(kLanguageKey).toString();
    return value == QLatin1String("nl") || value == QLatin1String("en") ? value : QString();
}

void UiSettings::setLanguage(const QString& language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, language);
}

QString UiSettings::lastVaultPath()
{
    return QSettings().value(kLastVaultKey).toString();
}

void UiSettings::setLastVaultPath(const QString& path)
{
    QSettings().setValue(kLastVaultKey, path);
}

QString UiSettings::defaultVaultPath()
{
    return core::defaultVaultPath();
}

QString UiSettings::importPurpose()
{
    return QSettings().value(kImportPurposeKey).toString();
}

void UiSettings::setImportPurpose(const QString& purposeName)
{
    QSettings().setValue(kImportPurposeKey, purposeName);
}

QString UiSettings::lastImportFolder()
{
    return QSettings().value(kImportFolderKey).toString();
}

void UiSettings::setLastImportFolder(const QString& path)
{
    QSettings().setValue(kImportFolderKey, path);
}

} // namespace cv::ui
