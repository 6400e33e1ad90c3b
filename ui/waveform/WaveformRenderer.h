#pragma once

#include "core/audio/PeakPyramid.h"

#include <QColor>
#include <QList>
#include <QRect>
#include <QString>

class QImage;
class QPainter;

namespace cv::ui {

struct WaveformPalette;
struct WaveformTimeAxis;

// One channel of the pyramid shown in a horizontal band of the widget.
struct WaveformLane
{
    QRect rect; // logical pixels
    int channel = 0;
    QColor colour;
    QString label;
};

// Paints lanes of min/max peaks. For each device-pixel column it reads the
// coarsest pyramid level whose bins are no wider than the column, merges the
// bins the column covers into one vertical span, and writes the spans of a
// lane straight into the layer image (no per-column QPainter work): a few
// bins and one span per column at any zoom.
// Not thread-safe: it reuses one span buffer between calls.
class WaveformRenderer final
{
public:
    // The pyramid level to read when one column spans `framesPerColumn` frames.
    static int levelFor(double framesPerColumn);

    // Lane backgrounds and zero lines.
    static void paintBackgrounds(QPainter& painter, const QList<WaveformLane>& lanes,
                                 const WaveformPalette& colours);
    // The peaks of every lane, written into `image` (32-bit RGB, any device
    // pixel ratio); no QPainter may be active on it.
    void plotPeaks(QImage& image, const core::PeakPyramid& peaks, int sampleRateHz,
                   const WaveformTimeAxis& axis, const QList<WaveformLane>& lanes);
    // Each lane's name in a small tag at its top left.
    static void paintLabels(QPainter& painter, const QList<WaveformLane>& lanes,
                            const WaveformPalette& colours);

private:
    struct Span
    {
        int x;
        int top;
        int bottom; // inclusive
    };

    void computeSpans(const core::PeakPyramid& peaks, int channel, const QRect& deviceRect,
                      double firstFrame, double framesPerColumn);

    QList<Span> m_spans;
};

} // namespace cv::ui
