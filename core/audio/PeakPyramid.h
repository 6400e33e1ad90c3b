#pragma once

#include <QByteArray>
#include <QList>

#include <array>
#include <cstdint>
#include <vector>

namespace cv::core {

// Min/max peaks of a recording at several zoom levels, per channel, for the
// waveform. Values are quantised to signed 8 bits (-127..127 for -1..1):
// enough for a picture, small enough to store (a 1-hour 8 kHz stereo call
// is about 1.2 MB over all levels).
//
// Level 0 holds one min/max pair per kSamplesPerBin[0] frames; each further
// level merges 4 bins of the level below. A last, partial bin covers the
// remaining frames. Format version 1; the layout of data() is
// [level][channel][bin][min, max].
class PeakPyramid final
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr std::array<int, 4> kSamplesPerBin{64, 256, 1024, 4096};
    static constexpr int kLevels = int(kSamplesPerBin.size());

    struct Bin
    {
        std::int8_t min = 0;
        std::int8_t max = 0;
    };

    PeakPyramid() = default;
    PeakPyramid(int channels, qint64 frames);

    int channels() const { return m_channels; }
    qint64 frames() const { return m_frames; }
    qint64 binCount(int level) const;
    Bin bin(int level, int channel, qint64 index) const;
    const QList<Bin>& bins(int level, int channel) const;

    // Serialised form for the vault; fromBytes() refuses anything else.
    QByteArray toBytes() const;
    static bool fromBytes(const QByteArray& bytes, PeakPyramid* out);

    static std::int8_t quantise(float sample);

private:
    friend class PeakPyramidBuilder;
    int m_channels = 0;
    qint64 m_frames = 0;
    // [level * channels + channel] -> bins
    QList<QList<Bin>> m_bins;
};

// Builds a PeakPyramid while decoding, in one pass: feed() interleaved
// frames in any block sizes, then finish(). Never reads past what it is
// given and never writes to the input.
//
// Speed: whole level-0 bins are reduced straight from the interleaved block
// with eight running minima and maxima in two 4-float SIMD registers (lanes
// alternate between the channels of a stereo block, so nothing is
// deinterleaved). Only the bins cut by a block boundary take the
// sample-by-sample path. The result is bit-identical to the plain loop.
class PeakPyramidBuilder final
{
public:
    explicit PeakPyramidBuilder(int channels);
    void feed(const float* interleaved, qint64 frames);
    PeakPyramid finish();

private:
    void feedPartial(const float* interleaved, qint64 frames);
    void closeBin();
    int m_channels;
    qint64 m_frames = 0;
    int m_inBin = 0; // frames in the open level-0 bin
    std::array<float, 2> m_min{};
    std::array<float, 2> m_max{};
    std::array<std::vector<PeakPyramid::Bin>, 2> m_level0; // per channel
};

} // namespace cv::core
