#pragma once

#include "core/recordings/Recording.h"

#include <QString>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace RubberBand {
class RubberBandStretcher;
}

namespace cv::core {

class AudioDecoder;

// The two people on a call. In a stereo recording each has a channel
// (Recording::agentChannel); a mono recording mixes them.
enum class Party
{
    Agent,
    Customer,
};

// Turns a decoder's frames into what the listener hears: stereo float frames
// at the source's sample rate, with the agent and customer muted or soloed,
// the volume applied, and the speed changed without changing the pitch
// (Rubber Band, real-time mode). At speed 1 Rubber Band is bypassed, so the
// output equals the source sample for sample.
//
// Memory is constant whatever the call's length: one decode block, Rubber
// Band's buffers and the decoder's own. Positions are source frames.
// Threading: one thread at a time (the player's); not thread-safe.
class PlaybackPipeline final
{
public:
    static constexpr double kMinSpeed = 0.5;
    static constexpr double kMaxSpeed = 2.0;
    static constexpr int kOutputChannels = 2;

    // Takes the decoder; `agentChannel` says which source channel is the agent.
    PlaybackPipeline(std::unique_ptr<AudioDecoder> decoder, AgentChannel agentChannel);
    ~PlaybackPipeline();
    PlaybackPipeline(const PlaybackPipeline&) = delete;
    PlaybackPipeline& operator=(const PlaybackPipeline&) = delete;

    int sampleRateHz() const;
    qint64 durationFrames() const;
    // Whether the parties can be muted separately (a stereo recording).
    bool canSeparateParties() const { return m_agentChannel != AgentChannel::Mono; }

    // Writes up to `frames` stereo frames to `out` (interleaved L, R);
    // returns how many were written. Fewer than asked only at the end of the
    // recording or on a decoding error (then error() is set).
    qint64 render(float* out, qint64 frames);
    bool atEnd() const { return m_finished; }
    const QString& error() const { return m_error; }

    // Continues from `sourceFrame` (clamped to the recording).
    bool seek(qint64 sourceFrame);
    // Clamped to [kMinSpeed, kMaxSpeed]; takes effect for the next render.
    void setSpeed(double speed);
    double speed() const { return m_speed; }
    // 0 (silent) … 1 (as recorded).
    void setVolume(double volume);
    double volume() const { return m_volume; }
    void setMuted(Party party, bool muted);
    bool isMuted(Party party) const;
    // Only this party is heard; std::nullopt hears both (minus the muted).
    void setSolo(std::optional<Party> party);
    std::optional<Party> solo() const { return m_solo; }
    // The gain applied to a party now, after solo and mute.
    float gainOf(Party party) const;

    // Output frames rendered since construction.
    qint64 outputFrames() const { return m_outputFrames; }
    // The source frame heard at output frame `outputFrame` (one already
    // rendered, or about to be): maps through every speed change and seek.
    qint64 sourceFrameAt(qint64 outputFrame) const;

private:
    struct Segment
    {
        qint64 outputStart = 0;
        qint64 sourceStart = 0;
        double speed = 1.0;
    };
    void startSegment(qint64 sourceFrame);
    qint64 decodeMixed(qint64 frames); // into m_mixed; returns frames
    qint64 renderDirect(float* out, qint64 frames);
    qint64 renderStretched(float* out, qint64 frames);
    void resetStretcher();

    std::unique_ptr<AudioDecoder> m_decoder;
    AgentChannel m_agentChannel;
    int m_sourceChannels = 0;
    qint64 m_sourceFrame = 0; // next frame the decoder delivers
    qint64 m_outputFrames = 0;
    bool m_finished = false;
    bool m_stretcherFlushed = false;
    QString m_error;
    double m_speed = 1.0;
    double m_volume = 1.0;
    bool m_agentMuted = false;
    bool m_customerMuted = false;
    std::optional<Party> m_solo;
    std::deque<Segment> m_segments;
    std::unique_ptr<RubberBand::RubberBandStretcher> m_stretcher;
    qint64 m_discardOutput = 0;               // Rubber Band's start delay still to drop
    std::vector<float> m_decoded;             // interleaved source frames
    std::vector<float> m_mixed;               // interleaved stereo, gains applied
    std::vector<std::vector<float>> m_planar; // Rubber Band's per-channel buffers
};

} // namespace cv::core
