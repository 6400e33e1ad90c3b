#include "tests/support/RecordingFixtures.h"

#include "core/audio/AudioDecoder.h"
#include "core/recordings/RecordingStore.h"

#include <QBuffer>
#include <QCryptographicHash>

#include <vector>

namespace cv::test {

core::Result<core::RecordingId> storeRecording(core::RecordingStore& store, core::PersonId agent,
                                               const QByteArray& bytes,
                                               core::AgentChannel agentChannel,
                                               core::PersonId importedBy)
{
    using namespace cv::core;
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const AudioDecoder::Opened opened = AudioDecoder::open(buffer);
    if (!opened.decoder)
        return fail(ErrorCode::BadInput, opened.why);
    const AudioFormat& format = opened.decoder->format();
    Recording r;
    r.agent = agent;
    r.purpose = Purpose::Coaching;
    r.policyVersion = 1;
    r.callStartUtc = QDateTime(QDate(2026, 2, 20), QTime(10, 0), Qt::UTC);
    r.queue = QStringLiteral("Test");
    r.agentChannel = format.channels == 2 ? agentChannel : AgentChannel::Mono;
    r.sourceSha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    r.container = format.container;
    r.encoding = format.encoding;
    r.sampleRateHz = format.sampleRateHz;
    r.channels = format.channels;
    r.frames = format.frames;
    r.byteSize = bytes.size();
    r.importedBy = importedBy;
    auto id = store.insert(r);
    if (!id)
        return id;
    PeakPyramidBuilder peaks(format.channels);
    std::vector<float> block(std::size_t(4096 * format.channels));
    while (const qint64 n = opened.decoder->readFrames(block.data(), 4096))
        peaks.feed(block.data(), n);
    if (auto stored = store.storePeaks(*id, peaks.finish()); !stored)
        return std::unexpected(stored.error());
    for (qint64 offset = 0, seq = 0; offset < bytes.size();
         offset += RecordingStore::kChunkBytes, ++seq) {
        if (auto ok =
                store.appendChunk(*id, int(seq), bytes.mid(offset, RecordingStore::kChunkBytes));
            !ok)
            return std::unexpected(ok.error());
    }
    return id;
}

} // namespace cv::test
