#include "ui/waveform/WaveformRenderer.h"

#include "ui/waveform/WaveformPalette.h"
#include "ui/waveform/WaveformTimeRuler.h"

#include <QFontMetrics>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cv::ui {

using core::PeakPyramid;

int WaveformRenderer::levelFor(double framesPerColumn)
{
    int level = 0;
    for (int candidate = 1; candidate < PeakPyramid::kLevels; ++candidate) {
        if (PeakPyramid::kSamplesPerBin[std::size_t(candidate)] <= framesPerColumn)
            level = candidate;
    }
    return level;
}

void WaveformRenderer::paintBackgrounds(QPainter& painter, const QList<WaveformLane>& lanes,
                                        const WaveformPalette& colours)
{
    for (const WaveformLane& lane : lanes) {
        painter.fillRect(lane.rect, colours.laneBackground(lane.colour));
        const double axisY = std::floor(lane.rect.top() + lane.rect.height() / 2.0) + 0.5;
        painter.setPen(QPen(colours.laneAxis(lane.colour), 1));
        painter.drawLine(QPointF(lane.rect.left(), axisY), QPointF(lane.rect.right() + 1, axisY));
    }
}

void WaveformRenderer::plotPeaks(QImage& image, const PeakPyramid& peaks, int sampleRateHz,
                                 const WaveformTimeAxis& axis, const QList<WaveformLane>& lanes)
{
    if (sampleRateHz <= 0 || peaks.frames() <= 0 || image.depth() != 32)
        return;
    // Device pixels: one span per physical column, crisp at any ratio.
    const qreal dpr = image.devicePixelRatio();
    const double deviceWidth = std::max(1.0, std::round(axis.width * dpr));
    const double framesPerColumn = double(axis.spanMs) * sampleRateHz / 1000.0 / deviceWidth;
    const double firstFrame = double(axis.startMs) * sampleRateHz / 1000.0;
    const QRect bounds = image.rect();
    uchar* const bits = image.bits();
    const qsizetype stride = image.bytesPerLine();
    for (const WaveformLane& lane : lanes) {
        const QRect device =
            QRect(int(std::round(lane.rect.left() * dpr)), int(std::round(lane.rect.top() * dpr)),
                  int(deviceWidth), int(std::round(lane.rect.height() * dpr)))
                .intersected(bounds);
        if (device.isEmpty())
            continue;
        computeSpans(peaks, lane.channel, device, firstFrame, framesPerColumn);
        const QRgb pixel = lane.colour.rgb(); // opaque: same in RGB32 and premultiplied ARGB32
        for (const Span& span : std::as_const(m_spans)) {
            uchar* at = bits + qsizetype(span.top) * stride + qsizetype(span.x) * 4;
            for (int y = span.top; y <= span.bottom; ++y, at += stride)
                *reinterpret_cast<QRgb*>(at) = pixel;
        }
    }
}

void WaveformRenderer::computeSpans(const PeakPyramid& peaks, int channel, const QRect& deviceRect,
                                    double firstFrame, double framesPerColumn)
{
    const int level = levelFor(framesPerColumn);
    const double framesPerBin = PeakPyramid::kSamplesPerBin[std::size_t(level)];
    const QList<PeakPyramid::Bin>& list = peaks.bins(level, channel);
    const PeakPyramid::Bin* bins = list.constData();
    const qint64 binCount = list.size();

    // A little headroom so full-scale peaks do not touch the lane's edge.
    const double margin = std::max(2.0, deviceRect.height() * 0.04);
    const double centre = deviceRect.top() + deviceRect.height() / 2.0;
    const double scale = (deviceRect.height() / 2.0 - margin) / 127.0;
    const double binsPerColumn = framesPerColumn / framesPerBin;

    m_spans.clear();
    m_spans.reserve(deviceRect.width());
    double position = firstFrame / framesPerBin;
    int previousMin = 0;
    int previousMax = 0;
    bool havePrevious = false;
    for (int column = 0; column < deviceRect.width(); ++column) {
        const double next = position + binsPerColumn;
        qint64 first = qint64(std::floor(position));
        qint64 last = std::max(first + 1, qint64(std::ceil(next - 1e-9))); // exclusive
        position = next;
        first = std::max<qint64>(first, 0);
        last = std::min(last, binCount);
        if (first >= binCount)
            break;
        if (last <= first)
            continue;
        int low = 127;
        int high = -127;
        for (qint64 b = first; b < last; ++b) {
            low = std::min<int>(low, bins[b].min);
            high = std::max<int>(high, bins[b].max);
        }
        // Join neighbouring columns so that steep slopes stay one stroke.
        const int rawLow = low;
        const int rawHigh = high;
        if (havePrevious) {
            high = std::max(high, previousMin);
            low = std::min(low, previousMax);
        }
        previousMin = rawLow;
        previousMax = rawHigh;
        havePrevious = true;
        if (low == 0 && high == 0)
            continue; // silence: the lane's zero line already shows it
        const int top = std::max(deviceRect.top(), int(std::lround(centre - high * scale)));
        const int bottom = std::min(deviceRect.bottom(), int(std::lround(centre - low * scale)));
        if (top <= bottom)
            m_spans.append({deviceRect.left() + column, top, bottom});
    }
}

void WaveformRenderer::paintLabels(QPainter& painter, const QList<WaveformLane>& lanes,
                                   const WaveformPalette& colours)
{
    const QFontMetrics metrics = painter.fontMetrics();
    for (const WaveformLane& lane : lanes) {
        if (lane.label.isEmpty() || lane.rect.height() < 16)
            continue;
        const int swatch = std::max(6, metrics.height() / 2);
        const int padding = 6;
        const QString text =
            metrics.elidedText(lane.label, Qt::ElideRight, std::max(40, lane.rect.width() / 3));
        const int textWidth = metrics.horizontalAdvance(text);
        const QRect tag(lane.rect.left() + 6, lane.rect.top() + 5,
                        padding + swatch + 6 + textWidth + padding, metrics.height() + 4);
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours.laneLabelBackground);
        painter.drawRoundedRect(QRectF(tag), 4, 4);
        painter.setBrush(lane.colour);
        painter.drawRoundedRect(
            QRectF(tag.left() + padding, tag.center().y() - swatch / 2.0 + 0.5, swatch, swatch), 2,
            2);
        painter.restore();
        painter.setPen(colours.laneLabelText);
        painter.drawText(
            QRect(tag.left() + padding + swatch + 6, tag.top(), textWidth + 1, tag.height()),
            Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

} // namespace cv::ui
