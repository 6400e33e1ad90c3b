#include "core/recordings/RecordingStore.h"

#include "core/time/StoredTime.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace cv::core {

namespace {

class RecordingText
{
    Q_DECLARE_TR_FUNCTIONS(RecordingStore)
public:
    static QString noChunk(RecordingId id, int seq)
    {
        return tr("Recording %1 has no audio chunk %2.").arg(id).arg(seq);
    }
    static QString noPeaks(RecordingId id)
    {
        return tr("Recording %1 has no stored waveform.").arg(id);
    }
    static QString badPeaks(RecordingId id)
    {
        return tr("The stored waveform of recording %1 is damaged.").arg(id);
    }
};

Error dbError(const QSqlQuery& query)
{
    return Error{ErrorCode::Io, query.lastError().text(), {}};
}

} // namespace

QString directionName(CallDirection direction)
{
    return direction == CallDirection::Inbound ? QStringLiteral("inbound")
                                               : QStringLiteral("outbound");
}

RecordingStore::RecordingStore(Vault& vault)
    : m_vault(vault)
{}

Result<RecordingId> RecordingStore::insert(const Recording& r)
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral(
        "INSERT INTO recording (agent_id, purpose, policy_version, call_start, direction, queue, "
        "agent_channel, external_client, source_sha256, container, encoding, sample_rate, "
        "channels, "
        "frames, byte_size, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?)"));
    query.addBindValue(r.agent);
    query.addBindValue(purposeName(r.purpose));
    query.addBindValue(r.policyVersion);
    query.addBindValue(r.callStartUtc);
    query.addBindValue(directionName(r.direction));
    query.addBindValue(r.queue);
    query.addBindValue(int(r.agentChannel));
    query.addBindValue(r.externalClient);
    query.addBindValue(r.sourceSha256);
    query.addBindValue(r.container);
    query.addBindValue(r.encoding);
    query.addBindValue(r.sampleRateHz);
    query.addBindValue(r.channels);
    query.addBindValue(r.frames);
    query.addBindValue(r.byteSize);
    query.addBindValue(r.importedAtUtc.isValid() ? r.importedAtUtc : m_vault.clock().nowUtc());
    query.addBindValue(r.importedBy);
    if (!query.exec())
        return std::unexpected(dbError(query));
    return query.lastInsertId().toLongLong();
}

Result<void> RecordingStore::describeAudio(RecordingId id, const Recording& r)
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral(
        "UPDATE recording SET source_sha256 = ?, container = ?, encoding = ?, sample_rate = ?, "
        "channels = ?, frames = ?, byte_size = ? WHERE id = ?"));
    query.addBindValue(r.sourceSha256);
    query.addBindValue(r.container);
    query.addBindValue(r.encoding);
    query.addBindValue(r.sampleRateHz);
    query.addBindValue(r.channels);
    query.addBindValue(r.frames);
    query.addBindValue(r.byteSize);
    query.addBindValue(id);
    if (!query.exec())
        return std::unexpected(dbError(query));
    return {};
}

Result<void> RecordingStore::appendChunk(RecordingId id, int seq, const QByteArray& bytes)
{
    QSqlQuery query(m_vault.database());
    query.prepare(
        QStringLiteral("INSERT INTO audio_chunk (recording_id, seq, data) VALUES (?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(seq);
    query.addBindValue(bytes);
    if (!query.exec())
        return std::unexpected(dbError(query));
    return {};
}

Result<void> RecordingStore::storePeaks(RecordingId id, const PeakPyramid& peaks)
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO recording_peaks (recording_id, "
                                 "format_version, data) VALUES (?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(PeakPyramid::kFormatVersion);
    query.addBindValue(peaks.toBytes());
    if (!query.exec())
        return std::unexpected(dbError(query));
    return {};
}

QList<Recording> RecordingStore::select(const QString& where, const QVariantList& values) const
{
    QList<Recording> out;
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT id, agent_id, purpose, policy_version, call_start, direction, queue, "
            "agent_channel, external_client, source_sha256, container, encoding, sample_rate, "
            "channels, frames, byte_size, imported_at, imported_by FROM recording ") +
        where + QStringLiteral(" ORDER BY call_start, id"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return out;
    while (query.next()) {
        Recording r;
        r.id = query.value(0).toLongLong();
        r.agent = query.value(1).toLongLong();
        r.purpose = purposeFromName(query.value(2).toString()).value_or(Purpose::Coaching);
        r.policyVersion = query.value(3).toInt();
        r.callStartUtc = storedUtc(query.value(4));
        r.direction = query.value(5).toString() == QLatin1String("outbound")
                          ? CallDirection::Outbound
                          : CallDirection::Inbound;
        r.queue = query.value(6).toString();
        r.agentChannel = AgentChannel(query.value(7).toInt());
        r.externalClient = query.value(8).toString();
        r.sourceSha256 = query.value(9).toString();
        r.container = query.value(10).toString();
        r.encoding = query.value(11).toString();
        r.sampleRateHz = query.value(12).toInt();
        r.channels = query.value(13).toInt();
        r.frames = query.value(14).toLongLong();
        r.byteSize = query.value(15).toLongLong();
        r.importedAtUtc = storedUtc(query.value(16));
        r.importedBy = query.value(17).toLongLong();
        out.append(r);
    }
    return out;
}

std::optional<Recording> RecordingStore::find(RecordingId id) const
{
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Recording>(found.first());
}

std::optional<RecordingId> RecordingStore::findBySha256(const QString& sha256) const
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("SELECT id FROM recording WHERE source_sha256 = ?"));
    query.addBindValue(sha256);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

// The recordings the retention sweep has not destroyed (R-RETAIN-3).
const QString kHeld =
    QStringLiteral("WHERE id NOT IN (SELECT recording_id FROM recording_tombstone)");

QList<Recording> RecordingStore::all() const
{
    return select(kHeld, {});
}

qint64 RecordingStore::count() const
{
    QSqlQuery query(m_vault.database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM recording ") + kHeld) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

int RecordingStore::countMonitored(PersonId agent, Purpose purpose, const QDate& from,
                                   const QDate& to) const
{
    QSqlQuery query(m_vault.database());
    query.prepare(
        QStringLiteral("SELECT count(*) FROM recording WHERE agent_id = ? AND purpose = ? "
                       "AND call_start >= ? AND call_start < ?"));
    query.addBindValue(agent);
    query.addBindValue(purposeName(purpose));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.addDays(1).toString(Qt::ISODate));
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

int RecordingStore::chunkCount(RecordingId id) const
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM audio_chunk WHERE recording_id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

Result<QByteArray> RecordingStore::chunk(RecordingId id, int seq) const
{
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT data FROM audio_chunk WHERE recording_id = ? AND seq = ?"));
    query.addBindValue(id);
    query.addBindValue(seq);
    if (!query.exec())
        return std::unexpected(dbError(query));
    if (!query.next())
        return fail(ErrorCode::NotAVault, RecordingText::noChunk(id, seq));
    return query.value(0).toByteArray();
}

Result<PeakPyramid> RecordingStore::peaks(RecordingId id) const
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("SELECT data FROM recording_peaks WHERE recording_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return std::unexpected(dbError(query));
    if (!query.next())
        return fail(ErrorCode::BadInput, RecordingText::noPeaks(id));
    PeakPyramid pyramid;
    if (!PeakPyramid::fromBytes(query.value(0).toByteArray(), &pyramid))
        return fail(ErrorCode::Internal, RecordingText::badPeaks(id));
    return pyramid;
}

} // namespace cv::core
