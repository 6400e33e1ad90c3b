// coachvault: the desktop application. Parses the command line and hands
// over to ui::AppController; nothing else happens here.

#include "app/gui/CommandLine.h"
#include "app/gui/SignalWatcher.h"
#include "core/playback/ProcessEnd.h"
#include "core/security/ProcessHardening.h"
#include "core/time/Clock.h"
#include "core/vault/KeyStore.h"
#include "ui/AppController.h"
#include "ui/Theme.h"

#include <QApplication>

namespace {

int run(int argc, char** argv)
{
    const bool hardened = cv::core::hardenProcess();

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CoachVault"));
    QApplication::setApplicationName(QStringLiteral("CoachVault"));
    QApplication::setApplicationVersion(QStringLiteral(COACHVAULT_VERSION));
    // The application id of the desktop entry and icon (packaging/).
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.coachvault.CoachVault"));

    const cv::app::GuiOptions options = cv::app::parseCommandLineAndInstallLanguage(app);
    if (!hardened)
        qWarning("coachvault: core dumps could not be disabled");
    cv::ui::Theme::apply(app);
    const cv::app::SignalWatcher signalWatcher;

    cv::core::SystemClock clock;
    cv::core::SystemKeyStore keyStore;
    cv::ui::AppController controller(clock, keyStore);
    cv::ui::AppController::Options start;
    start.demo = options.demo;
    start.vaultPath = options.vaultPath;
    if (!controller.start(start))
        return 1;
    return QApplication::exec();
}

} // namespace

int main(int argc, char** argv)
{
    // Everything run() owns is gone by now; see ProcessEnd.h for why the
    // static destructors are skipped.
    cv::core::endProcess(run(argc, argv));
}
