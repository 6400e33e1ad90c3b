#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cv::test {

struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QStringList errLines() const;
};

// Runs coachvault-cli (path from $COACHVAULT_CLI, set by CTest) with `args`,
// no standard input, and `env` on top of the test's environment.
CliRun runCli(const QStringList& args, const QProcessEnvironment& extra = {},
              int timeoutMs = 60000);
QString cliPath();
// `coachvault-cli --vault VAULT ARGS…` signed in as `handle` with `pin`
// (COACHVAULT_AS, COACHVAULT_PIN), the clock at `nowIso`, and `extra` on top.
CliRun runAs(const QString& vault, const QString& handle, const QStringList& args,
             const QString& nowIso, const QProcessEnvironment& extra = {},
             const QString& pin = QStringLiteral("123456"));
// The JSON object a `--json` run printed (empty if it printed none).
QJsonObject jsonOf(const CliRun& run);
// `coachvault-cli --vault PATH demo` with the clock at `nowIso` (COACHVAULT_NOW):
// a new vault with the demo content, as the e2e tests start from.
CliRun createDemoVault(const QString& path, const QString& nowIso);

} // namespace cv::test
