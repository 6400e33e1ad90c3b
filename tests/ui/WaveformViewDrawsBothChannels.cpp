// What the waveform draws, checked on its pixels: each channel in its own
// lane and colour (agent blue, customer orange, whichever side the agent is
// on), silence as an empty lane, one lane for a mono call, the theme's dark
// palette, and the playhead. Also writes pictures of a speech-like call to
// $COACHVAULT_SCREENSHOT_DIR when set, for looking at it.

#include "tests/support/SyntheticPeaks.h"
#include "tests/support/TestMain.h"
#include "ui/waveform/WaveformPalette.h"
#include "ui/waveform/WaveformView.h"

#include <QDir>
#include <QImage>
#include <QTest>

using namespace cv;

namespace {

constexpr int kRate = 8000;

bool near(const QColor& a, const QColor& b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
               std::abs(a.blue() - b.blue()) <=
           tolerance;
}

// Share of the pixels of `area` (logical) that are close to `colour`.
double share(const QImage& image, const QRect& area, const QColor& colour, qreal dpr)
{
    const QRect device(int(area.left() * dpr), int(area.top() * dpr), int(area.width() * dpr),
                       int(area.height() * dpr));
    qint64 hits = 0;
    for (int y = device.top(); y <= device.bottom(); ++y)
        for (int x = device.left(); x <= device.right(); ++x)
            hits += near(image.pixelColor(x, y), colour) ? 1 : 0;
    return double(hits) / double(device.width() * device.height());
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x25, 0x28, 0x2c));
    dark.setColor(QPalette::Base, QColor(0x1c, 0x1f, 0x23));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe9, 0xec));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe9, 0xec));
    dark.setColor(QPalette::Button, QColor(0x30, 0x34, 0x39));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe9, 0xec));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xc9));
    return dark;
}

QRect laneRect(const ui::WaveformView& view, int lane, int lanes)
{
    const QRect all = view.lanesRect();
    const int h = all.height() / lanes;
    return QRect(all.left(), all.top() + lane * h, all.width(), h).adjusted(0, 2, 0, -2);
}

} // namespace

class WaveformViewDrawsBothChannels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loudLeftAndSilentRightLanes();
    void agentOnTheRightSwapsTheColours();
    void monoCallHasOneLane();
    void darkPaletteKeepsBothChannelsVisible();
    void playheadIsDrawnWhereThePositionIs();
    void speechLikeCallAtThreeZooms();

private:
    QImage grab(ui::WaveformView& view) const;

    core::PeakPyramid m_loudLeft;
    ui::WaveformPalette m_colours;
};

void WaveformViewDrawsBothChannels::initTestCase()
{
    m_loudLeft = test::tonePeaks(120, kRate, {0.8f, 0.0f});
}

QImage WaveformViewDrawsBothChannels::grab(ui::WaveformView& view) const
{
    const QPixmap pixmap = view.grab();
    // High-DPI: the picture has the device's pixels.
    const qreal dpr = view.devicePixelRatioF();
    const QImage image = pixmap.toImage();
    if (image.size() != (QSizeF(view.size()) * dpr).toSize())
        qWarning("grab is %dx%d for a %dx%d view at %g", image.width(), image.height(),
                 view.width(), view.height(), dpr);
    return image;
}

void WaveformViewDrawsBothChannels::loudLeftAndSilentRightLanes()
{
    ui::WaveformView view;
    view.resize(900, 280);
    view.setPeaks(m_loudLeft, kRate, {QStringLiteral("Agent"), QStringLiteral("Customer")});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto colours = ui::WaveformPalette::fromPalette(view.palette());
    const qreal dpr = view.devicePixelRatioF();
    const QImage image = grab(view);
    QCOMPARE(image.size(), (QSizeF(view.size()) * dpr).toSize());
    // Registered a second time with QT_SCALE_FACTOR=2: high-DPI really in effect.
    if (qEnvironmentVariable("QT_SCALE_FACTOR") == QStringLiteral("2"))
        QCOMPARE(dpr, 2.0);

    const double agentInLeft = share(image, laneRect(view, 0, 2), colours.agent, dpr);
    const double customerInRight = share(image, laneRect(view, 1, 2), colours.customer, dpr);
    const double agentInRight = share(image, laneRect(view, 1, 2), colours.agent, dpr);
    qInfo("agent pixels in the left lane %.3f, customer pixels in the right lane %.4f", agentInLeft,
          customerInRight);
    // A 0.8 sine fills about 0.8 of the lane at every column.
    QVERIFY2(agentInLeft > 0.6 && agentInLeft < 0.9, qPrintable(QString::number(agentInLeft)));
    QVERIFY2(customerInRight < 0.01, qPrintable(QString::number(customerInRight)));
    QVERIFY(agentInRight < 0.01);
    // The ruler is not painted in lane colours.
    QVERIFY(share(image, view.rulerRect(), colours.agent, dpr) < 0.01);
}

void WaveformViewDrawsBothChannels::agentOnTheRightSwapsTheColours()
{
    ui::WaveformView view;
    view.resize(900, 280);
    view.setPeaks(test::tonePeaks(30, kRate, {0.8f, 0.5f}), kRate,
                  {QStringLiteral("Customer"), QStringLiteral("Agent")}, core::AgentChannel::Right);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto colours = ui::WaveformPalette::fromPalette(view.palette());
    const qreal dpr = view.devicePixelRatioF();
    const QImage image = grab(view);
    const double customerInLeft = share(image, laneRect(view, 0, 2), colours.customer, dpr);
    const double agentInRight = share(image, laneRect(view, 1, 2), colours.agent, dpr);
    QVERIFY2(customerInLeft > 0.6, qPrintable(QString::number(customerInLeft)));
    QVERIFY2(agentInRight > 0.35 && agentInRight < 0.6, qPrintable(QString::number(agentInRight)));
    QVERIFY(share(image, laneRect(view, 0, 2), colours.agent, dpr) < 0.01);
    // The two lane colours are far apart, also in lightness (greyscale, colour blindness).
    QVERIFY(!near(colours.agent, colours.customer, 150));
    QVERIFY(std::abs(colours.agent.lightness() - colours.customer.lightness()) >= 15);
}

void WaveformViewDrawsBothChannels::monoCallHasOneLane()
{
    ui::WaveformView view;
    view.resize(900, 280);
    view.setPeaks(test::tonePeaks(30, kRate, {0.5f}), kRate, {QStringLiteral("Agent and customer")},
                  core::AgentChannel::Mono);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto colours = ui::WaveformPalette::fromPalette(view.palette());
    const qreal dpr = view.devicePixelRatioF();
    const QImage image = grab(view);
    const double mixed = share(image, laneRect(view, 0, 1), colours.mixed, dpr);
    // One lane as tall as the area: a 0.5 sine fills about half of it.
    QVERIFY2(mixed > 0.4 && mixed < 0.6, qPrintable(QString::number(mixed)));
}

void WaveformViewDrawsBothChannels::darkPaletteKeepsBothChannelsVisible()
{
    ui::WaveformView view;
    view.setPalette(darkPalette());
    view.resize(900, 280);
    view.setPeaks(test::tonePeaks(30, kRate, {0.8f, 0.8f}), kRate,
                  {QStringLiteral("Agent"), QStringLiteral("Customer")});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto colours = ui::WaveformPalette::fromPalette(view.palette());
    QVERIFY(colours.dark);
    const qreal dpr = view.devicePixelRatioF();
    const QImage image = grab(view);
    QVERIFY(share(image, laneRect(view, 0, 2), colours.agent, dpr) > 0.6);
    QVERIFY(share(image, laneRect(view, 1, 2), colours.customer, dpr) > 0.6);
    // Dark background around the waveform, bright lanes on it.
    QVERIFY(image.pixelColor(int(5 * dpr), int((view.lanesRect().bottom() - 2) * dpr)).lightness() <
            70);
    QVERIFY(colours.agent.lightness() > 120 && colours.customer.lightness() > 120);
}

void WaveformViewDrawsBothChannels::playheadIsDrawnWhereThePositionIs()
{
    ui::WaveformView view;
    view.resize(900, 280);
    view.setPeaks(m_loudLeft, kRate, {QStringLiteral("Agent"), QStringLiteral("Customer")});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto colours = ui::WaveformPalette::fromPalette(view.palette());
    const qreal dpr = view.devicePixelRatioF();
    view.setPosition(40'000);
    const int x = int(std::floor(view.xForMs(40'000)));
    // In the silent lane the playhead is the only dark thing in its column.
    const int y = laneRect(view, 1, 2).top() + 10;
    const QImage image = grab(view);
    QVERIFY(near(image.pixelColor(int((x + 0.5) * dpr), int(y * dpr)), colours.playhead));
    QVERIFY(!near(image.pixelColor(int((x + 20) * dpr), int(y * dpr)), colours.playhead));

    // Moved, it leaves no trace behind (partial repaints).
    view.setPosition(80'000);
    QApplication::processEvents();
    const QImage after = grab(view);
    QVERIFY(!near(after.pixelColor(int((x + 0.5) * dpr), int(y * dpr)), colours.playhead));
    const int x2 = int(std::floor(view.xForMs(80'000)));
    QVERIFY(near(after.pixelColor(int((x2 + 0.5) * dpr), int(y * dpr)), colours.playhead));
}

void WaveformViewDrawsBothChannels::speechLikeCallAtThreeZooms()
{
    const core::PeakPyramid speech = test::speechLikePeaks(15 * 60, kRate);
    ui::WaveformView view;
    view.resize(1200, 300);
    view.setPeaks(speech, kRate, {QStringLiteral("Agent"), QStringLiteral("Customer")});
    view.setMarkers(
        {{1, 95'000, QStringLiteral("Greeting and name"), QColor()},
         {2, 131'500, QStringLiteral("Promise to call back"), QColor(0x1e, 0x6b, 0x34)}});
    view.setPosition(118'000);
    view.setSelection(104'000, 116'000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto colours = ui::WaveformPalette::fromPalette(view.palette());
    const qreal dpr = view.devicePixelRatioF();

    const QString dir = qEnvironmentVariable("COACHVAULT_SCREENSHOT_DIR");
    struct Zoom
    {
        const char* name;
        qint64 startMs;
        qint64 endMs;
    };
    const Zoom zooms[] = {
        {"whole", 0, 15 * 60 * 1000}, {"minute", 90'000, 150'000}, {"seconds", 112'000, 120'000}};
    for (const Zoom& zoom : zooms) {
        view.setVisibleRange(zoom.startMs, zoom.endMs);
        const QImage image = grab(view);
        // Both people speak somewhere in each picture.
        QVERIFY2(share(image, laneRect(view, 0, 2), colours.agent, dpr) > 0.005, zoom.name);
        QVERIFY2(share(image, laneRect(view, 1, 2), colours.customer, dpr) > 0.005, zoom.name);
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(image.save(dir + QStringLiteral("/waveform-%1%2.png")
                                         .arg(QLatin1String(zoom.name),
                                              dpr > 1 ? QStringLiteral("@2x") : QString())));
        }
    }
    if (!dir.isEmpty()) {
        view.clearFocus();
        view.setVisibleRange(60'000, 180'000);
        QVERIFY(grab(view).save(dir + QStringLiteral("/waveform-unfocused.png")));
        view.setPalette(darkPalette());
        QVERIFY(grab(view).save(dir + QStringLiteral("/waveform-dark.png")));
    }
}

COACHVAULT_TEST_MAIN(WaveformViewDrawsBothChannels)
#include "WaveformViewDrawsBothChannels.moc"
