#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace cv::core {

QString resolveLanguage(const QString& preference)
{
    const QString forced = qEnvironmentVariable("COACHVAULT_LANGUAGE");
    const QString chosen = !forced.isEmpty() ? forced : preference;
    if (chosen == QLatin1String("nl") || chosen == QLatin1String("en"))
        return chosen;
    return QLocale::system().language() == QLocale::Dutch ? QStringLiteral("nl")
                                                          : QStringLiteral("en");
}

bool installTranslations(QCoreApplication& app, const QString& language)
{
    auto* translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/coachvault_") + language)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace cv::core
