// The retention sweep as the GUI runs it (R-RETAIN-1/2, R-ASSESS-3), on the
// demo vault with a hand-moved clock: the Inbox warns a coach of the calls
// destroyed within 7 days; "Keep longer…" in the Review area keeps one with
// the agent's consent; weeks later the sweep while the window is open
// destroys the others: they leave the Inbox and the Review area says the
// open one was destroyed, when and by which rule. Unlocking the vault on
// the unlock screen sweeps before the window opens.
#include "core/recordings/RecordingStore.h"
#include "core/retention/RetentionStore.h"
#include "tests/support/MemoryKeyStore.h"
#include "tests/support/TestMain.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AreaPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/UnlockScreen.h"
#include "ui/inbox/InboxArea.h"
#include "ui/review/RetainDialog.h"
#include "ui/review/ReviewArea.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cv;
using namespace cv::test;
using ui::MainWindow;

class RetentionSweepInTheGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        resetSettings();
        ui::Theme::apply(*qobject_cast<QApplication*>(QCoreApplication::instance()));
        m_template = m_dir.filePath(QStringLiteral("template.cvault"));
        auto vault = createDemoCastVault(m_template, m_clock, m_keys);
        QVERIFY(vault);
        for (const core::Recording& r : core::RecordingStore(*vault).all())
            m_calls << r.id;
        QVERIFY(m_calls.size() >= 3);
    }

    void warnedKeptAndDestroyed()
    {
        auto window = openDemoCastCopy(m_template, m_clock, m_keys);
        QVERIFY(window);
        window->resize(1280, 800);
        QVERIFY(signInThroughScreen(*window, QStringLiteral("karim")));
        auto* inbox =
            qobject_cast<ui::InboxArea*>(window->areaPage(MainWindow::Area::Inbox)->content());
        auto* notices = child<QLabel>(inbox, "inboxNotices");
        QVERIFY(notices->isVisibleTo(inbox));
        QVERIFY2(notices->text().contains(QStringLiteral("destroyed within 7 days")),
                 qPrintable(notices->text()));

        // Keep the first call longer, with the agent's consent.
        auto* review =
            qobject_cast<ui::ReviewArea*>(window->areaPage(MainWindow::Area::Review)->content());
        QVERIFY(review->openRecording(m_calls.first()));
        QPushButton* retain = review->retainButton();
        QVERIFY(retain->isVisibleTo(review) && retain->isEnabled());
        QTimer::singleShot(0, [] {
            QTRY_VERIFY(qobject_cast<ui::RetainDialog*>(QApplication::activeModalWidget()));
            auto* dialog = qobject_cast<ui::RetainDialog*>(QApplication::activeModalWidget());
            dialog->consentGiven()->setChecked(true);
            dialog->reasonField()->setText(QStringLiteral("Klacht over dit gesprek loopt nog"));
            dialog->accept();
        });
        QTest::mouseClick(retain, Qt::LeftButton);
        QVERIFY2(review->banner()->text().contains(QStringLiteral("kept until")),
                 qPrintable(review->banner()->text()));

        // Another call is open when, three weeks on, the sweep runs.
        QVERIFY(review->openRecording(m_calls.last()));
        m_clock.advanceSecs(21 * 86400);
        window->runRetentionSweep();
        QVERIFY(!review->openedRecording());
        auto* empty = child<QLabel>(review, "reviewEmptyState");
        QVERIFY2(empty->text().contains(QStringLiteral("Recording destroyed on")) &&
                     empty->text().contains(QStringLiteral("R-RETAIN-2")),
                 qPrintable(empty->text()));
        core::RetentionStore tombstones(window->vault());
        QVERIFY(!tombstones.isDestroyed(m_calls.first())); // kept
        QVERIFY(tombstones.isDestroyed(m_calls.last()));
        QCOMPARE(core::RecordingStore(window->vault()).count(), 1);
        // Opening a destroyed call says so too.
        QVERIFY(!review->openRecording(m_calls.last()));
        QVERIFY(empty->text().contains(QStringLiteral("Recording destroyed on")));
        // An agent has no "Keep longer…".
        window->switchPerson();
        QVERIFY(signInThroughScreen(*window, QStringLiteral("sanne")));
        review =
            qobject_cast<ui::ReviewArea*>(window->areaPage(MainWindow::Area::Review)->content());
        QVERIFY(!review->retainButton()->isVisibleTo(review));
        m_clock.advanceSecs(-21 * 86400);
    }

    void unlockingSweepsFirst()
    {
        const QString path = m_template + QStringLiteral("-unlock.cvault");
        QVERIFY(QFile::copy(m_template, path));
        m_clock.advanceSecs(30 * 86400); // every term has lapsed
        ui::UnlockScreen screen(m_clock, m_keys);
        screen.show();
        screen.setVaultPath(path);
        QTRY_COMPARE(screen.mode(), ui::UnlockScreen::Mode::Keychain);
        QSignalSpy unlocked(&screen, &ui::UnlockScreen::unlocked);
        QTest::keyClick(&screen, Qt::Key_Return);
        QTRY_COMPARE(unlocked.count(), 1);
        std::unique_ptr<core::Vault> vault = screen.takeVault();
        QVERIFY(vault);
        QCOMPARE(core::RecordingStore(*vault).count(), 0);
        QCOMPARE(core::RetentionStore(*vault).tombstones().size(), m_calls.size());
        m_clock.advanceSecs(-30 * 86400);
    }

private:
    QTemporaryDir m_dir;
    core::ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    MemoryKeyStore m_keys;
    QString m_template;
    QList<core::RecordingId> m_calls;
};

COACHVAULT_TEST_MAIN(RetentionSweepInTheGui)
#include "RetentionSweepInTheGui.moc"
