#include "core/people/Person.h"

#include <QCoreApplication>

namespace cv::core {

QString roleName(Role role)
{
    switch (role) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Coach:
        return QStringLiteral("coach");
    case Role::Trainer:
        return QStringLiteral("trainer");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::PrivacyOfficer:
        return QStringLiteral("privacy-officer");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    for (Role role : kAllRoles) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

QString roleText(Role role)
{
    switch (role) {
    case Role::Agent:
        return QCoreApplication::translate("Person", "agent");
    case Role::Coach:
        return QCoreApplication::translate("Person", "coach");
    case Role::Trainer:
        return QCoreApplication::translate("Person", "trainer");
    case Role::Manager:
        return QCoreApplication::translate("Person", "manager");
    case Role::PrivacyOfficer:
        return QCoreApplication::translate("Person", "privacy officer");
    case Role::Administrator:
        return QCoreApplication::translate("Person", "administrator");
    }
    return {};
}

QString employmentName(Employment employment)
{
    switch (employment) {
    case Employment::Permanent:
        return QStringLiteral("permanent");
    case Employment::Temporary:
        return QStringLiteral("temporary");
    case Employment::OnCall:
        return QStringLiteral("on-call");
    case Employment::Agency:
        return QStringLiteral("agency");
    case Employment::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<Employment> employmentFromName(const QString& name)
{
    for (Employment e : {Employment::Permanent, Employment::Temporary, Employment::OnCall,
                         Employment::Agency, Employment::None}) {
        if (employmentName(e) == name)
            return e;
    }
    return std::nullopt;
}

QString protectedStatusName(ProtectedStatus status)
{
    switch (status) {
    case ProtectedStatus::None:
        return QStringLiteral("none");
    case ProtectedStatus::CompanyDoctor:
        return QStringLiteral("company-doctor");
    case ProtectedStatus::WorksCouncilMember:
        return QStringLiteral("works-council");
    case ProtectedStatus::ConfidentialAdviser:
        return QStringLiteral("confidential-adviser");
    }
    return {};
}

std::optional<ProtectedStatus> protectedStatusFromName(const QString& name)
{
    for (ProtectedStatus s :
         {ProtectedStatus::None, ProtectedStatus::CompanyDoctor,
          ProtectedStatus::WorksCouncilMember, ProtectedStatus::ConfidentialAdviser}) {
        if (protectedStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace cv::core
