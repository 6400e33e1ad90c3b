#include "core/feedback/FeedbackStore.h"

#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace cv::core {

namespace {

class FeedbackStoreText
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackStore)
public:
    static QString notSubmitted(EvaluationId id)
    {
        return tr("evaluation %1 is not a submitted, unsigned evaluation; it cannot change.")
            .arg(id);
    }
    static QString noSuchDispute(DisputeId id) { return tr("There is no dispute %1.").arg(id); }
};

Error dbError(const QSqlQuery& query)
{
    // The schema's triggers answer with the rule ID first.
    const QString text = query.lastError().text();
    if (text.contains(QLatin1String("R-REPORT-1")))
        return Error::refused(QStringLiteral("R-REPORT-1"), text);
    return Error{ErrorCode::Io, text, {}};
}

QDateTime dateTime(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.toUTC();
}

QVariant nullableInt(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

CriterionAnswer answerFrom(const QSqlQuery& q, int column)
{
    CriterionAnswer a;
    if (!q.value(column).isNull())
        a.score.value = q.value(column).toInt();
    a.score.notApplicable = q.value(column + 1).toInt() != 0;
    a.comment = q.value(column + 2).toString();
    return a;
}

Dispute disputeFrom(const QSqlQuery& q)
{
    Dispute d;
    d.id = q.value(0).toLongLong();
    d.evaluation = q.value(1).toLongLong();
    d.openedBy = q.value(2).toLongLong();
    d.openedUtc = dateTime(q.value(3));
    d.reason = q.value(4).toString();
    if (!q.value(5).isNull())
        d.resolvedBy = q.value(5).toLongLong();
    d.resolvedUtc = dateTime(q.value(6));
    d.resolution = q.value(7).toString();
    return d;
}

const QString kDisputeColumns =
    QStringLiteral("SELECT d.id, d.evaluation_id, d.opened_by, d.opened_at, d.reason, "
                   "d.resolved_by, d.resolved_at, d.resolution FROM evaluation_dispute d ");

} // namespace

QString signOffRoleName(SignOffRole role)
{
    return role == SignOffRole::Agent ? QStringLiteral("agent") : QStringLiteral("evaluator");
}

FeedbackStore::FeedbackStore(Vault& vault)
    : m_vault(vault)
{}

Result<qint64> FeedbackStore::adjust(EvaluationId id, const ScoreAdjustment& a,
                                     const ScoreResult& score)
{
    QSqlQuery update(m_vault.database());
    update.prepare(
        QStringLiteral("UPDATE evaluation SET updated_at = ?, score_total = ?, score_state = ?, "
                       "critical_failed = ? WHERE id = ? AND status = 'submitted'"));
    update.addBindValue(a.adjustedUtc);
    update.addBindValue(score.total ? QVariant(*score.total)
                                    : QVariant(QMetaType(QMetaType::Double)));
    update.addBindValue(scoreStateName(score.state));
    update.addBindValue(score.failed ? 1 : 0);
    update.addBindValue(id);
    if (!update.exec())
        return std::unexpected(dbError(update));
    if (update.numRowsAffected() != 1)
        return std::unexpected(
            Error::refused(QStringLiteral("R-REPORT-1"), FeedbackStoreText::notSubmitted(id)));

    QSqlQuery answer(m_vault.database());
    answer.prepare(QStringLiteral(
        "DELETE FROM evaluation_score WHERE evaluation_id = ? AND criterion_id = ?"));
    answer.addBindValue(id);
    answer.addBindValue(a.criterionId);
    if (!answer.exec())
        return std::unexpected(dbError(answer));
    answer.prepare(QStringLiteral("INSERT INTO evaluation_score (evaluation_id, criterion_id, "
                                  "value, not_applicable, comment) VALUES (?, ?, ?, ?, ?)"));
    answer.addBindValue(id);
    answer.addBindValue(a.criterionId);
    answer.addBindValue(nullableInt(a.after.score.value));
    answer.addBindValue(a.after.score.notApplicable ? 1 : 0);
    answer.addBindValue(a.after.comment);
    if (!answer.exec())
        return std::unexpected(dbError(answer));

    QSqlQuery insert(m_vault.database());
    insert.prepare(QStringLiteral(
        "INSERT INTO evaluation_adjustment (evaluation_id, criterion_id, before_value, "
        "before_na, before_comment, after_value, after_na, after_comment, adjusted_by, "
        "adjusted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(id);
    insert.addBindValue(a.criterionId);
    insert.addBindValue(nullableInt(a.before.score.value));
    insert.addBindValue(a.before.score.notApplicable ? 1 : 0);
    insert.addBindValue(a.before.comment);
    insert.addBindValue(nullableInt(a.after.score.value));
    insert.addBindValue(a.after.score.notApplicable ? 1 : 0);
    insert.addBindValue(a.after.comment);
    insert.addBindValue(a.adjustedBy);
    insert.addBindValue(a.adjustedUtc);
    if (!insert.exec())
        return std::unexpected(dbError(insert));
    return insert.lastInsertId().toLongLong();
}

Result<void> FeedbackStore::addSignOff(EvaluationId id, const SignOff& s, const QString& view)
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("INSERT INTO evaluation_signoff (evaluation_id, role, signer_id, "
                                 "agrees, agent_view, signed_at) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(signOffRoleName(s.role));
    query.addBindValue(s.signer);
    query.addBindValue(s.agrees ? QVariant(*s.agrees ? 1 : 0)
                                : QVariant(QMetaType(QMetaType::Int)));
    query.addBindValue(view);
    query.addBindValue(s.signedUtc);
    if (!query.exec())
        return std::unexpected(dbError(query));
    return {};
}

Result<void> FeedbackStore::markSignedOff(EvaluationId id)
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("UPDATE evaluation SET status = 'signed', updated_at = ? "
                                 "WHERE id = ? AND status = 'submitted'"));
    query.addBindValue(m_vault.clock().nowUtc());
    query.addBindValue(id);
    if (!query.exec())
        return std::unexpected(dbError(query));
    if (query.numRowsAffected() != 1)
        return std::unexpected(
            Error::refused(QStringLiteral("R-REPORT-1"), FeedbackStoreText::notSubmitted(id)));
    return {};
}

Result<void> FeedbackStore::addSeal(EvaluationId id, const Seal& seal)
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("INSERT INTO evaluation_seal (evaluation_id, sha256, audit_seq, "
                                 "sealed_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(seal.sha256);
    query.addBindValue(seal.auditSeq);
    query.addBindValue(seal.sealedUtc);
    if (!query.exec())
        return std::unexpected(dbError(query));
    return {};
}

Result<DisputeId> FeedbackStore::openDispute(const Dispute& d)
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("INSERT INTO evaluation_dispute (evaluation_id, opened_by, "
                                 "opened_at, reason) VALUES (?, ?, ?, ?)"));
    query.addBindValue(d.evaluation);
    query.addBindValue(d.openedBy);
    query.addBindValue(d.openedUtc);
    query.addBindValue(d.reason);
    if (!query.exec())
        return std::unexpected(dbError(query));
    return query.lastInsertId().toLongLong();
}

Result<void> FeedbackStore::resolveDispute(DisputeId id, PersonId by, const QString& resolution)
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("UPDATE evaluation_dispute SET resolved_by = ?, resolved_at = ?, "
                                 "resolution = ? WHERE id = ? AND resolved_at IS NULL"));
    query.addBindValue(by);
    query.addBindValue(m_vault.clock().nowUtc());
    query.addBindValue(resolution);
    query.addBindValue(id);
    if (!query.exec())
        return std::unexpected(dbError(query));
    if (query.numRowsAffected() != 1)
        return fail(ErrorCode::Usage, FeedbackStoreText::noSuchDispute(id));
    return {};
}

void FeedbackStore::load(EvaluationId id, FeedbackRecord& record) const
{
    QSqlQuery q(m_vault.database());
    q.prepare(QStringLiteral(
        "SELECT id, criterion_id, before_value, before_na, before_comment, after_value, "
        "after_na, after_comment, adjusted_by, adjusted_at FROM evaluation_adjustment "
        "WHERE evaluation_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            ScoreAdjustment a;
            a.id = q.value(0).toLongLong();
            a.criterionId = q.value(1).toString();
            a.before = answerFrom(q, 2);
            a.after = answerFrom(q, 5);
            a.adjustedBy = q.value(8).toLongLong();
            a.adjustedUtc = dateTime(q.value(9));
            record.adjustments << a;
        }
    }
    q.prepare(QStringLiteral("SELECT role, signer_id, agrees, agent_view, signed_at FROM "
                             "evaluation_signoff WHERE evaluation_id = ?"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            SignOff s;
            s.role = q.value(0).toString() == QLatin1String("agent") ? SignOffRole::Agent
                                                                     : SignOffRole::Evaluator;
            s.signer = q.value(1).toLongLong();
            if (!q.value(2).isNull())
                s.agrees = q.value(2).toInt() != 0;
            s.signedUtc = dateTime(q.value(4));
            if (s.role == SignOffRole::Agent) {
                record.agentSignOff = s;
                record.agentView = q.value(3).toString();
            } else {
                record.evaluatorSignOff = s;
            }
        }
    }
    q.prepare(kDisputeColumns + QStringLiteral("WHERE d.evaluation_id = ? ORDER BY d.id"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            record.disputes << disputeFrom(q);
    }
    q.prepare(QStringLiteral(
        "SELECT sha256, audit_seq, sealed_at FROM evaluation_seal WHERE evaluation_id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        record.seal = Seal{q.value(0).toString(), q.value(1).toLongLong(), dateTime(q.value(2))};
}

std::optional<Dispute> FeedbackStore::dispute(DisputeId id) const
{
    QSqlQuery q(m_vault.database());
    q.prepare(kDisputeColumns + QStringLiteral("WHERE d.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return disputeFrom(q);
    return std::nullopt;
}

QList<Dispute> FeedbackStore::openDisputes(PersonId evaluator) const
{
    QSqlQuery q(m_vault.database());
    q.prepare(kDisputeColumns +
              QStringLiteral("JOIN evaluation e ON e.id = d.evaluation_id WHERE d.resolved_at IS "
                             "NULL AND (? = 0 OR e.evaluator_id = ?) ORDER BY d.id"));
    q.addBindValue(evaluator);
    q.addBindValue(evaluator);
    QList<Dispute> out;
    if (q.exec()) {
        while (q.next())
            out << disputeFrom(q);
    }
    return out;
}

QList<EvaluationId> FeedbackStore::signedEvaluations() const
{
    QSqlQuery q(m_vault.database());
    QList<EvaluationId> out;
    if (q.exec(QStringLiteral("SELECT id FROM evaluation WHERE status = 'signed' ORDER BY id"))) {
        while (q.next())
            out << q.value(0).toLongLong();
    }
    return out;
}

} // namespace cv::core
