// Within an unlocked vault the product always knows who acts: a person signs
// in with their sign-in name and PIN (Administration::signIn). A wrong PIN
// is refused inline, the field keeps focus; after three failures the core
// pauses signing in (the test moves the vault's clock past the pause).

#include "core/demo/DemoContent.h"
#include "core/vault/Vault.h"
#include "tests/support/MemoryKeyStore.h"
#include "tests/support/TestMain.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AreaPage.h"
#include "ui/DemoWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/SignInScreen.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace cv;
using namespace cv::test;
using ui::MainWindow;

class SignInAsPerson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void nothingIsShownBeforeSigningIn();
    void rightPinSignsIn();
    void wrongPinIsRefusedInline();
    void threeFailuresPauseSigningIn();
    void switchPersonSignsOut();
    void demoVaultHintsAtThePin();

private:
    void attempt(const QString& handle, const QString& pin);
    ui::MessageBanner* banner() const
    {
        return child<ui::MessageBanner>(m_window.get(), "signInBanner");
    }

    QTemporaryDir m_dir;
    core::ManualClock m_clock{fixedNow()};
    MemoryKeyStore m_keys;
    QString m_template;
    std::unique_ptr<MainWindow> m_window;
};

void SignInAsPerson::initTestCase()
{
    resetSettings();
    // One demo-cast vault, copied for every test (hashing PINs takes time).
    m_template = m_dir.filePath(QStringLiteral("template.cvault"));
    QVERIFY(createDemoCastVault(m_template, m_clock, m_keys));
}

void SignInAsPerson::init()
{
    m_clock.set(fixedNow());
    m_window = openDemoCastCopy(m_template, m_clock, m_keys);
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void SignInAsPerson::cleanup()
{
    m_window.reset();
}

void SignInAsPerson::attempt(const QString& handle, const QString& pin)
{
    ui::SignInScreen* screen = m_window->signInScreen();
    auto* handleField = child<QLineEdit>(screen, "signInHandleField");
    handleField->clear();
    QTest::keyClicks(handleField, handle);
    QTest::keyClick(handleField, Qt::Key_Return); // on to the PIN
    auto* pinField = child<QLineEdit>(screen, "signInSecretField");
    QVERIFY(pinField->hasFocus());
    QTest::keyClicks(pinField, pin);
    banner()->clear();
    QTest::keyClick(pinField, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->signedInPerson() || banner()->isVisible(), 20000);
}

void SignInAsPerson::nothingIsShownBeforeSigningIn()
{
    ui::SignInScreen* screen = m_window->signInScreen();
    QVERIFY(screen->isVisible());
    QCOMPARE(screen->mode(), ui::SignInScreen::Mode::SignIn);
    QVERIFY(!m_window->areaPage(MainWindow::Area::Inbox)->isVisible());
    QVERIFY(!child<QAction>(m_window.get(), "goToArea6")->isEnabled());
    QVERIFY(!child<QAction>(m_window.get(), "switchPersonAction")->isEnabled());
    m_window->showArea(MainWindow::Area::Audit);
    QVERIFY(!m_window->areaPage(MainWindow::Area::Audit)->isVisible());
    QCOMPARE(child<QLabel>(m_window.get(), "signedInStatus")->text(),
             QStringLiteral("Nobody signed in"));
    // Not a demo vault: no hint at the PIN.
    QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("demoPinHint")));
}

void SignInAsPerson::rightPinSignsIn()
{
    attempt(QStringLiteral("sanne"), testPin());
    QVERIFY(m_window->signedInPerson().has_value());
    QCOMPARE(m_window->signedInPerson()->displayName, QStringLiteral("Sanne de Vries"));
    QCOMPARE(child<QLabel>(m_window.get(), "signedInStatus")->text(),
             QStringLiteral("Signed in as Sanne de Vries (agent)"));
    QVERIFY(m_window->areaPage(MainWindow::Area::Inbox)->isVisible());
    QVERIFY(child<QAction>(m_window.get(), "switchPersonAction")->isEnabled());
}

void SignInAsPerson::wrongPinIsRefusedInline()
{
    attempt(QStringLiteral("sanne"), QStringLiteral("654321"));
    QVERIFY(!m_window->signedInPerson());
    QCOMPARE(banner()->kind(), ui::MessageBanner::Kind::Error);
    QVERIFY2(banner()->text().contains(QStringLiteral("wrong")), qPrintable(banner()->text()));
    auto* pinField = child<QLineEdit>(m_window->signInScreen(), "signInSecretField");
    QVERIFY(pinField->hasFocus());
    QVERIFY(pinField->text().isEmpty()); // the PIN does not linger

    attempt(QStringLiteral("nobody"), testPin());
    QVERIFY(!m_window->signedInPerson());
    QVERIFY2(banner()->text().contains(QStringLiteral("nobody")), qPrintable(banner()->text()));
}

void SignInAsPerson::threeFailuresPauseSigningIn()
{
    for (int i = 0; i < 3; ++i)
        attempt(QStringLiteral("tom"), QStringLiteral("000000"));
    // Paused now: even the right PIN is refused, and the message says until when.
    attempt(QStringLiteral("tom"), testPin());
    QVERIFY(!m_window->signedInPerson());
    QVERIFY2(banner()->text().contains(QStringLiteral("paused until")),
             qPrintable(banner()->text()));

    m_clock.advanceSecs(31);
    attempt(QStringLiteral("tom"), testPin());
    QVERIFY(m_window->signedInPerson().has_value());
    QCOMPARE(m_window->signedInPerson()->handle, QStringLiteral("tom"));
}

void SignInAsPerson::switchPersonSignsOut()
{
    attempt(QStringLiteral("mieke"), testPin());
    QVERIFY(m_window->signedInPerson().has_value());
    m_window->showArea(MainWindow::Area::PeopleAndPolicy);
    QVERIFY(m_window->areaPage(MainWindow::Area::PeopleAndPolicy)->content());

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!m_window->signedInPerson());
    QVERIFY(m_window->signInScreen()->isVisible());
    // Mieke's views are gone; the next person gets their own.
    QVERIFY(!m_window->areaPage(MainWindow::Area::PeopleAndPolicy)->content());
    QVERIFY(child<QLineEdit>(m_window->signInScreen(), "signInHandleField")->text().isEmpty());

    attempt(QStringLiteral("sanne"), testPin());
    QCOMPARE(m_window->signedInPerson()->handle, QStringLiteral("sanne"));
}

void SignInAsPerson::demoVaultHintsAtThePin()
{
    ui::DemoWorkspace workspace;
    auto vault = core::createEphemeralDemoVault(workspace.vaultPath(), m_clock);
    QVERIFY(vault.has_value());
    MainWindow demo(std::move(*vault), m_keys);
    demo.show();
    auto* hint = child<QLabel>(&demo, "demoPinHint");
    QVERIFY(hint && hint->isVisible());
    QVERIFY(hint->text().contains(QString::fromLatin1(core::demoPin())));
    QVERIFY(
        signInThroughScreen(demo, QStringLiteral("piet"), QString::fromLatin1(core::demoPin())));
}

COACHVAULT_TEST_MAIN(SignInAsPerson)
#include "SignInAsPerson.moc"
