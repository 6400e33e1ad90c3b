#pragma once

#include "core/Error.h"
#include "core/domain/Purpose.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cv::core {

enum class OrganisationType
{
    Private,
    PublicAuthority, // e.g. a municipal KCC (R-POLICY-3)
};

enum class SamplingPeriod
{
    Week,
    Month,
    Quarter,
    Year,
};

struct PurposePolicy
{
    Purpose purpose = Purpose::Coaching;
    LegalBasis legalBasis = LegalBasis::Contract;
    QString liaReference;   // required for 6(1)(f) (R-POLICY-1)
    int callsPerPeriod = 0; // per agent (R-PURPOSE-2)
    SamplingPeriod period = SamplingPeriod::Month;
};

struct ExternalClient
{
    QString name;
    QString agreementReference; // the written agreement (R-EXT-2)
    QDate agreementSignedOn;
    QDate agentsInformedOn; // agents informed of monitoring for this client
};

// One version of the organisation's own regulation (regeling) on quality
// monitoring. Its JSON form is documented in docs/policy.md, with a complete
// example at docs/examples/policy.json.
struct Policy
{
    int version = 0; // assigned by PolicyStore
    QString organisationName;
    OrganisationType organisationType = OrganisationType::Private;
    QDate effectiveFrom;
    QDate worksCouncilConsentOn; // R-POLICY-1, R-POLICY-2: each version its own
    QList<PurposePolicy> purposes;
    QString assessmentProtocolReference; // R-POLICY-4
    QDate assessmentProtocolConsentOn;
    int evaluationTermDays = 14;            // R-ASSESS-3
    int retentionMaxExtensionDays = 90;     // R-RETAIN-1: longest retention with consent
    int minimumGroupSize = 5;               // R-EXT-1
    int assessmentMinimumIntervalDays = 30; // R-ASSESS-6
    int inactivityLockMinutes = 5;          // R-AUTH-3
    QStringList privateLineHashes;          // R-SCOPE-3, R-MIN-1: keyed hashes, never numbers
    QStringList privateLineNumbers;         // input only: hashed and dropped by PolicyStore
    QList<ExternalClient> externalClients;

    const PurposePolicy* purposePolicy(Purpose purpose) const;
    const ExternalClient* externalClient(const QString& name) const;

    // Parses and validates the JSON form. Errors are BadInput and name the
    // field and the reason ("purposes[1].calls: must be a positive number").
    static Result<Policy> fromJson(const QByteArray& json);
    QJsonObject toJson() const; // never contains private-line numbers
};

QString organisationTypeName(OrganisationType type); // "private", "public-authority"
QString samplingPeriodName(SamplingPeriod period);   // "week", "month", "quarter", "year"
// The period of `period` kind containing `date`: [first day, last day].
std::pair<QDate, QDate> samplingWindow(SamplingPeriod period, const QDate& date);

} // namespace cv::core
