#include "core/domain/Purpose.h"

#include <QCoreApplication>

namespace cv::core {

QString purposeName(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Coaching:
        return QStringLiteral("coaching");
    case Purpose::Assessment:
        return QStringLiteral("assessment");
    case Purpose::Quality:
        return QStringLiteral("quality");
    }
    return {};
}

std::optional<Purpose> purposeFromName(const QString& name)
{
    for (Purpose purpose : kAllPurposes) {
        if (purposeName(purpose) == name)
            return purpose;
    }
    return std::nullopt;
}

QString purposeText(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Coaching:
        return QCoreApplication::translate("Purpose", "coaching, training and guidance");
    case Purpose::Assessment:
        return QCoreApplication::translate("Purpose", "assessment");
    case Purpose::Quality:
        return QCoreApplication::translate("Purpose", "process improvement and quality assurance");
    }
    return {};
}

QStringList purposeNames(const QList<Purpose>& purposes)
{
    QStringList names;
    for (Purpose purpose : purposes)
        names << purposeName(purpose);
    return names;
}

QString legalBasisName(LegalBasis basis)
{
    return basis == LegalBasis::Contract ? QStringLiteral("6(1)(b)") : QStringLiteral("6(1)(f)");
}

std::optional<LegalBasis> legalBasisFromName(const QString& name)
{
    if (name == QLatin1String("6(1)(b)"))
        return LegalBasis::Contract;
    if (name == QLatin1String("6(1)(f)"))
        return LegalBasis::LegitimateInterest;
    return std::nullopt;
}

} // namespace cv::core
