// policy set|show|history and audit list|verify.
#include "app/cli/CliContext.h"
#include "app/cli/CliSession.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/JsonViews.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cv::cli {

using namespace core;

namespace {

const QString kVersion = QStringLiteral("version");
const QString kPerson = QStringLiteral("person");
const QString kAction = QStringLiteral("action");
const QString kLimit = QStringLiteral("limit");

QString policySummary(const Policy& p)
{
    QStringList lines;
    lines << CliContext::tr("Policy version %1 of %2 (%3)")
                 .arg(p.version)
                 .arg(p.organisationName, organisationTypeName(p.organisationType));
    lines << CliContext::tr("In force from %1; works-council consent %2")
                 .arg(p.effectiveFrom.toString(Qt::ISODate),
                      p.worksCouncilConsentOn.toString(Qt::ISODate));
    for (const PurposePolicy& pp : p.purposes)
        lines << CliContext::tr("  %1: %2 call(s) per agent per %3, legal basis %4%5")
                     .arg(purposeName(pp.purpose))
                     .arg(pp.callsPerPeriod)
                     .arg(samplingPeriodName(pp.period), legalBasisName(pp.legalBasis),
                          pp.liaReference.isEmpty()
                              ? QString()
                              : QStringLiteral(" (LIA ") + pp.liaReference + QLatin1Char(')'));
    if (!p.assessmentProtocolReference.isEmpty())
        lines << CliContext::tr("Assessment protocol %1, consent %2")
                     .arg(p.assessmentProtocolReference,
                          p.assessmentProtocolConsentOn.toString(Qt::ISODate));
    lines << CliContext::tr(
                 "Evaluation term %1 days; retention extension at most %2 days; minimum group %3; "
                 "%4 days between assessments; screen lock after %5 minutes; %6 private line(s)")
                 .arg(p.evaluationTermDays)
                 .arg(p.retentionMaxExtensionDays)
                 .arg(p.minimumGroupSize)
                 .arg(p.assessmentMinimumIntervalDays)
                 .arg(p.inactivityLockMinutes)
                 .arg(p.privateLineHashes.size());
    for (const ExternalClient& client : p.externalClients)
        lines << CliContext::tr("External client %1: agreement %2 signed %3, agents informed %4")
                     .arg(client.name, client.agreementReference,
                          client.agreementSignedOn.toString(Qt::ISODate),
                          client.agentsInformedOn.toString(Qt::ISODate));
    return lines.join(QLatin1Char('\n'));
}

int runPolicySet(CliContext& c)
{
    const QString path = c.positional().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return c.fail(Error{ErrorCode::BadInput,
                            CliContext::tr("Cannot read %1: %2").arg(path, file.errorString()),
                            {}});
    auto policy = Policy::fromJson(file.readAll());
    if (!policy) {
        Error error = policy.error();
        error.message = path + QStringLiteral(": ") + error.message;
        return c.fail(error);
    }
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    auto version = session->admin->setPolicy(session->actor, *policy);
    if (!version)
        return c.fail(version.error());
    return c.succeed({{QStringLiteral("version"), *version}},
                     CliContext::tr("Policy version %1 is stored.").arg(*version));
}

int runPolicyShow(CliContext& c)
{
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    std::optional<Policy> policy;
    if (c.parser().isSet(kVersion)) {
        auto history = session->admin->policyHistory(session->actor);
        if (!history)
            return c.fail(history.error());
        for (const Policy& p : *history) {
            if (QString::number(p.version) == c.parser().value(kVersion))
                policy = p;
        }
        if (!policy)
            return c.fail(Error{
                ErrorCode::BadInput,
                CliContext::tr("There is no policy version %1.").arg(c.parser().value(kVersion)),
                {}});
    } else {
        auto current = session->admin->currentPolicy(session->actor);
        if (!current)
            return c.fail(current.error());
        policy = *current;
        if (!policy)
            return c.fail(Error::refused(
                QStringLiteral("R-POLICY-1"),
                CliContext::tr("no policy with works-council consent is in force.")));
    }
    return c.succeed({{QStringLiteral("policy"), policy->toJson()}}, policySummary(*policy));
}

int runPolicyHistory(CliContext& c)
{
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    auto history = session->admin->policyHistory(session->actor);
    if (!history)
        return c.fail(history.error());
    QJsonArray list;
    QStringList lines;
    for (const Policy& p : *history) {
        list.append(
            QJsonObject{{QStringLiteral("version"), p.version},
                        {QStringLiteral("effectiveFrom"), p.effectiveFrom.toString(Qt::ISODate)},
                        {QStringLiteral("worksCouncilConsentOn"),
                         p.worksCouncilConsentOn.toString(Qt::ISODate)}});
        lines << CliContext::tr("version %1: in force from %2, consent %3")
                     .arg(p.version)
                     .arg(p.effectiveFrom.toString(Qt::ISODate),
                          p.worksCouncilConsentOn.toString(Qt::ISODate));
    }
    return c.succeed({{QStringLiteral("versions"), list}},
                     lines.isEmpty() ? CliContext::tr("No policy is stored yet.")
                                     : lines.join(QLatin1Char('\n')));
}

int runAuditList(CliContext& c)
{
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    AuditFilter filter;
    if (c.parser().isSet(kPerson)) {
        const auto person = session->admin->persons().findByHandle(c.parser().value(kPerson));
        if (!person)
            return c.fail(
                Error{ErrorCode::BadInput,
                      CliContext::tr("There is no person '%1'.").arg(c.parser().value(kPerson)),
                      {}});
        filter.subject = person->id;
    }
    filter.action = c.parser().value(kAction);
    filter.limit = c.parser().value(kLimit).toInt();
    auto entries = session->admin->auditEntries(session->actor, filter);
    if (!entries)
        return c.fail(entries.error());
    QJsonArray list;
    QStringList lines;
    for (const AuditEntry& e : *entries) {
        list.append(auditJson(e));
        lines << auditLine(e);
    }
    return c.succeed({{QStringLiteral("entries"), list}}, lines.join(QLatin1Char('\n')));
}

int runAuditVerify(CliContext& c)
{
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    auto verified = session->admin->verifyAudit(session->actor);
    if (!verified)
        return c.fail(verified.error());
    return c.succeed(
        {{QStringLiteral("entries"), *verified}, {QStringLiteral("intact"), true}},
        CliContext::tr("The audit trail is intact: %n entries checked.", nullptr, int(*verified)));
}

} // namespace

void registerPolicyAuditCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("policy set"),
                  CliContext::tr("Store a new policy version from a JSON file (docs/policy.md)."),
                  QStringLiteral("FILE"),
                  {},
                  1,
                  1,
                  runPolicySet});
    registry.add(
        {QStringLiteral("policy show"),
         CliContext::tr("Show the policy in force (or --version N)."),
         {},
         {QCommandLineOption(kVersion, CliContext::tr("Show this version."), CliContext::tr("N"))},
         0,
         0,
         runPolicyShow});
    registry.add({QStringLiteral("policy history"),
                  CliContext::tr("List every policy version."),
                  {},
                  {},
                  0,
                  0,
                  runPolicyHistory});
    registry.add(
        {QStringLiteral("audit list"),
         CliContext::tr("List audit entries (an agent sees those about their own data)."),
         {},
         {QCommandLineOption(kPerson, CliContext::tr("Entries about this person's data."),
                             CliContext::tr("PERSON")),
          QCommandLineOption(kAction, CliContext::tr("Entries whose action starts with this."),
                             CliContext::tr("ACTION")),
          QCommandLineOption(kLimit, CliContext::tr("Only the newest N entries."),
                             CliContext::tr("N"))},
         0,
         0,
         runAuditList});
    registry.add({QStringLiteral("audit verify"),
                  CliContext::tr(
                      "Check the audit trail's hash chain; exit 3 naming the first broken entry."),
                  {},
                  {},
                  0,
                  0,
                  runAuditVerify});
}

} // namespace cv::cli
