#pragma once

#include "core/domain/Purpose.h"
#include "core/import/CallImporter.h"
#include "core/import/ImportDiscovery.h"
#include "core/recordings/Recording.h"

#include <QList>
#include <QString>

#include <functional>

namespace cv::core {

class Administration;
class Vault;
struct Person;

// What became of one item of a batch.
struct ImportOutcome
{
    enum class Kind
    {
        Imported,    // `id` is the new recording
        Refused,     // a rule said no: `ruleId` and `message`
        Failed,      // a bad file or manifest, a duplicate…: `message`
        NotImported, // the batch was cancelled before this item was done
    };
    Kind kind = Kind::NotImported;
    QString file; // the audio file (or the manifest or folder a problem is about)
    RecordingId id = 0;
    QString ruleId;
    QString message; // translated; names the file
};

struct ImportSummary
{
    QList<ImportOutcome> outcomes; // one per item, in the items' order
    int imported = 0;
    int refused = 0;
    int failed = 0;
    int notImported = 0;
    bool cancelled = false;
};

// Where a batch is. `index` is the item being worked on (0-based) and equals
// `total` once the batch is done; within an item, `bytesDone` of
// `bytesTotal` of its audio file have been imported (both 0 when unknown).
struct ImportBatchProgress
{
    int index = 0;
    int total = 0;
    QString file;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
};

// Returning false cancels the batch: before the next item, or within the
// current one where the importer can stop (that call then leaves nothing).
using ImportBatchObserver = std::function<bool(const ImportBatchProgress&)>;

// Imports a list of items (ImportDiscovery) for one purpose, one call at a
// time through CallImporter (so every call is ruled and atomic on its own),
// continuing past refusals and failures, and reports every item's outcome.
// The GUI and coachvault-cli import both run through here. A manifest that
// cannot be used is a failed import attempt in the audit trail, like a call
// that fails; an audio file no manifest describes is only reported.
//
// Threading: runs on the calling thread, which must be the vault's. The
// observer is called at the start of each item, while an item is imported,
// and once at the end; a GUI processes its events there.
class ImportBatch final
{
public:
    ImportBatch(Vault& vault, Administration& admin);

    ImportSummary run(const Person& actor, const QList<ImportItem>& items, Purpose purpose,
                      const ImportBatchObserver& observer = {});

private:
    Result<RecordingId> importOne(const Person& actor, const ManifestEntry& entry, Purpose purpose,
                                  const std::function<bool(qint64, qint64)>& bytesProgress);

    void auditBrokenManifest(const Person& actor, const ImportItem& item);

    Administration& m_admin;
    CallImporter m_importer;
};

} // namespace cv::core
