// The waveform's time ruler: labels as m:ss (h:mm:ss for calls of an hour
// or more, decimals when ticks are closer than a second), and a tick spacing
// at every zoom from the whole call to one bin per pixel that is round and
// leaves room for its labels.

#include "tests/support/TestMain.h"
#include "ui/waveform/WaveformRenderer.h"
#include "ui/waveform/WaveformTimeRuler.h"

#include <QApplication>
#include <QFontMetrics>
#include <QTest>

using namespace cv;

class WaveformTimeRulerLabelsReadably final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsTimes_data();
    void formatsTimes();
    void spacingLeavesRoomForLabels_data();
    void spacingLeavesRoomForLabels();
    void pyramidLevelIsTheCoarsestThatFitsAColumn_data();
    void pyramidLevelIsTheCoarsestThatFitsAColumn();
};

void WaveformTimeRulerLabelsReadably::formatsTimes_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<bool>("hours");
    QTest::addColumn<QString>("text");
    QTest::newRow("start") << qint64(0) << qint64(5000) << false << QStringLiteral("0:00");
    QTest::newRow("seconds") << qint64(65'000) << qint64(5000) << false << QStringLiteral("1:05");
    QTest::newRow("long minutes") << qint64(59 * 60'000 + 59'999) << qint64(60'000) << false
                                  << QStringLiteral("59:59");
    QTest::newRow("hours") << qint64(3'725'000) << qint64(60'000) << true
                           << QStringLiteral("1:02:05");
    QTest::newRow("hour call, start")
        << qint64(0) << qint64(300'000) << true << QStringLiteral("0:00:00");
    QTest::newRow("tenths") << qint64(83'500) << qint64(500) << false << QStringLiteral("1:23.5");
    QTest::newRow("hundredths") << qint64(83'520) << qint64(20) << false
                                << QStringLiteral("1:23.52");
    QTest::newRow("thousandths") << qint64(83'527) << qint64(5) << false
                                 << QStringLiteral("1:23.527");
    QTest::newRow("negative clamps")
        << qint64(-10) << qint64(1000) << false << QStringLiteral("0:00");
}

void WaveformTimeRulerLabelsReadably::formatsTimes()
{
    QFETCH(qint64, ms);
    QFETCH(qint64, step);
    QFETCH(bool, hours);
    QFETCH(QString, text);
    QCOMPARE(ui::WaveformTimeRuler::formatTime(ms, step, hours), text);
}

void WaveformTimeRulerLabelsReadably::spacingLeavesRoomForLabels_data()
{
    QTest::addColumn<qint64>("spanMs");
    QTest::addColumn<int>("widthPx");
    QTest::addColumn<bool>("hours");
    QTest::addColumn<qint64>("expectedMajorMs");
    // 1600 px, as in the benchmark; 8 kHz call: max zoom is 8 ms per pixel.
    QTest::newRow("hour call, whole") << qint64(3'600'000) << 1600 << true << qint64(300'000);
    QTest::newRow("10 minutes") << qint64(600'000) << 1600 << false << qint64(30'000);
    QTest::newRow("1 minute") << qint64(60'000) << 1600 << false << qint64(2'000);
    QTest::newRow("10 seconds") << qint64(10'000) << 1600 << false << qint64(1'000);
    QTest::newRow("max zoom, 8 kHz") << qint64(12'800) << 1600 << false << qint64(1'000);
    QTest::newRow("max zoom, 48 kHz") << qint64(2'133) << 1600 << false << qint64(200);
    QTest::newRow("narrow widget, hour") << qint64(3'600'000) << 300 << true << qint64(1'800'000);
}

void WaveformTimeRulerLabelsReadably::spacingLeavesRoomForLabels()
{
    QFETCH(qint64, spanMs);
    QFETCH(int, widthPx);
    QFETCH(bool, hours);
    QFETCH(qint64, expectedMajorMs);
    const QFontMetrics metrics(QApplication::font());
    const double pxPerMs = double(widthPx) / double(spanMs);
    const auto spacing = ui::WaveformTimeRuler::chooseSpacing(pxPerMs, metrics, hours);
    const QString widest = ui::WaveformTimeRuler::formatTime(spanMs, spacing.majorMs, hours);
    // Room for the label and a gap.
    QVERIFY(double(spacing.majorMs) * pxPerMs >= metrics.horizontalAdvance(widest) + 8);
    // Not so sparse that the ruler says little: at least 3 labels.
    QVERIFY2(double(spanMs) / double(spacing.majorMs) >= 3 || widthPx < 400,
             qPrintable(QString::number(spacing.majorMs)));
    QVERIFY(spacing.majorMs % spacing.minorMs == 0);
    // The default font here gives this step (a change in font may move it by one).
    QVERIFY2(spacing.majorMs == expectedMajorMs || spacing.majorMs == expectedMajorMs * 2 ||
                 spacing.majorMs * 2 == expectedMajorMs,
             qPrintable(QString::number(spacing.majorMs)));
}

void WaveformTimeRulerLabelsReadably::pyramidLevelIsTheCoarsestThatFitsAColumn_data()
{
    QTest::addColumn<double>("framesPerColumn");
    QTest::addColumn<int>("level");
    QTest::newRow("half a bin (2x screen, max zoom)") << 32.0 << 0;
    QTest::newRow("one bin") << 64.0 << 0;
    QTest::newRow("255 frames") << 255.0 << 0;
    QTest::newRow("256 frames") << 256.0 << 1;
    QTest::newRow("1 minute on 1600 px") << 300.0 << 1;
    QTest::newRow("10 minutes on 1600 px") << 3000.0 << 2;
    QTest::newRow("whole hour on 1600 px") << 18'000.0 << 3;
}

void WaveformTimeRulerLabelsReadably::pyramidLevelIsTheCoarsestThatFitsAColumn()
{
    QFETCH(double, framesPerColumn);
    QFETCH(int, level);
    QCOMPARE(ui::WaveformRenderer::levelFor(framesPerColumn), level);
}

COACHVAULT_TEST_MAIN(WaveformTimeRulerLabelsReadably)

#include "WaveformTimeRulerLabelsReadably.moc"
