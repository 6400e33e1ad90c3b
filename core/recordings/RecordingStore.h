#pragma once

#include "core/Error.h"
#include "core/audio/PeakPyramid.h"
#include "core/recordings/Recording.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace cv::core {

class Vault;

// Recordings, their audio chunks and peaks. The audio is kept exactly as
// received (no re-encoding), split into rows of kChunkBytes so that playback
// streams and seeks without loading a call into memory. Writes belong in the
// caller's Transaction: an import is one transaction, so a failure or a kill
// leaves nothing of that call.
class RecordingStore final
{
public:
    static constexpr qint64 kChunkBytes = 256 * 1024;

    explicit RecordingStore(Vault& vault);

    Result<RecordingId> insert(const Recording& recording);
    // Sets what is known of the audio only once all of it has been read:
    // the source's SHA-256, container, encoding, rate, channels, frames and
    // size. The importer inserts first, streams the chunks, then this.
    Result<void> describeAudio(RecordingId id, const Recording& recording);
    Result<void> appendChunk(RecordingId id, int seq, const QByteArray& bytes);
    Result<void> storePeaks(RecordingId id, const PeakPyramid& peaks);

    std::optional<Recording> find(RecordingId id) const;
    std::optional<RecordingId> findBySha256(const QString& sha256) const;
    // The recordings still held (not destroyed, R-RETAIN-3), by call start,
    // then id: oldest first. find() also finds a destroyed one's metadata.
    QList<Recording> all() const;
    qint64 count() const;
    // Recordings of `agent` for `purpose` whose call started on a day in
    // [from, to] (R-PURPOSE-2).
    int countMonitored(PersonId agent, Purpose purpose, const QDate& from, const QDate& to) const;

    int chunkCount(RecordingId id) const;
    Result<QByteArray> chunk(RecordingId id, int seq) const;
    Result<PeakPyramid> peaks(RecordingId id) const;

private:
    QList<Recording> select(const QString& where, const QVariantList& values) const;
    Vault& m_vault;
};

} // namespace cv::core
