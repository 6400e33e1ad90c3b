// person add|list|show|set, credential set, inform, consent, authorise,
// revoke, authorisations: the people of a vault and who may monitor.
#include "app/cli/CliContext.h"
#include "app/cli/CliSession.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/JsonViews.h"

#include <QJsonArray>

namespace cv::cli {

using namespace core;

namespace {

const QString kName = QStringLiteral("name");
const QString kRole = QStringLiteral("role");
const QString kEmployment = QStringLiteral("employment");
const QString kProtected = QStringLiteral("protected");
const QString kActive = QStringLiteral("active");
const QString kDate = QStringLiteral("date");
const QString kScope = QStringLiteral("scope");
const QString kWithdraw = QStringLiteral("withdraw");
const QString kPurpose = QStringLiteral("purpose");
const QString kFrom = QStringLiteral("from");
const QString kConfidentiality = QStringLiteral("confidentiality-accepted");

class PeopleText
{
    Q_DECLARE_TR_FUNCTIONS(PeopleCommands)
public:
    static QString badValue(const QString& option, const QString& value, const QString& allowed)
    {
        return tr("--%1 %2 is not known; use one of: %3").arg(option, value, allowed);
    }
    static QString badDate(const QString& option, const QString& value)
    {
        return tr("--%1 %2 is not a date (YYYY-MM-DD).").arg(option, value);
    }
    static QString needed(const QString& option) { return tr("--%1 is required.").arg(option); }
};

Error badInput(const QString& message)
{
    return Error{ErrorCode::BadInput, message, {}};
}

Result<QDate> dateOption(const CliContext& c, const QString& option, bool required)
{
    if (!c.parser().isSet(option)) {
        if (required)
            return std::unexpected(Error{ErrorCode::Usage, PeopleText::needed(option), {}});
        return QDate();
    }
    const QString value = c.parser().value(option);
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!date.isValid())
        return std::unexpected(badInput(PeopleText::badDate(option, value)));
    return date;
}

// Applies --name, --role, --employment, --protected, --active to `p`.
Result<void> applyPersonOptions(const CliContext& c, Person& p)
{
    const auto& parser = c.parser();
    if (parser.isSet(kName))
        p.displayName = parser.value(kName);
    if (parser.isSet(kRole)) {
        p.roles.clear();
        for (const QString& name :
             parser.value(kRole).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto role = roleFromName(name.trimmed());
            if (!role)
                return std::unexpected(badInput(PeopleText::badValue(
                    kRole, name,
                    QStringLiteral(
                        "agent, coach, trainer, manager, privacy-officer, administrator"))));
            p.roles.append(*role);
        }
    }
    if (parser.isSet(kEmployment)) {
        const auto e = employmentFromName(parser.value(kEmployment));
        if (!e)
            return std::unexpected(badInput(PeopleText::badValue(
                kEmployment, parser.value(kEmployment),
                QStringLiteral("permanent, temporary, on-call, agency, none"))));
        p.employment = *e;
    }
    if (parser.isSet(kProtected)) {
        const auto s = protectedStatusFromName(parser.value(kProtected));
        if (!s)
            return std::unexpected(badInput(PeopleText::badValue(
                kProtected, parser.value(kProtected),
                QStringLiteral("none, company-doctor, works-council, confidential-adviser"))));
        p.protectedStatus = *s;
    }
    if (parser.isSet(kActive)) {
        const QString v = parser.value(kActive);
        if (v != QLatin1String("yes") && v != QLatin1String("no"))
            return std::unexpected(
                badInput(PeopleText::badValue(kActive, v, QStringLiteral("yes, no"))));
        p.active = v == QLatin1String("yes");
    }
    return {};
}

int runPersonAdd(CliContext& c)
{
    Person p;
    p.handle = c.positional().value(0);
    p.employment = Employment::None;
    if (auto applied = applyPersonOptions(c, p); !applied)
        return c.fail(applied.error());
    if (!c.parser().isSet(kName))
        return c.usage(PeopleText::needed(kName));
    auto session = openSession(c);
    if (!session)
        return c.fail(session.error());
    Result<PersonId> id = std::unexpected(Error{});
    if (session->admin->persons().count() == 0) {
        // Bootstrap: the first person is an administrator with a credential.
        auto credential = newCredential(c);
        if (!credential)
            return c.fail(credential.error());
        id = session->admin->addFirstAdministrator(p, credential->first, credential->second);
    } else {
        if (auto signedIn = signIn(c, *session); !signedIn)
            return c.fail(signedIn.error());
        id = session->admin->addPerson(session->actor, p);
        if (id && (c.parser().isSet(QStringLiteral("new-pin-file")) ||
                   c.parser().isSet(QStringLiteral("new-password-file")))) {
            auto credential = newCredential(c);
            if (!credential)
                return c.fail(credential.error());
            if (auto set = session->admin->setCredential(session->actor, *id, credential->first,
                                                         credential->second);
                !set)
                return c.fail(set.error());
        }
    }
    if (!id)
        return c.fail(id.error());
    p.id = *id;
    return c.succeed({{QStringLiteral("person"), personJson(p)}},
                     CliContext::tr("Added %1 (%2).").arg(p.displayName, p.handle));
}

int runPersonList(CliContext& c)
{
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    auto persons = session->admin->listPersons(session->actor);
    if (!persons)
        return c.fail(persons.error());
    QJsonArray list;
    QStringList lines;
    for (const Person& p : *persons) {
        list.append(personJson(p));
        lines << personLine(p);
    }
    return c.succeed({{QStringLiteral("persons"), list}}, lines.join(QLatin1Char('\n')));
}

int runPersonShow(CliContext& c)
{
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    auto person = session->admin->person(session->actor, c.positional().value(0));
    if (!person)
        return c.fail(person.error());
    return c.succeed({{QStringLiteral("person"), personJson(*person)}}, personLine(*person));
}

int runPersonSet(CliContext& c)
{
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    auto person = session->admin->persons().findByHandle(c.positional().value(0));
    if (!person)
        return c.fail(
            badInput(CliContext::tr("There is no person '%1'.").arg(c.positional().value(0))));
    if (auto applied = applyPersonOptions(c, *person); !applied)
        return c.fail(applied.error());
    if (auto updated = session->admin->updatePerson(session->actor, *person); !updated)
        return c.fail(updated.error());
    return c.succeed({{QStringLiteral("person"), personJson(*person)}},
                     CliContext::tr("Updated %1.").arg(person->handle));
}

Result<Person> target(CliSession& session, const QString& handle)
{
    auto person = session.admin->persons().findByHandle(handle);
    if (!person)
        return std::unexpected(badInput(CliContext::tr("There is no person '%1'.").arg(handle)));
    return *person;
}

int runCredentialSet(CliContext& c)
{
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    Person who = session->actor;
    if (!c.positional().isEmpty()) {
        auto found = target(*session, c.positional().first());
        if (!found)
            return c.fail(found.error());
        who = *found;
    }
    auto credential = newCredential(c);
    if (!credential)
        return c.fail(credential.error());
    if (auto set = session->admin->setCredential(session->actor, who.id, credential->first,
                                                 credential->second);
        !set)
        return c.fail(set.error());
    return c.succeed({{QStringLiteral("person"), who.handle}},
                     CliContext::tr("The credential of %1 is set.").arg(who.handle));
}

int runInform(CliContext& c)
{
    auto date = dateOption(c, kDate, true);
    if (!date)
        return c.fail(date.error());
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    auto who = target(*session, c.positional().first());
    if (!who)
        return c.fail(who.error());
    if (auto ok = session->admin->recordInformed(session->actor, who->id, *date); !ok)
        return c.fail(ok.error());
    return c.succeed({{QStringLiteral("person"), who->handle},
                      {QStringLiteral("informedOn"), date->toString(Qt::ISODate)}},
                     CliContext::tr("%1 was informed of the policy on %2.")
                         .arg(who->handle, date->toString(Qt::ISODate)));
}

int runConsent(CliContext& c)
{
    const bool withdraw = c.parser().isSet(kWithdraw);
    TrainingConsent consent;
    if (!withdraw) {
        auto date = dateOption(c, kDate, true);
        if (!date)
            return c.fail(date.error());
        if (!c.parser().isSet(kScope))
            return c.usage(PeopleText::needed(kScope));
        consent.givenOn = *date;
        consent.scope = c.parser().value(kScope);
    }
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    auto who = target(*session, c.positional().first());
    if (!who)
        return c.fail(who.error());
    if (auto ok = session->admin->recordTrainingConsent(session->actor, who->id, consent); !ok)
        return c.fail(ok.error());
    return c.succeed(
        {{QStringLiteral("person"), who->handle}, {QStringLiteral("consent"), !withdraw}},
        withdraw
            ? CliContext::tr("The training consent of %1 is withdrawn.").arg(who->handle)
            : CliContext::tr("The written training consent of %1 is recorded.").arg(who->handle));
}

int runAuthorise(CliContext& c)
{
    Authorisation a;
    for (const QString& name :
         c.parser().value(kPurpose).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto purpose = purposeFromName(name.trimmed());
        if (!purpose)
            return c.fail(badInput(PeopleText::badValue(
                kPurpose, name, QStringLiteral("coaching, assessment, quality"))));
        a.purposes.append(*purpose);
    }
    if (a.purposes.isEmpty())
        return c.usage(PeopleText::needed(kPurpose));
    auto from = dateOption(c, kFrom, true);
    if (!from)
        return c.fail(from.error());
    auto accepted = dateOption(c, kConfidentiality, false);
    if (!accepted)
        return c.fail(accepted.error());
    a.validFrom = *from;
    a.confidentialityAcceptedOn = *accepted;
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    auto who = target(*session, c.positional().first());
    if (!who)
        return c.fail(who.error());
    a.person = who->id;
    auto id = session->admin->authorise(session->actor, a);
    if (!id)
        return c.fail(id.error());
    a.id = *id;
    return c.succeed({{QStringLiteral("authorisation"), authorisationJson(a, who->handle)}},
                     CliContext::tr("Authorisation #%1: %2 may monitor for %3 from %4.")
                         .arg(*id)
                         .arg(who->displayName, purposeNames(a.purposes).join(QStringLiteral(", ")),
                              a.validFrom.toString(Qt::ISODate)));
}

int runRevoke(CliContext& c)
{
    bool ok = false;
    const qint64 id = c.positional().first().toLongLong(&ok);
    if (!ok)
        return c.fail(badInput(
            CliContext::tr("'%1' is not an authorisation number.").arg(c.positional().first())));
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    if (auto revoked = session->admin->revoke(session->actor, id); !revoked)
        return c.fail(revoked.error());
    return c.succeed({{QStringLiteral("revoked"), id}},
                     CliContext::tr("Authorisation #%1 is revoked.").arg(id));
}

int runAuthorisations(CliContext& c)
{
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    auto list = session->admin->authorisations(session->actor);
    if (!list)
        return c.fail(list.error());
    QJsonArray json;
    QStringList lines;
    for (const Authorisation& a : *list) {
        const auto person = session->admin->persons().find(a.person);
        const QString handle = person ? person->handle : QString::number(a.person);
        json.append(authorisationJson(a, handle));
        lines << authorisationLine(a, person ? person->displayName : handle);
    }
    return c.succeed({{QStringLiteral("authorisations"), json}},
                     lines.isEmpty() ? CliContext::tr("Nobody is authorised to monitor.")
                                     : lines.join(QLatin1Char('\n')));
}

} // namespace

void registerPeopleCommands(CommandRegistry& registry)
{
    const QList<QCommandLineOption> personOptions{
        QCommandLineOption(kName, CliContext::tr("The person's full name."),
                           CliContext::tr("NAME")),
        QCommandLineOption(kRole,
                           CliContext::tr("Roles, comma-separated: agent, coach, trainer, manager, "
                                          "privacy-officer, administrator."),
                           CliContext::tr("ROLES")),
        QCommandLineOption(kEmployment,
                           CliContext::tr("permanent, temporary, on-call, agency or none."),
                           CliContext::tr("TYPE")),
        QCommandLineOption(kProtected,
                           CliContext::tr("A duty of confidentiality: company-doctor, "
                                          "works-council, confidential-adviser or none."),
                           CliContext::tr("STATUS")),
        QCommandLineOption(kActive, CliContext::tr("yes or no."), CliContext::tr("YES|NO")),
    };
    registry.add({QStringLiteral("person add"),
                  CliContext::tr("Add a person (the first one, an administrator, needs no --as)."),
                  QStringLiteral("HANDLE"), personOptions + newCredentialOptions(), 1, 1,
                  runPersonAdd});
    registry.add({QStringLiteral("person list"),
                  CliContext::tr("List the persons."),
                  {},
                  {},
                  0,
                  0,
                  runPersonList});
    registry.add({QStringLiteral("person show"),
                  CliContext::tr("Show one person."),
                  QStringLiteral("HANDLE"),
                  {},
                  1,
                  1,
                  runPersonShow});
    registry.add({QStringLiteral("person set"),
                  CliContext::tr("Change a person's name, roles or status."),
                  QStringLiteral("HANDLE"), personOptions, 1, 1, runPersonSet});
    registry.add(
        {QStringLiteral("credential set"),
         CliContext::tr("Set your own PIN or password, or (administrators) someone else's."),
         QStringLiteral("[HANDLE]"), newCredentialOptions(), 0, 1, runCredentialSet});
    registry.add({QStringLiteral("inform"),
                  CliContext::tr("Record when a person was informed of the policy."),
                  QStringLiteral("PERSON"),
                  {QCommandLineOption(kDate, CliContext::tr("The date (YYYY-MM-DD)."),
                                      CliContext::tr("DATE"))},
                  1,
                  1,
                  runInform});
    registry.add(
        {QStringLiteral("consent"),
         CliContext::tr(
             "Record (or withdraw) an agent's written consent to identifiable training use."),
         QStringLiteral("PERSON"),
         {QCommandLineOption(kDate, CliContext::tr("The date of the written consent."),
                             CliContext::tr("DATE")),
          QCommandLineOption(kScope, CliContext::tr("What the consent covers."),
                             CliContext::tr("TEXT")),
          QCommandLineOption(kWithdraw, CliContext::tr("Record that the consent was withdrawn."))},
         1,
         1,
         runConsent});
    registry.add(
        {QStringLiteral("authorise"),
         CliContext::tr("Authorise a person to monitor (managers)."),
         QStringLiteral("PERSON"),
         {QCommandLineOption(kPurpose, CliContext::tr("Purposes: coaching, assessment, quality."),
                             CliContext::tr("PURPOSES")),
          QCommandLineOption(kFrom, CliContext::tr("In force from this date."),
                             CliContext::tr("DATE")),
          QCommandLineOption(
              kConfidentiality,
              CliContext::tr("The date the person accepted the duty of confidentiality."),
              CliContext::tr("DATE"))},
         1,
         1,
         runAuthorise});
    registry.add({QStringLiteral("revoke"),
                  CliContext::tr("Revoke an authorisation (managers)."),
                  QStringLiteral("AUTHORISATION"),
                  {},
                  1,
                  1,
                  runRevoke});
    registry.add({QStringLiteral("authorisations"),
                  CliContext::tr("Who is authorised to monitor (anyone may ask)."),
                  {},
                  {},
                  0,
                  0,
                  runAuthorisations});
}

} // namespace cv::cli
