#include "core/scoring/EvaluationStore.h"

#include "core/time/StoredTime.h"
#include "core/vault/FaultInjection.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cv::core {

namespace {

class StoreText
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationStore)
public:
    static QString noSuchEvaluation(EvaluationId id)
    {
        return tr("There is no evaluation %1.").arg(id);
    }
    static QString submitted(EvaluationId id)
    {
        return tr("evaluation %1 is submitted and can no longer change.").arg(id);
    }
};

Error dbError(const QSqlQuery& query)
{
    return Error{ErrorCode::Io, query.lastError().text(), {}};
}

ScoreResult::State stateFromName(const QString& name)
{
    if (name == QLatin1String("complete"))
        return ScoreResult::State::Complete;
    if (name == QLatin1String("not-scorable"))
        return ScoreResult::State::NotScorable;
    return ScoreResult::State::Incomplete;
}

const QString kColumns = QStringLiteral(
    "SELECT id, recording_id, template_version_id, evaluator_id, agent_id, purpose, kind, status, "
    "created_at, updated_at, submitted_at, score_total, score_state, critical_failed "
    "FROM evaluation ");

Evaluation header(const QSqlQuery& q)
{
    Evaluation e;
    e.id = q.value(0).toLongLong();
    e.recording = q.value(1).toLongLong();
    e.templateVersion = q.value(2).toLongLong();
    e.evaluator = q.value(3).toLongLong();
    e.agent = q.value(4).toLongLong();
    e.purpose = purposeFromName(q.value(5).toString()).value_or(Purpose::Coaching);
    e.kind = q.value(6).toString() == QLatin1String("self") ? EvaluationKind::Self
                                                            : EvaluationKind::Coach;
    e.status = evaluationStatusFromName(q.value(7).toString());
    e.createdUtc = storedUtc(q.value(8));
    e.updatedUtc = storedUtc(q.value(9));
    e.submittedUtc = storedUtc(q.value(10));
    if (!q.value(11).isNull())
        e.total = q.value(11).toDouble();
    e.scoreState = stateFromName(q.value(12).toString());
    e.criticalFailed = q.value(13).toInt() != 0;
    return e;
}

} // namespace

EvaluationStatus evaluationStatusFromName(const QString& name)
{
    if (name == QLatin1String("signed"))
        return EvaluationStatus::SignedOff;
    if (name == QLatin1String("submitted"))
        return EvaluationStatus::Submitted;
    return EvaluationStatus::Draft;
}

QString evaluationKindName(EvaluationKind kind)
{
    return kind == EvaluationKind::Self ? QStringLiteral("self") : QStringLiteral("coach");
}

QString evaluationStatusName(EvaluationStatus status)
{
    switch (status) {
    case EvaluationStatus::Draft:
        break;
    case EvaluationStatus::Submitted:
        return QStringLiteral("submitted");
    case EvaluationStatus::SignedOff:
        return QStringLiteral("signed");
    }
    return QStringLiteral("draft");
}

QHash<QString, CriterionScore> Evaluation::scores() const
{
    QHash<QString, CriterionScore> out;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        out.insert(it.key(), it.value().score);
    return out;
}

EvaluationStore::EvaluationStore(Vault& vault)
    : m_vault(vault)
{}

Result<EvaluationId> EvaluationStore::insert(const Evaluation& e)
{
    const QDateTime now = m_vault.clock().nowUtc();
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral(
        "INSERT INTO evaluation (recording_id, template_version_id, evaluator_id, agent_id, "
        "purpose, kind, status, created_at, updated_at, score_state) "
        "VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?, 'incomplete')"));
    query.addBindValue(e.recording);
    query.addBindValue(e.templateVersion);
    query.addBindValue(e.evaluator);
    query.addBindValue(e.agent);
    query.addBindValue(purposeName(e.purpose));
    query.addBindValue(evaluationKindName(e.kind));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return std::unexpected(dbError(query));
    return query.lastInsertId().toLongLong();
}

Result<void> EvaluationStore::refuseUnlessDraft(EvaluationId id, int rowsAffected) const
{
    if (rowsAffected == 1)
        return {};
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM evaluation WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next() && query.value(0).toInt() == 0)
        return fail(ErrorCode::Usage, StoreText::noSuchEvaluation(id));
    return std::unexpected(Error::refused(QStringLiteral("R-REPORT-1"), StoreText::submitted(id)));
}

Result<void> EvaluationStore::saveDraft(const Evaluation& e, const ScoreResult& score)
{
    QSqlQuery update(m_vault.database());
    update.prepare(
        QStringLiteral("UPDATE evaluation SET updated_at = ?, score_total = ?, score_state = ?, "
                       "critical_failed = ? WHERE id = ? AND status = 'draft'"));
    update.addBindValue(m_vault.clock().nowUtc());
    update.addBindValue(score.total ? QVariant(*score.total)
                                    : QVariant(QMetaType(QMetaType::Double)));
    update.addBindValue(scoreStateName(score.state));
    update.addBindValue(score.failed ? 1 : 0);
    update.addBindValue(e.id);
    if (!update.exec())
        return std::unexpected(dbError(update));
    if (auto draft = refuseUnlessDraft(e.id, update.numRowsAffected()); !draft)
        return draft;

    QSqlQuery clear(m_vault.database());
    for (const char* sql : {"DELETE FROM evaluation_score WHERE evaluation_id = ?",
                            "DELETE FROM evaluation_note WHERE evaluation_id = ?"}) {
        clear.prepare(QString::fromLatin1(sql));
        clear.addBindValue(e.id);
        if (!clear.exec())
            return std::unexpected(dbError(clear));
    }
    QSqlQuery answer(m_vault.database());
    answer.prepare(QStringLiteral("INSERT INTO evaluation_score (evaluation_id, criterion_id, "
                                  "value, not_applicable, comment) VALUES (?, ?, ?, ?, ?)"));
    for (auto it = e.answers.cbegin(); it != e.answers.cend(); ++it) {
        const CriterionAnswer& a = it.value();
        if (!a.score.isAnswered() && a.comment.isEmpty())
            continue;
        answer.addBindValue(e.id);
        answer.addBindValue(it.key());
        answer.addBindValue(a.score.value ? QVariant(*a.score.value)
                                          : QVariant(QMetaType(QMetaType::Int)));
        answer.addBindValue(a.score.notApplicable ? 1 : 0);
        answer.addBindValue(a.comment);
        if (!answer.exec())
            return std::unexpected(dbError(answer));
    }
    faultPoint("evaluation:autosave"); // answers replaced, notes not yet: a kill rolls back
    QSqlQuery note(m_vault.database());
    note.prepare(QStringLiteral("INSERT INTO evaluation_note (evaluation_id, at_ms, criterion_id, "
                                "text, created_at) VALUES (?, ?, ?, ?, ?)"));
    for (const TimedNote& n : e.notes) {
        note.addBindValue(e.id);
        note.addBindValue(n.atMs);
        note.addBindValue(n.criterionId);
        note.addBindValue(n.text);
        note.addBindValue(n.createdUtc.isValid() ? n.createdUtc : m_vault.clock().nowUtc());
        if (!note.exec())
            return std::unexpected(dbError(note));
    }
    return {};
}

Result<QDateTime> EvaluationStore::markSubmitted(EvaluationId id)
{
    const QDateTime now = m_vault.clock().nowUtc();
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("UPDATE evaluation SET status = 'submitted', submitted_at = ?, "
                                 "updated_at = ? WHERE id = ? AND status = 'draft'"));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(id);
    if (!query.exec())
        return std::unexpected(dbError(query));
    if (auto draft = refuseUnlessDraft(id, query.numRowsAffected()); !draft)
        return std::unexpected(draft.error());
    return now;
}

std::optional<Evaluation> EvaluationStore::find(EvaluationId id) const
{
    QSqlQuery query(m_vault.database());
    query.prepare(kColumns + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Evaluation e = header(query);

    QSqlQuery answers(m_vault.database());
    answers.prepare(QStringLiteral("SELECT criterion_id, value, not_applicable, comment FROM "
                                   "evaluation_score WHERE evaluation_id = ?"));
    answers.addBindValue(id);
    if (answers.exec()) {
        while (answers.next()) {
            CriterionAnswer a;
            if (!answers.value(1).isNull())
                a.score.value = answers.value(1).toInt();
            a.score.notApplicable = answers.value(2).toInt() != 0;
            a.comment = answers.value(3).toString();
            e.answers.insert(answers.value(0).toString(), a);
        }
    }
    QSqlQuery notes(m_vault.database());
    notes.prepare(QStringLiteral("SELECT at_ms, text, criterion_id, created_at FROM "
                                 "evaluation_note WHERE evaluation_id = ? ORDER BY at_ms, id"));
    notes.addBindValue(id);
    if (notes.exec()) {
        while (notes.next())
            e.notes << TimedNote{notes.value(0).toLongLong(), notes.value(1).toString(),
                                 notes.value(2).toString(), storedUtc(notes.value(3))};
    }
    return e;
}

QList<Evaluation> EvaluationStore::list(const EvaluationFilter& filter) const
{
    QStringList where;
    QVariantList values;
    const auto add = [&](const char* clause, const QVariant& value) {
        where << QString::fromLatin1(clause);
        values << value;
    };
    if (filter.agent)
        add("agent_id = ?", *filter.agent);
    if (filter.evaluator)
        add("evaluator_id = ?", *filter.evaluator);
    if (filter.purpose)
        add("purpose = ?", purposeName(*filter.purpose));
    if (filter.status == EvaluationStatus::Submitted)
        where << QStringLiteral("status <> 'draft'"); // submitted, signed off or not
    else if (filter.status)
        add("status = ?", evaluationStatusName(*filter.status));
    if (filter.kind)
        add("kind = ?", evaluationKindName(*filter.kind));
    if (filter.recording)
        add("recording_id = ?", *filter.recording);
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    query.prepare(kColumns +
                  (where.isEmpty()
                       ? QString()
                       : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))) +
                  QStringLiteral(" ORDER BY id DESC"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    QList<Evaluation> out;
    if (!query.exec())
        return out;
    while (query.next())
        out << header(query);
    return out;
}

QHash<RecordingId, EvaluationStatus> EvaluationStore::coachStatusByRecording() const
{
    QHash<RecordingId, EvaluationStatus> out;
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT recording_id, max(status <> 'draft') FROM evaluation "
                                   "WHERE kind = 'coach' GROUP BY recording_id")))
        return out;
    while (query.next())
        out.insert(query.value(0).toLongLong(),
                   query.value(1).toInt() ? EvaluationStatus::Submitted : EvaluationStatus::Draft);
    return out;
}

QDateTime EvaluationStore::lastAssessmentSubmitted(PersonId agent, const QDateTime& notAfter,
                                                   RecordingId excluding) const
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral(
        "SELECT max(submitted_at) FROM evaluation WHERE agent_id = ? AND purpose = 'assessment' "
        "AND kind = 'coach' AND status <> 'draft' AND recording_id <> ? AND submitted_at <= ?"));
    query.addBindValue(agent);
    query.addBindValue(excluding);
    query.addBindValue(notAfter);
    if (query.exec() && query.next())
        return storedUtc(query.value(0));
    return {};
}

} // namespace cv::core
