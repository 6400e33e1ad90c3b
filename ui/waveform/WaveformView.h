#pragma once

#include "core/audio/PeakPyramid.h"
#include "core/recordings/Recording.h"
#include "ui/waveform/WaveformMarker.h"
#include "ui/waveform/WaveformPalette.h"
#include "ui/waveform/WaveformRenderer.h"
#include "ui/waveform/WaveformTimeRuler.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QScrollBar;

namespace cv::ui {

// A call's waveform: one labelled lane per channel (agent and customer apart,
// or one lane for a mono call), a time ruler with a marker row, a playhead,
// a selected range and marker flags, with zoom and horizontal scrolling.
//
// The view only shows and asks: a click emits seekRequested() and the owner
// (the player) answers with setPosition(). Times are milliseconds from the
// start of the call.
//
// Mouse: click seeks; drag selects (Shift+click extends the selection);
// wheel and Shift+wheel scroll; Ctrl+wheel zooms around the pointer; a click
// on a marker's flag emits markerActivated(). Keys (only while focused):
// + / = zoom in, - zoom out (around the playhead), Home / End show the start /
// end, Esc clears the selection. Every other key (Space, arrows, J/K/L, [ ])
// is ignored so that it reaches the transport's shortcuts.
//
// Painting: the ruler and the lanes are rendered into an image once per
// visible range and size; the playhead, selection, markers and focus frame
// are drawn over it, so a moving playhead repaints two narrow strips.
class WaveformView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaveformView)

public:
    explicit WaveformView(QWidget* parent = nullptr);
    ~WaveformView() override;

    // `peaks`: the recording's pyramid; `channelLabels`: one per channel in
    // pyramid order. `agentChannel` picks the lane colours (agent blue,
    // customer orange; a mono call gets one neutral lane). Shows the whole call.
    void setPeaks(const core::PeakPyramid& peaks, int sampleRateHz,
                  const QStringList& channelLabels,
                  core::AgentChannel agentChannel = core::AgentChannel::Left);
    void clear();
    qint64 durationMs() const { return m_durationMs; }

    // The playhead. With follow on (the default) the view turns the page
    // when the playhead walks off it; after the user scrolled the playhead
    // out of view, following waits until it is on screen again.
    void setPosition(qint64 ms);
    qint64 position() const { return m_positionMs; }
    void setFollowPlayhead(bool follow);
    bool followsPlayhead() const { return m_follow; }

    // Visible window. Limits: the whole call at most, one level-0 bin
    // (64 frames) per pixel at least.
    void setVisibleRange(qint64 startMs, qint64 endMs);
    qint64 visibleStartMs() const { return m_startMs; }
    qint64 visibleEndMs() const { return m_startMs + m_spanMs; }
    // By a factor of 2, around the playhead (centring it when off screen).
    void zoomIn();
    void zoomOut();
    void zoomToFit();

    // Selected range; empty when from == to.
    void setSelection(qint64 fromMs, qint64 toMs);
    void clearSelection();
    QPair<qint64, qint64> selection() const { return {m_selectionFromMs, m_selectionToMs}; }
    bool hasSelection() const { return m_selectionFromMs != m_selectionToMs; }

    void setMarkers(const QList<WaveformMarker>& markers);
    QList<WaveformMarker> markers() const { return m_markers; }
    // Spans drawn over the lanes, under the selection (the Clips area's
    // redaction regions and the part outside the clip).
    void setRegions(const QList<WaveformRegion>& regions);
    QList<WaveformRegion> regions() const { return m_regions; }

    // Geometry for tests and the Review area: where time `ms` is drawn, and
    // the areas of the widget (logical pixels).
    double xForMs(qint64 ms) const;
    qint64 msForX(double x) const;
    QRect lanesRect() const;
    QRect rulerRect() const;
    QRect markerRowRect() const;
    QRect markerFlagRect(const WaveformMarker& marker) const;
    // The bottom of the time row: where the playhead's handle points.
    int timeRowBottom() const { return timeRowHeight(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void seekRequested(qint64 ms);
    void selectionChanged(qint64 fromMs, qint64 toMs);
    void markerActivated(qint64 id);
    void visibleRangeChanged(qint64 startMs, qint64 endMs);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    enum class Drag
    {
        None,
        Pressed,   // button down, not moved far enough to select
        Selecting, // dragging out a selection
    };

    WaveformTimeAxis axis() const;
    qint64 minimumSpanMs() const;
    void applyRange(qint64 startMs, qint64 spanMs);
    void zoomAround(double anchorMs, double anchorX, double newSpanMs);
    void zoomAroundPlayhead(double factor);
    void syncScrollBar();
    QList<WaveformLane> lanes() const;
    QColor laneColour(int channel) const;
    int timeRowHeight() const;
    int markerRowHeight() const;
    QRect playheadRect(qint64 ms) const;
    const WaveformMarker* markerAt(const QPoint& pos) const;
    void renderStaticLayer();
    void dragTo(double x);
    void autoScrollStep();
    void updateCursor(const QPoint& pos);

    core::PeakPyramid m_peaks;
    int m_sampleRateHz = 0;
    QStringList m_labels;
    core::AgentChannel m_agentChannel = core::AgentChannel::Left;
    qint64 m_durationMs = 0;
    qint64 m_positionMs = 0;
    bool m_follow = true;
    qint64 m_startMs = 0;
    qint64 m_spanMs = 1;
    qint64 m_selectionFromMs = 0;
    qint64 m_selectionToMs = 0;
    QList<WaveformMarker> m_markers;
    QList<WaveformRegion> m_regions;

    QScrollBar* m_scrollBar = nullptr;
    bool m_syncingScrollBar = false;
    WaveformPalette m_colours;
    WaveformRenderer m_renderer;
    QImage m_layer; // ruler and lanes for the current range and size, device pixels
    bool m_layerValid = false;

    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    qint64 m_anchorMs = 0;
    double m_lastDragX = 0;
    QTimer m_autoScroll;
};

} // namespace cv::ui
