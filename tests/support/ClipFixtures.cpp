#include "tests/support/ClipFixtures.h"

#include "core/audio/AudioDecoder.h"
#include "core/recordings/RecordingStore.h"
#include "core/vault/Transaction.h"
#include "tests/support/AudioFixtures.h"
#include "tests/support/RecordingFixtures.h"

#include <QBuffer>
#include <QSqlQuery>

#include <sndfile.h>

namespace cv::test {

core::RecordingId storeClipCall(AdminFixture& fx, core::Purpose purpose, const QByteArray& given)
{
    using namespace core;
    const QByteArray wav =
        given.isEmpty() ? encode(SF_FORMAT_WAV | SF_FORMAT_PCM_16, 8000, 2, 5.0) : given;
    RecordingStore store(*fx.vault);
    Transaction transaction(*fx.vault);
    auto id = storeRecording(store, fx.agent.id, wav, AgentChannel::Left, fx.coach.id);
    if (!id)
        return 0;
    QSqlQuery query(fx.vault->database());
    query.prepare(QStringLiteral("UPDATE recording SET purpose = ? WHERE id = ?"));
    query.addBindValue(purposeName(purpose));
    query.addBindValue(*id);
    if (!query.exec() || !transaction.commit())
        return 0;
    return *id;
}

std::vector<float> decodeAll(const QByteArray& bytes, int* channels, int* rate)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    auto opened = core::AudioDecoder::open(buffer);
    if (opened.status != core::AudioDecoder::Status::Ok)
        return {};
    const core::AudioFormat format = opened.decoder->format();
    if (channels)
        *channels = format.channels;
    if (rate)
        *rate = format.sampleRateHz;
    std::vector<float> out;
    std::vector<float> block(4096 * std::size_t(format.channels));
    qint64 got = 0;
    while ((got = opened.decoder->readFrames(block.data(), 4096)) > 0)
        out.insert(out.end(), block.begin(), block.begin() + got * format.channels);
    return out;
}

double zeroCrossingHz(const std::vector<float>& s, int channels, int channel, int rate)
{
    const std::size_t frames = s.size() / std::size_t(channels);
    int crossings = 0;
    for (std::size_t i = 1; i < frames; ++i) {
        const float a = s[(i - 1) * std::size_t(channels) + std::size_t(channel)];
        const float b = s[i * std::size_t(channels) + std::size_t(channel)];
        if ((a < 0) != (b < 0))
            ++crossings;
    }
    return frames > 1 ? crossings / 2.0 * rate / double(frames) : 0;
}

} // namespace cv::test
