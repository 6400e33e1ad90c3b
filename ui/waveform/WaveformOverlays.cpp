#include "ui/waveform/WaveformOverlays.h"

#include "ui/waveform/WaveformPalette.h"
#include "ui/waveform/WaveformView.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace cv::ui {

namespace {

// Black or white, whichever reads better on `background`.
QColor textOn(const QColor& background)
{
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(0x1b, 0x24, 0x2c) : QColor(Qt::white);
}

bool inView(const WaveformView& view, qint64 ms)
{
    return ms >= view.visibleStartMs() && ms <= view.visibleEndMs();
}

} // namespace

void WaveformOverlays::paint(QPainter& painter, const WaveformView& view,
                             const WaveformPalette& colours)
{
    if (view.durationMs() > 0) {
        paintRegions(painter, view);
        paintSelection(painter, view, colours);
        paintMarkers(painter, view, colours);
        paintPlayhead(painter, view, colours);
    }
    if (view.hasFocus()) {
        const int bottom = view.durationMs() > 0 ? view.lanesRect().bottom() + 1 : view.height();
        painter.setPen(QPen(colours.focus, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(0, 0, view.width(), bottom).adjusted(1, 1, -1, -1));
    }
}

void WaveformOverlays::paintRegions(QPainter& painter, const WaveformView& view)
{
    const QRect lanes = view.lanesRect();
    for (const WaveformRegion& region : view.regions()) {
        if (region.endMs <= view.visibleStartMs() || region.startMs >= view.visibleEndMs())
            continue;
        const double left = std::max(0.0, std::floor(view.xForMs(region.startMs)));
        const double right = std::min(double(view.width()), std::floor(view.xForMs(region.endMs)));
        const QRectF shaded(QPointF(left, lanes.top()), QPointF(right + 1, lanes.bottom() + 1));
        painter.fillRect(shaded, region.colour);
        if (region.hatched) {
            QColor line = region.colour;
            line.setAlpha(std::min(255, region.colour.alpha() * 2 + 40));
            painter.fillRect(shaded, QBrush(line, Qt::BDiagPattern));
        }
    }
}

void WaveformOverlays::paintSelection(QPainter& painter, const WaveformView& view,
                                      const WaveformPalette& colours)
{
    if (!view.hasSelection())
        return;
    const auto [fromMs, toMs] = view.selection();
    const QRect lanes = view.lanesRect();
    const QRect markerRow = view.markerRowRect();
    const double left = std::floor(view.xForMs(fromMs));
    const double right = std::floor(view.xForMs(toMs));
    const QRectF shaded(QPointF(left, markerRow.top()), QPointF(right + 1, lanes.bottom() + 1));
    painter.fillRect(shaded, colours.selectionFill);
    // A bar under the time row marks the range on the ruler too.
    painter.fillRect(QRectF(left, markerRow.top() - 3, right - left + 1, 3), colours.selectionEdge);
    painter.setPen(QPen(colours.selectionEdge, 1));
    painter.drawLine(QPointF(left + 0.5, shaded.top()), QPointF(left + 0.5, shaded.bottom()));
    painter.drawLine(QPointF(right + 0.5, shaded.top()), QPointF(right + 0.5, shaded.bottom()));
}

void WaveformOverlays::paintMarkers(QPainter& painter, const WaveformView& view,
                                    const WaveformPalette& colours)
{
    const QRect lanes = view.lanesRect();
    const QFontMetrics metrics = view.fontMetrics();
    const QList<WaveformMarker> markers = view.markers();
    for (const WaveformMarker& marker : markers) {
        if (!inView(view, marker.positionMs))
            continue;
        const QColor colour = marker.colour.isValid() ? marker.colour : colours.defaultMarker;
        const QRect flag = view.markerFlagRect(marker);
        const double x = flag.left() + 0.5;
        QColor line = colour;
        line.setAlpha(170);
        painter.setPen(QPen(line, 1));
        painter.drawLine(QPointF(x, flag.top()), QPointF(x, lanes.bottom() + 1));

        // A pennant: square on the pole's side, rounded on the other.
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        const QRectF body(flag);
        QPainterPath pennant;
        pennant.moveTo(body.topLeft());
        pennant.lineTo(body.right() - 3, body.top());
        pennant.quadTo(body.right(), body.top(), body.right(), body.top() + 3);
        pennant.lineTo(body.right(), body.bottom() - 3);
        pennant.quadTo(body.right(), body.bottom(), body.right() - 3, body.bottom());
        pennant.lineTo(body.left(), body.bottom());
        pennant.closeSubpath();
        painter.fillPath(pennant, colour);
        painter.restore();

        if (!marker.label.isEmpty()) {
            painter.setPen(textOn(colour));
            const QString text = metrics.elidedText(marker.label, Qt::ElideRight, kFlagMaxTextPx);
            painter.drawText(flag.adjusted(6, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
        }
    }
}

void WaveformOverlays::paintPlayhead(QPainter& painter, const WaveformView& view,
                                     const WaveformPalette& colours)
{
    if (!inView(view, view.position()))
        return;
    const double x = std::floor(view.xForMs(view.position())) + 0.5;
    const double handleBottom = view.timeRowBottom();
    painter.setPen(QPen(colours.playhead, 1));
    painter.drawLine(QPointF(x, handleBottom), QPointF(x, view.lanesRect().bottom() + 1));

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours.playhead);
    const double h = kPlayheadHalfWidthPx + 1;
    const QPointF handle[3] = {QPointF(x - kPlayheadHalfWidthPx, handleBottom - h),
                               QPointF(x + kPlayheadHalfWidthPx, handleBottom - h),
                               QPointF(x, handleBottom)};
    painter.drawPolygon(handle, 3);
    painter.restore();
}

} // namespace cv::ui
