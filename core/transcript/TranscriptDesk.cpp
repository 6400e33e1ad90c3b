#include "core/transcript/TranscriptDesk.h"

#include "core/admin/Administration.h"
#include "core/pii/DutchPiiDetector.h"
#include "core/pii/RedactionProposal.h"
#include "core/recordings/RecordingAccess.h"
#include "core/recordings/RecordingStore.h"
#include "core/rules/RulesEngine.h"
#include "core/time/CallTime.h"
#include "core/vault/FaultInjection.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace cv::core {

namespace {

class DeskText
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptDesk)
public:
    static QString noSuchRecording(RecordingId id)
    {
        return tr("There is no recording %1 in this vault.").arg(id);
    }
    static QString noTranscript(RecordingId id)
    {
        return tr("Recording %1 has no transcript; import one first.").arg(id);
    }
    static QString runsPastEnd(const QString& end, const QString& duration)
    {
        return tr("The transcript runs to %1, but the recording lasts %2: is it the transcript of "
                  "another call?")
            .arg(end, duration);
    }
    static QString badName(const QString& name)
    {
        return tr("\"%1\" is not a name: use letters, spaces, hyphens and apostrophes, at most 60 "
                  "characters.")
            .arg(name);
    }
    static QString noNames() { return tr("Name at least one name to add."); }
    static QString both(qint64 id)
    {
        return tr("Proposal %1 cannot be both accepted and rejected.").arg(id);
    }
    static QString undecided(int count)
    {
        return tr("%n proposal(s) of the transcript within the clip are still to decide: accept "
                  "or reject them first.",
                  nullptr, count);
    }
};

// A transcript may run a little past the audio (rounding of cue times).
constexpr qint64 kEndToleranceMs = 1000;

bool isName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^\\p{L}[\\p{L} '\\-]{0,59}$"));
    return pattern.match(name).hasMatch();
}

} // namespace

TranscriptDesk::TranscriptDesk(Vault& vault, Administration& admin)
    : m_vault(vault)
    , m_admin(admin)
    , m_store(vault)
{}

Result<Recording> TranscriptDesk::allowed(const Person& actor, RecordingId id)
{
    const std::optional<Recording> recording = RecordingStore(m_vault).find(id);
    if (!recording)
        return fail(ErrorCode::Usage, DeskText::noSuchRecording(id));
    const std::optional<Person> agent = m_admin.persons().find(recording->agent);
    Request request(Action::UseTranscript);
    request.subject = agent ? &*agent : nullptr;
    request.dataPurpose = recording->purpose;
    if (auto decided =
            m_admin.decide(actor, request, QStringLiteral("recording"), QString::number(id));
        !decided)
        return std::unexpected(decided.error());
    if (auto held = RecordingAccess(m_vault, m_admin).stillHeld(id); !held) {
        m_admin.recordRefusal(actor.id, actionName(Action::UseTranscript),
                              QStringLiteral("recording"), QString::number(id), recording->agent,
                              held.error());
        return std::unexpected(held.error());
    }
    return *recording;
}

Result<void> TranscriptDesk::audit(const Person& actor, const QString& action,
                                   const Recording& recording, const QString& detail)
{
    return m_admin.record(actor, action, QStringLiteral("recording"), QString::number(recording.id),
                          recording.agent, detail);
}

Result<QList<StoredProposal>> TranscriptDesk::rescan(const StoredTranscript& transcript)
{
    pii::DutchPiiDetector detector;
    detector.addNames(m_store.addedNames());
    QList<StoredProposal> found;
    for (const pii::RedactionProposal& p : pii::proposeRedactions(transcript.segments, detector)) {
        StoredProposal stored;
        stored.recording = transcript.recording;
        stored.kind = p.kind;
        stored.text = p.text;
        stored.startMs = p.startMs;
        stored.endMs = p.endMs;
        found << stored;
    }
    return m_store.replaceProposals(transcript.recording, found);
}

Result<TranscriptDesk::Scanned>
TranscriptDesk::importTranscript(const Person& actor, RecordingId id, const QByteArray& bytes)
{
    auto recording = allowed(actor, id);
    if (!recording)
        return std::unexpected(recording.error());
    auto segments = parseTranscript(bytes);
    if (!segments)
        return std::unexpected(segments.error());
    const qint64 end = std::ranges::max(*segments, {}, &TranscriptSegment::endMs).endMs;
    if (end > recording->durationMs() + kEndToleranceMs)
        return fail(
            ErrorCode::BadInput,
            DeskText::runsPastEnd(callTimeText(end, 3), callTimeText(recording->durationMs(), 3)));

    StoredTranscript transcript;
    transcript.recording = id;
    transcript.format = detectTranscriptFormat(bytes);
    transcript.segments = *segments;
    transcript.importedBy = actor.id;

    Transaction transaction(m_vault);
    if (!transaction.isOpen())
        return std::unexpected(transaction.error());
    if (auto stored = m_store.store(transcript); !stored)
        return std::unexpected(stored.error());
    faultPoint("transcript:stored");
    auto proposals = rescan(transcript);
    if (!proposals)
        return std::unexpected(proposals.error());
    if (auto logged = audit(actor, QStringLiteral("transcript.import"), *recording,
                            QStringLiteral("format=%1 segments=%2 proposals=%3")
                                .arg(transcriptFormatName(transcript.format))
                                .arg(segments->size())
                                .arg(proposals->size()));
        !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    transcript.importedUtc = m_vault.clock().nowUtc();
    return Scanned{transcript, *proposals};
}

Result<TranscriptDesk::Held> TranscriptDesk::allowedWithTranscript(const Person& actor,
                                                                   RecordingId id)
{
    auto recording = allowed(actor, id);
    if (!recording)
        return std::unexpected(recording.error());
    std::optional<StoredTranscript> stored = m_store.find(id);
    if (!stored)
        return fail(ErrorCode::Usage, DeskText::noTranscript(id));
    return Held{*recording, *stored};
}

Result<StoredTranscript> TranscriptDesk::transcript(const Person& actor, RecordingId id)
{
    auto held = allowedWithTranscript(actor, id);
    if (!held)
        return std::unexpected(held.error());
    if (auto logged = audit(actor, QStringLiteral("transcript.view"), held->recording, {}); !logged)
        return std::unexpected(logged.error());
    return held->transcript;
}

Result<TranscriptDesk::Scanned> TranscriptDesk::scan(const Person& actor, RecordingId id)
{
    auto held = allowedWithTranscript(actor, id);
    if (!held)
        return std::unexpected(held.error());
    Transaction transaction(m_vault);
    if (!transaction.isOpen())
        return std::unexpected(transaction.error());
    auto proposals = rescan(held->transcript);
    if (!proposals)
        return std::unexpected(proposals.error());
    if (auto logged = audit(actor, QStringLiteral("transcript.scan"), held->recording,
                            QStringLiteral("proposals=%1").arg(proposals->size()));
        !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return Scanned{held->transcript, *proposals};
}

Result<QList<StoredProposal>> TranscriptDesk::proposals(const Person& actor, RecordingId id)
{
    auto recording = allowed(actor, id);
    if (!recording)
        return std::unexpected(recording.error());
    if (!m_store.has(id))
        return fail(ErrorCode::Usage, DeskText::noTranscript(id));
    if (auto logged = audit(actor, QStringLiteral("transcript.view"), *recording,
                            QStringLiteral("proposals"));
        !logged)
        return std::unexpected(logged.error());
    return m_store.proposals(id);
}

Result<void> TranscriptDesk::decide(const Person& actor, RecordingId id,
                                    const QList<qint64>& accepted, const QList<qint64>& rejected)
{
    auto recording = allowed(actor, id);
    if (!recording)
        return std::unexpected(recording.error());
    if (!m_store.has(id))
        return fail(ErrorCode::Usage, DeskText::noTranscript(id));
    for (qint64 p : accepted)
        if (rejected.contains(p))
            return fail(ErrorCode::Usage, DeskText::both(p));
    const auto idText = [](const QList<qint64>& ids) {
        QStringList out;
        for (qint64 p : ids)
            out << QString::number(p);
        return out.join(QLatin1Char(','));
    };
    Transaction transaction(m_vault);
    if (!transaction.isOpen())
        return std::unexpected(transaction.error());
    for (const auto& [ids, decision] : {std::pair{accepted, ProposalDecision::Accepted},
                                        std::pair{rejected, ProposalDecision::Rejected}})
        if (!ids.isEmpty())
            if (auto decided = m_store.decide(id, ids, decision, actor.id); !decided)
                return std::unexpected(decided.error()); // rolled back
    if (auto logged = audit(
            actor, QStringLiteral("transcript.decide"), *recording,
            QStringLiteral("accepted=%1 rejected=%2").arg(idText(accepted), idText(rejected)));
        !logged)
        return std::unexpected(logged.error());
    return transaction.commit();
}

Result<QList<RedactionRegion>> TranscriptDesk::acceptedRegions(const Person& actor, RecordingId id,
                                                               qint64 fromMs, qint64 toMs)
{
    auto recording = allowed(actor, id);
    if (!recording)
        return std::unexpected(recording.error());
    if (!m_store.has(id))
        return fail(ErrorCode::Usage, DeskText::noTranscript(id));
    QList<RedactionRegion> regions;
    int undecided = 0;
    for (const StoredProposal& p : m_store.proposals(id)) {
        const qint64 start = std::max(p.startMs, fromMs);
        const qint64 end = std::min(p.endMs, toMs);
        if (start >= end || p.decision == ProposalDecision::Rejected)
            continue;
        if (p.decision == ProposalDecision::Proposed)
            ++undecided;
        else
            regions << RedactionRegion{start, end, RedactionRegion::Fill::Tone};
    }
    // Personal data nobody looked at does not go into a clip unnoticed.
    if (undecided > 0)
        return fail(ErrorCode::Usage, DeskText::undecided(undecided));
    return regions;
}

Result<QStringList> TranscriptDesk::addNames(const Person& actor, const QStringList& names)
{
    if (auto decided = m_admin.decide(actor, Request(Action::UseTranscript),
                                      QStringLiteral("pii-name"), QStringLiteral("*"));
        !decided)
        return std::unexpected(decided.error());
    QStringList cleaned;
    for (const QString& name : names) {
        const QString simplified = name.simplified();
        if (!isName(simplified))
            return fail(ErrorCode::BadInput, DeskText::badName(name));
        cleaned << simplified;
    }
    if (cleaned.isEmpty())
        return fail(ErrorCode::Usage, DeskText::noNames());
    Transaction transaction(m_vault);
    if (!transaction.isOpen())
        return std::unexpected(transaction.error());
    auto added = m_store.addNames(cleaned, actor.id);
    if (!added)
        return std::unexpected(added.error());
    if (auto logged = m_admin.record(actor, QStringLiteral("pii.names-add"),
                                     QStringLiteral("pii-name"), QStringLiteral("*"), std::nullopt,
                                     QStringLiteral("added=%1").arg(added->size()));
        !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return *added;
}

Result<QStringList> TranscriptDesk::names(const Person& actor)
{
    if (auto decided = m_admin.decide(actor, Request(Action::UseTranscript),
                                      QStringLiteral("pii-name"), QStringLiteral("*"));
        !decided)
        return std::unexpected(decided.error());
    return m_store.addedNames();
}

} // namespace cv::core
