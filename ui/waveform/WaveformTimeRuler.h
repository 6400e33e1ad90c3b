#pragma once

#include <QString>

class QFontMetrics;
class QPainter;
class QRect;

namespace cv::ui {

struct WaveformPalette;

// The visible window of a waveform: which milliseconds of the call lie
// between x = left and x = left + width (logical pixels).
struct WaveformTimeAxis
{
    qint64 startMs = 0;
    qint64 spanMs = 1;
    double left = 0;
    double width = 1;

    double pxPerMs() const { return width / double(spanMs); }
    double xAt(double ms) const { return left + (ms - double(startMs)) * pxPerMs(); }
    double msAt(double x) const { return double(startMs) + (x - left) / pxPerMs(); }
};

// The time ruler above the lanes: tick spacing that keeps labels readable at
// every zoom, labels as m:ss (h:mm:ss for calls of an hour or more) with
// tenths or hundredths when the ticks are closer than a second.
class WaveformTimeRuler final
{
public:
    struct Spacing
    {
        qint64 majorMs = 0; // labelled ticks
        qint64 minorMs = 0; // unlabelled ticks between them (== majorMs when none fit)
    };

    // The smallest "round" spacing whose labels (as `metrics` draws them)
    // do not crowd each other at `pxPerMs`.
    static Spacing chooseSpacing(double pxPerMs, const QFontMetrics& metrics, bool withHours);
    // `ms` as a ruler label; `stepMs` decides how many decimals of a second.
    static QString formatTime(qint64 ms, qint64 stepMs, bool withHours);
    // Whether labels of a call this long show hours.
    static bool needsHours(qint64 durationMs) { return durationMs >= 3'600'000; }

    // Paints ticks and labels into `row`, for the part of the call in `axis`.
    static void paint(QPainter& painter, const QRect& row, const WaveformTimeAxis& axis,
                      qint64 durationMs, const WaveformPalette& colours);
};

} // namespace cv::ui
