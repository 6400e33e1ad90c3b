#include "core/import/CallImporter.h"

#include "core/admin/Administration.h"
#include "core/audio/AudioDecoder.h"
#include "core/audio/PeakPyramid.h"
#include "core/recordings/RecordingStore.h"
#include "core/vault/FaultInjection.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <vector>

namespace cv::core {

namespace {

class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(CallImporter)
public:
    static QString unknownAgent(const QString& where, const QString& handle)
    {
        return tr("%1: there is no person '%2'").arg(where, handle);
    }
    static QString cannotRead(const QString& file, const QString& why)
    {
        return tr("%1: cannot be read (%2)").arg(file, why);
    }
    static QString duplicate(const QString& file, RecordingId id)
    {
        return tr("%1: this call was already imported as recording %2").arg(file).arg(id);
    }
    static QString badAudio(const QString& file, const QString& why)
    {
        return tr("%1: %2").arg(file, why);
    }
    static QString decodeFailed(const QString& file, const QString& why)
    {
        return tr("%1: the audio is damaged (%2)").arg(file, why);
    }
    static QString noAudio(const QString& file)
    {
        return tr("%1: the recording holds no audio").arg(file);
    }
    static QString channelMismatch(const QString& file)
    {
        return tr("%1: agentChannel says left or right, but the recording is mono").arg(file);
    }
};

constexpr qint64 kDecodeBlockFrames = 8192;

} // namespace

CallImporter::CallImporter(Vault& vault, Administration& admin)
    : m_vault(vault)
    , m_admin(admin)
{}

Result<RecordingId> CallImporter::importCall(const Person& actor, const ManifestEntry& entry,
                                             Purpose purpose)
{
    auto imported = importChecked(actor, entry, purpose);
    if (!imported && imported.error().code != ErrorCode::Refused) {
        // Refusals were audited by the rules gate; record other failures too.
        AuditRecord failed;
        failed.actor = actor.id;
        failed.action = QStringLiteral("recording.import");
        failed.objectType = QStringLiteral("recording");
        failed.objectId = entry.origin;
        if (const auto agent = m_admin.persons().findByHandle(entry.agentHandle))
            failed.subject = agent->id;
        failed.outcome = QStringLiteral("failed");
        failed.detail = entry.origin;
        (void)m_admin.audit().append(failed);
    }
    return imported;
}

Result<RecordingId> CallImporter::importChecked(const Person& actor, const ManifestEntry& entry,
                                                Purpose purpose)
{
    const auto agent = m_admin.persons().findByHandle(entry.agentHandle);
    if (!agent)
        return fail(ErrorCode::BadInput, ImportText::unknownAgent(entry.origin, entry.agentHandle));

    QFile source(entry.file);
    if (!source.open(QIODevice::ReadOnly))
        return fail(ErrorCode::BadInput, ImportText::cannotRead(entry.file, source.errorString()));
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(&source);
    const QString sha256 = QString::fromLatin1(sha.result().toHex());
    RecordingStore recordings(m_vault);
    if (const auto existing = recordings.findBySha256(sha256))
        return fail(ErrorCode::BadInput, ImportText::duplicate(entry.file, *existing));

    // The rules, before anything is written.
    CallFacts call;
    call.agent = &*agent;
    call.startUtc = entry.callStart.toUTC();
    call.recordingNoticeGiven = entry.recordingNoticeGiven;
    call.markedPrivate = entry.markedPrivate;
    call.remoteNumber = entry.remoteNumber;
    call.externalClient = entry.externalClient;
    call.metadata = {{QStringLiteral("queue"), entry.queue},
                     {QStringLiteral("direction"), directionName(entry.direction)}};
    Request request(Action::MonitorCall);
    request.call = &call;
    request.purpose = purpose;
    if (auto allowed = m_admin.decide(actor, request, QStringLiteral("recording"), entry.origin);
        !allowed)
        return std::unexpected(allowed.error());

    // One decode pass: is this a call, how long is it, and its peaks.
    source.seek(0);
    auto opened = AudioDecoder::open(source);
    if (!opened.decoder)
        return fail(ErrorCode::BadInput, ImportText::badAudio(entry.file, opened.why));
    const AudioFormat format = opened.decoder->format();
    if (format.channels == 1 && entry.agentChannel != AgentChannel::Mono)
        return fail(ErrorCode::BadInput, ImportText::channelMismatch(entry.file));
    PeakPyramidBuilder peaks(format.channels);
    std::vector<float> block(std::size_t(kDecodeBlockFrames * format.channels));
    qint64 frames = 0;
    while (const qint64 n = opened.decoder->readFrames(block.data(), kDecodeBlockFrames)) {
        peaks.feed(block.data(), n);
        frames += n;
    }
    if (!opened.decoder->error().isEmpty())
        return fail(ErrorCode::BadInput,
                    ImportText::decodeFailed(entry.file, opened.decoder->error()));
    if (frames == 0)
        return fail(ErrorCode::BadInput, ImportText::noAudio(entry.file));
    opened.decoder.reset();

    const auto policy = m_admin.policies().activeOn(m_vault.clock().nowUtc().date());
    Recording recording;
    recording.agent = agent->id;
    recording.purpose = purpose;
    recording.policyVersion = policy ? policy->version : 0;
    recording.callStartUtc = entry.callStart.toUTC();
    recording.direction = entry.direction;
    recording.queue = entry.queue;
    recording.agentChannel = entry.agentChannel;
    recording.externalClient = entry.externalClient;
    recording.sourceSha256 = sha256;
    recording.container = format.container;
    recording.encoding = format.encoding;
    recording.sampleRateHz = format.sampleRateHz;
    recording.channels = format.channels;
    recording.frames = frames; // what decoded, whatever the header claimed
    recording.byteSize = source.size();
    recording.importedBy = actor.id;

    Transaction transaction(m_vault);
    if (!transaction.isOpen())
        return std::unexpected(transaction.error());
    auto id = recordings.insert(recording);
    if (!id)
        return id;
    source.seek(0);
    for (int seq = 0; !source.atEnd(); ++seq) {
        const QByteArray bytes = source.read(RecordingStore::kChunkBytes);
        if (bytes.isEmpty())
            return fail(ErrorCode::BadInput,
                        ImportText::cannotRead(entry.file, source.errorString()));
        if (auto stored = recordings.appendChunk(*id, seq, bytes); !stored)
            return std::unexpected(stored.error());
        if (seq == 1)
            faultPoint("import:chunks");
    }
    if (auto stored = recordings.storePeaks(*id, peaks.finish()); !stored)
        return std::unexpected(stored.error());
    AuditRecord record;
    record.actor = actor.id;
    record.action = QStringLiteral("recording.import");
    record.objectType = QStringLiteral("recording");
    record.objectId = QString::number(*id);
    record.subject = agent->id;
    record.detail = purposeName(purpose) + QStringLiteral(" ") + entry.origin;
    if (auto logged = m_admin.audit().append(record); !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

} // namespace cv::core
