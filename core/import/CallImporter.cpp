#include "core/import/CallImporter.h"

#include "core/admin/Administration.h"
#include "core/audio/AudioDecoder.h"
#include "core/import/DecodePass.h"
#include "core/import/Sha256Stream.h"
#include "core/recordings/RecordingStore.h"
#include "core/vault/FaultInjection.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

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
    static QString empty(const QString& file)
    {
        return tr("%1: the file is empty (0 bytes), not an audio file").arg(file);
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
    static QString shortOfClaim(const QString& file, const QString& claimed, const QString& held)
    {
        return tr("%1: the header claims %2 of audio but the file holds %3; it is truncated or "
                  "its header is wrong")
            .arg(file, claimed, held);
    }
    static QString wrongSuffix(const QString& file, const QString& suffix, const QString& container)
    {
        return tr("%1: the name ends in .%2 but the file holds %3 audio; the name and the "
                  "content must agree")
            .arg(file, suffix, container);
    }
    static QString channelMismatch(const QString& file)
    {
        return tr("%1: agentChannel says left or right, but the recording is mono").arg(file);
    }
    static QString cancelled(const QString& file)
    {
        return tr("%1: import cancelled; nothing of this call was kept").arg(file);
    }
};

// "1:02:03.4" or "2:03.4": precise enough to see a lie, short to read.
QString durationText(qint64 frames, int rate)
{
    const double seconds = rate > 0 ? double(frames) / rate : 0.0;
    const qint64 minutes = qint64(seconds) / 60;
    const QString rest = QString::asprintf("%04.1f", seconds - double(minutes * 60));
    if (minutes >= 60)
        return QStringLiteral("%1:%2:%3")
            .arg(minutes / 60)
            .arg(minutes % 60, 2, 10, QLatin1Char('0'))
            .arg(rest);
    return QStringLiteral("%1:%2").arg(minutes).arg(rest);
}

// Is what decoded a whole, honest call for this manifest entry?
Result<void> checkDecoded(const ManifestEntry& entry, const DecodePass::Outcome& decoded)
{
    const QString& file = entry.file;
    switch (decoded.problem) {
    case DecodePass::Problem::None:
        break;
    case DecodePass::Problem::CannotRead:
        return fail(ErrorCode::BadInput, ImportText::cannotRead(file, decoded.detail));
    case DecodePass::Problem::NotAudio:
        return fail(ErrorCode::BadInput, ImportText::badAudio(file, decoded.detail));
    case DecodePass::Problem::Damaged:
        return fail(ErrorCode::BadInput, ImportText::decodeFailed(file, decoded.detail));
    case DecodePass::Problem::Cancelled:
        return fail(ErrorCode::Cancelled, ImportText::cancelled(file));
    }
    const AudioFormat& format = decoded.format;
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (!suffix.isEmpty() && !format.suffixes.isEmpty() && !format.suffixes.contains(suffix))
        return fail(ErrorCode::BadInput, ImportText::wrongSuffix(file, suffix, format.container));
    if (decoded.frames == 0)
        return fail(ErrorCode::BadInput, ImportText::noAudio(file));
    // Lossy codecs' headers estimate their length; allow them a tenth of a second.
    const qint64 slack = format.exactLength ? 0 : format.sampleRateHz / 10;
    const qint64 claimed = std::max(format.claimedFrames, format.frames);
    if (claimed > decoded.frames + slack)
        return fail(ErrorCode::BadInput,
                    ImportText::shortOfClaim(file, durationText(claimed, format.sampleRateHz),
                                             durationText(decoded.frames, format.sampleRateHz)));
    if (format.channels == 1 && entry.agentChannel != AgentChannel::Mono)
        return fail(ErrorCode::BadInput, ImportText::channelMismatch(file));
    return {};
}

} // namespace

CallImporter::CallImporter(Vault& vault, Administration& admin)
    : m_vault(vault)
    , m_admin(admin)
{}

Result<RecordingId> CallImporter::importCall(const Person& actor, const ManifestEntry& entry,
                                             Purpose purpose, const ImportProgress& progress)
{
    auto imported = importChecked(actor, entry, purpose, progress);
    if (!imported && imported.error().code != ErrorCode::Refused) {
        // Refusals were audited by the rules gate; record other failures too.
        AuditRecord failed;
        failed.actor = actor.id;
        failed.action = QStringLiteral("recording.import");
        failed.objectType = QStringLiteral("recording");
        failed.objectId = entry.origin;
        if (const auto agent = m_admin.persons().findByHandle(entry.agentHandle))
            failed.subject = agent->id;
        failed.outcome = imported.error().code == ErrorCode::Cancelled ? QStringLiteral("cancelled")
                                                                       : QStringLiteral("failed");
        failed.detail = entry.origin;
        (void)m_admin.audit().append(failed);
    }
    return imported;
}

Result<RecordingId> CallImporter::importChecked(const Person& actor, const ManifestEntry& entry,
                                                Purpose purpose, const ImportProgress& progress)
{
    const auto agent = m_admin.persons().findByHandle(entry.agentHandle);
    if (!agent)
        return fail(ErrorCode::BadInput, ImportText::unknownAgent(entry.origin, entry.agentHandle));

    // The rules, before anything is read or written.
    CallFacts call;
    call.agent = &*agent;
    call.startUtc = entry.callStart.toUTC();
    call.recordingNoticeGiven = entry.recordingNoticeGiven;
    call.markedPrivate = entry.markedPrivate;
    call.remoteNumber = entry.remoteNumber;
    call.externalClient = entry.externalClient;
    call.metadata = {{QStringLiteral("queue"), entry.queue},
                     {QStringLiteral("direction"), directionName(entry.direction)}};
    for (auto it = entry.otherFields.cbegin(); it != entry.otherFields.cend(); ++it)
        call.metadata.insert(it.key(), it.value());
    Request request(Action::MonitorCall);
    request.call = &call;
    request.purpose = purpose;
    if (auto allowed = m_admin.decide(actor, request, QStringLiteral("recording"), entry.origin);
        !allowed)
        return std::unexpected(allowed.error());

    QFile source(entry.file);
    if (!source.open(QIODevice::ReadOnly))
        return fail(ErrorCode::BadInput, ImportText::cannotRead(entry.file, source.errorString()));
    const qint64 total = source.size();
    if (total == 0)
        return fail(ErrorCode::BadInput, ImportText::empty(entry.file));
    if (progress && !progress(0, total))
        return fail(ErrorCode::Cancelled, ImportText::cancelled(entry.file));

    // Decoding and peaks on their own thread, storing on this one.
    const bool rawGsm = QFileInfo(entry.file).suffix().toLower() == QLatin1String("gsm");
    DecodePass decoding(entry.file, rawGsm);

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
    // Known only once every byte has passed; never committed like this.
    recording.sourceSha256 =
        QStringLiteral("pending-") + QUuid::createUuid().toString(QUuid::Id128);
    recording.importedBy = actor.id;

    Transaction transaction(m_vault);
    if (!transaction.isOpen())
        return std::unexpected(transaction.error());
    RecordingStore recordings(m_vault);
    auto id = recordings.insert(recording);
    if (!id)
        return id;
    Sha256Stream sha256;
    qint64 done = 0;
    for (int seq = 0; !source.atEnd(); ++seq) {
        const QByteArray bytes = source.read(RecordingStore::kChunkBytes);
        if (bytes.isEmpty())
            return fail(ErrorCode::BadInput,
                        ImportText::cannotRead(entry.file, source.errorString()));
        sha256.add(bytes);
        if (auto stored = recordings.appendChunk(*id, seq, bytes); !stored)
            return std::unexpected(stored.error());
        done += bytes.size();
        if (seq == 1)
            faultPoint("import:chunks");
        if (decoding.failed())
            break; // the outcome says why; nothing of this is committed
        if (progress && !progress(done, std::max(total, done)))
            return fail(ErrorCode::Cancelled, ImportText::cancelled(entry.file));
    }
    const DecodePass::Outcome decoded = decoding.wait();
    if (auto sound = checkDecoded(entry, decoded); !sound)
        return std::unexpected(sound.error());

    recording.sourceSha256 = sha256.hexDigest();
    if (const auto existing = recordings.findBySha256(recording.sourceSha256))
        return fail(ErrorCode::BadInput, ImportText::duplicate(entry.file, *existing));
    const AudioFormat& format = decoded.format;
    recording.container = format.container;
    recording.encoding = format.encoding;
    recording.sampleRateHz = format.sampleRateHz;
    recording.channels = format.channels;
    recording.frames = decoded.frames;
    recording.byteSize = done;
    if (auto described = recordings.describeAudio(*id, recording); !described)
        return std::unexpected(described.error());
    if (auto stored = recordings.storePeaks(*id, decoded.peaks); !stored)
        return std::unexpected(stored.error());
    if (auto logged = m_admin.record(actor, QStringLiteral("recording.import"),
                                     QStringLiteral("recording"), QString::number(*id), agent->id,
                                     purposeName(purpose) + QStringLiteral(" ") + entry.origin);
        !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

} // namespace cv::core
