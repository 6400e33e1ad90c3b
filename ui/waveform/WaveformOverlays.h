#pragma once

class QPainter;

namespace cv::ui {

class WaveformView;
struct WaveformPalette;

// What a WaveformView draws over its cached ruler and lanes on every paint:
// the selection, marker lines and flags, the playhead and the focus frame.
// Cheap (a few shapes), so partial repaints of a moving playhead stay cheap.
class WaveformOverlays final
{
public:
    static constexpr int kPlayheadHalfWidthPx = 6; // the playhead's handle in the ruler
    static constexpr int kFlagMaxTextPx = 160;     // longer marker labels are elided

    static void paint(QPainter& painter, const WaveformView& view, const WaveformPalette& colours);

private:
    static void paintRegions(QPainter& painter, const WaveformView& view);
    static void paintSelection(QPainter& painter, const WaveformView& view,
                               const WaveformPalette& colours);
    static void paintMarkers(QPainter& painter, const WaveformView& view,
                             const WaveformPalette& colours);
    static void paintPlayhead(QPainter& painter, const WaveformView& view,
                              const WaveformPalette& colours);
};

} // namespace cv::ui
