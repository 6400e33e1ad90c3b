#include "core/clips/ClipDesk.h"

#include "core/admin/Administration.h"
#include "core/clips/ClipRenderer.h"
#include "core/clips/LoudnessNormaliser.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>

#include <cmath>

namespace cv::core {

namespace {

class DeskText
{
    Q_DECLARE_TR_FUNCTIONS(ClipDesk)
public:
    static QString noSuchRecording(RecordingId id)
    {
        return tr("There is no recording %1 in this vault.").arg(id);
    }
    static QString noFormat(const QString& path)
    {
        return tr("Cannot tell the format from '%1': name the file .wav, .flac or .opus.")
            .arg(path);
    }
};

QString anonymisationText(const ClipSpec& spec, bool personal)
{
    return QStringLiteral("disguise=%1 strength=%2 redactions=%3 agent=%4")
        .arg(disguiseName(spec.disguise))
        .arg(spec.disguiseSemitones)
        .arg(spec.regions.size())
        .arg(personal ? QStringLiteral("identifiable") : QStringLiteral("anonymised"));
}

} // namespace

ClipDesk::ClipDesk(Vault& vault, Administration& admin)
    : m_vault(vault)
    , m_admin(admin)
    , m_recordings(vault)
    , m_clips(vault)
{}

bool ClipDesk::keepsAgentIdentifiable(const Recording& recording, const ClipSpec& spec)
{
    if (recording.agentChannel == AgentChannel::Mono || recording.channels < 2)
        return spec.disguise == Disguise::None;
    return spec.disguise != Disguise::Both;
}

Result<ClipDesk::Checked> ClipDesk::decide(const Person& actor, const ClipSpec& spec)
{
    const std::optional<Recording> recording = m_recordings.find(spec.recordingId);
    if (!recording)
        return fail(ErrorCode::Usage, DeskText::noSuchRecording(spec.recordingId));
    if (auto valid = spec.validate(recording->durationMs()); !valid)
        return std::unexpected(valid.error());
    const std::optional<Person> agent = m_admin.persons().find(recording->agent);
    if (!agent)
        return fail(ErrorCode::Internal, DeskText::noSuchRecording(spec.recordingId));
    ClipFacts facts;
    facts.disguisesCustomer = spec.disguise != Disguise::None;
    facts.disguisesAgent = !keepsAgentIdentifiable(*recording, spec);
    facts.agentConsent = agent->trainingConsent;
    Request request(Action::CutClip);
    request.subject = &*agent;
    request.dataPurpose = recording->purpose;
    request.purpose = Purpose::Coaching;
    request.clip = &facts;
    if (auto allowed = m_admin.decide(actor, request, QStringLiteral("recording"),
                                      QString::number(recording->id));
        !allowed)
        return std::unexpected(allowed.error());
    return Checked{*recording, *agent};
}

Result<void> ClipDesk::check(const Person& actor, const ClipSpec& spec)
{
    auto checked = decide(actor, spec);
    if (!checked)
        return std::unexpected(checked.error());
    return {};
}

Result<RenderedClip> ClipDesk::renderNormalised(const Checked& checked, const ClipSpec& spec)
{
    auto clip = ClipRenderer::render(m_recordings, checked.recording, spec);
    if (!clip)
        return clip;
    if (auto normalised = LoudnessNormaliser::normalise(*clip); !normalised)
        return std::unexpected(normalised.error());
    return clip;
}

Result<RenderedClip> ClipDesk::preview(const Person& actor, const ClipSpec& spec)
{
    auto checked = decide(actor, spec);
    if (!checked)
        return std::unexpected(checked.error());
    if (auto logged = m_admin.record(
            actor, QStringLiteral("clip.preview"), QStringLiteral("recording"),
            QString::number(checked->recording.id), checked->agent.id,
            anonymisationText(spec, keepsAgentIdentifiable(checked->recording, spec)));
        !logged)
        return std::unexpected(logged.error());
    return renderNormalised(*checked, spec);
}

Result<ClipDesk::Exported> ClipDesk::exportClip(const Person& actor, const ClipSpec& spec,
                                                const QString& path,
                                                std::optional<ClipFormat> format)
{
    if (!format)
        format = clipFormatForPath(path);
    if (!format)
        return fail(ErrorCode::Usage, DeskText::noFormat(path));
    auto checked = decide(actor, spec);
    if (!checked)
        return std::unexpected(checked.error());
    auto clip = renderNormalised(*checked, spec);
    if (!clip)
        return std::unexpected(clip.error());
    auto bytes = ClipExporter::encode(*clip, *format);
    if (!bytes)
        return std::unexpected(bytes.error());

    const bool personal = keepsAgentIdentifiable(checked->recording, spec);
    ClipRecord record;
    record.recording = checked->recording.id;
    record.sourcePurpose = checked->recording.purpose;
    record.fromMs = spec.fromMs;
    record.toMs = spec.toMs;
    record.redactions = spec.regions;
    record.disguise = spec.disguise;
    record.disguiseSemitones = spec.disguiseSemitones;
    record.personal = personal;
    if (personal) {
        record.consentAgent = checked->agent.id;
        record.consentGivenOn = checked->agent.trainingConsent.givenOn;
    }
    record.format = clipFormatName(*format);
    if (std::isfinite(clip->loudnessLufs))
        record.loudnessLufs = clip->loudnessLufs;
    record.createdBy = actor.id;

    Transaction transaction(m_vault);
    auto id = m_clips.insert(record);
    if (!id)
        return std::unexpected(id.error());
    record.id = *id;
    record.createdUtc = m_vault.clock().nowUtc();
    QString detail = QStringLiteral("recording=%1 format=%2 %3")
                         .arg(checked->recording.id)
                         .arg(record.format, anonymisationText(spec, personal));
    if (personal)
        detail += QStringLiteral(" consent=") + record.consentGivenOn.toString(Qt::ISODate);
    if (auto logged = m_admin.record(actor, QStringLiteral("clip.export"), QStringLiteral("clip"),
                                     QString::number(*id), checked->agent.id, detail);
        !logged)
        return std::unexpected(logged.error());
    if (auto written = ClipExporter::writeFile(*bytes, path); !written)
        return std::unexpected(written.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return Exported{record, bytes->size()};
}

Result<QList<ClipRecord>> ClipDesk::list(const Person& actor)
{
    Request request(Action::ViewClips);
    if (auto allowed = m_admin.decide(actor, request, QStringLiteral("clip"), QStringLiteral("*"));
        !allowed)
        return std::unexpected(allowed.error());
    if (auto logged = m_admin.record(actor, actionName(Action::ViewClips), QStringLiteral("clip"),
                                     QStringLiteral("*"));
        !logged)
        return std::unexpected(logged.error());
    return m_clips.all();
}

} // namespace cv::core
