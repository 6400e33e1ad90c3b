#include "core/import/DecodePass.h"

#include <QFile>

#include <vector>

namespace cv::core {

namespace {
// 8192 frames: a stereo float block of 64 KiB stays in the L2 cache between
// the decoder writing it and the peak builder reading it.
constexpr qint64 kBlockFrames = 8192;
} // namespace

DecodePass::DecodePass(const QString& path, bool rawGsmFallback)
    : m_path(path)
    , m_rawGsmFallback(rawGsmFallback)
{
    m_thread = std::thread([this] { run(); });
}

DecodePass::~DecodePass()
{
    cancel();
    if (m_thread.joinable())
        m_thread.join();
}

DecodePass::Outcome DecodePass::wait()
{
    if (m_thread.joinable())
        m_thread.join();
    return std::move(m_outcome);
}

void DecodePass::fail(Problem problem, const QString& detail)
{
    m_outcome.problem = problem;
    m_outcome.detail = detail;
    m_failed.store(true, std::memory_order_relaxed);
}

void DecodePass::run()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Problem::CannotRead, file.errorString());
    auto opened = AudioDecoder::open(file);
    if (opened.status == AudioDecoder::Status::NotAudio && m_rawGsmFallback)
        opened = AudioDecoder::open(file, AudioDecoder::OpenHint::RawGsm610);
    if (!opened.decoder)
        return fail(Problem::NotAudio, opened.why);
    AudioDecoder& decoder = *opened.decoder;
    m_outcome.format = decoder.format();
    const int channels = m_outcome.format.channels;
    PeakPyramidBuilder peaks(channels);
    std::vector<float> block(std::size_t(kBlockFrames * channels));
    qint64 frames = 0;
    while (!m_cancel.load(std::memory_order_relaxed)) {
        const qint64 n = decoder.readFrames(block.data(), kBlockFrames);
        if (n <= 0)
            break;
        peaks.feed(block.data(), n);
        frames += n;
    }
    if (m_cancel.load(std::memory_order_relaxed))
        return fail(Problem::Cancelled, {});
    if (!decoder.error().isEmpty())
        return fail(Problem::Damaged, decoder.error());
    m_outcome.frames = frames;
    m_outcome.peaks = peaks.finish();
}

} // namespace cv::core
