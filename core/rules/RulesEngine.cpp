#include "core/rules/RulesEngine.h"

#include "core/people/AuthorisationStore.h"
#include "core/policy/PolicyStore.h"
#include "core/time/Clock.h"

#include <QCoreApplication>

namespace cv::core {

namespace {

// Every refusal message, in English with Dutch translations.
class RuleText
{
    Q_DECLARE_TR_FUNCTIONS(RulesEngine)
public:
    static QString roleRefused(const QString& action)
    {
        return tr("your roles do not allow %1.").arg(action);
    }
    static QString onlyManagersAuthorise()
    {
        return tr("only a manager can authorise or revoke monitoring.");
    }
    static QString noActivePolicy(const QDate& date)
    {
        return tr("no policy with works-council consent is in force on %1; nothing can be "
                  "monitored.")
            .arg(date.toString(Qt::ISODate));
    }
    static QString purposeNotEnabled(Purpose purpose, int version)
    {
        return tr("the purpose '%1' is not enabled by policy version %2.")
            .arg(purposeText(purpose))
            .arg(version);
    }
    static QString consentRequired()
    {
        return tr("a new policy version needs its own works-council consent date.");
    }
    static QString protocolRequired()
    {
        return tr("the assessment purpose needs an assessment protocol with its own works-council "
                  "consent date.");
    }
    static QString publicAuthorityExternal(const QString& client)
    {
        return tr("a public authority may rely on legitimate interest only for its internal "
                  "operations; monitoring for the external client '%1' is not one.")
            .arg(client);
    }
    static QString notAuthorised(const QString& who, Purpose purpose)
    {
        return tr("%1 is not authorised by management to monitor for %2.")
            .arg(who, purposeText(purpose));
    }
    static QString confidentialityMissing()
    {
        return tr("an authorisation records the date the person accepted the duty of "
                  "confidentiality.");
    }
    static QString notAnAgent(const QString& who)
    {
        return tr("%1 is not registered as an agent (permanent, temporary, on-call or agency "
                  "staff) and cannot be monitored.")
            .arg(who);
    }
    static QString protectedPerson(const QString& who)
    {
        return tr("%1 has a legal duty of confidentiality (company doctor, works council or "
                  "confidential adviser); their calls are never monitored.")
            .arg(who);
    }
    static QString privateCall() { return tr("the call is private and is never monitored."); }
    static QString privateLine()
    {
        return tr("the call is to or from a private line on the policy's list and is never "
                  "monitored.");
    }
    static QString notInformed(const QString& who, const QDate& callDate)
    {
        return tr("%1 was not informed of the monitoring policy before the call on %2.")
            .arg(who, callDate.toString(Qt::ISODate));
    }
    static QString noNotice() { return tr("the customer was not told the call was recorded."); }
    static QString customerData(const QString& field)
    {
        return tr("'%1' would store the customer's personal data; leave it out.").arg(field);
    }
    static QString noAgreement(const QString& client)
    {
        return tr("there is no written agreement with the external client '%1' on record before "
                  "the call.")
            .arg(client);
    }
    static QString clientAgentsNotInformed(const QString& client)
    {
        return tr("agents were not informed beforehand of monitoring for the external client "
                  "'%1'.")
            .arg(client);
    }
    static QString frequencyReached(const QString& who, int calls, Purpose purpose,
                                    const QDate& from, const QDate& to)
    {
        return tr("%1 already has %2 call(s) monitored for %3 between %4 and %5, the policy's "
                  "maximum.")
            .arg(who)
            .arg(calls)
            .arg(purposeText(purpose), from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    }
    static QString otherPurpose(Purpose data, Purpose use)
    {
        return tr("data obtained for %1 cannot be used for %2.")
            .arg(purposeText(data), purposeText(use));
    }
    static QString ownCall() { return tr("nobody monitors their own calls."); }
};

bool isStaffEmployment(Employment e)
{
    return e == Employment::Permanent || e == Employment::Temporary || e == Employment::OnCall ||
           e == Employment::Agency;
}

bool anyRole(const Person& p, std::initializer_list<Role> roles)
{
    for (Role role : roles) {
        if (p.hasRole(role))
            return true;
    }
    return false;
}

// Metadata keys that would hold the customer's personal data (R-MIN-1).
bool isCustomerDataKey(const QString& key)
{
    static const QStringList forbidden{
        QStringLiteral("customer"), QStringLiteral("caller"),  QStringLiteral("callee"),
        QStringLiteral("ani"),      QStringLiteral("cli"),     QStringLiteral("phone"),
        QStringLiteral("number"),   QStringLiteral("msisdn"),  QStringLiteral("name"),
        QStringLiteral("email"),    QStringLiteral("address"), QStringLiteral("bsn"),
        QStringLiteral("iban"),     QStringLiteral("birth"),   QStringLiteral("klant"),
        QStringLiteral("nummer"),   QStringLiteral("naam"),    QStringLiteral("telefoon"),
    };
    const QString k = key.toLower();
    for (const QString& word : forbidden) {
        if (k.contains(word))
            return true;
    }
    return false;
}

} // namespace

QString actionName(Action action)
{
    switch (action) {
    case Action::ViewPersons:
        return QStringLiteral("person.view");
    case Action::AddPerson:
        return QStringLiteral("person.add");
    case Action::EditPerson:
        return QStringLiteral("person.set");
    case Action::SetOwnCredential:
        return QStringLiteral("credential.set-own");
    case Action::SetCredential:
        return QStringLiteral("credential.set");
    case Action::RecordInformed:
        return QStringLiteral("person.inform");
    case Action::RecordTrainingConsent:
        return QStringLiteral("person.consent");
    case Action::Authorise:
        return QStringLiteral("authorisation.grant");
    case Action::Revoke:
        return QStringLiteral("authorisation.revoke");
    case Action::ViewAuthorisations:
        return QStringLiteral("authorisation.view");
    case Action::ViewPolicy:
        return QStringLiteral("policy.view");
    case Action::SetPolicy:
        return QStringLiteral("policy.set");
    case Action::ViewAudit:
        return QStringLiteral("audit.view");
    case Action::ViewOwnAudit:
        return QStringLiteral("audit.view-own");
    case Action::VerifyAudit:
        return QStringLiteral("audit.verify");
    case Action::MonitorCall:
        return QStringLiteral("call.monitor");
    case Action::UseForPurpose:
        return QStringLiteral("data.use");
    case Action::ViewRecordings:
        return QStringLiteral("recording.view");
    case Action::ListenRecording:
        return QStringLiteral("recording.listen");
    case Action::ViewTemplates:
        return QStringLiteral("template.view");
    case Action::EditTemplate:
        return QStringLiteral("template.import");
    case Action::PublishTemplate:
        return QStringLiteral("template.publish");
    case Action::EvaluateRecording:
        return QStringLiteral("evaluation.create");
    case Action::SelfEvaluate:
        return QStringLiteral("evaluation.create-self");
    case Action::EditEvaluation:
        return QStringLiteral("evaluation.save");
    case Action::ViewEvaluations:
        return QStringLiteral("evaluation.view");
    case Action::RecordAgentRequest:
        return QStringLiteral("agent-request.record");
    case Action::AdjustEvaluation:
        return QStringLiteral("evaluation.adjust");
    case Action::SignOffEvaluation:
        return QStringLiteral("evaluation.sign");
    case Action::DisputeEvaluation:
        return QStringLiteral("evaluation.dispute");
    case Action::ResolveDispute:
        return QStringLiteral("evaluation.resolve-dispute");
    case Action::ExportSubjectData:
        return QStringLiteral("subject.export");
    case Action::RetainRecording:
        return QStringLiteral("recording.retain");
    case Action::BackupVault:
        return QStringLiteral("vault.backup");
    case Action::CutClip:
        return QStringLiteral("clip.cut");
    case Action::ViewClips:
        return QStringLiteral("clip.view");
    case Action::UseTranscript:
        return QStringLiteral("transcript.use");
    }
    return QStringLiteral("unknown");
}

RulesEngine::RulesEngine(const PolicyStore& policies, const AuthorisationStore& authorisations,
                         const Clock& clock, MonitoringCount monitoringCount)
    : m_policies(policies)
    , m_authorisations(authorisations)
    , m_clock(clock)
    , m_monitoringCount(std::move(monitoringCount))
{}

bool RulesEngine::roleAllows(const Person& actor, Action action, const Person* subject)
{
    if (!actor.active)
        return false;
    using R = Role;
    switch (action) {
    case Action::ViewPersons:
        return anyRole(actor,
                       {R::Coach, R::Trainer, R::Manager, R::PrivacyOfficer, R::Administrator});
    case Action::AddPerson:
    case Action::EditPerson:
    case Action::RecordInformed:
    case Action::RecordTrainingConsent:
        return anyRole(actor, {R::Manager, R::Administrator});
    case Action::SetOwnCredential:
        return subject && subject->id == actor.id;
    case Action::SetCredential:
        return anyRole(actor, {R::Administrator});
    case Action::Authorise:
    case Action::Revoke:
        return anyRole(actor, {R::Manager});
    case Action::ViewAuthorisations: // R-AUTH-2: every agent, indeed everyone
    case Action::ViewPolicy:
        return true;
    case Action::SetPolicy:
        return anyRole(actor, {R::Manager, R::PrivacyOfficer});
    case Action::ViewAudit:
    case Action::VerifyAudit:
        return anyRole(actor, {R::PrivacyOfficer, R::Administrator});
    case Action::ViewOwnAudit:
        return subject && subject->id == actor.id;
    case Action::MonitorCall:
        return anyRole(actor, {R::Coach, R::Manager});
    case Action::UseForPurpose:
        return anyRole(actor, {R::Coach, R::Trainer, R::Manager});
    case Action::ViewRecordings:
        return anyRole(actor, {R::Coach, R::Trainer, R::Manager, R::PrivacyOfficer}) ||
               (subject && subject->id == actor.id);
    case Action::ListenRecording:
        return anyRole(actor, {R::Coach, R::Trainer, R::Manager}) ||
               (subject && subject->id == actor.id);
    case Action::ViewTemplates:
        return true;
    case Action::EditTemplate:
        return anyRole(actor, {R::Coach, R::Trainer, R::Manager});
    case Action::PublishTemplate:
        return anyRole(actor, {R::Coach, R::Manager});
    case Action::EvaluateRecording:
        return anyRole(actor, {R::Coach, R::Manager});
    case Action::SelfEvaluate:
        return subject && subject->id == actor.id;
    case Action::EditEvaluation: // whose evaluation it is: checkEditEvaluation
        return true;
    case Action::ViewEvaluations:
        return anyRole(actor, {R::Coach, R::Trainer, R::Manager, R::PrivacyOfficer}) ||
               (subject && subject->id == actor.id);
    case Action::RecordAgentRequest:
        return anyRole(actor, {R::Coach, R::Manager}) || (subject && subject->id == actor.id);
    case Action::AdjustEvaluation: // and only its evaluator: checkFeedback
    case Action::ResolveDispute:
        return anyRole(actor, {R::Coach, R::Manager});
    case Action::SignOffEvaluation: // the agent or the evaluator: checkFeedback
        return true;
    case Action::DisputeEvaluation:
        return subject && subject->id == actor.id;
    case Action::ExportSubjectData:
        return anyRole(actor, {R::PrivacyOfficer}) || (subject && subject->id == actor.id);
    case Action::RetainRecording:
        return anyRole(actor, {R::Coach, R::Manager});
    case Action::BackupVault:
        return anyRole(actor, {R::Manager, R::Administrator});
    case Action::CutClip:
        return anyRole(actor, {R::Coach, R::Trainer, R::Manager});
    case Action::ViewClips:
        return anyRole(actor, {R::Coach, R::Trainer, R::Manager, R::PrivacyOfficer});
    case Action::UseTranscript:
        return anyRole(actor, {R::Coach, R::Trainer, R::Manager});
    }
    return false;
}

Result<void> RulesEngine::decide(const Person& actor, const Request& request) const
{
    if (!roleAllows(actor, request.action, request.subject)) {
        if (request.action == Action::Authorise || request.action == Action::Revoke)
            return std::unexpected(
                Error::refused(QStringLiteral("R-AUTH-1"), RuleText::onlyManagersAuthorise()));
        return std::unexpected(Error::refused(QStringLiteral("R-AUTH-3"),
                                              RuleText::roleRefused(actionName(request.action))));
    }
    switch (request.action) {
    case Action::MonitorCall:
        return checkMonitorCall(actor, request);
    case Action::SetPolicy:
        return checkSetPolicy(request);
    case Action::Authorise:
        return checkAuthorise(actor, request);
    case Action::ListenRecording:
        return checkListen(actor, request);
    case Action::EvaluateRecording:
        return checkEvaluate(actor, request);
    case Action::SelfEvaluate:
        return checkSelfEvaluate(actor, request);
    case Action::EditEvaluation:
        return checkEditEvaluation(actor, request);
    case Action::ViewEvaluations:
        return checkViewEvaluation(actor, request);
    case Action::RecordAgentRequest:
        return checkAgentRequest(actor, request);
    case Action::AdjustEvaluation:
    case Action::SignOffEvaluation:
    case Action::DisputeEvaluation:
    case Action::ResolveDispute:
        return checkFeedback(actor, request);
    case Action::CutClip:
        return checkCutClip(actor, request);
    case Action::UseTranscript:
        return checkUseTranscript(actor, request);
    case Action::UseForPurpose:
        // R-PURPOSE-1: a recording's purpose never changes, and its data
        // serves that purpose only. Coaching data never feeds an assessment.
        if (request.dataPurpose && request.purpose && *request.dataPurpose != *request.purpose)
            return std::unexpected(
                Error::refused(QStringLiteral("R-PURPOSE-1"),
                               RuleText::otherPurpose(*request.dataPurpose, *request.purpose)));
        return {};
    default:
        return {};
    }
}

Result<void> RulesEngine::checkSetPolicy(const Request& request) const
{
    if (!request.policy)
        return {};
    const Policy& p = *request.policy;
    if (!p.worksCouncilConsentOn.isValid())
        return std::unexpected(
            Error::refused(QStringLiteral("R-POLICY-2"), RuleText::consentRequired()));
    if (p.purposePolicy(Purpose::Assessment) &&
        (p.assessmentProtocolReference.isEmpty() || !p.assessmentProtocolConsentOn.isValid()))
        return std::unexpected(
            Error::refused(QStringLiteral("R-POLICY-4"), RuleText::protocolRequired()));
    if (p.organisationType == OrganisationType::PublicAuthority && !p.externalClients.isEmpty()) {
        for (const PurposePolicy& pp : p.purposes) {
            if (pp.legalBasis == LegalBasis::LegitimateInterest)
                return std::unexpected(Error::refused(
                    QStringLiteral("R-POLICY-3"),
                    RuleText::publicAuthorityExternal(p.externalClients.first().name)));
        }
    }
    return {};
}

Result<void> RulesEngine::checkAuthorise(const Person&, const Request& request) const
{
    if (request.authorisation && !request.authorisation->confidentialityAcceptedOn.isValid())
        return std::unexpected(
            Error::refused(QStringLiteral("R-AUTH-4"), RuleText::confidentialityMissing()));
    return {};
}

Result<void> RulesEngine::checkListen(const Person& actor, const Request& request) const
{
    // R-ACCESS-1: agents hear the monitoring data about themselves.
    if (request.subject && request.subject->id == actor.id)
        return {};
    if (!request.dataPurpose)
        return std::unexpected(Error{
            ErrorCode::Usage, QStringLiteral("ListenRecording needs the recording's purpose"), {}});
    // R-AUTH-1 and R-AUTH-4: listening is monitoring; it needs an
    // authorisation in force for the recording's purpose.
    return checkAuthorisedFor(actor, *request.dataPurpose);
}

Result<void> RulesEngine::checkAuthorisedFor(const Person& actor, Purpose purpose) const
{
    const QDateTime now = m_clock.nowUtc();
    bool lacksConfidentiality = false;
    for (const Authorisation& a : m_authorisations.forPerson(actor.id)) {
        if (a.covers(purpose, now.date(), now))
            return {};
        if (a.purposes.contains(purpose) && !a.isRevoked() &&
            !a.confidentialityAcceptedOn.isValid())
            lacksConfidentiality = true;
    }
    if (lacksConfidentiality)
        return std::unexpected(
            Error::refused(QStringLiteral("R-AUTH-4"), RuleText::confidentialityMissing()));
    return std::unexpected(Error::refused(QStringLiteral("R-AUTH-1"),
                                          RuleText::notAuthorised(actor.displayName, purpose)));
}

Result<void> RulesEngine::checkMonitorCall(const Person& actor, const Request& request) const
{
    if (!request.call || !request.call->agent || !request.purpose)
        return std::unexpected(
            Error{ErrorCode::Usage, QStringLiteral("MonitorCall needs a call and a purpose"), {}});
    const CallFacts& call = *request.call;
    const Person& agent = *call.agent;
    const Purpose purpose = *request.purpose;
    const QDateTime now = m_clock.nowUtc();
    const QDate callDate = call.startUtc.toUTC().date();
    const auto refuse = [](const char* rule, const QString& message) -> Result<void> {
        return std::unexpected(Error::refused(QString::fromLatin1(rule), message));
    };

    // R-POLICY-1: a policy with consent must be in force, enabling the purpose.
    const std::optional<Policy> policy = m_policies.activeOn(now.date());
    if (!policy)
        return refuse("R-POLICY-1", RuleText::noActivePolicy(now.date()));
    const PurposePolicy* purposePolicy = policy->purposePolicy(purpose);
    if (!purposePolicy)
        return refuse("R-POLICY-1", RuleText::purposeNotEnabled(purpose, policy->version));
    // R-POLICY-4: assessment needs its protocol, with its own consent.
    if (purpose == Purpose::Assessment && (policy->assessmentProtocolReference.isEmpty() ||
                                           !policy->assessmentProtocolConsentOn.isValid() ||
                                           policy->assessmentProtocolConsentOn > now.date()))
        return refuse("R-POLICY-4", RuleText::protocolRequired());

    // R-AUTH-1 and R-AUTH-4: an authorisation in force for this purpose,
    // with the duty of confidentiality accepted.
    bool authorised = false;
    bool lacksConfidentiality = false;
    for (const Authorisation& a : m_authorisations.forPerson(actor.id)) {
        if (a.covers(purpose, now.date(), now))
            authorised = true;
        else if (a.purposes.contains(purpose) && !a.isRevoked() &&
                 !a.confidentialityAcceptedOn.isValid())
            lacksConfidentiality = true;
    }
    if (!authorised)
        return lacksConfidentiality
                   ? refuse("R-AUTH-4", RuleText::confidentialityMissing())
                   : refuse("R-AUTH-1", RuleText::notAuthorised(actor.displayName, purpose));
    if (agent.id == actor.id)
        return refuse("R-AUTH-1", RuleText::ownCall());

    // R-SCOPE-2 before R-SCOPE-1: a protected person is refused whatever
    // else is true of them.
    if (agent.protectedStatus != ProtectedStatus::None)
        return refuse("R-SCOPE-2", RuleText::protectedPerson(agent.displayName));
    if (!agent.hasRole(Role::Agent) || !isStaffEmployment(agent.employment) || !agent.active)
        return refuse("R-SCOPE-1", RuleText::notAnAgent(agent.displayName));
    // R-SCOPE-3: private calls, by flag or by number.
    if (call.markedPrivate)
        return refuse("R-SCOPE-3", RuleText::privateCall());
    if (!call.remoteNumber.isEmpty() &&
        policy->privateLineHashes.contains(m_policies.hashLine(call.remoteNumber)))
        return refuse("R-SCOPE-3", RuleText::privateLine());
    // R-INFO-1: informed before the call.
    if (!agent.informedOn.isValid() || agent.informedOn > callDate)
        return refuse("R-INFO-1", RuleText::notInformed(agent.displayName, callDate));
    // R-INFO-2: the customer heard the recording notice.
    if (!call.recordingNoticeGiven)
        return refuse("R-INFO-2", RuleText::noNotice());
    // R-MIN-1: nothing about the customer is kept as metadata.
    for (auto it = call.metadata.cbegin(); it != call.metadata.cend(); ++it) {
        if (isCustomerDataKey(it.key()))
            return refuse("R-MIN-1", RuleText::customerData(it.key()));
    }
    // R-EXT-2 and R-POLICY-3: monitoring for an external client.
    if (!call.externalClient.isEmpty()) {
        const ExternalClient* client = policy->externalClient(call.externalClient);
        if (!client || client->agreementReference.isEmpty() ||
            !client->agreementSignedOn.isValid() || client->agreementSignedOn > callDate)
            return refuse("R-EXT-2", RuleText::noAgreement(call.externalClient));
        if (!client->agentsInformedOn.isValid() || client->agentsInformedOn > callDate)
            return refuse("R-EXT-2", RuleText::clientAgentsNotInformed(call.externalClient));
        if (policy->organisationType == OrganisationType::PublicAuthority &&
            purposePolicy->legalBasis == LegalBasis::LegitimateInterest)
            return refuse("R-POLICY-3", RuleText::publicAuthorityExternal(call.externalClient));
    }
    // R-PURPOSE-2: the sampling frequency per agent per period.
    if (m_monitoringCount) {
        const auto [from, to] = samplingWindow(purposePolicy->period, callDate);
        const int already = m_monitoringCount(agent.id, purpose, from, to);
        if (already >= purposePolicy->callsPerPeriod)
            return refuse("R-PURPOSE-2", RuleText::frequencyReached(agent.displayName, already,
                                                                    purpose, from, to));
    }
    return {};
}

} // namespace cv::core
