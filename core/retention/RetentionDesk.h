#pragma once

#include "core/Error.h"
#include "core/retention/Retention.h"

#include <QCoreApplication>

namespace cv::core {

class Administration;
class Vault;

// Keeping a recording beyond its term (R-RETAIN-1): "only with the agent's
// recorded consent, a reason and a new end date". retain() refuses, with
// R-RETAIN-1, a consent date that is missing or in the future, an empty
// reason, an end date that is not after today or lies more than the
// policy's retentionMaxExtensionDays ahead, and a recording already
// destroyed (R-RETAIN-3). Coaches and managers may retain; audited
// "recording.retain" with the reason and the end date.
class RetentionDesk final
{
    Q_DECLARE_TR_FUNCTIONS(RetentionDesk)

public:
    RetentionDesk(Vault& vault, Administration& admin);

    Result<RetentionGrant> retain(const Person& actor, RecordingId id, const QDate& consentOn,
                                  const QString& reason, const QDate& until);

private:
    Vault& m_vault;
    Administration& m_admin;
};

} // namespace cv::core
