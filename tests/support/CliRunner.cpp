#include "tests/support/CliRunner.h"

#include <QJsonDocument>
#include <QProcess>

namespace cv::test {

QStringList CliRun::errLines() const
{
    return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString cliPath()
{
    return qEnvironmentVariable("COACHVAULT_CLI");
}

CliRun runCli(const QStringList& args, const QProcessEnvironment& extra, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(cliPath(), args);
    CliRun run;
    if (!process.waitForStarted()) {
        run.crashed = true;
        run.err =
            "cannot start coachvault-cli at '" + cliPath().toUtf8() + "' (set COACHVAULT_CLI)";
        return run;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.crashed = true;
    }
    run.crashed = run.crashed || process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

CliRun runAs(const QString& vault, const QString& handle, const QStringList& args,
             const QString& nowIso, const QProcessEnvironment& extra, const QString& pin)
{
    QProcessEnvironment env = extra;
    env.insert(QStringLiteral("COACHVAULT_AS"), handle);
    env.insert(QStringLiteral("COACHVAULT_PIN"), pin);
    env.insert(QStringLiteral("COACHVAULT_NOW"), nowIso);
    return runCli(QStringList{QStringLiteral("--vault"), vault} + args, env);
}

QJsonObject jsonOf(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out).object();
}

CliRun createDemoVault(const QString& path, const QString& nowIso)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("COACHVAULT_NOW"), nowIso);
    return runCli({QStringLiteral("--vault"), path, QStringLiteral("demo")}, env);
}

} // namespace cv::test
