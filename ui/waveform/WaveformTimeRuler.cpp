#include "ui/waveform/WaveformTimeRuler.h"

#include "ui/waveform/WaveformPalette.h"

#include <QFontMetrics>
#include <QLineF>
#include <QPainter>
#include <QRect>
#include <QVarLengthArray>

#include <array>
#include <cmath>

namespace cv::ui {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;

// Round spacings, finest first: {labelled, unlabelled}.
constexpr std::array<WaveformTimeRuler::Spacing, 23> kSpacings{{
    {10, 2},
    {20, 5},
    {50, 10},
    {100, 20},
    {200, 50},
    {500, 100},
    {kSecond, 200},
    {2 * kSecond, 500},
    {5 * kSecond, kSecond},
    {10 * kSecond, 2 * kSecond},
    {15 * kSecond, 5 * kSecond},
    {30 * kSecond, 5 * kSecond},
    {kMinute, 10 * kSecond},
    {2 * kMinute, 30 * kSecond},
    {5 * kMinute, kMinute},
    {10 * kMinute, 2 * kMinute},
    {15 * kMinute, 5 * kMinute},
    {30 * kMinute, 5 * kMinute},
    {kHour, 10 * kMinute},
    {2 * kHour, 30 * kMinute},
    {3 * kHour, kHour},
    {6 * kHour, kHour},
    {12 * kHour, 2 * kHour},
}};

constexpr double kLabelGapPx = 18;   // free space after each label
constexpr double kMinMinorGapPx = 5; // closer minor ticks turn into a grey band

} // namespace

WaveformTimeRuler::Spacing
WaveformTimeRuler::chooseSpacing(double pxPerMs, const QFontMetrics& metrics, bool withHours)
{
    for (const Spacing& spacing : kSpacings) {
        // The widest label of this step: many digits, full decimals.
        const qint64 sampleMs = (withHours ? 38 * kHour : 58 * kMinute) + 58 * kSecond + 888;
        const double labelPx =
            metrics.horizontalAdvance(formatTime(sampleMs, spacing.majorMs, withHours)) +
            kLabelGapPx;
        if (double(spacing.majorMs) * pxPerMs >= labelPx) {
            Spacing chosen = spacing;
            if (double(chosen.minorMs) * pxPerMs < kMinMinorGapPx)
                chosen.minorMs = chosen.majorMs;
            return chosen;
        }
    }
    return kSpacings.back();
}

QString WaveformTimeRuler::formatTime(qint64 ms, qint64 stepMs, bool withHours)
{
    ms = std::max<qint64>(ms, 0);
    const qint64 totalSeconds = ms / kSecond;
    const qint64 seconds = totalSeconds % 60;
    QString text;
    if (withHours) {
        text = QStringLiteral("%1:%2:%3")
                   .arg(totalSeconds / 3600)
                   .arg((totalSeconds / 60) % 60, 2, 10, QLatin1Char('0'))
                   .arg(seconds, 2, 10, QLatin1Char('0'));
    } else {
        text = QStringLiteral("%1:%2").arg(totalSeconds / 60).arg(seconds, 2, 10, QLatin1Char('0'));
    }
    const int decimals = stepMs >= 1000 ? 0 : stepMs >= 100 ? 1 : stepMs >= 10 ? 2 : 3;
    if (decimals > 0) {
        const QString thousandths = QStringLiteral("%1").arg(ms % kSecond, 3, 10, QLatin1Char('0'));
        text += QLatin1Char('.') + thousandths.left(decimals);
    }
    return text;
}

void WaveformTimeRuler::paint(QPainter& painter, const QRect& row, const WaveformTimeAxis& axis,
                              qint64 durationMs, const WaveformPalette& colours)
{
    const QFontMetrics metrics = painter.fontMetrics();
    const bool withHours = needsHours(durationMs);
    const Spacing spacing = chooseSpacing(axis.pxPerMs(), metrics, withHours);

    const qint64 endMs = std::min(durationMs, axis.startMs + axis.spanMs);
    const qint64 firstMs = (axis.startMs + spacing.minorMs - 1) / spacing.minorMs * spacing.minorMs;
    const double bottom = row.bottom() + 1;
    const double majorTop = row.top() + 3;
    const double minorTop = bottom - 4;

    QVarLengthArray<QLineF, 256> ticks;
    painter.setPen(colours.rulerText);
    const int labelTop = row.top() + 2;
    for (qint64 ms = firstMs; ms <= endMs; ms += spacing.minorMs) {
        // Crisp lines: pixel centres at every device pixel ratio.
        const double x = std::floor(axis.xAt(double(ms))) + 0.5;
        const bool major = ms % spacing.majorMs == 0;
        ticks.append(QLineF(x, major ? majorTop : minorTop, x, bottom));
        if (major) {
            painter.drawText(QPointF(x + 4, labelTop + metrics.ascent()),
                             formatTime(ms, spacing.majorMs, withHours));
        }
    }
    painter.setPen(QPen(colours.rulerTick, 1));
    painter.drawLines(ticks.constData(), int(ticks.size()));
}

} // namespace cv::ui
