#pragma once

#include <QString>

class QCoreApplication;

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

} // namespace cv::core
