#include "core/audio/PeakPyramid.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cmath>

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
    const float clamped = std::clamp(sample, -1.0f, 1.0f);
    return std::int8_t(std::lround(clamped * 127.0f));
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

PeakPyramidBuilder::PeakPyramidBuilder(int channels)
    : m_channels(std::clamp(channels, 1, 2))
{
    m_level0.resize(m_channels);
    m_min.fill(1.0f);
    m_max.fill(-1.0f);
}

void PeakPyramidBuilder::closeBin()
{
    for (int c = 0; c < m_channels; ++c) {
        m_level0[c].append(PeakPyramid::Bin{PeakPyramid::quantise(m_min[std::size_t(c)]),
                                            PeakPyramid::quantise(m_max[std::size_t(c)])});
        m_min[std::size_t(c)] = 1.0f;
        m_max[std::size_t(c)] = -1.0f;
    }
    m_inBin = 0;
}

void PeakPyramidBuilder::feed(const float* interleaved, qint64 frames)
{
    constexpr int binFrames = PeakPyramid::kSamplesPerBin[0];
    qint64 done = 0;
    while (done < frames) {
        const qint64 take = std::min<qint64>(binFrames - m_inBin, frames - done);
        const float* block = interleaved + done * m_channels;
        for (int c = 0; c < m_channels; ++c) {
            float lo = m_min[std::size_t(c)];
            float hi = m_max[std::size_t(c)];
            // A plain strided loop: GCC vectorises the min/max reduction.
            for (qint64 i = 0; i < take; ++i) {
                const float v = block[i * m_channels + c];
                lo = v < lo ? v : lo;
                hi = v > hi ? v : hi;
            }
            m_min[std::size_t(c)] = lo;
            m_max[std::size_t(c)] = hi;
        }
        m_inBin += int(take);
        done += take;
        m_frames += take;
        if (m_inBin == binFrames)
            closeBin();
    }
}

PeakPyramid PeakPyramidBuilder::finish()
{
    if (m_inBin > 0)
        closeBin();
    PeakPyramid pyramid(m_channels, m_frames);
    for (int c = 0; c < m_channels; ++c)
        pyramid.m_bins[c] = m_level0[c];
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
