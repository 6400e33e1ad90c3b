// The Review area's transport owns Space, J/K/L, the arrows and [ ] through
// shortcuts and key handling around the waveform: the waveform, even when
// focused, must not swallow them. It handles only its zoom and view keys.

#include "tests/support/SyntheticPeaks.h"
#include "tests/support/TestMain.h"
#include "ui/waveform/WaveformView.h"

#include <QApplication>
#include <QKeyEvent>
#include <QShortcut>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace cv;

namespace {

// A stand-in for the Review area: records the keys that reach it.
class KeyRecorder final : public QWidget
{
public:
    QList<int> keys;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        keys.append(event->key());
        event->accept();
    }
};

} // namespace

class WaveformViewLeavesTransportKeysToItsParent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void transportKeysAreIgnored_data();
    void transportKeysAreIgnored();
    void zoomKeysAreHandled_data();
    void zoomKeysAreHandled();
    void modifiedZoomKeysAreLeftAlone();
    void shortcutsOfTheParentWinOverTheWaveform();
    void focusAndAccessibility();

private:
    core::PeakPyramid m_peaks;
    std::unique_ptr<KeyRecorder> m_parent;
    ui::WaveformView* m_view = nullptr;
};

void WaveformViewLeavesTransportKeysToItsParent::initTestCase()
{
    m_peaks = test::tonePeaks(60, 8000, {0.5f, 0.5f});
}

void WaveformViewLeavesTransportKeysToItsParent::init()
{
    m_parent = std::make_unique<KeyRecorder>();
    auto* layout = new QVBoxLayout(m_parent.get());
    m_view = new ui::WaveformView(m_parent.get());
    layout->addWidget(m_view);
    m_view->setPeaks(m_peaks, 8000, {QStringLiteral("Agent"), QStringLiteral("Customer")});
    m_parent->resize(800, 260);
    m_parent->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_parent.get()));
    QApplication::setActiveWindow(m_parent.get());
    m_view->setFocus();
    QVERIFY(QTest::qWaitFor([this] { return m_view->hasFocus(); }));
}

void WaveformViewLeavesTransportKeysToItsParent::cleanup()
{
    m_parent.reset();
    m_view = nullptr;
}

void WaveformViewLeavesTransportKeysToItsParent::transportKeysAreIgnored_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Space") << int(Qt::Key_Space) << int(Qt::NoModifier);
    QTest::newRow("Left") << int(Qt::Key_Left) << int(Qt::NoModifier);
    QTest::newRow("Right") << int(Qt::Key_Right) << int(Qt::NoModifier);
    QTest::newRow("Shift+Right") << int(Qt::Key_Right) << int(Qt::ShiftModifier);
    QTest::newRow("Up") << int(Qt::Key_Up) << int(Qt::NoModifier);
    QTest::newRow("Down") << int(Qt::Key_Down) << int(Qt::NoModifier);
    QTest::newRow("J") << int(Qt::Key_J) << int(Qt::NoModifier);
    QTest::newRow("K") << int(Qt::Key_K) << int(Qt::NoModifier);
    QTest::newRow("L") << int(Qt::Key_L) << int(Qt::NoModifier);
    QTest::newRow("[") << int(Qt::Key_BracketLeft) << int(Qt::NoModifier);
    QTest::newRow("]") << int(Qt::Key_BracketRight) << int(Qt::NoModifier);
    QTest::newRow("Esc without selection") << int(Qt::Key_Escape) << int(Qt::NoModifier);
}

void WaveformViewLeavesTransportKeysToItsParent::transportKeysAreIgnored()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    const qint64 start = m_view->visibleStartMs();
    const qint64 end = m_view->visibleEndMs();
    QKeyEvent press(QEvent::KeyPress, key, Qt::KeyboardModifiers(modifiers));
    QApplication::sendEvent(m_view, &press);
    // Ignored by the view, so Qt passed it on to the parent, which took it.
    QCOMPARE(m_parent->keys, QList<int>{key});
    QCOMPARE(m_view->visibleStartMs(), start);
    QCOMPARE(m_view->visibleEndMs(), end);

    // Delivered to the view alone (no propagation), it stays unaccepted.
    QKeyEvent direct(QEvent::KeyPress, key, Qt::KeyboardModifiers(modifiers));
    static_cast<QObject*>(m_view)->event(&direct);
    QVERIFY(!direct.isAccepted());
}

void WaveformViewLeavesTransportKeysToItsParent::zoomKeysAreHandled_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<bool>("zoomsIn");
    QTest::newRow("+") << int(Qt::Key_Plus) << int(Qt::ShiftModifier) << true;
    QTest::newRow("=") << int(Qt::Key_Equal) << int(Qt::NoModifier) << true;
    QTest::newRow("keypad +") << int(Qt::Key_Plus) << int(Qt::KeypadModifier) << true;
    QTest::newRow("-") << int(Qt::Key_Minus) << int(Qt::NoModifier) << false;
}

void WaveformViewLeavesTransportKeysToItsParent::zoomKeysAreHandled()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(bool, zoomsIn);
    m_view->setVisibleRange(10'000, 30'000);
    QKeyEvent press(QEvent::KeyPress, key, Qt::KeyboardModifiers(modifiers));
    QApplication::sendEvent(m_view, &press);
    QVERIFY(press.isAccepted());
    QVERIFY(m_parent->keys.isEmpty());
    QCOMPARE(m_view->visibleEndMs() - m_view->visibleStartMs(), zoomsIn ? 10'000 : 40'000);
}

void WaveformViewLeavesTransportKeysToItsParent::modifiedZoomKeysAreLeftAlone()
{
    // Ctrl+= / Ctrl+- are the application's (e.g. text size): not the waveform's.
    const qint64 span = m_view->visibleEndMs() - m_view->visibleStartMs();
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Minus, Qt::ControlModifier);
    QApplication::sendEvent(m_view, &press);
    QCOMPARE(m_parent->keys, QList<int>{Qt::Key_Minus});
    QCOMPARE(m_view->visibleEndMs() - m_view->visibleStartMs(), span);
}

void WaveformViewLeavesTransportKeysToItsParent::shortcutsOfTheParentWinOverTheWaveform()
{
    int plays = 0;
    int zooms = 0;
    QShortcut play(QKeySequence(Qt::Key_Space), m_parent.get());
    play.setContext(Qt::WidgetWithChildrenShortcut);
    connect(&play, &QShortcut::activated, this, [&plays] { ++plays; });
    QShortcut zoom(QKeySequence(Qt::Key_Equal), m_parent.get());
    zoom.setContext(Qt::WidgetWithChildrenShortcut);
    connect(&zoom, &QShortcut::activated, this, [&zooms] { ++zooms; });

    const qint64 span = m_view->visibleEndMs() - m_view->visibleStartMs();
    QTest::keyClick(m_view, Qt::Key_Space);
    QTest::keyClick(m_view, Qt::Key_Equal);
    QCOMPARE(plays, 1);
    QCOMPARE(zooms, 1); // the view does not claim keys through ShortcutOverride
    QCOMPARE(m_view->visibleEndMs() - m_view->visibleStartMs(), span);
}

void WaveformViewLeavesTransportKeysToItsParent::focusAndAccessibility()
{
    QCOMPARE(m_view->focusPolicy(), Qt::StrongFocus);
    QVERIFY(!m_view->accessibleName().isEmpty());
    QVERIFY(!m_view->accessibleDescription().isEmpty());

    // The focus frame: the top-left corner is drawn in the highlight colour
    // only while the view has focus.
    const QColor highlight = m_view->palette().color(QPalette::Highlight);
    QCOMPARE(m_view->grab().toImage().pixelColor(1, 1).rgb(), highlight.rgb());
    m_view->clearFocus();
    QVERIFY(QTest::qWaitFor([this] { return !m_view->hasFocus(); }));
    QVERIFY(m_view->grab().toImage().pixelColor(1, 1).rgb() != highlight.rgb());
}

COACHVAULT_TEST_MAIN(WaveformViewLeavesTransportKeysToItsParent)
#include "WaveformViewLeavesTransportKeysToItsParent.moc"
