#include "core/clips/LoudnessNormaliser.h"

#include "core/clips/RenderedClip.h"

#include <algorithm>
#include <cmath>
#include <ebur128.h>
#include <memory>

namespace cv::core {

std::optional<double> LoudnessNormaliser::integratedLufs(const float* interleaved, qint64 frames,
                                                         int channels, int sampleRateHz)
{
    if (frames <= 0 || channels <= 0 || sampleRateHz <= 0)
        return std::nullopt;
    std::unique_ptr<ebur128_state, void (*)(ebur128_state*)> state(
        ebur128_init(unsigned(channels), static_cast<unsigned long>(sampleRateHz), EBUR128_MODE_I),
        [](ebur128_state* s) { ebur128_destroy(&s); });
    if (!state)
        return std::nullopt;
    // A mono file is played on both speakers: count it as dual mono, as
    // R128 (BS.1770) does for a centre channel heard twice.
    if (channels == 1)
        ebur128_set_channel(state.get(), 0, EBUR128_DUAL_MONO);
    if (ebur128_add_frames_float(state.get(), interleaved, std::size_t(frames)) != EBUR128_SUCCESS)
        return std::nullopt;
    double lufs = 0;
    if (ebur128_loudness_global(state.get(), &lufs) != EBUR128_SUCCESS || !std::isfinite(lufs))
        return std::nullopt;
    return lufs;
}

Result<void> LoudnessNormaliser::normalise(RenderedClip& clip, double targetLufs)
{
    const auto measured =
        integratedLufs(clip.samples.data(), clip.frames(), clip.channels, clip.sampleRateHz);
    if (!measured) {
        clip.loudnessLufs = -HUGE_VAL;
        return {};
    }
    const float gain = float(std::pow(10.0, (targetLufs - *measured) / 20.0));
    for (float& s : clip.samples)
        s = std::clamp(s * gain, -1.0f, 1.0f);
    clip.loudnessLufs =
        integratedLufs(clip.samples.data(), clip.frames(), clip.channels, clip.sampleRateHz)
            .value_or(*measured);
    return {};
}

} // namespace cv::core
