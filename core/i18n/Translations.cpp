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

ScopedLanguage::ScopedLanguage(const QString& language)
    : m_translator(std::make_unique<QTranslator>())
{
    if (m_translator->load(QStringLiteral(":/i18n/coachvault_") + language))
        QCoreApplication::installTranslator(m_translator.get());
    else
        m_translator.reset();
}

ScopedLanguage::~ScopedLanguage()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

} // namespace cv::core
