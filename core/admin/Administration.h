#pragma once

#include "core/Error.h"
#include "core/audit/AuditLog.h"
#include "core/people/AuthorisationStore.h"
#include "core/people/CredentialStore.h"
#include "core/people/PersonStore.h"
#include "core/policy/PolicyStore.h"
#include "core/rules/RulesEngine.h"

#include <QList>

#include <optional>

namespace cv::core {

class Vault;

// The people-and-policy use cases of an unlocked vault, each in the same
// three steps: ask the RulesEngine, record the decision in the audit trail,
// then act — the change and its audit entry in one transaction. The GUI and
// the CLI both come through here, so neither can skip a rule.
//
// `actor` is always a person who signed in (signIn) in this session.
class Administration final
{
public:
    // Without `monitoringCount` the sampling count (R-PURPOSE-2) comes from
    // the vault's recordings.
    explicit Administration(Vault& vault, MonitoringCount monitoringCount = {});

    // Verifies a person's credential (rate-limited) and returns them.
    // Attempts are audited, successful or not.
    Result<Person> signIn(const QString& handle, const SecretBytes& secret);

    // The first person of an empty vault: an administrator, who then adds
    // everyone else. Refused (R-AUTH-3) once anyone exists.
    Result<PersonId> addFirstAdministrator(Person person, CredentialStore::Kind kind,
                                           const SecretBytes& secret);

    Result<QList<Person>> listPersons(const Person& actor);
    Result<Person> person(const Person& actor, const QString& handle);
    Result<PersonId> addPerson(const Person& actor, const Person& person);
    Result<void> updatePerson(const Person& actor, const Person& person);
    Result<void> setCredential(const Person& actor, PersonId person, CredentialStore::Kind kind,
                               const SecretBytes& secret);
    Result<void> recordInformed(const Person& actor, PersonId person, const QDate& date);
    Result<void> recordTrainingConsent(const Person& actor, PersonId person,
                                       const TrainingConsent& consent);

    Result<qint64> authorise(const Person& actor, const Authorisation& authorisation);
    Result<void> revoke(const Person& actor, qint64 authorisationId);
    // Who may monitor (R-AUTH-2): open to everyone; audited.
    Result<QList<Authorisation>> authorisations(const Person& actor);

    Result<int> setPolicy(const Person& actor, const Policy& policy);
    Result<std::optional<Policy>> currentPolicy(const Person& actor);
    Result<QList<Policy>> policyHistory(const Person& actor);

    // Everything for privacy officers and administrators; for anyone else
    // only the entries about their own data.
    Result<QList<AuditEntry>> auditEntries(const Person& actor, AuditFilter filter);
    // The hash chain, then every signed evaluation against its sealed hash
    // (EvaluationSeal): refused naming the first broken entry or changed
    // evaluation; ok with the number of entries checked.
    Result<qint64> verifyAudit(const Person& actor);

    // Asks the rules and audits a refusal; the caller audits what it then
    // does. For use cases of later features (import, evaluation…).
    Result<void> decide(const Person& actor, const Request& request, const QString& objectType,
                        const QString& objectId);

    // Audits what a use case did (after decide() allowed it): `action` is
    // the audit vocabulary ("clip.export", "transcript.import", …).
    Result<void> record(const Person& actor, const QString& action, const QString& objectType,
                        const QString& objectId, std::optional<PersonId> subject = std::nullopt,
                        const QString& detail = {});

    // Audits a refusal a use case made itself (a rule it checks beyond the
    // RulesEngine): outcome "refused", the rule ID and message of `refusal`.
    // Best effort, like decide(): the refusal stands even if the entry fails.
    void recordRefusal(PersonId actor, const QString& action, const QString& objectType,
                       const QString& objectId, std::optional<PersonId> subject,
                       const Error& refusal);

    const RulesEngine& rules() const { return m_rules; }
    PersonStore& persons() { return m_persons; }
    AuthorisationStore& authorisationStore() { return m_authorisations; }
    PolicyStore& policies() { return m_policies; }
    AuditLog& audit() { return m_audit; }
    CredentialStore& credentials() { return m_credentials; }

private:
    Result<void> audited(const Person& actor, Action action, const QString& objectType,
                         const QString& objectId, std::optional<PersonId> subject,
                         const QString& detail = {});

    Vault& m_vault;
    PersonStore m_persons;
    CredentialStore m_credentials;
    AuthorisationStore m_authorisations;
    PolicyStore m_policies;
    AuditLog m_audit;
    RulesEngine m_rules;
};

} // namespace cv::core
