#include "core/feedback/EvaluationSeal.h"

#include "core/audit/AuditLog.h"
#include "core/feedback/FeedbackStore.h"
#include "core/scoring/EvaluationStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

#include <algorithm>

namespace cv::core {

namespace {

class SealText
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationSeal)
public:
    static QString changed(EvaluationId id)
    {
        return tr("signed evaluation %1 was changed after sign-off: its content no longer "
                  "matches the hash sealed in the audit trail")
            .arg(id);
    }
    static QString unsealed(EvaluationId id)
    {
        return tr("evaluation %1 is marked signed but the audit trail holds no seal for it")
            .arg(id);
    }
    static QString unsigned_(EvaluationId id)
    {
        return tr("evaluation %1 was sealed at sign-off but is no longer marked signed").arg(id);
    }
};

class Canonical
{
public:
    void field(const QString& value)
    {
        const QByteArray utf8 = value.toUtf8();
        m_bytes += QByteArray::number(utf8.size()) + ':' + utf8 + ';';
    }
    void field(qint64 value) { field(QString::number(value)); }
    void field(const QDateTime& value)
    {
        field(value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QString());
    }
    void answer(const CriterionAnswer& a)
    {
        field(a.score.value ? QString::number(*a.score.value) : QString());
        field(a.score.notApplicable ? 1 : 0);
        field(a.comment);
    }
    void signOff(const std::optional<SignOff>& s)
    {
        field(s ? 1 : 0);
        if (!s)
            return;
        field(signOffRoleName(s->role));
        field(s->signer);
        field(s->agrees ? (*s->agrees ? QStringLiteral("agrees") : QStringLiteral("disagrees"))
                        : QString());
        field(s->signedUtc);
    }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace

QByteArray EvaluationSeal::canonical(const FeedbackRecord& r)
{
    const Evaluation& e = r.evaluation;
    Canonical c;
    c.field(QStringLiteral("coachvault-evaluation-seal-1"));
    c.field(e.id);
    c.field(e.recording);
    c.field(e.templateVersion);
    c.field(e.evaluator);
    c.field(e.agent);
    c.field(purposeName(e.purpose));
    c.field(evaluationKindName(e.kind));
    c.field(evaluationStatusName(e.status));
    c.field(e.submittedUtc);
    c.field(e.total ? QString::number(*e.total, 'f', 6) : QString());
    c.field(e.criticalFailed ? 1 : 0);
    QStringList ids = e.answers.keys();
    std::ranges::sort(ids);
    c.field(ids.size());
    for (const QString& id : ids) {
        c.field(id);
        c.answer(e.answers.value(id));
    }
    c.field(e.notes.size());
    for (const TimedNote& n : e.notes) {
        c.field(n.atMs);
        c.field(n.criterionId);
        c.field(n.text);
        c.field(n.createdUtc);
    }
    c.field(r.adjustments.size());
    for (const ScoreAdjustment& a : r.adjustments) {
        c.field(a.criterionId);
        c.answer(a.before);
        c.answer(a.after);
        c.field(a.adjustedBy);
        c.field(a.adjustedUtc);
    }
    c.signOff(r.agentSignOff);
    c.field(r.agentView);
    c.signOff(r.evaluatorSignOff);
    return c.bytes();
}

QString EvaluationSeal::sha256(const FeedbackRecord& record)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical(record), QCryptographicHash::Sha256).toHex());
}

QString EvaluationSeal::auditDetail(const QString& sha256)
{
    return QStringLiteral("sha256 ") + sha256;
}

Result<qint64> EvaluationSeal::verify(Vault& vault, const AuditLog& audit)
{
    const QString rule = QStringLiteral("R-REPORT-1");
    // The hashes as the hash-chained audit trail holds them: the trustworthy copy.
    AuditFilter filter;
    filter.action = QString::fromLatin1(kAuditAction);
    QHash<EvaluationId, QString> sealed;
    for (const AuditEntry& entry : audit.list(filter)) {
        if (entry.action == QLatin1String(kAuditAction) &&
            entry.outcome == QLatin1String("allowed"))
            sealed.insert(entry.objectId.toLongLong(), entry.detail);
    }
    const EvaluationStore evaluations(vault);
    const FeedbackStore feedback(vault);
    const QList<EvaluationId> signedIds = feedback.signedEvaluations();
    for (EvaluationId id : signedIds) {
        const auto it = sealed.constFind(id);
        if (it == sealed.constEnd())
            return std::unexpected(Error::refused(rule, SealText::unsealed(id)));
        FeedbackRecord record;
        record.evaluation = evaluations.find(id).value_or(Evaluation{});
        feedback.load(id, record);
        if (auditDetail(sha256(record)) != it.value())
            return std::unexpected(Error::refused(rule, SealText::changed(id)));
    }
    for (auto it = sealed.cbegin(); it != sealed.cend(); ++it) {
        if (!signedIds.contains(it.key()))
            return std::unexpected(Error::refused(rule, SealText::unsigned_(it.key())));
    }
    return qint64(signedIds.size());
}

} // namespace cv::core
