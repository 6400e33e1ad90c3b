#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cv::core {

using PersonId = qint64;

enum class Role
{
    Agent,
    Coach, // team lead or quality coach: monitors when authorised (R-AUTH-1)
    Trainer,
    Manager, // contact-centre management: authorises
    PrivacyOfficer,
    Administrator,
};
constexpr Role kAllRoles[] = {Role::Agent,   Role::Coach,          Role::Trainer,
                              Role::Manager, Role::PrivacyOfficer, Role::Administrator};

enum class Employment
{
    Permanent,
    Temporary,
    OnCall,
    Agency,
    None, // not employed as contact-centre staff (e.g. an external privacy officer)
};

// A legal duty of confidentiality: such persons are never monitored (R-SCOPE-2).
enum class ProtectedStatus
{
    None,
    CompanyDoctor,
    WorksCouncilMember,
    ConfidentialAdviser,
};

QString
roleName(Role role); // "agent", "coach", "trainer", "manager", "privacy-officer", "administrator"
std::optional<Role> roleFromName(const QString& name);
QString roleText(Role role); // translated
QString
employmentName(Employment employment); // "permanent", "temporary", "on-call", "agency", "none"
std::optional<Employment> employmentFromName(const QString& name);
QString protectedStatusName(
    ProtectedStatus status); // "none", "company-doctor", "works-council", "confidential-adviser"
std::optional<ProtectedStatus> protectedStatusFromName(const QString& name);

// Written consent to identifiable use in training material (R-TRAIN-1).
struct TrainingConsent
{
    QDate givenOn;
    QString scope; // what the agent agreed to, in their words or the form's
    bool isValid() const { return givenOn.isValid(); }
};

struct Person
{
    PersonId id = 0;
    QString handle;      // sign-in name, unique, e.g. "sanne.devries"
    QString displayName; // "Sanne de Vries"
    QList<Role> roles;
    Employment employment = Employment::None;
    ProtectedStatus protectedStatus = ProtectedStatus::None;
    QDate informedOn; // informed of the policy, its purposes and frequency (R-INFO-1)
    TrainingConsent trainingConsent;
    bool active = true;

    bool hasRole(Role role) const { return roles.contains(role); }
};

} // namespace cv::core
