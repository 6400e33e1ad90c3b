#pragma once

#include "core/Error.h"
#include "core/feedback/Feedback.h"

#include <QByteArray>
#include <QString>

namespace cv::core {

class AuditLog;
class Vault;

// The proof that a signed evaluation never changed. At sign-off the
// canonical content of the evaluation — who, what call, which template
// version, every answer, note and adjustment, the agent's view and both
// sign-offs — is hashed (SHA-256) and the hash written into the hash-chained
// audit trail as an "evaluation.seal" entry. verify() recomputes every
// signed evaluation's hash from the rows as they are now and compares it
// with the audit trail's; an edit straight in the database shows up there.
class EvaluationSeal final
{
public:
    static constexpr const char* kAuditAction = "evaluation.seal";

    // Length-prefixed fields in a fixed order (answers by criterion id,
    // notes and adjustments in stored order), so equal content always
    // serialises alike and different content never does. Disputes are not
    // part of it: they come after the seal.
    static QByteArray canonical(const FeedbackRecord& record);
    static QString sha256(const FeedbackRecord& record); // hex
    // The audit entry's detail: "sha256 <hex>".
    static QString auditDetail(const QString& sha256);

    // Ok with the number of signed evaluations checked, or Refused
    // (R-REPORT-1) naming the first evaluation whose content no longer
    // matches its seal, that is signed without a seal, or that lost its
    // signed status after sealing.
    static Result<qint64> verify(Vault& vault, const AuditLog& audit);
};

} // namespace cv::core
