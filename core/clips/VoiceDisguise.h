#pragma once

#include <QtGlobal>

#include <vector>

namespace cv::core {

// Disguises a voice by shifting its pitch (and its formants with it, which is
// what makes it hard to recognise) without changing its length: Rubber Band
// in offline mode, one channel at a time. Pure function of its input.
class VoiceDisguise final
{
public:
    // Shifts channel `channel` of the interleaved `samples` (`channels`
    // channels) by `semitones` (negative: lower) in place. The length and the
    // other channels are untouched.
    static void shiftChannel(std::vector<float>& samples, int channels, int channel,
                             int sampleRateHz, double semitones);
};

} // namespace cv::core
