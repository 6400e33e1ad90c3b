#pragma once

#include "core/Error.h"

#include <optional>

namespace cv::core {

struct RenderedClip;

// EBU R128 loudness (libebur128): measures a clip's integrated loudness and
// scales it to the target (-23 LUFS), clamping the rare sample that the
// gain would push past full scale. A clip of silence is left as it is.
class LoudnessNormaliser final
{
public:
    static constexpr double kTargetLufs = -23.0;

    // Integrated loudness in LUFS; nullopt for silence (below the gate).
    static std::optional<double> integratedLufs(const float* interleaved, qint64 frames,
                                                int channels, int sampleRateHz);
    // Scales `clip` in place and sets clip.loudnessLufs to what it measures after.
    static Result<void> normalise(RenderedClip& clip, double targetLufs = kTargetLufs);
};

} // namespace cv::core
