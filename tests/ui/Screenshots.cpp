// Not a check but a look: renders the main screens, in English and Dutch, to
// PNG files in $COACHVAULT_SCREENSHOT_DIR (skipped when unset), e.g.
//   COACHVAULT_SCREENSHOT_DIR=/tmp/shots ctest -R Screenshots
// The keychain is unreachable here (ctest points the session bus nowhere), so
// the unlock screen shows its notice with the real message.

#include "core/demo/DemoContent.h"
#include "core/i18n/Translations.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"
#include "tests/support/MemoryKeyStore.h"
#include "tests/support/TestMain.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AreaPage.h"
#include "ui/CreateVaultDialog.h"
#include "ui/DemoWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/SettingsDialog.h"
#include "ui/Theme.h"
#include "ui/UnlockScreen.h"
#include "ui/audit/AuditArea.h"
#include "ui/people/AuthorisationsTab.h"
#include "ui/people/AuthoriseDialog.h"
#include "ui/people/PeopleArea.h"
#include "ui/people/PersonDialog.h"
#include "ui/people/PersonsTab.h"
#include "ui/policy/PolicyEditorDialog.h"
#include "ui/policy/PolicyTab.h"
#include "ui/review/CriterionRow.h"
#include "ui/review/ReviewArea.h"
#include "ui/review/ScorecardPanel.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace cv;
using namespace cv::test;
using namespace std::chrono_literals;

class Screenshots final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void screens_data();
    void screens();

private:
    void save(QWidget& widget, const QString& name);
    static void useLanguage(const QString& language);

    QString m_outDir;
    QString m_language;
    QTemporaryDir m_dir;
    core::ManualClock m_clock{fixedNow()};
    QString m_passphraseVault;
};

void Screenshots::initTestCase()
{
    m_outDir = qEnvironmentVariable("COACHVAULT_SCREENSHOT_DIR");
    if (m_outDir.isEmpty())
        QSKIP("COACHVAULT_SCREENSHOT_DIR is not set: no screenshots wanted.");
    QVERIFY(QDir().mkpath(m_outDir));
    resetSettings();
    ui::Theme::apply(*qobject_cast<QApplication*>(QCoreApplication::instance()));
    m_passphraseVault = m_dir.filePath(QStringLiteral("kcc-team-noord.cvault"));
    QVERIFY(createPassphraseVault(m_passphraseVault, m_clock).has_value());
}

void Screenshots::useLanguage(const QString& language)
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator*>();
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    core::installTranslations(*QCoreApplication::instance(), language);
}

void Screenshots::save(QWidget& widget, const QString& name)
{
    QTest::qWait(50); // let queued layout and polish settle
    const QString file =
        QDir(m_outDir).filePath(m_language + QLatin1Char('-') + name + QStringLiteral(".png"));
    QVERIFY2(widget.grab().save(file), qPrintable(file));
    qInfo("wrote %s", qPrintable(file));
}

void Screenshots::screens_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("nl") << QStringLiteral("nl");
}

void Screenshots::screens()
{
    QFETCH(QString, language);
    m_language = language;
    useLanguage(language);

    MemoryKeyStore memoryKeys;
    core::SystemKeyStore systemKeys(10s);

    { // The first start: no vault yet.
        ui::UnlockScreen screen(m_clock, memoryKeys);
        screen.resize(720, 600);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        save(screen, QStringLiteral("unlock-empty"));

        // Creating a vault, passphrase chosen, the repeat not matching yet.
        QTest::mouseClick(child<QPushButton>(&screen, "createVaultButton"), Qt::LeftButton);
        auto* dialog = screen.findChild<ui::CreateVaultDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        child<QLineEdit>(dialog, "newVaultPathField")
            ->setText(QStringLiteral("/home/coach/CoachVault/kcc-team-noord.cvault"));
        dialog->setProtection(ui::CreateVaultDialog::Protection::Passphrase);
        QTest::keyClicks(child<QLineEdit>(dialog, "newPassphraseField"), rightPassphrase());
        QTest::keyClicks(child<QLineEdit>(dialog, "repeatPassphraseField"),
                         rightPassphrase().left(10));
        save(*dialog, QStringLiteral("create-vault"));
        dialog->reject();
    }

    { // A passphrase vault while the keychain is unreachable, after a typo.
        ui::UnlockScreen screen(m_clock, systemKeys);
        screen.resize(720, 640);
        screen.show();
        screen.setVaultPath(m_passphraseVault);
        QTRY_COMPARE_WITH_TIMEOUT(screen.mode(), ui::UnlockScreen::Mode::Passphrase, 15000);
        save(screen, QStringLiteral("unlock-passphrase"));
        QTest::keyClicks(child<QLineEdit>(&screen, "passphraseField"), wrongPassphrase());
        QTest::mouseClick(child<QPushButton>(&screen, "passphraseUnlockButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<ui::MessageBanner>(&screen, "unlockBanner")->isVisible(),
                                 30000);
        save(screen, QStringLiteral("unlock-wrong-passphrase"));
    }

    { // The main window over the demo vault: signing in, the areas by role.
        ui::DemoWorkspace workspace;
        auto vault = core::createEphemeralDemoVault(workspace.vaultPath(), m_clock);
        QVERIFY(vault.has_value());
        ui::MainWindow window(std::move(*vault), memoryKeys);
        window.setInactivityTimeout(1h);
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        save(window, QStringLiteral("sign-in"));
        QTest::keyClicks(child<QLineEdit>(&window, "signInHandleField"), QStringLiteral("sanne"));
        QTest::keyClicks(child<QLineEdit>(&window, "signInSecretField"), QStringLiteral("000000"));
        QTest::mouseClick(child<QPushButton>(&window, "signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<ui::MessageBanner>(&window, "signInBanner")->isVisible(),
                                 20000);
        save(window, QStringLiteral("sign-in-wrong-pin"));

        // Mieke, manager.
        QVERIFY(signInThroughScreen(window, QStringLiteral("mieke")));
        save(window, QStringLiteral("main-window"));
        window.showArea(ui::MainWindow::Area::PeopleAndPolicy);
        auto* people = qobject_cast<ui::PeopleArea*>(
            window.areaPage(ui::MainWindow::Area::PeopleAndPolicy)->content());
        QVERIFY(people);
        save(window, QStringLiteral("people-manager"));
        people->tabs()->setCurrentWidget(people->authorisationsTab());
        save(window, QStringLiteral("people-manager-authorisations"));
        people->tabs()->setCurrentWidget(people->policyTab());
        save(window, QStringLiteral("people-policy"));
        people->personsTab()->addPerson();
        auto* personDialog = window.findChild<ui::PersonDialog*>();
        QVERIFY(personDialog);
        QVERIFY(QTest::qWaitForWindowExposed(personDialog));
        QTest::keyClicks(child<QLineEdit>(personDialog, "personNameField"),
                         QStringLiteral("Noor Bakker"));
        QTest::keyClicks(child<QLineEdit>(personDialog, "personHandleField"),
                         QStringLiteral("Noor"));
        save(*personDialog, QStringLiteral("person-dialog"));
        personDialog->reject();
        people->authorisationsTab()->authorise();
        auto* authorise = window.findChild<ui::AuthoriseDialog*>();
        QVERIFY(authorise);
        QVERIFY(QTest::qWaitForWindowExposed(authorise));
        save(*authorise, QStringLiteral("authorise-dialog"));
        authorise->reject();

        ui::PolicyEditorDialog* editor = people->policyTab()->editNewVersion();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        auto* term = child<QLineEdit>(editor, "policyEvaluationTerm");
        term->selectAll();
        QTest::keyClicks(term, QStringLiteral("0"));
        save(*editor, QStringLiteral("policy-editor-error"));
        term->selectAll();
        QTest::keyClicks(term, QStringLiteral("14"));
        QTest::mouseClick(child<QPushButton>(editor, "policySaveButton"), Qt::LeftButton);
        save(*editor, QStringLiteral("policy-editor-refused"));
        editor->reject();

        // Karim, coach: the Inbox with the demo calls, one opened in Review.
        window.switchPerson();
        QVERIFY(signInThroughScreen(window, QStringLiteral("karim")));
        window.showArea(ui::MainWindow::Area::Inbox);
        auto* table = child<QTableView>(&window, "inboxTable");
        QVERIFY(table->model()->rowCount() > 0);
        save(window, QStringLiteral("inbox-coach"));
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(window.currentArea(), ui::MainWindow::Area::Review);
        save(window, QStringLiteral("review-coach"));
        auto* review =
            qobject_cast<ui::ReviewArea*>(window.areaPage(ui::MainWindow::Area::Review)->content());
        QVERIFY(review);
        QTest::mouseClick(review->scorecard()->startButton(), Qt::LeftButton);
        QVERIFY(review->scorecard()->evaluation().has_value());
        for (ui::CriterionRow* row : review->scorecard()->rows().mid(0, 4))
            QTest::keyClick(row, row->scoreForKey(Qt::Key_4) ? Qt::Key_4 : Qt::Key_1);
        save(window, QStringLiteral("review-scoring"));
        window.showArea(ui::MainWindow::Area::Templates);
        save(window, QStringLiteral("templates"));

        // Sanne, agent.
        window.switchPerson();
        QVERIFY(signInThroughScreen(window, QStringLiteral("sanne")));
        window.showArea(ui::MainWindow::Area::PeopleAndPolicy);
        save(window, QStringLiteral("people-agent"));
        window.showArea(ui::MainWindow::Area::Audit);
        save(window, QStringLiteral("audit-agent"));

        // Piet, privacy officer.
        window.switchPerson();
        QVERIFY(signInThroughScreen(window, QStringLiteral("piet")));
        window.showArea(ui::MainWindow::Area::Audit);
        auto* audit =
            qobject_cast<ui::AuditArea*>(window.areaPage(ui::MainWindow::Area::Audit)->content());
        QVERIFY(audit);
        audit->verifyChain();
        save(window, QStringLiteral("audit"));

        window.lockForInactivity();
        save(window, QStringLiteral("lock-screen-person"));

        ui::SettingsDialog settings(5min, &window);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        save(settings, QStringLiteral("settings"));
        settings.reject();
    }

    { // A passphrase vault, locked after inactivity.
        QString passphrase = rightPassphrase();
        auto vault = core::Vault::open(
            m_passphraseVault,
            core::VaultCredential::passphrase(core::SecretBytes::takeUtf8(passphrase)), m_clock);
        QVERIFY(vault.has_value());
        ui::MainWindow window(std::move(*vault), memoryKeys);
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.lockForInactivity();
        save(window, QStringLiteral("lock-screen"));
    }
}

COACHVAULT_TEST_MAIN(Screenshots)
#include "Screenshots.moc"
