#include "core/clips/ClipRenderer.h"

#include "core/audio/AudioDecoder.h"
#include "core/clips/VoiceDisguise.h"
#include "core/recordings/ChunkDevice.h"
#include "core/recordings/RecordingStore.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace cv::core {

namespace {

class RendererText
{
    Q_DECLARE_TR_FUNCTIONS(ClipRenderer)
public:
    static QString cannotDecode(const QString& why)
    {
        return tr("The recording's audio cannot be decoded: %1").arg(why);
    }
    static QString cannotSeek() { return tr("The recording's audio cannot be read at the clip."); }
};

} // namespace

Result<RenderedClip> ClipRenderer::render(const RecordingStore& store, const Recording& recording,
                                          const ClipSpec& spec)
{
    if (auto valid = spec.validate(recording.durationMs()); !valid)
        return std::unexpected(valid.error());
    ChunkDevice chunks(store, recording.id, recording.byteSize);
    if (!chunks.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, RendererText::cannotDecode(chunks.errorString()));
    AudioDecoder::Opened opened = AudioDecoder::openStored(chunks, recording.container);
    if (opened.status != AudioDecoder::Status::Ok)
        return fail(ErrorCode::BadInput, RendererText::cannotDecode(opened.why));
    AudioDecoder& decoder = *opened.decoder;
    RenderedClip clip;
    clip.sampleRateHz = decoder.format().sampleRateHz;
    clip.channels = decoder.format().channels;
    const qint64 first = frameAt(spec.fromMs, clip.sampleRateHz);
    const qint64 frames = frameAt(spec.toMs, clip.sampleRateHz) - first;
    if (!decoder.seekFrame(first))
        return fail(ErrorCode::BadInput, RendererText::cannotSeek());
    clip.samples.resize(std::size_t(frames * clip.channels));
    qint64 done = 0;
    while (done < frames) {
        const qint64 got =
            decoder.readFrames(clip.samples.data() + done * clip.channels, frames - done);
        if (got <= 0)
            break;
        done += got;
    }
    if (!decoder.error().isEmpty())
        return fail(ErrorCode::BadInput, RendererText::cannotDecode(decoder.error()));
    clip.samples.resize(std::size_t(done * clip.channels)); // a header that claimed too much
    disguise(clip, recording.agentChannel, spec.disguise, spec.disguiseSemitones);
    redact(clip, spec.fromMs, spec.regions);
    return clip;
}

void ClipRenderer::disguise(RenderedClip& clip, AgentChannel agentChannel, Disguise disguise,
                            int semitones)
{
    if (disguise == Disguise::None || clip.channels <= 0)
        return;
    const double shift = -double(semitones);
    if (agentChannel == AgentChannel::Mono || clip.channels == 1) {
        for (int c = 0; c < clip.channels; ++c)
            VoiceDisguise::shiftChannel(clip.samples, clip.channels, c, clip.sampleRateHz, shift);
        return;
    }
    const int agent = agentChannel == AgentChannel::Left ? 0 : 1;
    VoiceDisguise::shiftChannel(clip.samples, clip.channels, 1 - agent, clip.sampleRateHz, shift);
    if (disguise == Disguise::Both)
        VoiceDisguise::shiftChannel(clip.samples, clip.channels, agent, clip.sampleRateHz, shift);
}

void ClipRenderer::redact(RenderedClip& clip, qint64 clipStartMs,
                          const QList<RedactionRegion>& regions)
{
    const qint64 origin = frameAt(clipStartMs, clip.sampleRateHz);
    const qint64 frames = clip.frames();
    for (const RedactionRegion& region : regions) {
        const qint64 from =
            std::clamp(frameAt(region.startMs, clip.sampleRateHz) - origin, qint64(0), frames);
        const qint64 to =
            std::clamp(frameAt(region.endMs, clip.sampleRateHz) - origin, qint64(0), frames);
        for (qint64 f = from; f < to; ++f) {
            float value = 0.0f;
            if (region.fill == RedactionRegion::Fill::Tone)
                value =
                    kToneAmplitude * float(std::sin(2.0 * std::numbers::pi * kToneHz *
                                                    double(f - from) / double(clip.sampleRateHz)));
            for (int c = 0; c < clip.channels; ++c)
                clip.samples[std::size_t(f * clip.channels + c)] = value;
        }
    }
}

} // namespace cv::core
