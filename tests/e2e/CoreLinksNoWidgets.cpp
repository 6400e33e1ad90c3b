// The layering holds in the binaries: coachvault-cli loads no Qt Gui or
// Widgets library, and the core library references no Gui/Widgets symbol.
#include "tests/support/CliRunner.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

class CoreLinksNoWidgets final : public QObject
{
    Q_OBJECT

    static QByteArray run(const QString& program, const QStringList& args)
    {
        QProcess process;
        process.start(program, args);
        if (!process.waitForFinished(60000))
            return {};
        return process.readAllStandardOutput();
    }

private Q_SLOTS:
    void cliLoadsNoGuiLibraries()
    {
        const QString ldd = QStandardPaths::findExecutable(QStringLiteral("ldd"));
        QVERIFY(!ldd.isEmpty());
        const QByteArray libraries = run(ldd, {cv::test::cliPath()});
        QVERIFY2(libraries.contains("libQt6Core"), libraries.constData());
        QVERIFY2(libraries.contains("libsqlcipher"), libraries.constData());
        QVERIFY2(!libraries.contains("libQt6Widgets"), libraries.constData());
        QVERIFY2(!libraries.contains("libQt6Gui"), libraries.constData());
        QVERIFY2(!libraries.contains("libsqlite3"), "the CLI must not load plain SQLite");
    }

    void coreReferencesNoGuiSymbols()
    {
        const QString nm = QStandardPaths::findExecutable(QStringLiteral("nm"));
        QVERIFY(!nm.isEmpty());
        const QString core = qEnvironmentVariable("COACHVAULT_CORE_LIB");
        QVERIFY(!core.isEmpty());
        const QByteArray undefined = run(nm, {QStringLiteral("-C"), QStringLiteral("-u"), core});
        QVERIFY(undefined.contains("QSqlDatabase")); // the scan sees real references
        const QRegularExpression gui(
            QStringLiteral("\\b(QWidget|QApplication|QGuiApplication|QPainter|QImage|QPixmap)\\b"));
        const auto match = gui.match(QString::fromUtf8(undefined));
        QVERIFY2(!match.hasMatch(), qPrintable(match.captured(0)));
    }
};

QTEST_GUILESS_MAIN(CoreLinksNoWidgets)
#include "CoreLinksNoWidgets.moc"
