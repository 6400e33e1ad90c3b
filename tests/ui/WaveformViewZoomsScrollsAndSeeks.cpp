// The waveform's interaction: a click asks to seek to the time under the
// pointer, a drag selects, keys and Ctrl+wheel zoom within the limits, the
// wheel and the scroll bar scroll, marker flags answer clicks, and the view
// follows a moving playhead a page at a time.

#include "tests/support/SyntheticPeaks.h"
#include "tests/support/TestMain.h"
#include "ui/waveform/WaveformView.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace cv;

namespace {

constexpr int kRate = 8000;
constexpr int kSeconds = 300;
constexpr qint64 kDurationMs = kSeconds * 1000;
constexpr int kWidth = 1000;

} // namespace

class WaveformViewZoomsScrollsAndSeeks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void clickAsksToSeekToThePointersTime();
    void clickOnTheRulerSeeksToo();
    void dragSelectsARangeWithoutSeeking();
    void shiftClickExtendsTheSelection();
    void plusAndMinusZoomAroundThePlayhead();
    void zoomStopsAtOneBinPerPixelAndAtTheWholeCall();
    void wheelScrollsAndCtrlWheelZoomsAroundThePointer();
    void scrollBarMovesTheView();
    void markerFlagClickActivatesTheMarker();
    void followingThePlayheadTurnsThePage();
    void playheadScrolledAwayIsNotFollowedUntilVisible();
    void clearEmptiesTheView();

private:
    // The time one pixel spans at the current zoom.
    qint64 msPerPixel() const;
    void wheel(QPoint pos, QPoint angle, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    core::PeakPyramid m_peaks;
    std::unique_ptr<ui::WaveformView> m_view;
};

void WaveformViewZoomsScrollsAndSeeks::initTestCase()
{
    m_peaks = test::speechLikePeaks(kSeconds, kRate);
    QCOMPARE(m_peaks.frames(), qint64(kSeconds) * kRate);
}

void WaveformViewZoomsScrollsAndSeeks::init()
{
    m_view = std::make_unique<ui::WaveformView>();
    m_view->resize(kWidth, 260);
    m_view->setPeaks(m_peaks, kRate, {QStringLiteral("Agent"), QStringLiteral("Customer")});
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QCOMPARE(m_view->durationMs(), kDurationMs);
    QCOMPARE(m_view->visibleStartMs(), 0);
    QCOMPARE(m_view->visibleEndMs(), kDurationMs);
}

void WaveformViewZoomsScrollsAndSeeks::cleanup()
{
    m_view.reset();
}

qint64 WaveformViewZoomsScrollsAndSeeks::msPerPixel() const
{
    return (m_view->visibleEndMs() - m_view->visibleStartMs() + kWidth - 1) / kWidth;
}

void WaveformViewZoomsScrollsAndSeeks::wheel(QPoint pos, QPoint angle,
                                             Qt::KeyboardModifiers modifiers)
{
    QWheelEvent event(QPointF(pos), QPointF(m_view->mapToGlobal(pos)), QPoint(), angle,
                      Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view.get(), &event);
    QVERIFY(event.isAccepted());
}

void WaveformViewZoomsScrollsAndSeeks::clickAsksToSeekToThePointersTime()
{
    QSignalSpy seeks(m_view.get(), &ui::WaveformView::seekRequested);
    const QPoint at(250, m_view->lanesRect().center().y());
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(seeks.size(), 1);
    const qint64 expected = 250 * kDurationMs / kWidth;
    QVERIFY2(std::abs(seeks.at(0).at(0).toLongLong() - expected) <= msPerPixel(),
             qPrintable(QString::number(seeks.at(0).at(0).toLongLong())));
    QVERIFY(!m_view->hasSelection());
    // The view itself does not move the playhead: the player answers.
    QCOMPARE(m_view->position(), 0);

    // Zoomed in and scrolled, the same holds.
    m_view->setVisibleRange(120'000, 150'000);
    QCOMPARE(m_view->visibleStartMs(), 120'000);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier,
                      QPoint(500, m_view->lanesRect().bottom() - 5));
    QCOMPARE(seeks.size(), 2);
    QVERIFY(std::abs(seeks.at(1).at(0).toLongLong() - 135'000) <= msPerPixel());
}

void WaveformViewZoomsScrollsAndSeeks::clickOnTheRulerSeeksToo()
{
    QSignalSpy seeks(m_view.get(), &ui::WaveformView::seekRequested);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, QPoint(kWidth - 1, 4));
    QCOMPARE(seeks.size(), 1);
    QVERIFY(std::abs(seeks.at(0).at(0).toLongLong() - kDurationMs) <= msPerPixel());
}

void WaveformViewZoomsScrollsAndSeeks::dragSelectsARangeWithoutSeeking()
{
    QSignalSpy seeks(m_view.get(), &ui::WaveformView::seekRequested);
    QSignalSpy selections(m_view.get(), &ui::WaveformView::selectionChanged);
    const int y = m_view->lanesRect().center().y();
    QTest::mousePress(m_view.get(), Qt::LeftButton, Qt::NoModifier, QPoint(400, y));
    QTest::mouseMove(m_view.get(), QPoint(300, y));
    QTest::mouseMove(m_view.get(), QPoint(100, y));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::NoModifier, QPoint(100, y));
    QCOMPARE(seeks.size(), 0);
    QVERIFY(m_view->hasSelection());
    const auto [from, to] = m_view->selection();
    QVERIFY2(std::abs(from - 30'000) <= msPerPixel(), qPrintable(QString::number(from)));
    QVERIFY2(std::abs(to - 120'000) <= msPerPixel(), qPrintable(QString::number(to)));
    QVERIFY(!selections.isEmpty());
    QCOMPARE(selections.last().at(0).toLongLong(), from);
    QCOMPARE(selections.last().at(1).toLongLong(), to);

    // A plain click afterwards clears it (and seeks).
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, QPoint(700, y));
    QVERIFY(!m_view->hasSelection());
    QCOMPARE(seeks.size(), 1);
}

void WaveformViewZoomsScrollsAndSeeks::shiftClickExtendsTheSelection()
{
    const int y = m_view->lanesRect().center().y();
    m_view->setSelection(60'000, 90'000);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::ShiftModifier, QPoint(600, y));
    auto [from, to] = m_view->selection();
    QCOMPARE(from, 60'000);
    QVERIFY(std::abs(to - 180'000) <= msPerPixel());
    // Extending to the left keeps the far (right) end.
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::ShiftModifier, QPoint(50, y));
    std::tie(from, to) = m_view->selection();
    QVERIFY(std::abs(from - 15'000) <= msPerPixel());
    QVERIFY(std::abs(to - 180'000) <= msPerPixel());

    // Without a selection, Shift+click selects from the playhead.
    m_view->clearSelection();
    m_view->setPosition(30'000);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::ShiftModifier, QPoint(200, y));
    std::tie(from, to) = m_view->selection();
    QCOMPARE(from, 30'000);
    QVERIFY(std::abs(to - 60'000) <= msPerPixel());

    // Esc clears it.
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QVERIFY(!m_view->hasSelection());
}

void WaveformViewZoomsScrollsAndSeeks::plusAndMinusZoomAroundThePlayhead()
{
    m_view->setPosition(200'000);
    const double x0 = m_view->xForMs(m_view->position());
    m_view->setFocus();
    qint64 span = m_view->visibleEndMs() - m_view->visibleStartMs();
    const QList<Qt::Key> zoomInKeys{Qt::Key_Plus, Qt::Key_Equal, Qt::Key_Plus};
    for (const Qt::Key key : zoomInKeys) {
        QTest::keyClick(m_view.get(), key);
        const qint64 now = m_view->visibleEndMs() - m_view->visibleStartMs();
        QVERIFY2(std::abs(now - span / 2) <= 1, qPrintable(QString::number(now)));
        span = now;
        QVERIFY(m_view->visibleStartMs() <= 200'000 && 200'000 <= m_view->visibleEndMs());
        // The playhead stays where it was on screen.
        QVERIFY2(std::abs(m_view->xForMs(200'000) - x0) <= 1.0,
                 qPrintable(QString::number(m_view->xForMs(200'000))));
    }
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QCOMPARE(m_view->visibleEndMs() - m_view->visibleStartMs(), span * 2);
    QVERIFY(m_view->visibleStartMs() <= 200'000 && 200'000 <= m_view->visibleEndMs());

    // With the playhead off screen, zooming brings it to the middle.
    m_view->setVisibleRange(0, 20'000);
    m_view->zoomIn();
    QVERIFY(m_view->visibleStartMs() <= 200'000 && 200'000 <= m_view->visibleEndMs());
    QVERIFY(std::abs(m_view->xForMs(200'000) - kWidth / 2.0) <= 1.0);
}

void WaveformViewZoomsScrollsAndSeeks::zoomStopsAtOneBinPerPixelAndAtTheWholeCall()
{
    QSignalSpy ranges(m_view.get(), &ui::WaveformView::visibleRangeChanged);
    // 64 frames per pixel at 8 kHz = 8 ms per pixel.
    const qint64 narrowest = kWidth * 64 * 1000 / kRate;
    for (int i = 0; i < 20; ++i)
        m_view->zoomIn();
    QCOMPARE(m_view->visibleEndMs() - m_view->visibleStartMs(), narrowest);
    QVERIFY(!ranges.isEmpty());
    QCOMPARE(ranges.last().at(1).toLongLong() - ranges.last().at(0).toLongLong(), narrowest);
    m_view->setVisibleRange(1000, 1010);
    QCOMPARE(m_view->visibleEndMs() - m_view->visibleStartMs(), narrowest);

    for (int i = 0; i < 20; ++i)
        m_view->zoomOut();
    QCOMPARE(m_view->visibleStartMs(), 0);
    QCOMPARE(m_view->visibleEndMs(), kDurationMs);
    m_view->setVisibleRange(-50'000, kDurationMs + 50'000);
    QCOMPARE(m_view->visibleStartMs(), 0);
    QCOMPARE(m_view->visibleEndMs(), kDurationMs);

    // A narrower widget allows a narrower window; a wider one widens it.
    m_view->setVisibleRange(0, narrowest);
    m_view->resize(2 * kWidth, 260);
    QCOMPARE(m_view->visibleEndMs() - m_view->visibleStartMs(), 2 * narrowest);
}

void WaveformViewZoomsScrollsAndSeeks::wheelScrollsAndCtrlWheelZoomsAroundThePointer()
{
    m_view->setVisibleRange(60'000, 120'000);
    const QPoint at(300, m_view->lanesRect().center().y());
    // One notch down: a tenth of the window later.
    wheel(at, QPoint(0, -120));
    QCOMPARE(m_view->visibleStartMs(), 66'000);
    // Shift+wheel (as X11 delivers it, or transposed) scrolls the same way.
    wheel(at, QPoint(0, 120), Qt::ShiftModifier);
    QCOMPARE(m_view->visibleStartMs(), 60'000);
    wheel(at, QPoint(-120, 0), Qt::ShiftModifier);
    QCOMPARE(m_view->visibleStartMs(), 66'000);
    QCOMPARE(m_view->visibleEndMs(), 126'000);

    // Ctrl+wheel up zooms in by 2, keeping the time under the pointer.
    const double under = m_view->msForX(at.x());
    wheel(at, QPoint(0, 120), Qt::ControlModifier);
    QCOMPARE(m_view->visibleEndMs() - m_view->visibleStartMs(), 30'000);
    QVERIFY(std::abs(double(m_view->msForX(at.x())) - under) <= double(msPerPixel()));
    wheel(at, QPoint(0, -120), Qt::ControlModifier);
    QCOMPARE(m_view->visibleEndMs() - m_view->visibleStartMs(), 60'000);

    // Scrolling stops at the ends.
    for (int i = 0; i < 100; ++i)
        wheel(at, QPoint(0, -120));
    QCOMPARE(m_view->visibleEndMs(), kDurationMs);
}

void WaveformViewZoomsScrollsAndSeeks::scrollBarMovesTheView()
{
    auto* bar = m_view->findChild<QScrollBar*>(QStringLiteral("waveformScrollBar"));
    QVERIFY(bar);
    QVERIFY(!bar->isEnabled()); // the whole call fits
    m_view->setVisibleRange(0, 30'000);
    QVERIFY(bar->isEnabled());
    QCOMPARE(bar->maximum(), int(kDurationMs - 30'000));
    QCOMPARE(bar->pageStep(), 30'000);
    bar->setValue(100'000);
    QCOMPARE(m_view->visibleStartMs(), 100'000);
    QCOMPARE(m_view->visibleEndMs(), 130'000);
    m_view->setVisibleRange(200'000, 230'000);
    QCOMPARE(bar->value(), 200'000);
    // Home and End show the ends without seeking.
    QSignalSpy seeks(m_view.get(), &ui::WaveformView::seekRequested);
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QCOMPARE(m_view->visibleStartMs(), 0);
    QTest::keyClick(m_view.get(), Qt::Key_End);
    QCOMPARE(m_view->visibleEndMs(), kDurationMs);
    QCOMPARE(seeks.size(), 0);
}

void WaveformViewZoomsScrollsAndSeeks::markerFlagClickActivatesTheMarker()
{
    m_view->setMarkers({{11, 30'000, QStringLiteral("Greeting"), QColor()},
                        {12, 150'000, QStringLiteral("Promise to call back"), QColor(Qt::red)}});
    QCOMPARE(m_view->markers().size(), 2);
    QSignalSpy activated(m_view.get(), &ui::WaveformView::markerActivated);
    QSignalSpy seeks(m_view.get(), &ui::WaveformView::seekRequested);
    const QRect flag = m_view->markerFlagRect(m_view->markers().at(1));
    QVERIFY(m_view->markerRowRect().contains(flag.center()));
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, flag.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), 12);
    QCOMPARE(seeks.size(), 0);

    // Beside the flags, the marker row seeks like the rest.
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier,
                      QPoint(900, m_view->markerRowRect().center().y()));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(seeks.size(), 1);

    // Scrolled out of view, a marker's flag is not there to click.
    m_view->setVisibleRange(200'000, 260'000);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, flag.center());
    QCOMPARE(activated.size(), 1);
}

void WaveformViewZoomsScrollsAndSeeks::followingThePlayheadTurnsThePage()
{
    QVERIFY(m_view->followsPlayhead());
    m_view->setVisibleRange(0, 60'000);
    for (qint64 ms = 0; ms <= 59'000; ms += 1000)
        m_view->setPosition(ms);
    QCOMPARE(m_view->visibleStartMs(), 0);
    m_view->setPosition(61'000);
    QVERIFY(m_view->visibleStartMs() > 0);
    QVERIFY(m_view->visibleStartMs() <= 61'000 && 61'000 <= m_view->visibleEndMs());
    // The new page starts near the playhead: most of it lies ahead.
    QVERIFY(m_view->xForMs(61'000) < kWidth / 10.0);
    QCOMPARE(m_view->visibleEndMs() - m_view->visibleStartMs(), 60'000);

    // A jump backwards out of view brings the playhead to the middle.
    m_view->setPosition(40'000);
    QVERIFY(std::abs(m_view->xForMs(40'000) - kWidth / 2.0) <= 1.0);

    m_view->setFollowPlayhead(false);
    const qint64 start = m_view->visibleStartMs();
    m_view->setPosition(250'000);
    QCOMPARE(m_view->visibleStartMs(), start);
    QCOMPARE(m_view->position(), 250'000);
}

void WaveformViewZoomsScrollsAndSeeks::playheadScrolledAwayIsNotFollowedUntilVisible()
{
    m_view->setVisibleRange(0, 60'000);
    m_view->setPosition(10'000);
    m_view->setVisibleRange(200'000, 260'000); // the coach looks elsewhere
    m_view->setPosition(70'000);
    QCOMPARE(m_view->visibleStartMs(), 200'000);
    m_view->setPosition(210'000); // walks into view
    m_view->setPosition(265'000); // and off it: followed again
    QVERIFY(m_view->visibleStartMs() <= 265'000 && 265'000 <= m_view->visibleEndMs());
}

void WaveformViewZoomsScrollsAndSeeks::clearEmptiesTheView()
{
    m_view->setSelection(1000, 2000);
    m_view->setMarkers({{1, 1000, QStringLiteral("x"), QColor()}});
    m_view->clear();
    QCOMPARE(m_view->durationMs(), 0);
    QVERIFY(!m_view->hasSelection());
    QVERIFY(m_view->markers().isEmpty());
    QSignalSpy seeks(m_view.get(), &ui::WaveformView::seekRequested);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, QPoint(100, 100));
    QCOMPARE(seeks.size(), 0);
    const QImage image = m_view->grab().toImage();
    QVERIFY(!image.isNull());
}

COACHVAULT_TEST_MAIN(WaveformViewZoomsScrollsAndSeeks)
#include "WaveformViewZoomsScrollsAndSeeks.moc"
