#pragma once

#include <QString>

namespace cv::core {

// A time within a call as people read it: "m:ss", with `decimals` digits of
// the second after a point (1: tenths, 3: milliseconds). Minutes run on past
// 59 ("75:02"), as calls are short.
QString callTimeText(qint64 ms, int decimals = 0);

} // namespace cv::core
