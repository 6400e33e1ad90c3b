// `coachvault --demo` keeps its throwaway vault in a private directory
// (0700, under $XDG_RUNTIME_DIR when set) and removes it on exit, also when
// stopped with SIGTERM or SIGINT.

#include "core/demo/DemoContent.h"
#include "core/vault/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/DemoWorkspace.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace cv;
using namespace cv::test;

class DemoVaultRemovedOnExit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workspaceIsPrivateAndRemoved();
    void workspaceFallsBackToTempDir();
    void guiRemovesDemoVaultWhenStopped_data();
    void guiRemovesDemoVaultWhenStopped();

private:
    static QStringList demoDirectories(const QString& base)
    {
        return QDir(base).entryList({QStringLiteral("coachvault-demo-*")}, QDir::Dirs);
    }
};

void DemoVaultRemovedOnExit::workspaceIsPrivateAndRemoved()
{
    QTemporaryDir runtime;
    qputenv("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
    QString path;
    {
        ui::DemoWorkspace workspace;
        QVERIFY2(workspace.isValid(), qPrintable(workspace.errorString()));
        path = workspace.path();
        QVERIFY(path.startsWith(runtime.path() + QLatin1Char('/')));
        const QFile::Permissions permissions = QFileInfo(path).permissions();
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QVERIFY(!(permissions & others)); // 0700
        QVERIFY(permissions.testFlags(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        core::ManualClock clock(fixedNow());
        auto vault = core::createEphemeralDemoVault(workspace.vaultPath(), clock);
        QVERIFY2(vault.has_value(), qPrintable(vault ? QString() : vault.error().message));
        QVERIFY(QFileInfo::exists(workspace.vaultPath()));
    } // vault closed, then the workspace removed
    QVERIFY(!QFileInfo::exists(path));
    qunsetenv("XDG_RUNTIME_DIR");
}

void DemoVaultRemovedOnExit::workspaceFallsBackToTempDir()
{
    qunsetenv("XDG_RUNTIME_DIR");
    ui::DemoWorkspace workspace;
    QVERIFY(workspace.isValid());
    QVERIFY(workspace.path().startsWith(QDir::tempPath()));
}

void DemoVaultRemovedOnExit::guiRemovesDemoVaultWhenStopped_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void DemoVaultRemovedOnExit::guiRemovesDemoVaultWhenStopped()
{
    QFETCH(int, signal);
    const QString gui = qEnvironmentVariable("COACHVAULT_GUI");
    QVERIFY2(QFileInfo(gui).isExecutable(), "COACHVAULT_GUI must name the coachvault binary");
    QTemporaryDir runtime;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(gui, {QStringLiteral("--demo")});
    QVERIFY(process.waitForStarted());

    // Wait until the demo vault exists (and the window is up).
    QString vaultPath;
    for (int i = 0; i < 400 && vaultPath.isEmpty(); ++i) {
        const QStringList dirs = demoDirectories(runtime.path());
        if (!dirs.isEmpty()) {
            const QString candidate =
                runtime.filePath(dirs.first() + QStringLiteral("/demo.cvault"));
            if (QFileInfo::exists(candidate))
                vaultPath = candidate;
        }
        if (vaultPath.isEmpty())
            QTest::qWait(50);
    }
    QVERIFY2(!vaultPath.isEmpty(), "coachvault --demo made no demo vault");
    QCOMPARE(process.state(), QProcess::Running);
    QTest::qWait(300); // let it reach its event loop

    QCOMPARE(::kill(pid_t(process.processId()), signal), 0);
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(!QFileInfo::exists(vaultPath));
    QVERIFY(demoDirectories(runtime.path()).isEmpty());
}

COACHVAULT_TEST_MAIN(DemoVaultRemovedOnExit)
#include "DemoVaultRemovedOnExit.moc"
