#pragma once

#include <QString>

#include <memory>

class QCoreApplication;
class QTranslator;

namespace cv::core {

// The user interface language: "nl" or "en". `preference` is what the user
// chose ("nl", "en", or empty for automatic). Automatic means Dutch for Dutch
// locales (nl_NL, nl_BE, …) and English otherwise. COACHVAULT_LANGUAGE in the
// environment overrides both (tests, scripts).
QString resolveLanguage(const QString& preference);

// Installs the embedded translations for `language` into `app` (core strings
// and, when linked, UI strings share one catalogue). Returns false if the
// catalogue is missing, which for "en" is normal: source strings are English.
bool installTranslations(QCoreApplication& app, const QString& language);

// Translates into `language` ("nl" or "en") while it lives, on top of what
// is installed: a document in a language other than the interface's (the
// evaluation report). Installing sends a LanguageChange event, so keep it
// short-lived in the GUI. The vault's thread only.
class ScopedLanguage final
{
public:
    explicit ScopedLanguage(const QString& language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

private:
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace cv::core
