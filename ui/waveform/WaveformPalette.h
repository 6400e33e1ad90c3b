#pragma once

#include <QColor>

class QPalette;

namespace cv::ui {

// The waveform's colours, derived from the widget's palette so that they
// follow a light or a dark theme. Agent and customer lanes use a blue and an
// orange from the Okabe–Ito set: they stay apart for the common forms of
// colour blindness and in greyscale (different lightness).
struct WaveformPalette
{
    QColor background;      // the whole widget, behind everything
    QColor rulerBackground; // time row and marker row
    QColor rulerText;
    QColor rulerTick;
    QColor divider; // between ruler and lanes, and between lanes
    QColor agent;
    QColor customer;
    QColor mixed; // mono: agent and customer in one channel
    QColor laneLabelText;
    QColor laneLabelBackground;
    QColor selectionFill;
    QColor selectionEdge;
    QColor playhead;
    QColor focus;
    QColor defaultMarker;
    QColor mutedText;
    bool dark = false;

    static WaveformPalette fromPalette(const QPalette& palette);
    // A lane's background: the widget background tinted by the lane colour.
    QColor laneBackground(const QColor& laneColour) const;
    // The zero line of a lane.
    QColor laneAxis(const QColor& laneColour) const;
};

} // namespace cv::ui
