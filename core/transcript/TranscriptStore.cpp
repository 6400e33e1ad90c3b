#include "core/transcript/TranscriptStore.h"

#include "core/time/StoredTime.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cv::core {

namespace {

class StoreText
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptStore)
public:
    static QString notAProposal(qint64 id, RecordingId recording)
    {
        return tr("%1 is not a proposal of the transcript of recording %2.").arg(id).arg(recording);
    }
};

Error dbError(const QSqlQuery& query)
{
    return Error{ErrorCode::Io, query.lastError().text(), {}};
}

// Segments are kept as compact JSON: [{"s":ms,"e":ms,"t":"text"},…].
QString segmentsText(const QList<TranscriptSegment>& segments)
{
    QJsonArray array;
    for (const TranscriptSegment& s : segments)
        array.append(QJsonObject{{QStringLiteral("s"), s.startMs},
                                 {QStringLiteral("e"), s.endMs},
                                 {QStringLiteral("t"), s.text}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<TranscriptSegment> segmentsFromText(const QString& text)
{
    QList<TranscriptSegment> out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        out << TranscriptSegment{qint64(o.value(QStringLiteral("s")).toDouble()),
                                 qint64(o.value(QStringLiteral("e")).toDouble()),
                                 o.value(QStringLiteral("t")).toString()};
    }
    return out;
}

// The same finding: a decision carries over only to the very same words at
// the very same time (a corrected transcript with other data in the same cue
// is decided anew).
bool sameStretch(const StoredProposal& a, const StoredProposal& b)
{
    return a.kind == b.kind && a.startMs == b.startMs && a.endMs == b.endMs && a.text == b.text;
}

} // namespace

QString proposalDecisionName(ProposalDecision decision)
{
    switch (decision) {
    case ProposalDecision::Proposed:
        return QStringLiteral("proposed");
    case ProposalDecision::Accepted:
        return QStringLiteral("accepted");
    case ProposalDecision::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<ProposalDecision> proposalDecisionFromName(const QString& name)
{
    for (ProposalDecision d :
         {ProposalDecision::Proposed, ProposalDecision::Accepted, ProposalDecision::Rejected})
        if (proposalDecisionName(d) == name)
            return d;
    return std::nullopt;
}

TranscriptStore::TranscriptStore(Vault& vault)
    : m_vault(vault)
{}

Result<void> TranscriptStore::store(const StoredTranscript& t)
{
    // An update where there is one, not a replace: the proposals refer to
    // the row and keep their decisions across a new import
    // (replaceProposals sorts them out). Debian's SQLCipher predates UPSERT.
    const QString update = QStringLiteral(
        "UPDATE transcript SET format = ?, segments = ?, imported_by = ?, imported_at = ? "
        "WHERE recording_id = ?");
    const QString insert = QStringLiteral(
        "INSERT INTO transcript (format, segments, imported_by, imported_at, recording_id) "
        "VALUES (?, ?, ?, ?, ?)");
    const bool exists = has(t.recording);
    QSqlQuery query(m_vault.database());
    query.prepare(exists ? update : insert);
    query.addBindValue(transcriptFormatName(t.format));
    query.addBindValue(segmentsText(t.segments));
    query.addBindValue(t.importedBy);
    query.addBindValue(m_vault.clock().nowUtc());
    query.addBindValue(t.recording);
    if (!query.exec())
        return std::unexpected(dbError(query));
    return {};
}

std::optional<StoredTranscript> TranscriptStore::find(RecordingId recording) const
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("SELECT format, segments, imported_by, imported_at FROM "
                                 "transcript WHERE recording_id = ?"));
    query.addBindValue(recording);
    if (!query.exec() || !query.next())
        return std::nullopt;
    StoredTranscript t;
    t.recording = recording;
    t.format =
        transcriptFormatFromName(query.value(0).toString()).value_or(TranscriptFormat::WebVtt);
    t.segments = segmentsFromText(query.value(1).toString());
    t.importedBy = query.value(2).toLongLong();
    t.importedUtc = storedUtc(query.value(3));
    return t;
}

bool TranscriptStore::has(RecordingId recording) const
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("SELECT 1 FROM transcript WHERE recording_id = ?"));
    query.addBindValue(recording);
    return query.exec() && query.next();
}

QList<StoredProposal> TranscriptStore::proposals(RecordingId recording) const
{
    QList<StoredProposal> out;
    QSqlQuery query(m_vault.database());
    query.prepare(
        QStringLiteral("SELECT id, kind, text, start_ms, end_ms, decision, decided_by, decided_at "
                       "FROM redaction_proposal WHERE recording_id = ? ORDER BY start_ms, id"));
    query.addBindValue(recording);
    if (!query.exec())
        return out;
    while (query.next()) {
        StoredProposal p;
        p.id = query.value(0).toLongLong();
        p.recording = recording;
        p.kind = pii::piiKindFromName(query.value(1).toString()).value_or(pii::PiiKind::Name);
        p.text = query.value(2).toString();
        p.startMs = query.value(3).toLongLong();
        p.endMs = query.value(4).toLongLong();
        p.decision = proposalDecisionFromName(query.value(5).toString())
                         .value_or(ProposalDecision::Proposed);
        p.decidedBy = query.value(6).toLongLong();
        p.decidedUtc = storedUtc(query.value(7));
        out << p;
    }
    return out;
}

Result<QList<StoredProposal>> TranscriptStore::replaceProposals(RecordingId recording,
                                                                const QList<StoredProposal>& found)
{
    const QList<StoredProposal> before = proposals(recording);
    for (const StoredProposal& old : before) {
        const bool stays = std::any_of(found.cbegin(), found.cend(), [&](const StoredProposal& p) {
            return sameStretch(p, old);
        });
        if (stays)
            continue;
        QSqlQuery drop(m_vault.database());
        drop.prepare(QStringLiteral("DELETE FROM redaction_proposal WHERE id = ?"));
        drop.addBindValue(old.id);
        if (!drop.exec())
            return std::unexpected(dbError(drop));
    }
    for (const StoredProposal& p : found) {
        const bool known =
            std::any_of(before.cbegin(), before.cend(),
                        [&](const StoredProposal& old) { return sameStretch(p, old); });
        if (known)
            continue;
        QSqlQuery insert(m_vault.database());
        insert.prepare(QStringLiteral("INSERT INTO redaction_proposal (recording_id, kind, text, "
                                      "start_ms, end_ms) VALUES (?, ?, ?, ?, ?)"));
        insert.addBindValue(recording);
        insert.addBindValue(pii::piiKindName(p.kind));
        insert.addBindValue(p.text);
        insert.addBindValue(p.startMs);
        insert.addBindValue(p.endMs);
        if (!insert.exec())
            return std::unexpected(dbError(insert));
    }
    return proposals(recording);
}

Result<void> TranscriptStore::decide(RecordingId recording, const QList<qint64>& ids,
                                     ProposalDecision decision, PersonId by)
{
    const QList<StoredProposal> current = proposals(recording);
    for (qint64 id : ids)
        if (std::none_of(current.cbegin(), current.cend(),
                         [id](const StoredProposal& p) { return p.id == id; }))
            return fail(ErrorCode::BadInput, StoreText::notAProposal(id, recording));
    for (qint64 id : ids) {
        QSqlQuery query(m_vault.database());
        query.prepare(QStringLiteral("UPDATE redaction_proposal SET decision = ?, decided_by = ?, "
                                     "decided_at = ? WHERE id = ?"));
        query.addBindValue(proposalDecisionName(decision));
        query.addBindValue(by);
        query.addBindValue(m_vault.clock().nowUtc());
        query.addBindValue(id);
        if (!query.exec())
            return std::unexpected(dbError(query));
    }
    return {};
}

Result<void> TranscriptStore::destroyOf(RecordingId recording)
{
    for (const QString& sql :
         {QStringLiteral("DELETE FROM redaction_proposal WHERE recording_id = ?"),
          QStringLiteral("DELETE FROM transcript WHERE recording_id = ?")}) {
        QSqlQuery query(m_vault.database());
        query.prepare(sql);
        query.addBindValue(recording);
        if (!query.exec())
            return std::unexpected(dbError(query));
    }
    return {};
}

QStringList TranscriptStore::addedNames() const
{
    QStringList out;
    QSqlQuery query(m_vault.database());
    if (!query.exec(QStringLiteral("SELECT name FROM pii_name ORDER BY name")))
        return out;
    while (query.next())
        out << query.value(0).toString();
    return out;
}

Result<QStringList> TranscriptStore::addNames(const QStringList& names, PersonId by)
{
    QStringList added;
    for (const QString& name : names) {
        QSqlQuery query(m_vault.database());
        query.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO pii_name (name, added_by, added_at) VALUES (?, ?, ?)"));
        query.addBindValue(name);
        query.addBindValue(by);
        query.addBindValue(m_vault.clock().nowUtc());
        if (!query.exec())
            return std::unexpected(dbError(query));
        if (query.numRowsAffected() > 0)
            added << name;
    }
    return added;
}

} // namespace cv::core
