#include "core/import/ImportBatch.h"

#include "core/admin/Administration.h"
#include "core/audit/AuditLog.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cv::core {

namespace {

class BatchText
{
    Q_DECLARE_TR_FUNCTIONS(ImportBatch)
public:
    static QString notImported(const QString& file)
    {
        return tr("%1: not imported, the import was cancelled").arg(file);
    }
};

} // namespace

ImportBatch::ImportBatch(Vault& vault, Administration& admin)
    : m_admin(admin)
    , m_importer(vault, admin)
{}

ImportSummary ImportBatch::run(const Person& actor, const QList<ImportItem>& items, Purpose purpose,
                               const ImportBatchObserver& observer)
{
    ImportSummary summary;
    const int total = int(items.size());
    const auto report = [&](const ImportBatchProgress& progress) {
        return !observer || observer(progress);
    };
    for (int i = 0; i < total; ++i) {
        const ImportItem& item = items.at(i);
        ImportOutcome outcome;
        outcome.file = item.file;
        if (summary.cancelled || !report({i, total, item.file, 0, 0})) {
            summary.cancelled = true;
            outcome.kind = ImportOutcome::Kind::NotImported;
            outcome.message = BatchText::notImported(item.file);
            ++summary.notImported;
            summary.outcomes.append(outcome);
            continue;
        }
        if (item.isProblem()) {
            if (item.manifestProblem)
                auditBrokenManifest(actor, item);
            outcome.kind = ImportOutcome::Kind::Failed;
            outcome.message = item.problem;
            ++summary.failed;
            summary.outcomes.append(outcome);
            continue;
        }
        bool stopped = false;
        const auto bytes = [&](qint64 done, qint64 size) {
            if (!report({i, total, item.file, done, size}))
                stopped = true;
            return !stopped;
        };
        const auto id = importOne(actor, item.entry, purpose, bytes);
        if (id) {
            outcome.kind = ImportOutcome::Kind::Imported;
            outcome.id = *id;
            ++summary.imported;
        } else if (stopped || id.error().code == ErrorCode::Cancelled) {
            // Cancelled within the call: the importer left nothing of it.
            summary.cancelled = true;
            outcome.kind = ImportOutcome::Kind::NotImported;
            outcome.message = BatchText::notImported(item.file);
            ++summary.notImported;
        } else if (id.error().code == ErrorCode::Refused) {
            outcome.kind = ImportOutcome::Kind::Refused;
            outcome.ruleId = id.error().ruleId;
            outcome.message = id.error().message;
            ++summary.refused;
        } else {
            outcome.kind = ImportOutcome::Kind::Failed;
            outcome.message = id.error().message;
            ++summary.failed;
        }
        summary.cancelled = summary.cancelled || stopped;
        summary.outcomes.append(outcome);
    }
    (void)report({total, total, {}, 0, 0});
    return summary;
}

void ImportBatch::auditBrokenManifest(const Person& actor, const ImportItem& item)
{
    // The manifest's path and what is wrong with it (line and field, never a
    // field's value): no audio file name, which may hold a customer's number.
    AuditRecord record;
    record.actor = actor.id;
    record.action = QStringLiteral("recording.import");
    record.objectType = QStringLiteral("manifest");
    record.objectId = item.file;
    record.outcome = QStringLiteral("failed");
    record.detail = item.problem;
    (void)m_admin.audit().append(record);
}

Result<RecordingId> ImportBatch::importOne(const Person& actor, const ManifestEntry& entry,
                                           Purpose purpose,
                                           const std::function<bool(qint64, qint64)>& bytesProgress)
{
    const qint64 size = QFileInfo(entry.file).size();
    if (!bytesProgress(0, size))
        return fail(ErrorCode::Usage, BatchText::notImported(entry.file));
    // A false from bytesProgress makes the importer stop within the call and
    // leave nothing of it (ErrorCode::Cancelled); run() reports it as
    // not imported.
    auto id = m_importer.importCall(actor, entry, purpose, bytesProgress);
    if (id)
        (void)bytesProgress(size, size);
    return id;
}

} // namespace cv::core
