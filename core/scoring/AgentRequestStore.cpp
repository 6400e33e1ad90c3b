#include "core/scoring/AgentRequestStore.h"

#include "core/vault/Vault.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cv::core {

namespace {

Error dbError(const QSqlQuery& query)
{
    return Error{ErrorCode::Io, query.lastError().text(), {}};
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

QString agentRequestKindName(AgentRequestKind kind)
{
    return kind == AgentRequestKind::OtherEvaluator ? QStringLiteral("other-evaluator")
                                                    : QStringLiteral("extra-monitoring");
}

std::optional<AgentRequestKind> agentRequestKindFromName(const QString& name)
{
    for (AgentRequestKind kind :
         {AgentRequestKind::OtherEvaluator, AgentRequestKind::ExtraMonitoring}) {
        if (agentRequestKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

AgentRequestStore::AgentRequestStore(Vault& vault)
    : m_vault(vault)
{}

Result<qint64> AgentRequestStore::insert(const AgentRequest& r)
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral(
        "INSERT INTO agent_request (agent_id, kind, made_on, evaluation_id, "
        "replaced_evaluator_id, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(r.agent);
    query.addBindValue(agentRequestKindName(r.kind));
    query.addBindValue(r.madeOn);
    query.addBindValue(idOrNull(r.evaluation));
    query.addBindValue(idOrNull(r.replacedEvaluator));
    query.addBindValue(r.note);
    query.addBindValue(r.recordedBy);
    query.addBindValue(m_vault.clock().nowUtc());
    if (!query.exec())
        return std::unexpected(dbError(query));
    return query.lastInsertId().toLongLong();
}

Result<void> AgentRequestStore::markUsed(qint64 id, qint64 evaluation)
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("UPDATE agent_request SET used_by_evaluation_id = ? WHERE id = ? "
                                 "AND used_by_evaluation_id IS NULL"));
    query.addBindValue(evaluation);
    query.addBindValue(id);
    if (!query.exec())
        return std::unexpected(dbError(query));
    return {};
}

QList<AgentRequest> AgentRequestStore::forAgent(PersonId agent) const
{
    QList<AgentRequest> out;
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral(
        "SELECT id, kind, made_on, evaluation_id, replaced_evaluator_id, used_by_evaluation_id, "
        "note, recorded_by, recorded_at FROM agent_request WHERE agent_id = ? ORDER BY made_on, "
        "id"));
    query.addBindValue(agent);
    if (!query.exec())
        return out;
    while (query.next()) {
        AgentRequest r;
        r.id = query.value(0).toLongLong();
        r.agent = agent;
        r.kind = agentRequestKindFromName(query.value(1).toString())
                     .value_or(AgentRequestKind::OtherEvaluator);
        r.madeOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        r.evaluation = query.value(3).toLongLong();
        r.replacedEvaluator = query.value(4).toLongLong();
        r.usedByEvaluation = query.value(5).toLongLong();
        r.note = query.value(6).toString();
        r.recordedBy = query.value(7).toLongLong();
        r.recordedUtc = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
        out << r;
    }
    return out;
}

QList<PersonId> AgentRequestStore::replacedEvaluators(RecordingId recording) const
{
    QList<PersonId> out;
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral(
        "SELECT r.replaced_evaluator_id FROM agent_request r JOIN evaluation e ON e.id = "
        "r.evaluation_id WHERE r.kind = 'other-evaluator' AND e.recording_id = ?"));
    query.addBindValue(recording);
    if (query.exec()) {
        while (query.next())
            out << query.value(0).toLongLong();
    }
    return out;
}

qint64 AgentRequestStore::unusedExtraMoment(PersonId agent, const QDate& callDate) const
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral(
        "SELECT id FROM agent_request WHERE agent_id = ? AND kind = 'extra-monitoring' AND "
        "used_by_evaluation_id IS NULL AND made_on <= ? ORDER BY made_on, id LIMIT 1"));
    query.addBindValue(agent);
    query.addBindValue(callDate);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

} // namespace cv::core
