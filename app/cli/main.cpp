// coachvault-cli: the command line over the core. Parses, dispatches to a
// registered command, and exits with the code the command returns.
#include "app/cli/CliContext.h"
#include "app/cli/CliSession.h"
#include "app/cli/CommandRegistry.h"
#include "core/i18n/Translations.h"
#include "core/security/ProcessHardening.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

using cv::cli::CliContext;
using cv::cli::Command;
using cv::cli::CommandRegistry;

namespace {

void print(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
}

QString overview(const CommandRegistry& registry)
{
    QString text = CliContext::tr("Usage: coachvault-cli [--vault PATH] [--passphrase-file FILE] "
                                  "[--json] COMMAND [ARGS…]\n\nCommands:\n");
    qsizetype width = 0; // the longest name and two spaces, so names never run into summaries
    for (const Command& command : registry.all())
        width = std::max(width, command.name.size() + 2);
    for (const Command& command : registry.all())
        text += QStringLiteral("  %1%2\n").arg(command.name, -int(width)).arg(command.summary);
    text += CliContext::tr("\n'coachvault-cli COMMAND --help' describes one command.\n"
                           "Exit codes: 0 ok, 2 usage, 3 refused by a rule, 4 bad input, "
                           "5 locked, 1 other.\n");
    return text;
}

// The command named by the leading positional words ("audit verify" before
// "audit"), and how many words it took.
std::pair<const Command*, int> findCommand(const CommandRegistry& registry,
                                           const QStringList& words)
{
    if (words.size() >= 2) {
        if (const Command* two = registry.find(words[0] + QLatin1Char(' ') + words[1]))
            return {two, 2};
    }
    if (!words.isEmpty()) {
        if (const Command* one = registry.find(words[0]))
            return {one, 1};
    }
    return {nullptr, 0};
}

} // namespace

int main(int argc, char* argv[])
{
    const bool hardened = cv::core::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("coachvault-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("CoachVault"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COACHVAULT_VERSION));
    cv::core::installTranslations(app, cv::core::resolveLanguage(QString()));
    if (!hardened)
        print(stderr,
              CliContext::tr("coachvault-cli: warning: core dumps could not be disabled\n"));

    CommandRegistry registry;
    cv::cli::registerVaultCommands(registry);
    cv::cli::registerPeopleCommands(registry);
    cv::cli::registerPolicyAuditCommands(registry);
    cv::cli::registerRecordingCommands(registry);
    cv::cli::registerTemplateCommands(registry);
    cv::cli::registerEvaluationCommands(registry);
    cv::cli::registerFeedbackCommands(registry);
    cv::cli::registerRetentionCommands(registry);
    cv::cli::registerClipCommands(registry);
    cv::cli::registerTranscriptCommands(registry);

    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CliContext::tr("Show help."));
    const QCommandLineOption version(QStringLiteral("version"),
                                     CliContext::tr("Show the version."));

    // First pass: global options up to the command name.
    QCommandLineParser probe;
    CliContext::addGlobalOptions(probe);
    cv::cli::addSignInOptions(probe);
    probe.addOption(help);
    probe.addOption(version);
    probe.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const cv::core::SystemClock clock;
    if (!probe.parse(app.arguments())) {
        CliContext context(probe, {}, clock);
        return context.usage(probe.errorText());
    }
    if (probe.isSet(version)) {
        print(stdout,
              QStringLiteral("coachvault-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    const auto [command, words] = findCommand(registry, probe.positionalArguments());
    if (!command) {
        if (probe.isSet(help) || probe.positionalArguments().value(0) == QLatin1String("help")) {
            print(stdout, overview(registry));
            return 0;
        }
        CliContext context(probe, {}, clock);
        const QString name = probe.positionalArguments().value(0);
        return context.usage(
            name.isEmpty()
                ? CliContext::tr("No command given; 'coachvault-cli --help' lists the commands.")
                : CliContext::tr(
                      "Unknown command '%1'; 'coachvault-cli --help' lists the commands.")
                      .arg(name));
    }

    // Second pass: the command's own options, and the global ones anywhere.
    QCommandLineParser parser;
    CliContext::addGlobalOptions(parser);
    cv::cli::addSignInOptions(parser);
    parser.addOption(help);
    parser.addOptions(command->options);
    const bool parsed = parser.parse(app.arguments());
    QStringList positional = parser.positionalArguments().mid(words);
    CliContext context(parser, positional, clock);
    if (!parsed)
        return context.usage(parser.errorText());
    if (parser.isSet(help)) {
        parser.setApplicationDescription(command->summary);
        QString text = parser.helpText();
        text.replace(QLatin1String("[options]"),
                     command->name + QStringLiteral(" [options] ") + command->positionalSyntax);
        print(stdout, text);
        return 0;
    }
    if (positional.size() < command->minPositional || positional.size() > command->maxPositional)
        return context.usage(CliContext::tr("Usage: coachvault-cli %1 [options] %2")
                                 .arg(command->name, command->positionalSyntax)
                                 .trimmed());
    return command->run(context);
}
