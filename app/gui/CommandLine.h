#pragma once

#include <QString>

class QApplication;

namespace cv::app {

// What `coachvault` was asked to do on its command line.
struct GuiOptions
{
    bool demo = false; // --demo: a throwaway demo vault, no unlock screen
    QString vaultPath; // --vault PATH: preselected on the unlock screen
    QString language;  // "nl" or "en": --language, else settings and locale
};

// Installs the interface language first (so --help is translated), then
// parses the arguments. Exits the process on --help, --version and usage
// errors, as QCommandLineParser does.
GuiOptions parseCommandLineAndInstallLanguage(QApplication& app);

} // namespace cv::app
