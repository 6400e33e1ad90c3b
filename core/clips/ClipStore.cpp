#include "core/clips/ClipStore.h"

#include "core/vault/Vault.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cv::core {

namespace {

Error dbError(const QSqlQuery& query)
{
    return Error{ErrorCode::Io, query.lastError().text(), {}};
}

QVariant nullable(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

ClipStore::ClipStore(Vault& vault)
    : m_vault(vault)
{}

QString ClipStore::redactionsText(const QList<RedactionRegion>& regions)
{
    QStringList parts;
    for (const RedactionRegion& r : regions)
        parts << QStringLiteral("%1-%2:%3").arg(r.startMs).arg(r.endMs).arg(fillName(r.fill));
    return parts.join(QLatin1Char(','));
}

QList<RedactionRegion> ClipStore::redactionsFromText(const QString& text)
{
    QList<RedactionRegion> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList spanFill = part.split(QLatin1Char(':'));
        const QStringList span = spanFill.value(0).split(QLatin1Char('-'));
        RedactionRegion r;
        r.startMs = span.value(0).toLongLong();
        r.endMs = span.value(1).toLongLong();
        r.fill = fillFromName(spanFill.value(1)).value_or(RedactionRegion::Fill::Tone);
        out << r;
    }
    return out;
}

Result<qint64> ClipStore::insert(const ClipRecord& c)
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral(
        "INSERT INTO clip (recording_id, source_purpose, from_ms, to_ms, redactions, disguise, "
        "disguise_semitones, personal, consent_agent_id, consent_given_on, format, loudness_lufs, "
        "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(nullable(c.recording));
    query.addBindValue(purposeName(c.sourcePurpose));
    query.addBindValue(c.fromMs);
    query.addBindValue(c.toMs);
    query.addBindValue(redactionsText(c.redactions));
    query.addBindValue(disguiseName(c.disguise));
    query.addBindValue(c.disguiseSemitones);
    query.addBindValue(c.personal ? 1 : 0);
    query.addBindValue(nullable(c.consentAgent));
    query.addBindValue(c.consentGivenOn.isValid() ? QVariant(c.consentGivenOn.toString(Qt::ISODate))
                                                  : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(c.format);
    query.addBindValue(c.loudnessLufs ? QVariant(*c.loudnessLufs)
                                      : QVariant(QMetaType(QMetaType::Double)));
    query.addBindValue(c.createdBy);
    query.addBindValue(m_vault.clock().nowUtc());
    if (!query.exec())
        return std::unexpected(dbError(query));
    return query.lastInsertId().toLongLong();
}

QList<ClipRecord> ClipStore::select(const QString& where, const QVariantList& values) const
{
    QList<ClipRecord> out;
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral(
                      "SELECT id, recording_id, source_purpose, from_ms, to_ms, redactions, "
                      "disguise, disguise_semitones, personal, consent_agent_id, consent_given_on, "
                      "format, loudness_lufs, created_by, created_at FROM clip ") +
                  where + QStringLiteral(" ORDER BY id"));
    for (const QVariant& v : values)
        query.addBindValue(v);
    if (!query.exec())
        return out;
    while (query.next()) {
        ClipRecord c;
        c.id = query.value(0).toLongLong();
        c.recording = query.value(1).toLongLong();
        c.sourcePurpose = purposeFromName(query.value(2).toString()).value_or(Purpose::Coaching);
        c.fromMs = query.value(3).toLongLong();
        c.toMs = query.value(4).toLongLong();
        c.redactions = redactionsFromText(query.value(5).toString());
        c.disguise = disguiseFromName(query.value(6).toString()).value_or(Disguise::Both);
        c.disguiseSemitones = query.value(7).toInt();
        c.personal = query.value(8).toInt() != 0;
        c.consentAgent = query.value(9).toLongLong();
        c.consentGivenOn = QDate::fromString(query.value(10).toString(), Qt::ISODate);
        c.format = query.value(11).toString();
        if (!query.value(12).isNull())
            c.loudnessLufs = query.value(12).toDouble();
        c.createdBy = query.value(13).toLongLong();
        c.createdUtc = QDateTime::fromString(query.value(14).toString(), Qt::ISODateWithMs);
        out << c;
    }
    return out;
}

QList<ClipRecord> ClipStore::all() const
{
    return select({}, {});
}

QList<ClipRecord> ClipStore::ofRecording(RecordingId recording) const
{
    return select(QStringLiteral("WHERE recording_id = ?"), {recording});
}

Result<int> ClipStore::destroyPersonalClipsOf(RecordingId recording)
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("DELETE FROM clip WHERE recording_id = ? AND personal = 1"));
    query.addBindValue(recording);
    if (!query.exec())
        return std::unexpected(dbError(query));
    const int deleted = query.numRowsAffected();
    QSqlQuery detach(m_vault.database());
    detach.prepare(QStringLiteral("UPDATE clip SET recording_id = NULL WHERE recording_id = ?"));
    detach.addBindValue(recording);
    if (!detach.exec())
        return std::unexpected(dbError(detach));
    return deleted;
}

} // namespace cv::core
