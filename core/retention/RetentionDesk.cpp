#include "core/retention/RetentionDesk.h"

#include "core/admin/Administration.h"
#include "core/audit/AuditLog.h"
#include "core/recordings/RecordingStore.h"
#include "core/retention/RetentionStore.h"
#include "core/rules/RulesEngine.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

namespace cv::core {

namespace {

const QString kRetain1 = QStringLiteral("R-RETAIN-1");

} // namespace

RetentionDesk::RetentionDesk(Vault& vault, Administration& admin)
    : m_vault(vault)
    , m_admin(admin)
{}

Result<RetentionGrant> RetentionDesk::retain(const Person& actor, RecordingId id,
                                             const QDate& consentOn, const QString& reason,
                                             const QDate& until)
{
    const std::optional<Recording> recording = RecordingStore(m_vault).find(id);
    if (!recording)
        return std::unexpected(
            Error{ErrorCode::BadInput, tr("There is no recording %1.").arg(id), {}});
    const std::optional<Person> agent = m_admin.persons().find(recording->agent);
    Request request(Action::RetainRecording);
    request.subject = agent ? &*agent : nullptr;
    request.dataPurpose = recording->purpose;
    const QString objectId = QString::number(id);
    if (auto allowed = m_admin.decide(actor, request, QStringLiteral("recording"), objectId);
        !allowed)
        return std::unexpected(allowed.error());

    const QDate today = m_vault.clock().nowUtc().date();
    const auto refuse = [&](const QString& ruleId, const QString& why) -> Result<RetentionGrant> {
        const Error refusal = Error::refused(ruleId, why);
        m_admin.recordRefusal(actor.id, actionName(Action::RetainRecording),
                              QStringLiteral("recording"), objectId, recording->agent, refusal);
        return std::unexpected(refusal);
    };
    RetentionStore store(m_vault);
    if (const auto tombstone = store.tombstone(id))
        return refuse(QStringLiteral("R-RETAIN-3"),
                      tr("Recording %1 was destroyed on %2; nothing can bring it back.")
                          .arg(id)
                          .arg(tombstone->destroyedUtc.date().toString(Qt::ISODate)));
    if (!consentOn.isValid())
        return refuse(kRetain1, tr("Keeping a recording longer needs the agent's recorded "
                                   "consent: give the date of their written consent."));
    if (consentOn > today)
        return refuse(kRetain1, tr("The agent's consent cannot be dated in the future (%1).")
                                    .arg(consentOn.toString(Qt::ISODate)));
    if (reason.trimmed().isEmpty())
        return refuse(kRetain1, tr("Keeping a recording longer needs a reason."));
    if (!until.isValid() || until <= today)
        return refuse(kRetain1, tr("Keeping a recording longer needs an end date after today."));
    const auto policy = m_admin.policies().version(recording->policyVersion);
    const int maxDays = policy ? policy->retentionMaxExtensionDays : 0;
    if (until > today.addDays(maxDays))
        return refuse(kRetain1, tr("The policy allows keeping a recording at most %n day(s) "
                                   "longer, until %1.",
                                   nullptr, maxDays)
                                    .arg(today.addDays(maxDays).toString(Qt::ISODate)));

    RetentionGrant grant{id,    consentOn, reason.trimmed(),
                         until, actor.id,  m_vault.clock().nowUtc()};
    Transaction transaction(m_vault);
    if (!transaction.isOpen())
        return std::unexpected(transaction.error());
    if (auto stored = store.grant(grant); !stored)
        return std::unexpected(stored.error());
    if (auto logged = m_admin.record(
            actor, actionName(Action::RetainRecording), QStringLiteral("recording"), objectId,
            recording->agent,
            tr("kept until %1 with the agent's consent of %2: %3")
                .arg(until.toString(Qt::ISODate), consentOn.toString(Qt::ISODate), grant.reason));
        !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return grant;
}

} // namespace cv::core
