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

} // namespace cv::ui
