#pragma once

#include <QColor>
#include <QString>
#include <QtGlobal>

namespace cv::ui {

// A flag on the time line (a timestamped note, later a redaction region's start).
struct WaveformMarker
{
    qint64 id = 0;
    qint64 positionMs = 0;
    QString label;
    QColor colour; // invalid: the theme's marker colour
};

// A span of the time line drawn over the lanes (a redaction region of a
// clip, or what lies outside the clip's range): `colour` fills it, hatched
// when `hatched`.
struct WaveformRegion
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QColor colour;
    bool hatched = false;
};

} // namespace cv::ui
