// The Review area as a coach uses it, driven through real key and mouse
// events on the demo vault's Dutch calls: Enter in the Inbox opens a call
// (metadata, both channels), Space plays it through the real audio output of
// scripts/test and audits the listen (R-AUTH-1, R-AUTH-3), the arrow keys
// skip 5 s, ] and [ change the speed, K pauses, a click on the waveform
// seeks, and locking the window silences it. A privacy officer may look but
// hears nothing (R-AUTH-3); an agent hears her own call (R-ACCESS-1).
//
// With COACHVAULT_SCREENSHOT_DIR set it also writes review-*.png there.

#include "core/admin/Administration.h"
#include "core/audit/AuditLog.h"
#include "tests/support/MemoryKeyStore.h"
#include "tests/support/TestMain.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AreaPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/review/RecordingDetails.h"
#include "ui/review/ReviewArea.h"
#include "ui/review/TransportBar.h"
#include "ui/waveform/WaveformView.h"

#include <QDir>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cv;
using namespace cv::test;
using core::CallPlayer;
using ui::MainWindow;
using ui::ReviewArea;

class ReviewAreaDrivenByKeyboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        resetSettings();
        ui::Theme::apply(*qobject_cast<QApplication*>(QCoreApplication::instance()));
        m_template = m_dir.filePath(QStringLiteral("template.cvault"));
        QVERIFY(createDemoCastVault(m_template, m_clock, m_keys));
    }

    void init()
    {
        m_window = openDemoCastCopy(m_template, m_clock, m_keys);
        QVERIFY(m_window);
        m_window->resize(1280, 800);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void coachReviewsACallFromTheKeyboard()
    {
        ReviewArea* review = openFirstCallAs(QStringLiteral("karim"));
        QVERIFY(review);
        QVERIFY(review->openedRecording());
        QVERIFY(!review->details()->value(QStringLiteral("agent")).isEmpty());
        QVERIFY(review->details()
                    ->value(QStringLiteral("channels"))
                    .contains(QStringLiteral("Stereo")));
        QVERIFY(review->waveform()->durationMs() > 20'000);
        QCOMPARE(listens(), 0); // opening is a view, not a listen

        QTest::keyClick(review->waveform(), Qt::Key_Space);
        const CallPlayer::State state = review->player().state();
        QVERIFY2(state == CallPlayer::State::Playing || state == CallPlayer::State::NoOutput,
                 qPrintable(review->player().message()));
        if (qEnvironmentVariable("COACHVAULT_HEADLESS_ENV") == QLatin1String("1"))
            QCOMPARE(state, CallPlayer::State::Playing); // scripts/test has a sound server
        QCOMPARE(listens(), 1);
        QCOMPARE(lastListen().outcome, QStringLiteral("allowed"));

        QTest::qWait(300);
        const qint64 before = review->player().positionMs();
        QTest::keyClick(review->waveform(), Qt::Key_Right);
        QTRY_VERIFY(review->player().positionMs() >= before + 5000);
        QTest::keyClick(review->waveform(), Qt::Key_Left);
        QTRY_VERIFY(review->player().positionMs() < before + 2000);

        QTest::keyClick(review->waveform(), Qt::Key_BracketRight);
        QCOMPARE(review->player().speed(), 1.25);
        QTest::keyClick(review->waveform(), Qt::Key_BracketRight);
        QCOMPARE(review->player().speed(), 1.5);
        QTest::keyClick(review->waveform(), Qt::Key_BracketLeft);
        QCOMPARE(review->player().speed(), 1.25);
        if (state == CallPlayer::State::Playing) {
            QTest::keyClick(review->waveform(), Qt::Key_L); // playing: faster
            QCOMPARE(review->player().speed(), 1.5);
        }

        QTest::keyClick(review->waveform(), Qt::Key_K);
        QVERIFY(review->player().state() != CallPlayer::State::Playing);

        // A click on the waveform seeks there.
        ui::WaveformView* wave = review->waveform();
        wave->zoomToFit();
        const int x = int(wave->xForMs(10'000));
        QTest::mouseClick(wave, Qt::LeftButton, Qt::NoModifier,
                          QPoint(x, wave->lanesRect().center().y()));
        QTRY_VERIFY(std::abs(review->player().positionMs() - 10'000) < 300);
        QVERIFY(std::abs(wave->position() - 10'000) < 300);

        // J skips back.
        QTest::keyClick(review->waveform(), Qt::Key_J);
        QTRY_VERIFY(std::abs(review->player().positionMs() - 5'000) < 300);

        saveScreenshot(*m_window, QStringLiteral("review-coach"));

        // Play again and lock: the sound stops.
        QTest::keyClick(review->waveform(), Qt::Key_Space);
        QCOMPARE(listens(), 1); // the same opening: one listen
        if (review->player().state() == CallPlayer::State::Playing) {
            m_window->lockNow();
            QVERIFY(m_window->isLocked());
            QCOMPARE(review->player().state(), CallPlayer::State::Paused);
        }
    }

    void privacyOfficerMayLookButNotListen()
    {
        ReviewArea* review = openFirstCallAs(QStringLiteral("piet"));
        QVERIFY(review);
        QVERIFY(review->openedRecording());
        QTest::keyClick(review->waveform(), Qt::Key_Space);
        QCOMPARE(review->player().state(), CallPlayer::State::Empty);
        QVERIFY2(review->banner()->text().contains(QStringLiteral("R-AUTH-3")),
                 qPrintable(review->banner()->text()));
        QCOMPARE(lastListen().outcome, QStringLiteral("refused"));
        QCOMPARE(lastListen().ruleId, QStringLiteral("R-AUTH-3"));
        saveScreenshot(*m_window, QStringLiteral("review-refused"));
    }

    void agentHearsHerOwnCall()
    {
        ReviewArea* review = openFirstCallAs(QStringLiteral("sanne"));
        QVERIFY(review);
        QVERIFY(review->openedRecording());
        QTest::keyClick(review->waveform(), Qt::Key_Space);
        QVERIFY(review->player().state() == CallPlayer::State::Playing ||
                review->player().state() == CallPlayer::State::NoOutput);
        QCOMPARE(lastListen().outcome, QStringLiteral("allowed"));
        QCOMPARE(lastListen().actor, lastListen().subject); // her own data (R-ACCESS-1)
        QTest::keyClick(review->waveform(), Qt::Key_K);
    }

private:
    ReviewArea* openFirstCallAs(const QString& handle)
    {
        if (!signInThroughScreen(*m_window, handle))
            return nullptr;
        auto* table = child<QTableView>(m_window.get(), "inboxTable");
        if (!table || table->model()->rowCount() == 0)
            return nullptr;
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Return);
        if (m_window->currentArea() != MainWindow::Area::Review)
            return nullptr;
        return qobject_cast<ReviewArea*>(m_window->areaPage(MainWindow::Area::Review)->content());
    }

    QList<core::AuditEntry> listenEntries()
    {
        core::AuditFilter filter;
        filter.action = QStringLiteral("recording.listen");
        return m_window->administration().audit().list(filter);
    }
    int listens() { return int(listenEntries().size()); }
    core::AuditEntry lastListen()
    {
        const QList<core::AuditEntry> all = listenEntries();
        core::AuditEntry last;
        for (const core::AuditEntry& e : all)
            if (e.seq > last.seq)
                last = e;
        return last;
    }

    QTemporaryDir m_dir;
    core::ManualClock m_clock{fixedNow()};
    MemoryKeyStore m_keys;
    QString m_template;
    std::unique_ptr<MainWindow> m_window;
};

COACHVAULT_TEST_MAIN(ReviewAreaDrivenByKeyboard)
#include "ReviewAreaDrivenByKeyboard.moc"
