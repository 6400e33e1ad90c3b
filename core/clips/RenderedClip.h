#pragma once

#include <QtGlobal>

#include <vector>

namespace cv::core {

// A clip's audio in memory: interleaved float frames in [-1, 1] at the
// source's rate and channel count (a stereo call keeps agent and customer on
// their channels). Never written anywhere but an explicit export.
struct RenderedClip
{
    int sampleRateHz = 0;
    int channels = 0;
    std::vector<float> samples; // interleaved
    double loudnessLufs = 0;    // integrated loudness after normalisation (LoudnessNormaliser)

    qint64 frames() const { return channels > 0 ? qint64(samples.size()) / channels : 0; }
    qint64 durationMs() const { return sampleRateHz > 0 ? frames() * 1000 / sampleRateHz : 0; }
};

} // namespace cv::core
