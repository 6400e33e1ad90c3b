#include "app/gui/CommandLine.h"

#include "core/i18n/Translations.h"
#include "ui/UiSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>

namespace cv::app {

namespace {

class CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static QString description()
    {
        return tr("Quality coaching for contact centres, with the law built in.");
    }
    static QString demo()
    {
        return tr("Open a throwaway demo vault with made-up data; it is deleted on exit.");
    }
    static QString vault() { return tr("Preselect the vault file at PATH."); }
    static QString path() { return tr("PATH"); }
    static QString language() { return tr("Use this interface language (nl or en)."); }
    static QString languageValue() { return tr("LANGUAGE"); }
    static QString badLanguage(const QString& value)
    {
        return tr("Unknown language \"%1\": use nl or en.").arg(value);
    }
};

bool isKnownLanguage(const QString& language)
{
    return language == QLatin1String("nl") || language == QLatin1String("en");
}

// --language is needed before the parser exists (its help text is
// translated), so look for it by hand first.
QString languageArgument(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--language") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--language=")))
            return argument.mid(qsizetype(sizeof("--language=") - 1));
    }
    return {};
}

void installQtTranslations(QApplication& app, const QString& language)
{
    if (language == QLatin1String("en"))
        return;
    auto* translator = new QTranslator(&app);
    if (translator->load(QStringLiteral("qtbase_") + language,
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

GuiOptions parseCommandLineAndInstallLanguage(QApplication& app)
{
    GuiOptions options;
    const QString requested = languageArgument(QCoreApplication::arguments());
    options.language =
        isKnownLanguage(requested) ? requested : core::resolveLanguage(ui::UiSettings::language());
    core::installTranslations(app, options.language);
    installQtTranslations(app, options.language);

    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLineText::description());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), CommandLineText::demo());
    const QCommandLineOption vault(QStringLiteral("vault"), CommandLineText::vault(),
                                   CommandLineText::path());
    const QCommandLineOption language(QStringLiteral("language"), CommandLineText::language(),
                                      CommandLineText::languageValue());
    parser.addOption(demo);
    parser.addOption(vault);
    parser.addOption(language);
    parser.process(app);

    if (parser.isSet(language) && !isKnownLanguage(parser.value(language))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(CommandLineText::badLanguage(parser.value(language))));
        std::exit(2);
    }
    options.demo = parser.isSet(demo);
    if (parser.isSet(vault))
        options.vaultPath = QFileInfo(parser.value(vault)).absoluteFilePath();
    return options;
}

} // namespace cv::app
