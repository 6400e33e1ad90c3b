#include "core/admin/Administration.h"

#include "core/feedback/EvaluationSeal.h"
#include "core/recordings/RecordingStore.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>

namespace cv::core {

namespace {

class AdminText
{
    Q_DECLARE_TR_FUNCTIONS(Administration)
public:
    static QString unknownPerson(const QString& handle)
    {
        return tr("There is no person '%1'.").arg(handle);
    }
    static QString unknownPersonId(PersonId id) { return tr("There is no person #%1.").arg(id); }
    static QString notEmpty()
    {
        return tr("the vault already has people; only an administrator adds more.");
    }
    static QString firstMustBeAdministrator()
    {
        return tr("the first person of a vault must be an administrator.");
    }
    static QString signInFailed(const QString& handle)
    {
        return tr("Signing in as '%1' failed.").arg(handle);
    }
    static QString inactive(const QString& handle)
    {
        return tr("'%1' is no longer active.").arg(handle);
    }
    static QString unknownAuthorisation(qint64 id)
    {
        return tr("There is no authorisation #%1.").arg(id);
    }
};

QString idText(qint64 id)
{
    return QString::number(id);
}

} // namespace

Administration::Administration(Vault& vault, MonitoringCount monitoringCount)
    : m_vault(vault)
    , m_persons(vault)
    , m_credentials(vault)
    , m_authorisations(vault)
    , m_policies(vault)
    , m_audit(vault)
    , m_rules(m_policies, m_authorisations, vault.clock(),
              monitoringCount
                  ? std::move(monitoringCount)
                  : MonitoringCount([&vault](PersonId agent, Purpose purpose, const QDate& from,
                                             const QDate& to) {
                        return RecordingStore(vault).countMonitored(agent, purpose, from, to);
                    }))
{}

Result<void> Administration::decide(const Person& actor, const Request& request,
                                    const QString& objectType, const QString& objectId)
{
    auto decision = m_rules.decide(actor, request);
    if (!decision) {
        std::optional<PersonId> subject;
        if (request.subject)
            subject = request.subject->id;
        else if (request.call && request.call->agent)
            subject = request.call->agent->id;
        recordRefusal(actor.id, actionName(request.action), objectType, objectId, subject,
                      decision.error());
    }
    return decision;
}

void Administration::recordRefusal(PersonId actor, const QString& action, const QString& objectType,
                                   const QString& objectId, std::optional<PersonId> subject,
                                   const Error& refusal)
{
    AuditRecord record;
    record.actor = actor;
    record.action = action;
    record.objectType = objectType;
    record.objectId = objectId;
    record.subject = subject;
    record.outcome = QStringLiteral("refused");
    record.ruleId = refusal.ruleId;
    record.detail = refusal.message;
    (void)m_audit.append(record);
}

Result<void> Administration::audited(const Person& actor, Action action, const QString& objectType,
                                     const QString& objectId, std::optional<PersonId> subject,
                                     const QString& detail)
{
    return record(actor, actionName(action), objectType, objectId, subject, detail);
}

Result<void> Administration::record(const Person& actor, const QString& action,
                                    const QString& objectType, const QString& objectId,
                                    std::optional<PersonId> subject, const QString& detail)
{
    AuditRecord record;
    record.actor = actor.id;
    record.action = action;
    record.objectType = objectType;
    record.objectId = objectId;
    record.subject = subject;
    record.detail = detail;
    auto appended = m_audit.append(record);
    if (!appended)
        return std::unexpected(appended.error());
    return {};
}

Result<Person> Administration::signIn(const QString& handle, const SecretBytes& secret)
{
    const auto person = m_persons.findByHandle(handle);
    AuditRecord record;
    record.action = QStringLiteral("sign-in");
    record.objectType = QStringLiteral("person");
    record.objectId = handle;
    if (!person) {
        record.outcome = QStringLiteral("failed");
        record.detail = AdminText::unknownPerson(handle);
        (void)m_audit.append(record);
        return fail(ErrorCode::WrongKey, AdminText::signInFailed(handle) + QLatin1Char(' ') +
                                             AdminText::unknownPerson(handle));
    }
    record.actor = person->id;
    record.subject = person->id;
    record.objectId = idText(person->id);
    if (!person->active) {
        record.outcome = QStringLiteral("failed");
        record.detail = AdminText::inactive(handle);
        (void)m_audit.append(record);
        return fail(ErrorCode::WrongKey, AdminText::inactive(handle));
    }
    auto verified = m_credentials.verify(person->id, secret);
    if (!verified) {
        record.outcome = QStringLiteral("failed");
        record.detail = verified.error().message;
        (void)m_audit.append(record);
        return std::unexpected(verified.error());
    }
    (void)m_audit.append(record);
    return *person;
}

Result<PersonId> Administration::addFirstAdministrator(Person person, CredentialStore::Kind kind,
                                                       const SecretBytes& secret)
{
    if (m_persons.count() > 0)
        return std::unexpected(Error::refused(QStringLiteral("R-AUTH-3"), AdminText::notEmpty()));
    if (!person.hasRole(Role::Administrator))
        return std::unexpected(
            Error::refused(QStringLiteral("R-AUTH-3"), AdminText::firstMustBeAdministrator()));
    if (auto strong = CredentialStore::checkStrength(kind, secret); !strong)
        return std::unexpected(strong.error());
    Transaction transaction(m_vault);
    auto id = m_persons.add(person);
    if (!id)
        return id;
    if (auto set = m_credentials.set(*id, kind, secret); !set)
        return std::unexpected(set.error());
    AuditRecord record;
    record.actor = *id;
    record.action = QStringLiteral("person.add-first-administrator");
    record.objectType = QStringLiteral("person");
    record.objectId = idText(*id);
    record.subject = *id;
    if (auto appended = m_audit.append(record); !appended)
        return std::unexpected(appended.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

Result<QList<Person>> Administration::listPersons(const Person& actor)
{
    Request request{Action::ViewPersons};
    if (auto ok = decide(actor, request, QStringLiteral("person"), QStringLiteral("*")); !ok)
        return std::unexpected(ok.error());
    if (auto logged =
            audited(actor, Action::ViewPersons, QStringLiteral("person"), QStringLiteral("*"), {});
        !logged)
        return std::unexpected(logged.error());
    return m_persons.all();
}

Result<Person> Administration::person(const Person& actor, const QString& handle)
{
    const auto found = m_persons.findByHandle(handle);
    if (!found)
        return fail(ErrorCode::BadInput, AdminText::unknownPerson(handle));
    // Everyone may see themselves; others need the right to view persons.
    if (found->id != actor.id) {
        Request request{Action::ViewPersons};
        request.subject = &*found;
        if (auto ok = decide(actor, request, QStringLiteral("person"), idText(found->id)); !ok)
            return std::unexpected(ok.error());
    }
    if (auto logged = audited(actor, Action::ViewPersons, QStringLiteral("person"),
                              idText(found->id), found->id);
        !logged)
        return std::unexpected(logged.error());
    return *found;
}

Result<PersonId> Administration::addPerson(const Person& actor, const Person& person)
{
    Request request{Action::AddPerson};
    request.subject = &person;
    if (auto ok = decide(actor, request, QStringLiteral("person"), person.handle); !ok)
        return std::unexpected(ok.error());
    Transaction transaction(m_vault);
    auto id = m_persons.add(person);
    if (!id)
        return id;
    if (auto logged = audited(actor, Action::AddPerson, QStringLiteral("person"), idText(*id), *id,
                              person.handle);
        !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

Result<void> Administration::updatePerson(const Person& actor, const Person& person)
{
    Request request{Action::EditPerson};
    request.subject = &person;
    if (auto ok = decide(actor, request, QStringLiteral("person"), idText(person.id)); !ok)
        return ok;
    Transaction transaction(m_vault);
    if (auto updated = m_persons.update(person); !updated)
        return updated;
    if (auto logged = audited(actor, Action::EditPerson, QStringLiteral("person"),
                              idText(person.id), person.id);
        !logged)
        return logged;
    return transaction.commit();
}

Result<void> Administration::setCredential(const Person& actor, PersonId personId,
                                           CredentialStore::Kind kind, const SecretBytes& secret)
{
    const auto target = m_persons.find(personId);
    if (!target)
        return fail(ErrorCode::BadInput, AdminText::unknownPersonId(personId));
    const Action action = personId == actor.id ? Action::SetOwnCredential : Action::SetCredential;
    Request request{action};
    request.subject = &*target;
    if (auto ok = decide(actor, request, QStringLiteral("credential"), idText(personId)); !ok)
        return ok;
    Transaction transaction(m_vault);
    if (auto set = m_credentials.set(personId, kind, secret); !set)
        return set;
    if (auto logged =
            audited(actor, action, QStringLiteral("credential"), idText(personId), personId);
        !logged)
        return logged;
    return transaction.commit();
}

Result<void> Administration::recordInformed(const Person& actor, PersonId personId,
                                            const QDate& date)
{
    auto target = m_persons.find(personId);
    if (!target)
        return fail(ErrorCode::BadInput, AdminText::unknownPersonId(personId));
    Request request{Action::RecordInformed};
    request.subject = &*target;
    if (auto ok = decide(actor, request, QStringLiteral("person"), idText(personId)); !ok)
        return ok;
    target->informedOn = date;
    Transaction transaction(m_vault);
    if (auto updated = m_persons.update(*target); !updated)
        return updated;
    if (auto logged = audited(actor, Action::RecordInformed, QStringLiteral("person"),
                              idText(personId), personId, date.toString(Qt::ISODate));
        !logged)
        return logged;
    return transaction.commit();
}

Result<void> Administration::recordTrainingConsent(const Person& actor, PersonId personId,
                                                   const TrainingConsent& consent)
{
    auto target = m_persons.find(personId);
    if (!target)
        return fail(ErrorCode::BadInput, AdminText::unknownPersonId(personId));
    Request request{Action::RecordTrainingConsent};
    request.subject = &*target;
    if (auto ok = decide(actor, request, QStringLiteral("person"), idText(personId)); !ok)
        return ok;
    target->trainingConsent = consent;
    Transaction transaction(m_vault);
    if (auto updated = m_persons.update(*target); !updated)
        return updated;
    const QString detail = consent.isValid() ? consent.givenOn.toString(Qt::ISODate) +
                                                   QStringLiteral(": ") + consent.scope
                                             : QStringLiteral("withdrawn");
    if (auto logged = audited(actor, Action::RecordTrainingConsent, QStringLiteral("person"),
                              idText(personId), personId, detail);
        !logged)
        return logged;
    return transaction.commit();
}

Result<qint64> Administration::authorise(const Person& actor, const Authorisation& authorisation)
{
    const auto target = m_persons.find(authorisation.person);
    if (!target)
        return fail(ErrorCode::BadInput, AdminText::unknownPersonId(authorisation.person));
    Request request{Action::Authorise};
    request.subject = &*target;
    request.authorisation = &authorisation;
    if (auto ok = decide(actor, request, QStringLiteral("authorisation"), idText(target->id)); !ok)
        return std::unexpected(ok.error());
    Authorisation grant = authorisation;
    grant.grantedBy = actor.id;
    Transaction transaction(m_vault);
    auto id = m_authorisations.add(grant);
    if (!id)
        return id;
    if (auto logged =
            audited(actor, Action::Authorise, QStringLiteral("authorisation"), idText(*id),
                    target->id, purposeNames(grant.purposes).join(QLatin1Char(',')));
        !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

Result<void> Administration::revoke(const Person& actor, qint64 authorisationId)
{
    const auto existing = m_authorisations.find(authorisationId);
    if (!existing)
        return fail(ErrorCode::BadInput, AdminText::unknownAuthorisation(authorisationId));
    const auto target = m_persons.find(existing->person);
    Request request{Action::Revoke};
    request.subject = target ? &*target : nullptr;
    if (auto ok = decide(actor, request, QStringLiteral("authorisation"), idText(authorisationId));
        !ok)
        return ok;
    Transaction transaction(m_vault);
    if (auto revoked = m_authorisations.revoke(authorisationId, actor.id); !revoked)
        return revoked;
    if (auto logged = audited(actor, Action::Revoke, QStringLiteral("authorisation"),
                              idText(authorisationId), existing->person);
        !logged)
        return logged;
    return transaction.commit();
}

Result<QList<Authorisation>> Administration::authorisations(const Person& actor)
{
    Request request{Action::ViewAuthorisations};
    if (auto ok = decide(actor, request, QStringLiteral("authorisation"), QStringLiteral("*")); !ok)
        return std::unexpected(ok.error());
    if (auto logged = audited(actor, Action::ViewAuthorisations, QStringLiteral("authorisation"),
                              QStringLiteral("*"), {});
        !logged)
        return std::unexpected(logged.error());
    return m_authorisations.all();
}

Result<int> Administration::setPolicy(const Person& actor, const Policy& policy)
{
    Request request{Action::SetPolicy};
    request.policy = &policy;
    if (auto ok = decide(actor, request, QStringLiteral("policy"), QStringLiteral("new")); !ok)
        return std::unexpected(ok.error());
    Transaction transaction(m_vault);
    auto version = m_policies.add(policy, actor.id);
    if (!version)
        return version;
    if (auto logged = audited(actor, Action::SetPolicy, QStringLiteral("policy"),
                              QString::number(*version), {});
        !logged)
        return std::unexpected(logged.error());
    // The inactivity lock follows the policy in force (R-AUTH-3).
    if (auto pref = m_vault.setPreference(QStringLiteral("inactivity_lock_minutes"),
                                          QString::number(policy.inactivityLockMinutes));
        !pref)
        return std::unexpected(pref.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return version;
}

Result<std::optional<Policy>> Administration::currentPolicy(const Person& actor)
{
    Request request{Action::ViewPolicy};
    if (auto ok = decide(actor, request, QStringLiteral("policy"), QStringLiteral("current")); !ok)
        return std::unexpected(ok.error());
    return m_policies.activeOn(m_vault.clock().nowUtc().date());
}

Result<QList<Policy>> Administration::policyHistory(const Person& actor)
{
    Request request{Action::ViewPolicy};
    if (auto ok = decide(actor, request, QStringLiteral("policy"), QStringLiteral("*")); !ok)
        return std::unexpected(ok.error());
    return m_policies.history();
}

Result<QList<AuditEntry>> Administration::auditEntries(const Person& actor, AuditFilter filter)
{
    const bool all = RulesEngine::roleAllows(actor, Action::ViewAudit, nullptr);
    Request request{all ? Action::ViewAudit : Action::ViewOwnAudit};
    if (!all) {
        if (filter.subject && *filter.subject != actor.id) {
            Request other{Action::ViewAudit};
            if (auto ok =
                    decide(actor, other, QStringLiteral("audit"), QString::number(*filter.subject));
                !ok)
                return std::unexpected(ok.error());
        }
        filter.subject = actor.id; // an agent sees the entries about their own data
        request.subject = &actor;
    }
    if (auto ok = decide(actor, request, QStringLiteral("audit"), QStringLiteral("*")); !ok)
        return std::unexpected(ok.error());
    auto entries = m_audit.list(filter);
    if (auto logged =
            audited(actor, request.action, QStringLiteral("audit"),
                    filter.subject ? QString::number(*filter.subject) : QStringLiteral("*"),
                    filter.subject);
        !logged)
        return std::unexpected(logged.error());
    return entries;
}

Result<qint64> Administration::verifyAudit(const Person& actor)
{
    Request request{Action::VerifyAudit};
    if (auto ok = decide(actor, request, QStringLiteral("audit"), QStringLiteral("chain")); !ok)
        return std::unexpected(ok.error());
    auto verified = m_audit.verify();
    // Signed evaluations against the hashes sealed in the (now trusted) chain.
    if (verified) {
        if (auto seals = EvaluationSeal::verify(m_vault, m_audit); !seals)
            verified = std::unexpected(seals.error());
    }
    if (verified)
        (void)audited(actor, Action::VerifyAudit, QStringLiteral("audit"), QStringLiteral("chain"),
                      {}, QString::number(*verified));
    return verified;
}

} // namespace cv::core
