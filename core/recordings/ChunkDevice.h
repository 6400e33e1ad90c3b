#pragma once

#include "core/recordings/Recording.h"

#include <QByteArray>
#include <QIODevice>

namespace cv::core {

class RecordingStore;

// A read-only, seekable QIODevice over a recording's audio as stored in the
// vault: the original file's bytes, served chunk by chunk. Only the chunk
// under the read position is in memory (decrypted by SQLCipher page by
// page); nothing is ever written to disk. The AudioDecoder reads through it
// for playback, so a 1-hour call plays in constant memory.
class ChunkDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChunkDevice)
public:
    ChunkDevice(const RecordingStore& store, RecordingId id, qint64 size,
                QObject* parent = nullptr);

    // Always unbuffered: the chunk is the buffer.
    bool open(OpenMode mode) override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    bool load(int seq);
    const RecordingStore& m_store;
    RecordingId m_id;
    qint64 m_size;
    qint64 m_devicePos = 0;
    int m_loadedSeq = -1;
    QByteArray m_chunk;
};

} // namespace cv::core
