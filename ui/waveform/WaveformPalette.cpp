#include "ui/waveform/WaveformPalette.h"

#include <QPalette>

namespace cv::ui {

namespace {

QColor mix(const QColor& a, const QColor& b, double amountOfB)
{
    const double keep = 1.0 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amountOfB),
                            float(a.greenF() * keep + b.greenF() * amountOfB),
                            float(a.blueF() * keep + b.blueF() * amountOfB));
}

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

} // namespace

WaveformPalette WaveformPalette::fromPalette(const QPalette& palette)
{
    WaveformPalette p;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    p.dark = base.lightness() < 128;
    p.background = base;
    p.rulerBackground = mix(palette.color(QPalette::Window), base, p.dark ? 0.3 : 0.35);
    p.rulerText = mix(text, base, 0.3);
    p.rulerTick = mix(text, base, 0.55);
    p.divider = mix(text, base, 0.82);
    if (p.dark) {
        p.agent = QColor(0x5f, 0xb4, 0xe0);    // light sky blue
        p.customer = QColor(0xf0, 0xa6, 0x4b); // light orange
        p.mixed = QColor(0x8f, 0xb7, 0xcc);
        p.defaultMarker = QColor(0xc9, 0x8d, 0xe0);
    } else {
        p.agent = QColor(0x1f, 0x6f, 0x92);    // the brand's blue (Okabe–Ito blue, deeper)
        p.customer = QColor(0xc2, 0x6a, 0x0e); // Okabe–Ito orange, deepened for contrast
        p.mixed = QColor(0x3d, 0x65, 0x7e);
        p.defaultMarker = QColor(0x7a, 0x4a, 0x9e);
    }
    p.laneLabelText = text;
    p.laneLabelBackground = withAlpha(base, 215);
    const QColor highlight = palette.color(QPalette::Highlight);
    p.selectionFill = withAlpha(highlight, p.dark ? 70 : 48);
    p.selectionEdge = withAlpha(highlight, 200);
    p.playhead = p.dark ? QColor(0xf2, 0xf4, 0xf6) : QColor(0x1b, 0x24, 0x2c);
    p.focus = highlight;
    p.mutedText = mix(text, base, 0.4);
    return p;
}

QColor WaveformPalette::laneBackground(const QColor& laneColour) const
{
    return mix(background, laneColour, dark ? 0.08 : 0.045);
}

QColor WaveformPalette::laneAxis(const QColor& laneColour) const
{
    return mix(background, laneColour, dark ? 0.3 : 0.22);
}

} // namespace cv::ui
