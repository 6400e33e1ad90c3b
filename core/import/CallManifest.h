#pragma once

#include "core/Error.h"
#include "core/recordings/Recording.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace cv::core {

// One call as the telephony platform's export describes it. The remote
// number, when given, is only compared with the private-line list (R-SCOPE-3)
// and never stored (R-MIN-1).
struct ManifestEntry
{
    QString file; // absolute path of the audio file
    QString agentHandle;
    QDateTime callStart; // with its UTC offset
    CallDirection direction = CallDirection::Inbound;
    QString queue;
    bool recordingNoticeGiven = false;
    bool markedPrivate = false;
    AgentChannel agentChannel = AgentChannel::Mono;
    QString externalClient;
    QString remoteNumber;
    // Columns or keys the manifest has beyond the documented ones, by name.
    // Never stored; shown to the rules engine as metadata so that a field
    // carrying the customer's personal data is refused (R-MIN-1).
    QHash<QString, QString> otherFields;
    QString origin; // "manifest.csv line 4", for messages
};

// The manifest formats of docs/manifest.md: a JSON document (a manifest with
// "calls", or a sidecar describing one file) and CSV with a header row.
// Relative file names are resolved against the manifest's folder. Errors are
// BadInput naming the file, the line or entry, the field and the reason.
class CallManifest final
{
public:
    static Result<QList<ManifestEntry>> read(const QString& path);
    static Result<QList<ManifestEntry>> parseJson(const QByteArray& json, const QString& path);
    static Result<QList<ManifestEntry>> parseCsv(const QByteArray& csv, const QString& path);
};

} // namespace cv::core
