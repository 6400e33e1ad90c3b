#pragma once

#include "core/Error.h"
#include "core/clips/ClipSpec.h"
#include "core/clips/RenderedClip.h"
#include "core/recordings/Recording.h"

namespace cv::core {

class RecordingStore;

// Renders a ClipSpec into memory, in this order: cut the range from the
// vault's chunk stream (decoded, nothing on disk), disguise the voices
// (VoiceDisguise on the parties' channels; in a mono call any disguise
// shifts the whole mix), then overwrite every redaction region with a 1 kHz
// tone or silence on all channels, so no disguise can smear speech into a
// redacted span. Loudness is left alone (LoudnessNormaliser comes after):
// with Disguise::None every frame outside the regions equals the source.
//
// Frames: a time t ms of the call is source frame t * rate / 1000 (rounded
// down); the clip starts at the frame of fromMs and ends before that of toMs.
// No rules here: the ClipDesk decides whether a clip may be cut at all.
class ClipRenderer final
{
public:
    static constexpr double kToneHz = 1000.0;
    static constexpr float kToneAmplitude = 0.25f; // -12 dBFS before normalisation

    static Result<RenderedClip> render(const RecordingStore& store, const Recording& recording,
                                       const ClipSpec& spec);

    // The steps, for samples already in memory (`clip` starts at `clipStartMs` of the call).
    static void disguise(RenderedClip& clip, AgentChannel agentChannel, Disguise disguise,
                         int semitones);
    static void redact(RenderedClip& clip, qint64 clipStartMs,
                       const QList<RedactionRegion>& regions);
    static qint64 frameAt(qint64 ms, int sampleRateHz) { return ms * sampleRateHz / 1000; }
};

} // namespace cv::core
