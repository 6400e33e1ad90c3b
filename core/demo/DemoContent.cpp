#include "core/demo/DemoContent.h"

#include "core/admin/Administration.h"
#include "core/demo/DemoCalls.h"
#include "core/demo/DemoScorecards.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

namespace cv::core {

namespace {

struct DemoPerson
{
    const char* handle;
    const char* name;
    QList<Role> roles;
    Employment employment;
    ProtectedStatus status;
    int informedDaysAgo; // < 0: not informed yet
};

template<typename T> Result<void> check(const Result<T>& result)
{
    if (!result)
        return std::unexpected(result.error());
    return {};
}

} // namespace

const char* demoPin()
{
    return "123456";
}

Result<void> fillDemoContent(Vault& vault, DemoCalls calls)
{
    Administration admin(vault);
    const QDate today = vault.clock().nowUtc().date();
    const SecretBytes pin = SecretBytes::copyOf(demoPin(), 6);
    Transaction transaction(vault);

    Person ada;
    ada.handle = QStringLiteral("ada");
    ada.displayName = QStringLiteral("Ada Beheer");
    ada.roles = {Role::Administrator};
    auto adaId = admin.addFirstAdministrator(ada, CredentialStore::Kind::Pin, pin);
    if (!adaId)
        return std::unexpected(adaId.error());
    ada.id = *adaId;

    const DemoPerson cast[] = {
        {"mieke",
         "Mieke Jansen",
         {Role::Manager},
         Employment::Permanent,
         ProtectedStatus::None,
         90},
        {"karim",
         "Karim El Amrani",
         {Role::Coach},
         Employment::Permanent,
         ProtectedStatus::None,
         90},
        {"linda", "Linda Bakker", {Role::Coach}, Employment::Permanent, ProtectedStatus::None, 90},
        {"tess", "Tess de Wit", {Role::Trainer}, Employment::Permanent, ProtectedStatus::None, 90},
        {"piet",
         "Piet Visser",
         {Role::PrivacyOfficer},
         Employment::None,
         ProtectedStatus::None,
         -1},
        {"sanne",
         "Sanne de Vries",
         {Role::Agent},
         Employment::Permanent,
         ProtectedStatus::None,
         60},
        {"tom", "Tom Hendriks", {Role::Agent}, Employment::Agency, ProtectedStatus::None, 45},
        {"fatima",
         "Fatima Yilmaz",
         {Role::Agent},
         Employment::Temporary,
         ProtectedStatus::None,
         30},
        {"joost", "Joost Smit", {Role::Agent}, Employment::OnCall, ProtectedStatus::None, -1},
        {"wim",
         "Wim de Boer",
         {Role::Agent},
         Employment::Permanent,
         ProtectedStatus::WorksCouncilMember,
         60},
    };
    QHash<QString, Person> people;
    for (const DemoPerson& d : cast) {
        Person p;
        p.handle = QString::fromLatin1(d.handle);
        p.displayName = QString::fromUtf8(d.name);
        p.roles = d.roles;
        p.employment = d.employment;
        p.protectedStatus = d.status;
        if (d.informedDaysAgo >= 0)
            p.informedOn = today.addDays(-d.informedDaysAgo);
        auto id = admin.addPerson(ada, p);
        if (!id)
            return std::unexpected(id.error());
        p.id = *id;
        if (auto set = admin.setCredential(ada, p.id, CredentialStore::Kind::Pin, pin); !set)
            return set;
        people.insert(p.handle, p);
    }
    const Person& mieke = people[QStringLiteral("mieke")];
    const Person& piet = people[QStringLiteral("piet")];

    Policy policy;
    policy.organisationName = QStringLiteral("Gemeente Voorbeeldstad, Klant Contact Centrum");
    policy.organisationType = OrganisationType::PublicAuthority;
    policy.effectiveFrom = today.addDays(-100);
    policy.worksCouncilConsentOn = today.addDays(-110);
    policy.purposes = {
        PurposePolicy{Purpose::Coaching, LegalBasis::LegitimateInterest,
                      QStringLiteral("LIA-KCC-2026-01"), 4, SamplingPeriod::Month},
        PurposePolicy{Purpose::Assessment, LegalBasis::Contract, {}, 6, SamplingPeriod::Quarter},
        PurposePolicy{Purpose::Quality, LegalBasis::LegitimateInterest,
                      QStringLiteral("LIA-KCC-2026-01"), 8, SamplingPeriod::Month},
    };
    policy.assessmentProtocolReference = QStringLiteral("Beoordelingsprotocol KCC 2026");
    policy.assessmentProtocolConsentOn = today.addDays(-110);
    policy.privateLineNumbers = {QStringLiteral("+31 20 555 0100")};
    if (auto set = admin.setPolicy(piet, policy); !set)
        return std::unexpected(set.error());

    const auto grant = [&](const QString& handle, QList<Purpose> purposes) -> Result<void> {
        Authorisation a;
        a.person = people[handle].id;
        a.purposes = std::move(purposes);
        a.validFrom = today.addDays(-95);
        a.confidentialityAcceptedOn = today.addDays(-96);
        return check(admin.authorise(mieke, a));
    };
    if (auto ok = grant(QStringLiteral("karim"),
                        {Purpose::Coaching, Purpose::Assessment, Purpose::Quality});
        !ok)
        return ok;
    if (auto ok = grant(QStringLiteral("linda"), {Purpose::Coaching, Purpose::Quality}); !ok)
        return ok;
    // The trainer cuts training clips from coaching calls (docs/clips.md).
    if (auto ok = grant(QStringLiteral("tess"), {Purpose::Coaching}); !ok)
        return ok;
    if (auto ok = check(admin.recordTrainingConsent(
            mieke, people[QStringLiteral("sanne")].id,
            TrainingConsent{today.addDays(-40),
                            QStringLiteral("Herkenbaar gebruik in interne trainingen")}));
        !ok)
        return ok;
    // Published before the oldest demo call, so every call may be evaluated.
    if (auto ok = publishDemoScorecard(vault, admin, mieke, today.addDays(-60)); !ok)
        return ok;
    if (calls == DemoCalls::Include) {
        if (auto ok = importDemoCalls(vault, admin, people); !ok)
            return ok;
    }
    return transaction.commit();
}

Result<std::unique_ptr<Vault>> createEphemeralDemoVault(const QString& path, const Clock& clock)
{
    Vault::CreateOptions options;
    options.demo = true;
    auto vault = Vault::create(
        path, VaultCredential::ephemeralKey(SecretBytes::random(kVaultKeyBytes)), clock, options);
    if (!vault)
        return vault;
    if (auto filled = fillDemoContent(**vault); !filled)
        return std::unexpected(filled.error());
    return vault;
}

} // namespace cv::core
