#include "core/audio/PeakPyramid.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace cv::core {

namespace {
constexpr quint32 kMagic = 0x43565048; // "CVPH"
}

PeakPyramid::PeakPyramid(int channels, qint64 frames)
    : m_channels(channels)
    , m_frames(frames)
{
    m_bins.resize(qsizetype(kLevels) * channels);
}

std::int8_t PeakPyramid::quantise(float sample)
{
    // std::lround(clamped * 127) without the call into libm, which cost more
    // than the min/max itself: the product is rounded to float as before, and
    // adding ±0.5 in double is exact for |x| <= 127, so truncating rounds
    // half away from zero exactly as lround does.
    if (sample != sample)
        return 0; // NaN
    const float scaled = std::clamp(sample, -1.0f, 1.0f) * 127.0f;
    return std::int8_t(int(double(scaled) + (scaled < 0.0f ? -0.5 : 0.5)));
}

qint64 PeakPyramid::binCount(int level) const
{
    if (level < 0 || level >= kLevels || m_channels == 0)
        return 0;
    return m_bins.at(level * m_channels).size();
}

const QList<PeakPyramid::Bin>& PeakPyramid::bins(int level, int channel) const
{
    return m_bins.at(level * m_channels + channel);
}

PeakPyramid::Bin PeakPyramid::bin(int level, int channel, qint64 index) const
{
    const auto& list = bins(level, channel);
    return index >= 0 && index < list.size() ? list.at(index) : Bin{};
}

QByteArray PeakPyramid::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << quint32(kFormatVersion) << quint32(m_channels) << qint64(m_frames)
        << quint32(kLevels);
    for (int level = 0; level < kLevels; ++level) {
        for (int channel = 0; channel < m_channels; ++channel) {
            const auto& list = bins(level, channel);
            out << qint64(list.size());
            out.writeRawData(reinterpret_cast<const char*>(list.constData()), int(list.size() * 2));
        }
    }
    return bytes;
}

bool PeakPyramid::fromBytes(const QByteArray& bytes, PeakPyramid* result)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0, channels = 0, levels = 0;
    qint64 frames = 0;
    in >> magic >> version >> channels >> frames >> levels;
    if (in.status() != QDataStream::Ok || magic != kMagic || version != quint32(kFormatVersion) ||
        channels < 1 || channels > 2 || levels != quint32(kLevels) || frames < 0)
        return false;
    PeakPyramid pyramid(int(channels), frames);
    for (int level = 0; level < kLevels; ++level) {
        const qint64 expected =
            (frames + kSamplesPerBin[std::size_t(level)] - 1) / kSamplesPerBin[std::size_t(level)];
        for (int channel = 0; channel < int(channels); ++channel) {
            qint64 count = 0;
            in >> count;
            if (in.status() != QDataStream::Ok || count != expected)
                return false;
            QList<Bin> list(count);
            if (in.readRawData(reinterpret_cast<char*>(list.data()), int(count * 2)) !=
                int(count * 2))
                return false;
            pyramid.m_bins[level * int(channels) + channel] = std::move(list);
        }
    }
    if (!in.atEnd())
        return false;
    *result = std::move(pyramid);
    return true;
}

namespace {

constexpr int kLanes = 8;

// Min and max of `Count` floats (a multiple of kLanes) in kLanes running
// lanes, starting from 1 and -1 as the sample-by-sample path does.
#if defined(__GNUC__)
// GCC and Clang: their portable vector types give packed minps/maxps on
// any x86-64 (and NEON on ARM) without intrinsics. Plain loops were not
// vectorised by GCC 12 at -O2: it kept the lanes in memory.
using Float4 = float __attribute__((vector_size(16)));

template<int Count>
inline void reduce(const float* p, float (&lowest)[kLanes], float (&highest)[kLanes])
{
    static_assert(Count % kLanes == 0);
    Float4 lo0 = {1.0f, 1.0f, 1.0f, 1.0f};
    Float4 lo1 = lo0;
    Float4 hi0 = {-1.0f, -1.0f, -1.0f, -1.0f};
    Float4 hi1 = hi0;
    for (int i = 0; i < Count; i += kLanes) {
        Float4 a, b;
        std::memcpy(&a, p + i, sizeof a);
        std::memcpy(&b, p + i + 4, sizeof b);
        lo0 = a < lo0 ? a : lo0;
        lo1 = b < lo1 ? b : lo1;
        hi0 = a > hi0 ? a : hi0;
        hi1 = b > hi1 ? b : hi1;
    }
    std::memcpy(lowest, &lo0, sizeof lo0);
    std::memcpy(lowest + 4, &lo1, sizeof lo1);
    std::memcpy(highest, &hi0, sizeof hi0);
    std::memcpy(highest + 4, &hi1, sizeof hi1);
}
#else
template<int Count>
inline void reduce(const float* p, float (&lowest)[kLanes], float (&highest)[kLanes])
{
    static_assert(Count % kLanes == 0);
    float lo[kLanes];
    float hi[kLanes];
    for (int k = 0; k < kLanes; ++k) {
        lo[k] = 1.0f;
        hi[k] = -1.0f;
    }
    for (int i = 0; i < Count; i += kLanes) {
        for (int k = 0; k < kLanes; ++k) {
            const float v = p[i + k];
            lo[k] = v < lo[k] ? v : lo[k];
            hi[k] = v > hi[k] ? v : hi[k];
        }
    }
    for (int k = 0; k < kLanes; ++k) {
        lowest[k] = lo[k];
        highest[k] = hi[k];
    }
}
#endif

inline float least(float a, float b)
{
    return b < a ? b : a;
}

inline float most(float a, float b)
{
    return b > a ? b : a;
}

} // namespace

PeakPyramidBuilder::PeakPyramidBuilder(int channels)
    : m_channels(std::clamp(channels, 1, 2))
{
    m_min.fill(1.0f);
    m_max.fill(-1.0f);
}

void PeakPyramidBuilder::closeBin()
{
    for (int c = 0; c < m_channels; ++c) {
        m_level0[std::size_t(c)].push_back(
            PeakPyramid::Bin{PeakPyramid::quantise(m_min[std::size_t(c)]),
                             PeakPyramid::quantise(m_max[std::size_t(c)])});
        m_min[std::size_t(c)] = 1.0f;
        m_max[std::size_t(c)] = -1.0f;
    }
    m_inBin = 0;
}

// Sample by sample into the open bin; `frames` never crosses its end.
void PeakPyramidBuilder::feedPartial(const float* block, qint64 frames)
{
    for (int c = 0; c < m_channels; ++c) {
        float lo = m_min[std::size_t(c)];
        float hi = m_max[std::size_t(c)];
        for (qint64 i = 0; i < frames; ++i) {
            const float v = block[i * m_channels + c];
            lo = v < lo ? v : lo;
            hi = v > hi ? v : hi;
        }
        m_min[std::size_t(c)] = lo;
        m_max[std::size_t(c)] = hi;
    }
    m_inBin += int(frames);
    m_frames += frames;
    if (m_inBin == PeakPyramid::kSamplesPerBin[0])
        closeBin();
}

void PeakPyramidBuilder::feed(const float* interleaved, qint64 frames)
{
    constexpr int binFrames = PeakPyramid::kSamplesPerBin[0];
    qint64 done = 0;
    if (m_inBin > 0) {
        done = std::min<qint64>(binFrames - m_inBin, frames);
        feedPartial(interleaved, done);
    }
    const qint64 whole = (frames - done) / binFrames;
    const float* p = interleaved + done * m_channels;
    auto& first = m_level0[0];
    auto& second = m_level0[1];
    float lo[kLanes];
    float hi[kLanes];
    if (m_channels == 2) {
        for (qint64 b = 0; b < whole; ++b, p += 2 * binFrames) {
            reduce<2 * binFrames>(p, lo, hi); // even lanes left, odd lanes right
            first.push_back({PeakPyramid::quantise(least(least(lo[0], lo[2]), least(lo[4], lo[6]))),
                             PeakPyramid::quantise(most(most(hi[0], hi[2]), most(hi[4], hi[6])))});
            second.push_back(
                {PeakPyramid::quantise(least(least(lo[1], lo[3]), least(lo[5], lo[7]))),
                 PeakPyramid::quantise(most(most(hi[1], hi[3]), most(hi[5], hi[7])))});
        }
    } else {
        for (qint64 b = 0; b < whole; ++b, p += binFrames) {
            reduce<binFrames>(p, lo, hi);
            float l = lo[0], h = hi[0];
            for (int k = 1; k < kLanes; ++k) {
                l = least(l, lo[k]);
                h = most(h, hi[k]);
            }
            first.push_back({PeakPyramid::quantise(l), PeakPyramid::quantise(h)});
        }
    }
    done += whole * binFrames;
    m_frames += whole * binFrames;
    if (done < frames)
        feedPartial(p, frames - done);
}

PeakPyramid PeakPyramidBuilder::finish()
{
    if (m_inBin > 0)
        closeBin();
    PeakPyramid pyramid(m_channels, m_frames);
    for (int c = 0; c < m_channels; ++c) {
        const auto& bins = m_level0[std::size_t(c)];
        pyramid.m_bins[c] = QList<PeakPyramid::Bin>(bins.begin(), bins.end());
    }
    for (int level = 1; level < PeakPyramid::kLevels; ++level) {
        const int ratio = PeakPyramid::kSamplesPerBin[std::size_t(level)] /
                          PeakPyramid::kSamplesPerBin[std::size_t(level - 1)];
        const qint64 expected = (m_frames + PeakPyramid::kSamplesPerBin[std::size_t(level)] - 1) /
                                PeakPyramid::kSamplesPerBin[std::size_t(level)];
        for (int c = 0; c < m_channels; ++c) {
            const auto& below = pyramid.m_bins[(level - 1) * m_channels + c];
            QList<PeakPyramid::Bin> merged;
            merged.reserve(expected);
            for (qint64 start = 0; start < below.size(); start += ratio) {
                PeakPyramid::Bin out{127, -127};
                const qint64 end = std::min<qint64>(start + ratio, below.size());
                for (qint64 i = start; i < end; ++i) {
                    out.min = std::min(out.min, below[i].min);
                    out.max = std::max(out.max, below[i].max);
                }
                merged.append(out);
            }
            pyramid.m_bins[level * m_channels + c] = std::move(merged);
        }
    }
    return pyramid;
}

} // namespace cv::core
