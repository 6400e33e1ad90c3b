// The settings dialog: language Automatic / Nederlands / English, stored in
// QSettings "ui/language", used from the next start (and it says so).

#include "core/i18n/Translations.h"
#include "tests/support/TestMain.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/SettingsDialog.h"
#include "ui/UiSettings.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QTest>

using namespace cv;
using namespace cv::test;
using namespace std::chrono_literals;

class SettingsLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The application installs its catalogue for English too: it carries
    // the plural forms ("1 minute", "7 minutes").
    void initTestCase()
    {
        core::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }
    void init() { resetSettings(); }

    void offersAutomaticDutchAndEnglish();
    void storesTheChoice_data();
    void storesTheChoice();
    void cancelStoresNothing();
    void saysItTakesEffectAtRestart();
    void describesTheAutomaticLock();
};

void SettingsLanguage::offersAutomaticDutchAndEnglish()
{
    ui::SettingsDialog dialog(5min);
    auto* choice = child<QComboBox>(&dialog, "languageChoice");
    QCOMPARE(choice->count(), 3);
    QCOMPARE(choice->itemData(0).toString(), QString());
    QVERIFY(choice->itemText(0).startsWith(QStringLiteral("Automatic")));
    QCOMPARE(choice->itemText(1), QStringLiteral("Nederlands"));
    QCOMPARE(choice->itemData(1).toString(), QStringLiteral("nl"));
    QCOMPARE(choice->itemText(2), QStringLiteral("English"));
    QCOMPARE(choice->itemData(2).toString(), QStringLiteral("en"));
    QCOMPARE(choice->currentIndex(), 0); // automatic by default
}

void SettingsLanguage::storesTheChoice_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("stored");
    QTest::newRow("Nederlands") << 1 << QStringLiteral("nl");
    QTest::newRow("English") << 2 << QStringLiteral("en");
    QTest::newRow("Automatic") << 0 << QString();
}

void SettingsLanguage::storesTheChoice()
{
    QFETCH(int, index);
    QFETCH(QString, stored);
    ui::UiSettings::setLanguage(QStringLiteral("en"));
    ui::SettingsDialog dialog(5min);
    child<QComboBox>(&dialog, "languageChoice")->setCurrentIndex(index);
    dialog.accept();
    QCOMPARE(ui::UiSettings::language(), stored);
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), stored);
    // The next dialog shows what was stored.
    ui::SettingsDialog next(5min);
    QCOMPARE(next.chosenLanguage(), stored);
}

void SettingsLanguage::cancelStoresNothing()
{
    ui::SettingsDialog dialog(5min);
    child<QComboBox>(&dialog, "languageChoice")->setCurrentIndex(1);
    dialog.reject();
    QCOMPARE(ui::UiSettings::language(), QString());
}

void SettingsLanguage::saysItTakesEffectAtRestart()
{
    ui::SettingsDialog dialog(5min);
    QVERIFY(child<QLabel>(&dialog, "restartNote")->text().contains(QStringLiteral("next time")));
}

void SettingsLanguage::describesTheAutomaticLock()
{
    ui::SettingsDialog dialog(7min);
    QVERIFY2(
        child<QLabel>(&dialog, "lockDescription")->text().contains(QStringLiteral("7 minutes")),
        qPrintable(child<QLabel>(&dialog, "lockDescription")->text()));
}

COACHVAULT_TEST_MAIN(SettingsLanguage)
#include "SettingsLanguage.moc"
