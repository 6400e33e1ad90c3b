#include "ui/waveform/WaveformView.h"

#include "ui/waveform/WaveformOverlays.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cv::ui {

namespace {

constexpr double kWheelScrollFraction = 0.1; // of the visible span per wheel notch
constexpr int kAutoScrollIntervalMs = 30;

} // namespace

WaveformView::WaveformView(QWidget* parent)
    : QWidget(parent)
    , m_scrollBar(new QScrollBar(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("waveformView"));
    setAccessibleName(tr("Waveform"));
    setAccessibleDescription(
        tr("The call's audio over time, one lane per channel. Click to play from a moment, "
           "drag to select a range. The wheel scrolls; Ctrl+wheel, plus and minus zoom."));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_colours = WaveformPalette::fromPalette(palette());

    m_scrollBar->setObjectName(QStringLiteral("waveformScrollBar"));
    m_scrollBar->setAccessibleName(tr("Scroll the waveform"));
    m_scrollBar->setFocusPolicy(Qt::NoFocus);
    m_scrollBar->setCursor(Qt::ArrowCursor);
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_syncingScrollBar)
            applyRange(value, m_spanMs);
    });
    syncScrollBar();

    m_autoScroll.setInterval(kAutoScrollIntervalMs);
    connect(&m_autoScroll, &QTimer::timeout, this, &WaveformView::autoScrollStep);
}

WaveformView::~WaveformView() = default;

// --- Content ----------------------------------------------------------------

void WaveformView::setPeaks(const core::PeakPyramid& peaks, int sampleRateHz,
                            const QStringList& channelLabels, core::AgentChannel agentChannel)
{
    m_peaks = peaks;
    m_sampleRateHz = std::max(0, sampleRateHz);
    m_labels = channelLabels;
    while (m_labels.size() < peaks.channels())
        m_labels.append(tr("Channel %1").arg(m_labels.size() + 1));
    m_agentChannel = agentChannel;
    m_durationMs = m_sampleRateHz > 0 ? peaks.frames() * 1000 / m_sampleRateHz : 0;
    m_positionMs = 0;
    m_selectionFromMs = m_selectionToMs = 0;
    m_layerValid = false;
    m_spanMs = 0; // force the range change to be announced
    zoomToFit();
    update();
}

void WaveformView::clear()
{
    m_peaks = core::PeakPyramid();
    m_sampleRateHz = 0;
    m_labels.clear();
    m_durationMs = 0;
    m_positionMs = 0;
    m_selectionFromMs = m_selectionToMs = 0;
    m_markers.clear();
    m_startMs = 0;
    m_spanMs = 1;
    m_drag = Drag::None;
    m_autoScroll.stop();
    m_layerValid = false;
    syncScrollBar();
    update();
}

// --- Playhead ---------------------------------------------------------------

void WaveformView::setPosition(qint64 ms)
{
    ms = std::clamp<qint64>(ms, 0, m_durationMs);
    if (ms == m_positionMs)
        return;
    const qint64 old = m_positionMs;
    const bool wasVisible = old >= m_startMs && old <= visibleEndMs();
    m_positionMs = ms;
    const bool isVisible = ms >= m_startMs && ms <= visibleEndMs();
    if (m_follow && wasVisible && !isVisible) {
        // Turn the page: forward puts the playhead near the left edge,
        // backward puts it in the middle.
        const qint64 start = ms > visibleEndMs() ? ms - m_spanMs / 50 : ms - m_spanMs / 2;
        applyRange(start, m_spanMs);
        return;
    }
    update(playheadRect(old));
    update(playheadRect(ms));
}

void WaveformView::setFollowPlayhead(bool follow)
{
    m_follow = follow;
}

// --- Zoom and scroll --------------------------------------------------------

qint64 WaveformView::minimumSpanMs() const
{
    if (m_sampleRateHz <= 0 || m_durationMs <= 0)
        return 1;
    const double ms = double(std::max(1, width())) * core::PeakPyramid::kSamplesPerBin[0] * 1000.0 /
                      m_sampleRateHz;
    return std::clamp<qint64>(qint64(std::ceil(ms)), 1, m_durationMs);
}

void WaveformView::setVisibleRange(qint64 startMs, qint64 endMs)
{
    applyRange(startMs, endMs - startMs);
}

void WaveformView::applyRange(qint64 startMs, qint64 spanMs)
{
    if (m_durationMs <= 0)
        return;
    spanMs = std::clamp(spanMs, minimumSpanMs(), m_durationMs);
    startMs = std::clamp<qint64>(startMs, 0, m_durationMs - spanMs);
    if (startMs == m_startMs && spanMs == m_spanMs)
        return;
    m_startMs = startMs;
    m_spanMs = spanMs;
    m_layerValid = false;
    syncScrollBar();
    update();
    Q_EMIT visibleRangeChanged(m_startMs, visibleEndMs());
}

void WaveformView::zoomAround(double anchorMs, double anchorX, double newSpanMs)
{
    if (m_durationMs <= 0)
        return;
    const qint64 span = std::clamp(qint64(std::llround(newSpanMs)), minimumSpanMs(), m_durationMs);
    const double fraction = std::clamp(anchorX / std::max(1, width()), 0.0, 1.0);
    applyRange(qint64(std::llround(anchorMs - fraction * double(span))), span);
}

void WaveformView::zoomAroundPlayhead(double factor)
{
    const bool visible = m_positionMs >= m_startMs && m_positionMs <= visibleEndMs();
    const double anchorX = visible ? xForMs(m_positionMs) : width() / 2.0;
    zoomAround(double(m_positionMs), anchorX, double(m_spanMs) / factor);
}

void WaveformView::zoomIn()
{
    zoomAroundPlayhead(2.0);
}

void WaveformView::zoomOut()
{
    zoomAroundPlayhead(0.5);
}

void WaveformView::zoomToFit()
{
    applyRange(0, m_durationMs);
}

void WaveformView::syncScrollBar()
{
    m_syncingScrollBar = true;
    const qint64 limit = std::numeric_limits<int>::max();
    m_scrollBar->setRange(0, int(std::min(limit, std::max<qint64>(0, m_durationMs - m_spanMs))));
    m_scrollBar->setPageStep(int(std::min(limit, std::max<qint64>(1, m_spanMs))));
    m_scrollBar->setSingleStep(int(std::min(limit, std::max<qint64>(1, m_spanMs / 20))));
    m_scrollBar->setValue(int(std::min(limit, m_startMs)));
    m_scrollBar->setEnabled(m_durationMs > m_spanMs);
    m_syncingScrollBar = false;
}

// --- Selection and markers --------------------------------------------------

void WaveformView::setSelection(qint64 fromMs, qint64 toMs)
{
    if (fromMs > toMs)
        std::swap(fromMs, toMs);
    fromMs = std::clamp<qint64>(fromMs, 0, m_durationMs);
    toMs = std::clamp<qint64>(toMs, 0, m_durationMs);
    if (fromMs == m_selectionFromMs && toMs == m_selectionToMs)
        return;
    m_selectionFromMs = fromMs;
    m_selectionToMs = toMs;
    update();
    Q_EMIT selectionChanged(fromMs, toMs);
}

void WaveformView::clearSelection()
{
    if (hasSelection())
        setSelection(0, 0);
}

void WaveformView::setRegions(const QList<WaveformRegion>& regions)
{
    m_regions = regions;
    update();
}

void WaveformView::setMarkers(const QList<WaveformMarker>& markers)
{
    m_markers = markers;
    update();
}

// --- Geometry ---------------------------------------------------------------

WaveformTimeAxis WaveformView::axis() const
{
    WaveformTimeAxis axis;
    axis.startMs = m_startMs;
    axis.spanMs = std::max<qint64>(1, m_spanMs);
    axis.left = 0;
    axis.width = std::max(1, width());
    return axis;
}

double WaveformView::xForMs(qint64 ms) const
{
    return axis().xAt(double(ms));
}

qint64 WaveformView::msForX(double x) const
{
    return std::clamp<qint64>(qint64(std::llround(axis().msAt(x))), 0, m_durationMs);
}

int WaveformView::timeRowHeight() const
{
    return fontMetrics().height() + 8;
}

int WaveformView::markerRowHeight() const
{
    return fontMetrics().height() + 6;
}

QRect WaveformView::rulerRect() const
{
    return QRect(0, 0, width(), timeRowHeight() + markerRowHeight());
}

QRect WaveformView::markerRowRect() const
{
    return QRect(0, timeRowHeight(), width(), markerRowHeight());
}

QRect WaveformView::lanesRect() const
{
    const int top = rulerRect().bottom() + 1;
    const int bottom = height() - m_scrollBar->sizeHint().height();
    return QRect(0, top, width(), std::max(0, bottom - top));
}

QList<WaveformLane> WaveformView::lanes() const
{
    QList<WaveformLane> result;
    const int count = m_peaks.channels();
    if (count <= 0)
        return result;
    const QRect area = lanesRect();
    const int dividers = count - 1;
    const int laneHeight = (area.height() - dividers) / count;
    for (int channel = 0; channel < count; ++channel) {
        WaveformLane lane;
        const int top = area.top() + channel * (laneHeight + 1);
        const int bottom = channel == count - 1 ? area.bottom() : top + laneHeight - 1;
        lane.rect = QRect(QPoint(area.left(), top), QPoint(area.right(), bottom));
        lane.channel = channel;
        lane.colour = laneColour(channel);
        lane.label = m_labels.value(channel);
        result.append(lane);
    }
    return result;
}

QColor WaveformView::laneColour(int channel) const
{
    if (m_peaks.channels() < 2)
        return m_colours.mixed;
    const int agent = m_agentChannel == core::AgentChannel::Right ? 1 : 0;
    return channel == agent ? m_colours.agent : m_colours.customer;
}

QRect WaveformView::playheadRect(qint64 ms) const
{
    const int x = int(std::floor(xForMs(ms)));
    return QRect(x - WaveformOverlays::kPlayheadHalfWidthPx - 1, 0,
                 2 * WaveformOverlays::kPlayheadHalfWidthPx + 3, lanesRect().bottom() + 1);
}

QRect WaveformView::markerFlagRect(const WaveformMarker& marker) const
{
    const QRect row = markerRowRect();
    const QFontMetrics metrics = fontMetrics();
    const int textWidth =
        marker.label.isEmpty()
            ? 0
            : std::min(WaveformOverlays::kFlagMaxTextPx, metrics.horizontalAdvance(marker.label));
    const int x = int(std::floor(xForMs(marker.positionMs)));
    return QRect(x, row.top() + 2, textWidth + 12, row.height() - 4);
}

const WaveformMarker* WaveformView::markerAt(const QPoint& pos) const
{
    for (auto it = m_markers.crbegin(); it != m_markers.crend(); ++it) {
        const bool visible = it->positionMs >= m_startMs && it->positionMs <= visibleEndMs();
        if (visible && markerFlagRect(*it).contains(pos))
            return &*it;
    }
    return nullptr;
}

QSize WaveformView::sizeHint() const
{
    return QSize(800, 260);
}

QSize WaveformView::minimumSizeHint() const
{
    return QSize(160, rulerRect().height() + 2 * 36 + m_scrollBar->sizeHint().height());
}

// --- Painting ---------------------------------------------------------------

void WaveformView::renderStaticLayer()
{
    const qreal dpr = devicePixelRatioF();
    const QSize deviceSize = (QSizeF(size()) * dpr).toSize();
    if (m_layer.size() != deviceSize)
        m_layer = QImage(deviceSize, QImage::Format_RGB32);
    m_layer.setDevicePixelRatio(dpr);
    m_layer.fill(m_colours.background);
    const QList<WaveformLane> laneList = m_durationMs > 0 ? lanes() : QList<WaveformLane>();
    {
        QPainter painter(&m_layer);
        painter.setFont(font());
        const QRect ruler = rulerRect();
        const QRect timeRow(0, 0, width(), timeRowHeight());
        painter.fillRect(ruler, m_colours.rulerBackground);
        if (m_durationMs > 0)
            WaveformTimeRuler::paint(painter, timeRow, axis(), m_durationMs, m_colours);
        painter.setPen(QPen(m_colours.rulerTick, 1));
        painter.drawLine(QPointF(0, timeRow.bottom() + 0.5),
                         QPointF(width(), timeRow.bottom() + 0.5));
        painter.setPen(QPen(m_colours.divider, 1));
        painter.drawLine(QPointF(0, ruler.bottom() + 0.5), QPointF(width(), ruler.bottom() + 0.5));
        WaveformRenderer::paintBackgrounds(painter, laneList, m_colours);
        painter.setPen(QPen(m_colours.divider, 1));
        for (qsizetype i = 1; i < laneList.size(); ++i) {
            const double y = laneList.at(i).rect.top() - 0.5;
            painter.drawLine(QPointF(0, y), QPointF(width(), y));
        }
        if (m_durationMs <= 0) {
            painter.setPen(m_colours.mutedText);
            painter.drawText(lanesRect(), Qt::AlignCenter, tr("No recording open"));
        }
    }
    m_renderer.plotPeaks(m_layer, m_peaks, m_sampleRateHz, axis(), laneList);
    {
        QPainter painter(&m_layer);
        painter.setFont(font());
        WaveformRenderer::paintLabels(painter, laneList, m_colours);
    }
    m_layerValid = true;
}

void WaveformView::paintEvent(QPaintEvent* event)
{
    const qreal dpr = devicePixelRatioF();
    if (!m_layerValid || m_layer.devicePixelRatio() != dpr ||
        m_layer.size() != (QSizeF(size()) * dpr).toSize())
        renderStaticLayer();

    QPainter painter(this);
    const QRect area = event->rect();
    painter.drawImage(area, m_layer,
                      QRectF(QPointF(area.topLeft()) * dpr, QSizeF(area.size()) * dpr));
    WaveformOverlays::paint(painter, *this, m_colours);
}

// --- Events -----------------------------------------------------------------

bool WaveformView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const WaveformMarker* marker = markerAt(help->pos())) {
            const QString time = WaveformTimeRuler::formatTime(
                marker->positionMs, 1000, WaveformTimeRuler::needsHours(m_durationMs));
            const QString text =
                marker->label.isEmpty()
                    ? tr("Marker at %1").arg(time)
                    : tr("%1 (at %2)", "marker label, time").arg(marker->label, time);
            QToolTip::showText(help->globalPos(), text, this, markerFlagRect(*marker));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void WaveformView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const int barHeight = m_scrollBar->sizeHint().height();
    m_scrollBar->setGeometry(0, height() - barHeight, width(), barHeight);
    m_layerValid = false;
    applyRange(m_startMs, m_spanMs); // the zoom limit depends on the width
}

void WaveformView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
    case QEvent::FontChange:
        m_colours = WaveformPalette::fromPalette(palette());
        m_layerValid = false;
        update();
        break;
    default:
        break;
    }
}

void WaveformView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_durationMs <= 0) {
        event->ignore();
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (const WaveformMarker* marker = markerAt(pos)) {
        m_drag = Drag::None;
        Q_EMIT markerActivated(marker->id);
        return;
    }
    const qint64 ms = msForX(pos.x());
    m_pressPos = pos;
    m_lastDragX = pos.x();
    if (event->modifiers() & Qt::ShiftModifier) {
        // Extend: keep the end of the selection farther from the click.
        if (hasSelection()) {
            m_anchorMs = std::abs(ms - m_selectionFromMs) > std::abs(ms - m_selectionToMs)
                             ? m_selectionFromMs
                             : m_selectionToMs;
        } else {
            m_anchorMs = m_positionMs;
        }
        m_drag = Drag::Selecting;
        setSelection(m_anchorMs, ms);
        return;
    }
    m_anchorMs = ms;
    m_drag = Drag::Pressed;
}

void WaveformView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::Pressed &&
        (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_drag = Drag::Selecting;
    if (m_drag == Drag::Selecting) {
        m_lastDragX = pos.x();
        dragTo(pos.x());
        const bool outside = pos.x() < 0 || pos.x() >= width();
        if (outside && !m_autoScroll.isActive())
            m_autoScroll.start();
        else if (!outside)
            m_autoScroll.stop();
        return;
    }
    updateCursor(pos);
}

void WaveformView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    const Drag drag = m_drag;
    m_drag = Drag::None;
    m_autoScroll.stop();
    if (drag == Drag::Pressed) {
        clearSelection();
        Q_EMIT seekRequested(m_anchorMs);
    }
}

void WaveformView::dragTo(double x)
{
    setSelection(m_anchorMs, msForX(std::clamp(x, 0.0, double(width()))));
}

void WaveformView::autoScrollStep()
{
    if (m_drag != Drag::Selecting) {
        m_autoScroll.stop();
        return;
    }
    const int direction = m_lastDragX < 0 ? -1 : m_lastDragX >= width() ? 1 : 0;
    if (direction == 0)
        return;
    applyRange(m_startMs + direction * std::max<qint64>(1, m_spanMs / 25), m_spanMs);
    dragTo(m_lastDragX);
}

void WaveformView::updateCursor(const QPoint& pos)
{
    if (markerAt(pos))
        setCursor(Qt::PointingHandCursor);
    else if (m_durationMs > 0 && pos.y() < lanesRect().bottom())
        setCursor(Qt::IBeamCursor);
    else
        unsetCursor();
}

void WaveformView::wheelEvent(QWheelEvent* event)
{
    if (m_durationMs <= 0) {
        event->ignore();
        return;
    }
    const QPoint angle = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        // Ctrl+wheel zooms around the pointer: a factor of 2 per notch.
        const int delta = angle.y() != 0 ? angle.y() : angle.x();
        if (delta == 0) {
            event->ignore();
            return;
        }
        const double x = event->position().x();
        zoomAround(axis().msAt(x), x, double(m_spanMs) / std::pow(2.0, delta / 120.0));
        event->accept();
        return;
    }
    // The wheel, Shift+wheel (some systems turn it into a horizontal delta)
    // and horizontal wheels or touchpads all scroll in time.
    double deltaMs = 0;
    const QPoint pixels = event->pixelDelta();
    if (!pixels.isNull()) {
        const int px = pixels.x() != 0 ? pixels.x() : pixels.y();
        deltaMs = -px / axis().pxPerMs();
    } else {
        const int delta = angle.x() != 0 ? angle.x() : angle.y();
        deltaMs = -delta / 120.0 * kWheelScrollFraction * double(m_spanMs);
    }
    if (deltaMs == 0) {
        event->ignore();
        return;
    }
    applyRange(m_startMs + qint64(std::llround(deltaMs)), m_spanMs);
    event->accept();
}

void WaveformView::keyPressEvent(QKeyEvent* event)
{
    // Only plain keys (Shift for "+" on many layouts, or the keypad); any
    // other combination belongs to someone else.
    const Qt::KeyboardModifiers extra =
        event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (extra != Qt::NoModifier || m_durationMs <= 0) {
        event->ignore();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Home:
        applyRange(0, m_spanMs);
        break;
    case Qt::Key_End:
        applyRange(m_durationMs - m_spanMs, m_spanMs);
        break;
    case Qt::Key_Escape:
        if (!hasSelection()) {
            event->ignore();
            return;
        }
        clearSelection();
        break;
    default:
        // Space, arrows, J/K/L, [ ] and the rest: the transport's shortcuts.
        event->ignore();
        return;
    }
    event->accept();
}

void WaveformView::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update();
}

void WaveformView::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace cv::ui
