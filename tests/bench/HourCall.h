#pragma once

#include <QFile>
#include <QString>

#include <sndfile.h>

#include <cmath>
#include <vector>

namespace cv::bench {

constexpr int kHourCallRate = 8000;
constexpr int kHourCallSeconds = 3600;

// The benchmarks' 1-hour call: 8 kHz stereo u-law WAV (57.6 MB), two slowly
// swelling tones so that every peak bin differs.
inline void writeHourCall(const QString& path)
{
    constexpr int rate = kHourCallRate;
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = 2;
    info.format = SF_FORMAT_WAV | SF_FORMAT_ULAW;
    SNDFILE* file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    std::vector<float> block(rate * 2);
    for (int second = 0; second < kHourCallSeconds; ++second) {
        for (int i = 0; i < rate; ++i) {
            const double t = double(second * rate + i) / rate;
            block[size_t(2 * i)] = float(0.4 * std::sin(2 * M_PI * 220 * t) * std::sin(t / 3));
            block[size_t(2 * i + 1)] = float(0.3 * std::sin(2 * M_PI * 330 * t) * std::cos(t / 5));
        }
        sf_writef_float(file, block.data(), rate);
    }
    sf_close(file);
}

} // namespace cv::bench
