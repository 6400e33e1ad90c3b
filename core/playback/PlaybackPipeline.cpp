#include "core/playback/PlaybackPipeline.h"

#include "core/audio/AudioDecoder.h"

#include <rubberband/RubberBandStretcher.h>

#include <algorithm>
#include <cmath>

namespace cv::core {

namespace {

constexpr qint64 kBlockFrames = 1024;
constexpr std::size_t kMaxSegments = 64;

} // namespace

PlaybackPipeline::PlaybackPipeline(std::unique_ptr<AudioDecoder> decoder, AgentChannel agentChannel)
    : m_decoder(std::move(decoder))
    , m_agentChannel(agentChannel)
{
    m_sourceChannels = m_decoder->format().channels;
    if (m_sourceChannels < 2)
        m_agentChannel = AgentChannel::Mono;
    m_decoded.resize(std::size_t(kBlockFrames * std::max(1, m_sourceChannels)));
    m_mixed.resize(std::size_t(kBlockFrames * kOutputChannels));
    startSegment(0);
}

PlaybackPipeline::~PlaybackPipeline() = default;

int PlaybackPipeline::sampleRateHz() const
{
    return m_decoder->format().sampleRateHz;
}

qint64 PlaybackPipeline::durationFrames() const
{
    return m_decoder->format().frames;
}

void PlaybackPipeline::startSegment(qint64 sourceFrame)
{
    m_segments.push_back(Segment{m_outputFrames, sourceFrame, m_speed});
    while (m_segments.size() > kMaxSegments)
        m_segments.pop_front();
}

qint64 PlaybackPipeline::sourceFrameAt(qint64 outputFrame) const
{
    const Segment* segment = &m_segments.front();
    for (const Segment& s : m_segments) {
        if (s.outputStart <= outputFrame)
            segment = &s;
    }
    const qint64 offset = std::max<qint64>(0, outputFrame - segment->outputStart);
    const qint64 frame =
        segment->sourceStart + qint64(std::llround(double(offset) * segment->speed));
    return std::clamp<qint64>(frame, 0, durationFrames());
}

bool PlaybackPipeline::seek(qint64 sourceFrame)
{
    sourceFrame = std::clamp<qint64>(sourceFrame, 0, durationFrames());
    if (!m_decoder->seekFrame(sourceFrame)) {
        m_error = m_decoder->error();
        return false;
    }
    m_sourceFrame = sourceFrame;
    m_finished = sourceFrame >= durationFrames();
    resetStretcher();
    startSegment(sourceFrame);
    return true;
}

void PlaybackPipeline::setSpeed(double speed)
{
    speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    if (std::abs(speed - m_speed) < 1e-6)
        return;
    // The new segment starts at what the listener hears next.
    const qint64 heard = sourceFrameAt(m_outputFrames);
    m_speed = speed;
    if (m_stretcher) {
        // Drop what Rubber Band still buffers at the old speed and continue
        // decoding from the frame the listener reached.
        if (m_decoder->seekFrame(heard))
            m_sourceFrame = heard;
        resetStretcher();
    }
    startSegment(heard);
}

void PlaybackPipeline::setVolume(double volume)
{
    m_volume = std::clamp(volume, 0.0, 1.0);
}

void PlaybackPipeline::setMuted(Party party, bool muted)
{
    (party == Party::Agent ? m_agentMuted : m_customerMuted) = muted;
}

bool PlaybackPipeline::isMuted(Party party) const
{
    return party == Party::Agent ? m_agentMuted : m_customerMuted;
}

void PlaybackPipeline::setSolo(std::optional<Party> party)
{
    m_solo = party;
}

float PlaybackPipeline::gainOf(Party party) const
{
    const bool heard = m_solo ? *m_solo == party : !isMuted(party);
    return heard ? float(m_volume) : 0.0f;
}

void PlaybackPipeline::resetStretcher()
{
    m_stretcher.reset();
    m_stretcherFlushed = false;
    m_discardOutput = 0;
}

qint64 PlaybackPipeline::decodeMixed(qint64 frames)
{
    frames = std::min(frames, kBlockFrames);
    const qint64 got = m_decoder->readFrames(m_decoded.data(), frames);
    if (got <= 0) {
        if (!m_decoder->error().isEmpty())
            m_error = m_decoder->error();
        return 0;
    }
    m_sourceFrame += got;
    float* out = m_mixed.data();
    const float* in = m_decoded.data();
    if (m_agentChannel == AgentChannel::Mono) {
        const float gain = std::max(gainOf(Party::Agent), gainOf(Party::Customer));
        for (qint64 i = 0; i < got; ++i) {
            const float s = in[i * m_sourceChannels] * gain;
            out[2 * i] = s;
            out[2 * i + 1] = s;
        }
    } else {
        const bool agentLeft = m_agentChannel == AgentChannel::Left;
        const float left = gainOf(agentLeft ? Party::Agent : Party::Customer);
        const float right = gainOf(agentLeft ? Party::Customer : Party::Agent);
        for (qint64 i = 0; i < got; ++i) {
            out[2 * i] = in[2 * i] * left;
            out[2 * i + 1] = in[2 * i + 1] * right;
        }
    }
    return got;
}

qint64 PlaybackPipeline::render(float* out, qint64 frames)
{
    if (frames <= 0 || m_finished || !m_error.isEmpty())
        return 0;
    const bool direct = std::abs(m_speed - 1.0) < 1e-6;
    const qint64 written = direct ? renderDirect(out, frames) : renderStretched(out, frames);
    m_outputFrames += written;
    if (written < frames)
        m_finished = true;
    return written;
}

qint64 PlaybackPipeline::renderDirect(float* out, qint64 frames)
{
    qint64 written = 0;
    while (written < frames) {
        const qint64 got = decodeMixed(frames - written);
        if (got == 0)
            break;
        std::copy_n(m_mixed.data(), got * kOutputChannels, out + written * kOutputChannels);
        written += got;
    }
    return written;
}

qint64 PlaybackPipeline::renderStretched(float* out, qint64 frames)
{
    using RubberBand::RubberBandStretcher;
    if (!m_stretcher) {
        m_stretcher = std::make_unique<RubberBandStretcher>(
            std::size_t(sampleRateHz()), kOutputChannels,
            RubberBandStretcher::OptionProcessRealTime | RubberBandStretcher::OptionEngineFaster |
                RubberBandStretcher::OptionPitchHighConsistency,
            1.0 / m_speed, 1.0);
        m_stretcher->setMaxProcessSize(std::size_t(kBlockFrames));
        m_planar.assign(kOutputChannels, std::vector<float>(std::size_t(kBlockFrames)));
        // Prime with silence so the first output frame is the first input
        // frame, then drop Rubber Band's start delay.
        std::size_t pad = m_stretcher->getPreferredStartPad();
        std::fill(m_planar[0].begin(), m_planar[0].end(), 0.0f);
        std::fill(m_planar[1].begin(), m_planar[1].end(), 0.0f);
        while (pad > 0) {
            const std::size_t n = std::min<std::size_t>(pad, std::size_t(kBlockFrames));
            const float* silence[kOutputChannels] = {m_planar[0].data(), m_planar[1].data()};
            m_stretcher->process(silence, n, false);
            pad -= n;
        }
        m_discardOutput = qint64(m_stretcher->getStartDelay());
    }

    qint64 written = 0;
    while (written < frames) {
        const int available = m_stretcher->available();
        if (available < 0)
            break; // finished and drained
        if (available > 0) {
            const qint64 want =
                std::min<qint64>({qint64(available), kBlockFrames,
                                  m_discardOutput > 0 ? m_discardOutput : frames - written});
            float* planar[kOutputChannels] = {m_planar[0].data(), m_planar[1].data()};
            const qint64 got = qint64(m_stretcher->retrieve(planar, std::size_t(want)));
            if (m_discardOutput > 0) {
                m_discardOutput -= got;
                continue;
            }
            float* dst = out + written * kOutputChannels;
            for (qint64 i = 0; i < got; ++i) {
                dst[2 * i] = m_planar[0][std::size_t(i)];
                dst[2 * i + 1] = m_planar[1][std::size_t(i)];
            }
            written += got;
            continue;
        }
        if (m_stretcherFlushed)
            break;
        const qint64 required =
            std::clamp<qint64>(qint64(m_stretcher->getSamplesRequired()), 1, kBlockFrames);
        const qint64 got = decodeMixed(required);
        for (qint64 i = 0; i < got; ++i) {
            m_planar[0][std::size_t(i)] = m_mixed[std::size_t(2 * i)];
            m_planar[1][std::size_t(i)] = m_mixed[std::size_t(2 * i + 1)];
        }
        const float* planar[kOutputChannels] = {m_planar[0].data(), m_planar[1].data()};
        const bool last = got == 0;
        m_stretcher->process(planar, std::size_t(got), last);
        if (last) {
            m_stretcherFlushed = true;
            if (!m_error.isEmpty())
                break;
        }
    }
    return written;
}

} // namespace cv::core
