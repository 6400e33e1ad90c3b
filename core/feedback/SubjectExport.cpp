#include "core/feedback/SubjectExport.h"

#include "core/admin/Administration.h"
#include "core/feedback/FeedbackDesk.h"
#include "core/recordings/RecordingStore.h"
#include "core/scoring/AgentRequestStore.h"
#include "core/scoring/EvaluationStore.h"
#include "core/scoring/ScoreSheet.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace cv::core {

namespace {

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonValue answerJson(const CriterionAnswer& a)
{
    return QJsonObject{
        {QStringLiteral("value"), a.score.value ? QJsonValue(*a.score.value) : QJsonValue()},
        {QStringLiteral("notApplicable"), a.score.notApplicable},
        {QStringLiteral("comment"), a.comment}};
}

QString audioExtension(const Recording& r)
{
    const QString c = r.container.toLower();
    if (c.contains(QLatin1String("wav")))
        return QStringLiteral("wav");
    if (c.contains(QLatin1String("ogg")) || c.contains(QLatin1String("opus")))
        return r.encoding.toLower().contains(QLatin1String("opus")) ? QStringLiteral("opus")
                                                                    : QStringLiteral("ogg");
    if (c.contains(QLatin1String("mp3")) || c.contains(QLatin1String("mpeg")))
        return QStringLiteral("mp3");
    if (c.contains(QLatin1String("flac")))
        return QStringLiteral("flac");
    return QStringLiteral("audio");
}

QString h(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

QJsonObject SubjectExportResult::toJson() const
{
    return {{QStringLiteral("directory"), directory},
            {QStringLiteral("recordings"), recordings},
            {QStringLiteral("audioFiles"), audioFiles},
            {QStringLiteral("evaluations"), evaluations},
            {QStringLiteral("reports"), reports},
            {QStringLiteral("auditEntries"), auditEntries},
            {QStringLiteral("files"), QJsonArray::fromStringList(files)}};
}

QString SubjectExportResult::summary() const
{
    return SubjectExport::tr("Exported to %1: %2 recordings (%3 with audio), %4 evaluations, %5 "
                             "reports, %6 audit entries.")
        .arg(directory)
        .arg(recordings)
        .arg(audioFiles)
        .arg(evaluations)
        .arg(reports)
        .arg(auditEntries);
}

SubjectExport::SubjectExport(Vault& vault, Administration& admin)
    : m_vault(vault)
    , m_admin(admin)
{}

Result<Person> SubjectExport::allowed(const Person& actor, PersonId subjectId)
{
    const std::optional<Person> subject = m_admin.persons().find(subjectId);
    if (!subject)
        return fail(ErrorCode::Usage, tr("There is no person #%1.").arg(subjectId));
    Request request(Action::ExportSubjectData);
    request.subject = &*subject;
    if (auto ok =
            m_admin.decide(actor, request, QStringLiteral("person"), QString::number(subjectId));
        !ok)
        return std::unexpected(ok.error());
    return *subject;
}

Result<QJsonObject> SubjectExport::collect(const Person& actor, PersonId subjectId)
{
    return collect(actor, subjectId, nullptr);
}

Result<QJsonObject> SubjectExport::collect(const Person& actor, PersonId subjectId,
                                           QHash<qint64, ReportInput>* reports)
{
    auto subject = allowed(actor, subjectId);
    if (!subject)
        return std::unexpected(subject.error());
    const Person& p = *subject;
    QMap<PersonId, QString> names;
    const auto nameOf = [&](PersonId id) -> QString {
        if (id == 0)
            return {};
        if (!names.contains(id)) {
            const auto found = m_admin.persons().find(id);
            names.insert(id, found ? found->displayName : QStringLiteral("#%1").arg(id));
        }
        return names.value(id);
    };

    QJsonObject out{{QStringLiteral("format"), QStringLiteral("coachvault-subject-export")},
                    {QStringLiteral("formatVersion"), 1},
                    {QStringLiteral("exportedAt"), iso(m_vault.clock().nowUtc())},
                    {QStringLiteral("exportedBy"), nameOf(actor.id)}};
    QJsonArray roles;
    for (Role role : p.roles)
        roles.append(roleName(role));
    out.insert(
        QStringLiteral("person"),
        QJsonObject{{QStringLiteral("handle"), p.handle},
                    {QStringLiteral("displayName"), p.displayName},
                    {QStringLiteral("roles"), roles},
                    {QStringLiteral("employment"), employmentName(p.employment)},
                    {QStringLiteral("informedOn"), isoDate(p.informedOn)},
                    {QStringLiteral("trainingConsentOn"), isoDate(p.trainingConsent.givenOn)},
                    {QStringLiteral("trainingConsentScope"), p.trainingConsent.scope},
                    {QStringLiteral("active"), p.active}});

    // The policy in force, with its purposes and frequency (R-INFO-1).
    const QDate today = m_vault.clock().nowUtc().date();
    if (const std::optional<Policy> policy = m_admin.policies().activeOn(today)) {
        QJsonObject policyJson = policy->toJson();
        policyJson.remove(QStringLiteral("privateLines")); // never about this person
        out.insert(QStringLiteral("policyInForce"), policyJson);
    }
    // Who is authorised to monitor (R-AUTH-2).
    QJsonArray monitors;
    for (const Authorisation& a : m_admin.authorisationStore().all()) {
        if (a.isRevoked())
            continue;
        monitors.append(QJsonObject{
            {QStringLiteral("name"), nameOf(a.person)},
            {QStringLiteral("purposes"), QJsonArray::fromStringList(purposeNames(a.purposes))},
            {QStringLiteral("validFrom"), isoDate(a.validFrom)}});
    }
    out.insert(QStringLiteral("authorisedToMonitor"), monitors);

    // The recordings about them still held.
    RecordingStore recordings(m_vault);
    QJsonArray recordingList;
    for (const Recording& r : recordings.all()) {
        if (r.agent != p.id)
            continue;
        const bool hasAudio = recordings.chunkCount(r.id) > 0;
        recordingList.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("purpose"), purposeName(r.purpose)},
            {QStringLiteral("callStart"), iso(r.callStartUtc)},
            {QStringLiteral("direction"), directionName(r.direction)},
            {QStringLiteral("queue"), r.queue},
            {QStringLiteral("externalClient"), r.externalClient},
            {QStringLiteral("durationMs"), r.durationMs()},
            {QStringLiteral("container"), r.container},
            {QStringLiteral("encoding"), r.encoding},
            {QStringLiteral("importedAt"), iso(r.importedAtUtc)},
            {QStringLiteral("importedBy"), nameOf(r.importedBy)},
            {QStringLiteral("audioFile"),
             hasAudio ? QStringLiteral("audio/recording-%1.%2").arg(r.id).arg(audioExtension(r))
                      : QString()}});
    }
    out.insert(QStringLiteral("recordings"), recordingList);

    // The evaluations about them: coach evaluations once submitted, their
    // own self-evaluations; each as the evaluation's reading rules allow.
    FeedbackDesk feedback(m_vault, m_admin);
    EvaluationFilter aboutThem;
    aboutThem.agent = p.id;
    QJsonArray evaluations;
    QJsonArray withheld;
    for (const Evaluation& header : EvaluationStore(m_vault).list(aboutThem)) {
        if (header.kind == EvaluationKind::Coach && !header.isSubmitted())
            continue; // in progress: the agent is told once it is submitted
        auto in = feedback.reportInput(actor, header.id);
        if (!in) {
            withheld.append(QJsonObject{{QStringLiteral("id"), header.id},
                                        {QStringLiteral("reason"), in.error().message}});
            continue;
        }
        const FeedbackRecord& r = in->record;
        const Evaluation& e = r.evaluation;
        QJsonObject o{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("recording"), e.recording},
            {QStringLiteral("kind"), evaluationKindName(e.kind)},
            {QStringLiteral("purpose"), purposeName(e.purpose)},
            {QStringLiteral("status"), evaluationStatusName(e.status)},
            {QStringLiteral("evaluator"), nameOf(e.evaluator)},
            {QStringLiteral("template"),
             QJsonObject{{QStringLiteral("key"), in->scorecard.key},
                         {QStringLiteral("name"), in->scorecard.name},
                         {QStringLiteral("version"), in->scorecard.version},
                         {QStringLiteral("publishedAt"), iso(in->scorecard.publishedUtc)}}},
            {QStringLiteral("submittedAt"), iso(e.submittedUtc)},
            {QStringLiteral("total"), e.total ? QJsonValue(*e.total) : QJsonValue()},
            {QStringLiteral("criticalFailed"), e.criticalFailed}};
        const QJsonObject sheet = ScoreSheet::toJson(e, in->scorecard);
        o.insert(QStringLiteral("scores"), sheet.value(QStringLiteral("scores")));
        o.insert(QStringLiteral("notes"), sheet.value(QStringLiteral("notes")));
        QJsonArray adjustments;
        for (const ScoreAdjustment& a : r.adjustments)
            adjustments.append(QJsonObject{{QStringLiteral("criterion"), a.criterionId},
                                           {QStringLiteral("before"), answerJson(a.before)},
                                           {QStringLiteral("after"), answerJson(a.after)},
                                           {QStringLiteral("by"), nameOf(a.adjustedBy)},
                                           {QStringLiteral("at"), iso(a.adjustedUtc)}});
        o.insert(QStringLiteral("adjustments"), adjustments);
        o.insert(QStringLiteral("agentView"), r.agentView);
        if (r.agentSignOff)
            o.insert(QStringLiteral("agentSignOff"),
                     QJsonObject{{QStringLiteral("by"), nameOf(r.agentSignOff->signer)},
                                 {QStringLiteral("agrees"), r.agentSignOff->agrees.value_or(false)},
                                 {QStringLiteral("at"), iso(r.agentSignOff->signedUtc)}});
        if (r.evaluatorSignOff)
            o.insert(QStringLiteral("evaluatorSignOff"),
                     QJsonObject{{QStringLiteral("by"), nameOf(r.evaluatorSignOff->signer)},
                                 {QStringLiteral("at"), iso(r.evaluatorSignOff->signedUtc)}});
        if (r.seal)
            o.insert(QStringLiteral("sha256"), r.seal->sha256);
        QJsonArray disputes;
        for (const Dispute& d : r.disputes)
            disputes.append(
                QJsonObject{{QStringLiteral("openedAt"), iso(d.openedUtc)},
                            {QStringLiteral("reason"), d.reason},
                            {QStringLiteral("resolvedBy"), nameOf(d.resolvedBy.value_or(0))},
                            {QStringLiteral("resolvedAt"), iso(d.resolvedUtc)},
                            {QStringLiteral("resolution"), d.resolution}});
        o.insert(QStringLiteral("disputes"), disputes);
        if (e.kind == EvaluationKind::Coach) {
            o.insert(QStringLiteral("report"),
                     QStringLiteral("reports/evaluation-%1.pdf").arg(e.id));
            if (reports)
                reports->insert(e.id, *in);
        }
        evaluations.append(o);
    }
    out.insert(QStringLiteral("evaluations"), evaluations);
    if (!withheld.isEmpty())
        out.insert(QStringLiteral("evaluationsWithheld"), withheld);

    // Their requests (R-ASSESS-4, R-ASSESS-5).
    QJsonArray requests;
    for (const AgentRequest& r : AgentRequestStore(m_vault).forAgent(p.id))
        requests.append(QJsonObject{{QStringLiteral("kind"), agentRequestKindName(r.kind)},
                                    {QStringLiteral("madeOn"), isoDate(r.madeOn)},
                                    {QStringLiteral("evaluation"), r.evaluation},
                                    {QStringLiteral("note"), r.note},
                                    {QStringLiteral("recordedBy"), nameOf(r.recordedBy)},
                                    {QStringLiteral("recordedAt"), iso(r.recordedUtc)}});
    out.insert(QStringLiteral("requests"), requests);

    // The audit entries about their data, and their own actions that were
    // not about someone else's.
    QMap<qint64, AuditEntry> entries;
    AuditFilter about;
    about.subject = p.id;
    for (const AuditEntry& e : m_admin.audit().list(about))
        entries.insert(e.seq, e);
    AuditFilter own;
    own.actor = p.id;
    for (const AuditEntry& e : m_admin.audit().list(own)) {
        if (!e.subject || *e.subject == p.id)
            entries.insert(e.seq, e);
    }
    QJsonArray audit;
    for (const AuditEntry& e : entries)
        audit.append(QJsonObject{
            {QStringLiteral("seq"), e.seq},
            {QStringLiteral("at"), iso(e.at)},
            {QStringLiteral("actor"), e.actor ? nameOf(*e.actor) : QString()},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("object"), QString(e.objectType + QLatin1Char(' ') + e.objectId)},
            {QStringLiteral("outcome"), e.outcome},
            {QStringLiteral("ruleId"), e.ruleId}});
    out.insert(QStringLiteral("auditEntries"), audit);
    return out;
}

Result<SubjectExportResult> SubjectExport::write(const Person& actor, PersonId subjectId,
                                                 const QString& directory)
{
    QDir dir(directory);
    if (dir.exists() && !dir.isEmpty())
        return fail(ErrorCode::AlreadyExists,
                    tr("%1 is not empty; choose a new or empty folder.").arg(directory));
    QHash<qint64, ReportInput> reports;
    auto data = collect(actor, subjectId, &reports);
    if (!data)
        return std::unexpected(data.error());
    if (!dir.mkpath(QStringLiteral("audio")) || !dir.mkpath(QStringLiteral("reports")))
        return fail(ErrorCode::Io, tr("Cannot create the folder %1.").arg(directory));

    SubjectExportResult result;
    result.directory = dir.absolutePath();
    const auto writeFile = [&](const QString& name, const QByteArray& bytes) -> Result<void> {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::NewOnly) || file.write(bytes) != bytes.size() || !file.flush())
            return fail(ErrorCode::Io,
                        tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        result.files << name;
        return {};
    };

    // The audio, chunk by chunk, as it was received.
    RecordingStore recordings(m_vault);
    const QJsonArray recordingList = data->value(QStringLiteral("recordings")).toArray();
    result.recordings = int(recordingList.size());
    for (const QJsonValue& value : recordingList) {
        const QJsonObject r = value.toObject();
        const QString name = r.value(QStringLiteral("audioFile")).toString();
        if (name.isEmpty())
            continue;
        const RecordingId id = r.value(QStringLiteral("id")).toInteger();
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::NewOnly))
            return fail(ErrorCode::Io,
                        tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        const int chunks = recordings.chunkCount(id);
        for (int seq = 0; seq < chunks; ++seq) {
            auto bytes = recordings.chunk(id, seq);
            if (!bytes)
                return std::unexpected(bytes.error());
            if (file.write(*bytes) != bytes->size())
                return fail(ErrorCode::Io,
                            tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        }
        file.close();
        result.files << name;
        ++result.audioFiles;
    }

    // A report of each coach evaluation, in the language installed now.
    const QJsonArray evaluations = data->value(QStringLiteral("evaluations")).toArray();
    result.evaluations = int(evaluations.size());
    for (const QJsonValue& value : evaluations) {
        const QJsonObject e = value.toObject();
        const QString report = e.value(QStringLiteral("report")).toString();
        const auto in = reports.constFind(e.value(QStringLiteral("id")).toInteger());
        if (report.isEmpty() || in == reports.constEnd())
            continue;
        if (auto written = writeFile(report, EvaluationReport::pdf(*in, QLocale())); !written)
            return std::unexpected(written.error());
        ++result.reports;
    }
    result.auditEntries = int(data->value(QStringLiteral("auditEntries")).toArray().size());

    if (auto written = writeFile(QStringLiteral("data.json"),
                                 QJsonDocument(*data).toJson(QJsonDocument::Indented));
        !written)
        return std::unexpected(written.error());

    // The readable overview.
    const QJsonObject person = data->value(QStringLiteral("person")).toObject();
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") +
        h(tr("Data held about %1").arg(person.value(QStringLiteral("displayName")).toString())) +
        QStringLiteral("</title></head><body>\n<h1>") +
        h(tr("Data held about %1").arg(person.value(QStringLiteral("displayName")).toString())) +
        QStringLiteral("</h1>\n<p>") +
        h(tr("Exported on %1 by %2. The file data.json holds every item; the folder "
             "audio holds the recordings still held, reports the evaluation reports.")
              .arg(data->value(QStringLiteral("exportedAt")).toString(),
                   data->value(QStringLiteral("exportedBy")).toString())) +
        QStringLiteral("</p>\n");
    const auto table = [&](const QString& title, const QJsonArray& rows, const QStringList& keys) {
        html += QStringLiteral("<h2>") + h(title) + QStringLiteral("</h2>\n");
        if (rows.isEmpty()) {
            html += QStringLiteral("<p>") + h(tr("None.")) + QStringLiteral("</p>\n");
            return;
        }
        html += QStringLiteral("<table border=\"1\" cellpadding=\"3\"><tr>");
        for (const QString& key : keys)
            html += QStringLiteral("<th>") + h(key) + QStringLiteral("</th>");
        html += QStringLiteral("</tr>\n");
        for (const QJsonValue& row : rows) {
            html += QStringLiteral("<tr>");
            for (const QString& key : keys) {
                const QJsonValue v = row.toObject().value(key);
                const QString text =
                    v.isString()   ? v.toString()
                    : v.isDouble() ? QString::number(v.toDouble())
                    : v.isBool()   ? (v.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                    : v.isArray()  ? QString::fromUtf8(
                                         QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                    : v.isObject() ? QString::fromUtf8(
                                         QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
                                   : QString();
                html += QStringLiteral("<td>") + h(text) + QStringLiteral("</td>");
            }
            html += QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</table>\n");
    };
    table(tr("Person"), QJsonArray{person},
          {QStringLiteral("handle"), QStringLiteral("displayName"), QStringLiteral("roles"),
           QStringLiteral("employment"), QStringLiteral("informedOn")});
    const QJsonObject policy = data->value(QStringLiteral("policyInForce")).toObject();
    table(tr("Policy in force"), policy.isEmpty() ? QJsonArray{} : QJsonArray{policy},
          {QStringLiteral("version"), QStringLiteral("effectiveFrom"), QStringLiteral("purposes")});
    table(tr("Authorised to monitor"), data->value(QStringLiteral("authorisedToMonitor")).toArray(),
          {QStringLiteral("name"), QStringLiteral("purposes"), QStringLiteral("validFrom")});
    table(tr("Recordings"), recordingList,
          {QStringLiteral("id"), QStringLiteral("purpose"), QStringLiteral("callStart"),
           QStringLiteral("queue"), QStringLiteral("durationMs"), QStringLiteral("audioFile")});
    table(tr("Evaluations"), evaluations,
          {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("purpose"),
           QStringLiteral("status"), QStringLiteral("evaluator"), QStringLiteral("total"),
           QStringLiteral("scores"), QStringLiteral("notes"), QStringLiteral("agentView"),
           QStringLiteral("disputes"), QStringLiteral("report")});
    table(tr("Requests"), data->value(QStringLiteral("requests")).toArray(),
          {QStringLiteral("kind"), QStringLiteral("madeOn"), QStringLiteral("note")});
    table(tr("Who accessed your data (audit)"),
          data->value(QStringLiteral("auditEntries")).toArray(),
          {QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("action"),
           QStringLiteral("object"), QStringLiteral("outcome")});
    html += QStringLiteral("</body></html>\n");
    if (auto written = writeFile(QStringLiteral("overview.html"), html.toUtf8()); !written)
        return std::unexpected(written.error());

    if (auto logged =
            m_admin.record(actor, actionName(Action::ExportSubjectData), QStringLiteral("person"),
                           QString::number(subjectId), subjectId,
                           QStringLiteral("%1 recordings, %2 evaluations, %3 audit entries")
                               .arg(result.recordings)
                               .arg(result.evaluations)
                               .arg(result.auditEntries));
        !logged)
        return std::unexpected(logged.error());
    return result;
}

} // namespace cv::core
