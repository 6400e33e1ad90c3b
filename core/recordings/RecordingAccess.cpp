#include "core/recordings/RecordingAccess.h"

#include "core/admin/Administration.h"
#include "core/audit/AuditLog.h"
#include "core/retention/RetentionStore.h"
#include "core/rules/RulesEngine.h"

#include <QCoreApplication>

namespace cv::core {

namespace {

class AccessText
{
    Q_DECLARE_TR_FUNCTIONS(RecordingAccess)
public:
    static QString noSuchRecording(RecordingId id)
    {
        return tr("There is no recording %1 in this vault.").arg(id);
    }
    static QString destroyed(RecordingId id, const QDateTime& when, const QString& rule)
    {
        return tr("Recording %1 was destroyed on %2 (%3); only its evaluations remain.")
            .arg(id)
            .arg(when.toString(Qt::ISODate), rule);
    }
    static QString noPeaks(RecordingId id)
    {
        return tr("The waveform of recording %1 cannot be read.").arg(id);
    }
};

} // namespace

RecordingAccess::RecordingAccess(Vault& vault, Administration& admin)
    : m_admin(admin)
    , m_store(vault)
    , m_vault(vault)
{}

Result<Person> RecordingAccess::agentOf(const Recording& recording) const
{
    const std::optional<Person> agent = m_admin.persons().find(recording.agent);
    if (!agent)
        return fail(ErrorCode::Internal, AccessText::noSuchRecording(recording.id));
    return *agent;
}

Result<void> RecordingAccess::stillHeld(RecordingId id) const
{
    // R-RETAIN-3: a destroyed recording's audio is gone for good.
    if (const auto tombstone = RetentionStore(m_vault).tombstone(id))
        return std::unexpected(
            Error::refused(QStringLiteral("R-RETAIN-3"),
                           AccessText::destroyed(id, tombstone->destroyedUtc, tombstone->ruleId)));
    return {};
}

Result<void> RecordingAccess::audit(const Person& actor, Action action, const Recording& recording,
                                    const QString& detail)
{
    return m_admin.record(actor, actionName(action), QStringLiteral("recording"),
                          QString::number(recording.id), recording.agent, detail);
}

Result<RecordingAccess::Opened> RecordingAccess::open(const Person& actor, RecordingId id)
{
    const std::optional<Recording> recording = m_store.find(id);
    if (!recording)
        return fail(ErrorCode::Usage, AccessText::noSuchRecording(id));
    auto agent = agentOf(*recording);
    if (!agent)
        return std::unexpected(agent.error());
    Request request(Action::ViewRecordings);
    request.subject = &*agent;
    request.dataPurpose = recording->purpose;
    const QString objectId = QString::number(id);
    if (auto allowed = m_admin.decide(actor, request, QStringLiteral("recording"), objectId);
        !allowed)
        return std::unexpected(allowed.error());
    if (auto held = stillHeld(id); !held)
        return std::unexpected(held.error());
    auto peaks = m_store.peaks(id);
    if (!peaks)
        return fail(ErrorCode::Internal, AccessText::noPeaks(id));
    if (auto logged = audit(actor, Action::ViewRecordings, *recording, {}); !logged)
        return std::unexpected(logged.error());
    const std::optional<Person> importer = m_admin.persons().find(recording->importedBy);
    return Opened{*recording, std::move(*peaks), agent->displayName,
                  importer ? importer->displayName : QString()};
}

Result<void> RecordingAccess::listen(const Person& actor, const Recording& recording)
{
    if (auto held = stillHeld(recording.id); !held)
        return held;
    auto agent = agentOf(recording);
    if (!agent)
        return std::unexpected(agent.error());
    Request request(Action::ListenRecording);
    request.subject = &*agent;
    request.dataPurpose = recording.purpose;
    request.purpose = recording.purpose;
    const QString objectId = QString::number(recording.id);
    if (auto allowed = m_admin.decide(actor, request, QStringLiteral("recording"), objectId);
        !allowed)
        return std::unexpected(allowed.error());
    return audit(actor, Action::ListenRecording, recording, purposeName(recording.purpose));
}

} // namespace cv::core
