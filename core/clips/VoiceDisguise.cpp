#include "core/clips/VoiceDisguise.h"

#include <rubberband/RubberBandStretcher.h>

#include <algorithm>
#include <cmath>

namespace cv::core {

namespace {
constexpr std::size_t kBlockFrames = 4096;
}

void VoiceDisguise::shiftChannel(std::vector<float>& samples, int channels, int channel,
                                 int sampleRateHz, double semitones)
{
    if (channels <= 0 || channel < 0 || channel >= channels || sampleRateHz <= 0)
        return;
    const std::size_t frames = samples.size() / std::size_t(channels);
    if (frames == 0)
        return;
    std::vector<float> in(frames);
    for (std::size_t i = 0; i < frames; ++i)
        in[i] = samples[i * std::size_t(channels) + std::size_t(channel)];

    using RubberBand::RubberBandStretcher;
    RubberBandStretcher stretcher(std::size_t(sampleRateHz), 1,
                                  RubberBandStretcher::OptionProcessOffline |
                                      RubberBandStretcher::OptionPitchHighQuality,
                                  1.0, std::pow(2.0, semitones / 12.0));
    stretcher.setExpectedInputDuration(frames);
    stretcher.setMaxProcessSize(kBlockFrames);
    for (std::size_t at = 0; at < frames; at += kBlockFrames) {
        const float* block = in.data() + at;
        const std::size_t n = std::min(kBlockFrames, frames - at);
        stretcher.study(&block, n, at + n >= frames);
    }
    std::vector<float> out;
    out.reserve(frames + kBlockFrames);
    std::vector<float> chunk(kBlockFrames);
    const auto drain = [&] {
        int available = 0;
        while ((available = stretcher.available()) > 0) {
            const std::size_t n = std::min(std::size_t(available), chunk.size());
            float* dst = chunk.data();
            const std::size_t got = stretcher.retrieve(&dst, n);
            out.insert(out.end(), chunk.begin(), chunk.begin() + std::ptrdiff_t(got));
        }
    };
    for (std::size_t at = 0; at < frames; at += kBlockFrames) {
        const float* block = in.data() + at;
        const std::size_t n = std::min(kBlockFrames, frames - at);
        stretcher.process(&block, n, at + n >= frames);
        drain();
    }
    out.resize(frames, 0.0f);
    for (std::size_t i = 0; i < frames; ++i)
        samples[i * std::size_t(channels) + std::size_t(channel)] = out[i];
}

} // namespace cv::core
