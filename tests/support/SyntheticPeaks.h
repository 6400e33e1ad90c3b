#pragma once

#include "core/audio/PeakPyramid.h"

#include <cmath>
#include <cstdint>
#include <vector>

namespace cv::test {

// Peak pyramids for waveform tests and benchmarks, built through the real
// PeakPyramidBuilder from generated audio (nothing here writes a file).

// A steady sine per channel: `amplitudes[c]` for channel c (0 = silence).
inline core::PeakPyramid tonePeaks(int seconds, int sampleRateHz, std::vector<float> amplitudes)
{
    const int channels = int(amplitudes.size());
    core::PeakPyramidBuilder builder(channels);
    const int block = 4096;
    std::vector<float> frames(std::size_t(block * channels));
    const qint64 total = qint64(seconds) * sampleRateHz;
    for (qint64 done = 0; done < total;) {
        const int n = int(std::min<qint64>(block, total - done));
        for (int i = 0; i < n; ++i) {
            const double t = double(done + i) / sampleRateHz;
            for (int c = 0; c < channels; ++c)
                frames[std::size_t(i * channels + c)] =
                    float(amplitudes[std::size_t(c)] * std::sin(2 * M_PI * (220 + 110 * c) * t));
        }
        builder.feed(frames.data(), n);
        done += n;
    }
    return builder.finish();
}

// Something like a phone conversation: turns of a few seconds that alternate
// between the channels (0 = agent, 1 = customer), words of syllables, short
// backchannels ("ja", "hm") in the listener's channel, a faint line noise.
// Deterministic for a given `seed`.
inline core::PeakPyramid speechLikePeaks(int seconds, int sampleRateHz, int channels = 2,
                                         std::uint32_t seed = 7)
{
    std::uint32_t state = seed * 2654435761u + 1;
    auto random = [&state] { // xorshift32, in [0, 1)
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return double(state) / 4294967296.0;
    };

    const qint64 total = qint64(seconds) * sampleRateHz;
    // Loudness envelope of each channel in steps of kStep frames (a few ms),
    // built from turns and syllables.
    constexpr int kStep = 32;
    const double stepsPerSecond = double(sampleRateHz) / kStep;
    const qint64 steps = total / kStep + 1;
    std::vector<std::vector<float>> envelope(std::size_t(channels),
                                             std::vector<float>(std::size_t(steps), 0.0f));
    auto speak = [&](int channel, qint64 from, qint64 to, double loudness) {
        qint64 at = from;
        while (at < to) {
            const qint64 word =
                std::max<qint64>(1, qint64((0.25 + 0.5 * random()) * stepsPerSecond));
            const int syllables = 1 + int(random() * 4);
            const double wordLoudness = loudness * (0.55 + 0.45 * random());
            for (qint64 i = 0; i < word && at + i < to; ++i) {
                const double phase = double(i) / double(word) * syllables;
                const double syllable = std::pow(std::sin(M_PI * (phase - std::floor(phase))), 2);
                const double attack = std::min(1.0, double(i) / (0.02 * stepsPerSecond));
                envelope[std::size_t(channel)][std::size_t(at + i)] =
                    float(wordLoudness * (0.15 + 0.85 * syllable) * attack);
            }
            at += word + qint64((0.04 + 0.25 * random() * random()) * stepsPerSecond);
        }
    };

    qint64 at = qint64(0.8 * stepsPerSecond);
    int speaker = 0;
    while (at < steps) {
        const qint64 turn = qint64((2.5 + 9.0 * random()) * stepsPerSecond);
        const int channel = channels > 1 ? speaker : 0;
        const double loudness = speaker == 0 ? 0.42 : 0.6; // the customer's line is hotter
        speak(channel, at, std::min(steps, at + turn), loudness);
        if (channels > 1 && random() < 0.6) { // a backchannel from the listener
            const qint64 when = at + qint64(random() * double(turn) * 0.8);
            speak(1 - speaker, when, std::min(steps, when + qint64(0.35 * stepsPerSecond)), 0.25);
        }
        at += turn + qint64((0.2 + 0.9 * random()) * stepsPerSecond);
        speaker = 1 - speaker;
    }

    core::PeakPyramidBuilder builder(channels);
    const int block = 4096;
    std::vector<float> frames(std::size_t(block * channels));
    for (qint64 done = 0; done < total;) {
        const int n = int(std::min<qint64>(block, total - done));
        for (int i = 0; i < n; ++i) {
            for (int c = 0; c < channels; ++c) {
                const double noise = 2.0 * random() - 1.0;
                const float level = envelope[std::size_t(c)][std::size_t((done + i) / kStep)];
                frames[std::size_t(i * channels + c)] = float(noise * (level + 0.006));
            }
        }
        builder.feed(frames.data(), n);
        done += n;
    }
    return builder.finish();
}

} // namespace cv::test
