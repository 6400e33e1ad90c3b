#include "core/recordings/ChunkDevice.h"

#include "core/recordings/RecordingStore.h"

#include <cstring>

namespace cv::core {

ChunkDevice::ChunkDevice(const RecordingStore& store, RecordingId id, qint64 size, QObject* parent)
    : QIODevice(parent)
    , m_store(store)
    , m_id(id)
    , m_size(size)
{}

bool ChunkDevice::open(OpenMode mode)
{
    if (mode & WriteOnly)
        return false;
    m_devicePos = 0;
    return QIODevice::open(mode | Unbuffered);
}

bool ChunkDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_size || !QIODevice::seek(pos))
        return false;
    m_devicePos = pos;
    return true;
}

bool ChunkDevice::load(int seq)
{
    if (seq == m_loadedSeq)
        return true;
    auto bytes = m_store.chunk(m_id, seq);
    if (!bytes) {
        setErrorString(bytes.error().message);
        return false;
    }
    m_chunk = std::move(*bytes);
    m_loadedSeq = seq;
    return true;
}

qint64 ChunkDevice::readData(char* data, qint64 maxSize)
{
    qint64 done = 0;
    qint64& position = m_devicePos;
    while (done < maxSize && position < m_size) {
        const int seq = int(position / RecordingStore::kChunkBytes);
        if (!load(seq))
            return done > 0 ? done : -1;
        const qint64 offset = position - qint64(seq) * RecordingStore::kChunkBytes;
        const qint64 available = m_chunk.size() - offset;
        if (available <= 0)
            break; // a short chunk: the stored audio ends early
        const qint64 take = std::min(available, maxSize - done);
        std::memcpy(data + done, m_chunk.constData() + offset, std::size_t(take));
        done += take;
        position += take;
    }
    return done;
}

} // namespace cv::core
