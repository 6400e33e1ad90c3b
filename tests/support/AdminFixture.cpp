#include "tests/support/AdminFixture.h"

namespace cv::test {

using namespace core;

Policy AdminFixture::basePolicy()
{
    Policy p;
    p.organisationName = QStringLiteral("Testbank Klantenservice");
    p.organisationType = OrganisationType::Private;
    p.effectiveFrom = QDate(2026, 1, 1);
    p.worksCouncilConsentOn = QDate(2025, 12, 1);
    p.purposes = {
        PurposePolicy{Purpose::Coaching, LegalBasis::LegitimateInterest, QStringLiteral("LIA-1"), 2,
                      SamplingPeriod::Month},
        PurposePolicy{Purpose::Assessment, LegalBasis::Contract, {}, 3, SamplingPeriod::Quarter},
        PurposePolicy{Purpose::Quality, LegalBasis::LegitimateInterest, QStringLiteral("LIA-1"), 5,
                      SamplingPeriod::Month},
    };
    p.assessmentProtocolReference = QStringLiteral("BP-2026");
    p.assessmentProtocolConsentOn = QDate(2025, 12, 1);
    p.privateLineNumbers = {QStringLiteral("+31 20 555 0100")};
    p.externalClients = {
        ExternalClient{QStringLiteral("Energie Noord"), QStringLiteral("DPA-7"), QDate(2026, 1, 10),
                       QDate(2026, 1, 20)},
        ExternalClient{QStringLiteral("Zonder Afspraak"), {}, {}, QDate(2026, 1, 20)}};
    return p;
}

Person AdminFixture::add(const QString& handle, const QString& name, QList<Role> roles,
                         Employment employment, ProtectedStatus status, QDate informedOn)
{
    Person p;
    p.handle = handle;
    p.displayName = name;
    p.roles = std::move(roles);
    p.employment = employment;
    p.protectedStatus = status;
    p.informedOn = informedOn;
    auto id = admin->persons().add(p);
    p.id = id ? *id : -1;
    return p;
}

AdminFixture::AdminFixture()
{
    auto created =
        Vault::create(dir.filePath(QStringLiteral("admin.cvault")),
                      VaultCredential::ephemeralKey(SecretBytes::random(kVaultKeyBytes)), clock);
    if (!created)
        return;
    vault = std::move(*created);
    admin = std::make_unique<Administration>(*vault);
    const QDate informed(2026, 1, 15);
    administrator = add(QStringLiteral("ada"), QStringLiteral("Ada Admin"), {Role::Administrator},
                        Employment::None);
    manager = add(QStringLiteral("mieke"), QStringLiteral("Mieke Manager"), {Role::Manager},
                  Employment::Permanent);
    coach = add(QStringLiteral("karim"), QStringLiteral("Karim Coach"), {Role::Coach},
                Employment::Permanent);
    trainer = add(QStringLiteral("tess"), QStringLiteral("Tess Trainer"), {Role::Trainer},
                  Employment::Permanent);
    privacyOfficer = add(QStringLiteral("piet"), QStringLiteral("Piet Privacy"),
                         {Role::PrivacyOfficer}, Employment::None);
    agent = add(QStringLiteral("sanne"), QStringLiteral("Sanne de Vries"), {Role::Agent},
                Employment::Permanent, ProtectedStatus::None, informed);
    temp = add(QStringLiteral("tom"), QStringLiteral("Tom Uitzend"), {Role::Agent},
               Employment::Agency, ProtectedStatus::None, informed);
    uninformed = add(QStringLiteral("uma"), QStringLiteral("Uma Nieuw"), {Role::Agent},
                     Employment::Permanent);
    doctor = add(QStringLiteral("dirk"), QStringLiteral("Dirk Bedrijfsarts"), {Role::Agent},
                 Employment::Permanent, ProtectedStatus::CompanyDoctor, informed);
    councillor = add(QStringLiteral("wim"), QStringLiteral("Wim OR-lid"), {Role::Agent},
                     Employment::Permanent, ProtectedStatus::WorksCouncilMember, informed);

    auto version = admin->policies().add(basePolicy(), manager.id);
    if (!version)
        return;
    policy = *admin->policies().version(*version);

    Authorisation a;
    a.person = coach.id;
    a.purposes = {Purpose::Coaching, Purpose::Assessment};
    a.validFrom = QDate(2026, 1, 1);
    a.confidentialityAcceptedOn = QDate(2026, 1, 1);
    a.grantedBy = manager.id;
    if (!admin->authorisationStore().add(a))
        return;
    m_ok = administrator.id > 0 && councillor.id > 0;
}

} // namespace cv::test
