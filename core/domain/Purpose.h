#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace cv::core {

// The three purposes of quality monitoring (guideline 1.2). Every recording
// is bound to exactly one, at import and for ever (R-PURPOSE-1). Voice
// logging for evidence is a different processing and has no value here.
enum class Purpose
{
    Coaching,   // coaching, training and guidance (1.2.1)
    Assessment, // individual appraisal, beoordeling (1.2.2)
    Quality,    // process improvement and quality assurance (1.2.3)
};

constexpr Purpose kAllPurposes[] = {Purpose::Coaching, Purpose::Assessment, Purpose::Quality};

QString purposeName(Purpose purpose); // "coaching", "assessment", "quality"
std::optional<Purpose> purposeFromName(const QString& name);
QString purposeText(Purpose purpose); // translated, for people
QStringList purposeNames(const QList<Purpose>& purposes);

// GDPR art. 6(1) bases a policy may name for a purpose.
enum class LegalBasis
{
    Contract,           // 6(1)(b)
    LegitimateInterest, // 6(1)(f): needs a legitimate-interest assessment (LIA)
};

QString legalBasisName(LegalBasis basis); // "6(1)(b)", "6(1)(f)"
std::optional<LegalBasis> legalBasisFromName(const QString& name);

} // namespace cv::core
