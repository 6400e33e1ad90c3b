#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace cv::cli {

class CliContext;

// One sub-command of coachvault-cli: its name, a one-line summary, its own
// options and positional arguments, and what it does. `run` returns the
// process exit code (see cv::core::exitCodeFor).
struct Command
{
    QString name;
    QString summary;
    QString positionalSyntax; // e.g. "PERSON", shown in the usage line
    QList<QCommandLineOption> options;
    int minPositional = 0;
    int maxPositional = 0;
    std::function<int(CliContext&)> run;
};

class CommandRegistry final
{
public:
    void add(Command command) { m_commands.append(std::move(command)); }
    const Command* find(const QString& name) const;
    const QList<Command>& all() const { return m_commands; }

private:
    QList<Command> m_commands;
};

// Each group of commands registers itself here.
void registerVaultCommands(CommandRegistry& registry);
void registerPeopleCommands(CommandRegistry& registry);
void registerPolicyAuditCommands(CommandRegistry& registry);
void registerRecordingCommands(CommandRegistry& registry);
void registerTemplateCommands(CommandRegistry& registry);
void registerEvaluationCommands(CommandRegistry& registry);
void registerFeedbackCommands(CommandRegistry& registry);
void registerRetentionCommands(CommandRegistry& registry);
void registerClipCommands(CommandRegistry& registry);
void registerTranscriptCommands(CommandRegistry& registry);

} // namespace cv::cli
