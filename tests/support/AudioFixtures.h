#pragma once

#include <QByteArray>

namespace cv::test {

// A tone (1 kHz left, 440 Hz right, amplitude 0.5), `seconds` long, encoded
// in memory by libsndfile as `format` (SF_FORMAT_* flags). Empty if this
// libsndfile cannot write the format.
QByteArray encode(int format, int rate, int channels, double seconds);

} // namespace cv::test
