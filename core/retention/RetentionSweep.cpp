#include "core/retention/RetentionSweep.h"

#include "core/admin/Administration.h"
#include "core/audit/AuditLog.h"
#include "core/clips/ClipStore.h"
#include "core/policy/PolicyStore.h"
#include "core/time/StoredTime.h"
#include "core/transcript/TranscriptStore.h"
#include "core/vault/FaultInjection.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cv::core {

namespace {

const QString kRetain1 = QStringLiteral("R-RETAIN-1");
const QString kRetain2 = QStringLiteral("R-RETAIN-2");

Error sqlError(const QSqlQuery& query)
{
    return Error{ErrorCode::Internal, query.lastError().text(), {}};
}

Result<void> exec(Vault& vault, const QString& sql)
{
    QSqlQuery query(vault.database());
    if (!query.exec(sql))
        return std::unexpected(sqlError(query));
    return {};
}

} // namespace

RetentionSweep::RetentionSweep(Vault& vault, Administration& admin)
    : m_vault(vault)
    , m_admin(admin)
{
    // Clips in which the agent stays identifiable go with their recording;
    // anonymised ones stay in the library, detached (R-TRAIN-1, R-RETAIN-3).
    // Transcripts and their redaction proposals go.
    addDestroyer([](Vault& v) -> Result<void> {
        QSqlQuery doomed(v.database());
        doomed.setForwardOnly(true);
        if (!doomed.exec(QStringLiteral("SELECT id FROM temp.doomed")))
            return std::unexpected(sqlError(doomed));
        ClipStore clips(v);
        TranscriptStore transcripts(v);
        while (doomed.next()) {
            const RecordingId recording = doomed.value(0).toLongLong();
            if (auto destroyed = clips.destroyPersonalClipsOf(recording); !destroyed)
                return std::unexpected(destroyed.error());
            // What was said in the call is the call's content: it goes too.
            if (auto destroyed = transcripts.destroyOf(recording); !destroyed)
                return std::unexpected(destroyed.error());
        }
        return {};
    });
}

void RetentionSweep::addDestroyer(Destroyer destroyer)
{
    m_destroyers << std::move(destroyer);
}

QList<Destruction> RetentionSweep::schedule() const
{
    QList<Destruction> out;
    QHash<int, int> termDays; // per policy version
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    const bool ran = query.exec(QStringLiteral(
        "SELECT r.id, r.agent_id, r.purpose, r.policy_version, r.call_start, "
        "(SELECT max(s.signed_at) FROM evaluation e JOIN evaluation_signoff s "
        "   ON s.evaluation_id = e.id AND s.role = 'evaluator' "
        "   WHERE e.recording_id = r.id AND e.kind = 'coach' AND e.status = 'signed'), "
        "k.until_date "
        "FROM recording r LEFT JOIN recording_retention k ON k.recording_id = r.id "
        "WHERE r.id NOT IN (SELECT recording_id FROM recording_tombstone)"));
    if (!ran)
        return out;
    while (query.next()) {
        Destruction d;
        d.recording = query.value(0).toLongLong();
        d.agent = query.value(1).toLongLong();
        d.purpose = purposeFromName(query.value(2).toString()).value_or(Purpose::Coaching);
        if (const QDateTime signedOff = storedUtc(query.value(5)); signedOff.isValid()) {
            d.dueUtc = signedOff;
            d.ruleId = kRetain1;
            d.reason = tr("its evaluation was signed off");
        } else {
            const int version = query.value(3).toInt();
            if (!termDays.contains(version)) {
                const auto policy = m_admin.policies().version(version);
                termDays.insert(version, policy ? policy->evaluationTermDays : -1);
            }
            const int term = termDays.value(version);
            if (term < 0)
                continue; // no known term: never destroyed by guesswork
            d.dueUtc = storedUtc(query.value(4)).addDays(term);
            d.ruleId = kRetain2;
            d.reason = tr("its evaluation term of %n day(s) lapsed without a signed-off "
                          "evaluation",
                          nullptr, term);
        }
        // Retained with the agent's consent: kept to the end of its last day.
        const QDate until = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        if (const QDateTime end(until.addDays(1), QTime(0, 0), Qt::UTC);
            until.isValid() && end > d.dueUtc) {
            d.dueUtc = end;
            d.ruleId = kRetain1;
            d.reason = tr("the retention agreed with the agent ended on %1")
                           .arg(until.toString(Qt::ISODate));
        }
        out << d;
    }
    return out;
}

QList<Destruction> RetentionSweep::due(const QDateTime& nowUtc) const
{
    QList<Destruction> out;
    for (const Destruction& d : schedule())
        if (d.dueUtc <= nowUtc)
            out << d;
    return out;
}

QList<Destruction> RetentionSweep::upcoming(const QDateTime& nowUtc, int days) const
{
    QList<Destruction> out;
    const QDateTime horizon = nowUtc.addDays(days);
    for (const Destruction& d : schedule())
        if (d.dueUtc > nowUtc && d.dueUtc <= horizon)
            out << d;
    std::sort(out.begin(), out.end(),
              [](const Destruction& a, const Destruction& b) { return a.dueUtc < b.dueUtc; });
    return out;
}

Result<SweepReport> RetentionSweep::run(const QDateTime& nowUtc, const QString& by)
{
    QElapsedTimer timer;
    timer.start();
    SweepReport report;
    report.destroyed = due(nowUtc);
    if (report.destroyed.isEmpty()) {
        report.milliseconds = timer.elapsed();
        return report;
    }
    {
        Transaction transaction(m_vault);
        if (!transaction.isOpen())
            return std::unexpected(transaction.error());
        if (auto made = exec(m_vault, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS doomed "
                                                     "(id INTEGER PRIMARY KEY)"));
            !made)
            return std::unexpected(made.error());
        if (auto emptied = exec(m_vault, QStringLiteral("DELETE FROM temp.doomed")); !emptied)
            return std::unexpected(emptied.error());
        QSqlQuery doom(m_vault.database());
        doom.prepare(QStringLiteral("INSERT INTO temp.doomed (id) VALUES (?)"));
        QSqlQuery tomb(m_vault.database());
        tomb.prepare(QStringLiteral("INSERT INTO recording_tombstone (recording_id, destroyed_at, "
                                    "rule_id, reason, destroyed_by) VALUES (?, ?, ?, ?, ?)"));
        for (const Destruction& d : std::as_const(report.destroyed)) {
            doom.addBindValue(d.recording);
            if (!doom.exec())
                return std::unexpected(sqlError(doom));
            tomb.addBindValue(d.recording);
            tomb.addBindValue(nowUtc);
            tomb.addBindValue(d.ruleId);
            tomb.addBindValue(d.reason);
            tomb.addBindValue(by);
            if (!tomb.exec())
                return std::unexpected(sqlError(tomb));
            AuditRecord entry;
            entry.action = QStringLiteral("recording.destroy");
            entry.objectType = QStringLiteral("recording");
            entry.objectId = QString::number(d.recording);
            entry.subject = d.agent;
            entry.ruleId = d.ruleId;
            entry.detail = d.reason + QStringLiteral(" (") + by + QLatin1Char(')');
            if (auto logged = m_admin.audit().append(entry); !logged)
                return std::unexpected(logged.error());
        }
        faultPoint("sweep:tombstoned");
        for (const Destroyer& destroyer : std::as_const(m_destroyers))
            if (auto destroyed = destroyer(m_vault); !destroyed)
                return std::unexpected(destroyed.error());
        for (const QString& sql :
             {QStringLiteral("DELETE FROM audio_chunk WHERE recording_id IN temp.doomed"),
              QStringLiteral("DELETE FROM recording_peaks WHERE recording_id IN temp.doomed"),
              QStringLiteral("DELETE FROM temp.doomed")})
            if (auto deleted = exec(m_vault, sql); !deleted)
                return std::unexpected(deleted.error());
        faultPoint("sweep:deleted");
        if (auto committed = transaction.commit(); !committed)
            return std::unexpected(committed.error());
    }
    // The WAL still holds the pages as they were before; copy them home and
    // empty it, so the deleted audio is nowhere in the files.
    if (auto checkpoint = exec(m_vault, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        !checkpoint)
        return std::unexpected(checkpoint.error());
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace cv::core
