#include "core/demo/DemoCalls.h"

#include "core/import/CallImporter.h"
#include "core/import/CallManifest.h"
#include "core/transcript/TranscriptDesk.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <algorithm>

namespace cv::core {

namespace {

class DemoCallText
{
    Q_DECLARE_TR_FUNCTIONS(DemoCalls)
public:
    static QString unplanned(const QString& file)
    {
        return tr("The demo call %1 has no coach and purpose in the demo content").arg(file);
    }
    static QString notImported(const QString& file, const QString& why)
    {
        return tr("The demo call %1 could not be imported: %2").arg(file, why);
    }
};

// Who samples which call, for what, and how many days before "now" it took
// place (moved back to the Friday when that is a weekend day). The demo
// policy samples coaching 4 calls a month and assessment 6 a quarter per
// agent; no agent gets more than two calls here, so every call passes
// R-PURPOSE-2 whatever the date. The agents sanne, tom and fatima were
// informed 60, 45 and 30 days before "now" (R-INFO-1); linda may coach, only
// karim may also assess (R-AUTH-1).
struct DemoCall
{
    const char* file;
    const char* coach;
    Purpose purpose;
    int daysAgo;
};

constexpr DemoCall kDemoCalls[] = {
    {"01-paspoort.wav", "linda", Purpose::Coaching, 9},
    {"02-grofvuil.opus", "karim", Purpose::Coaching, 8},
    {"03-parkeervergunning.wav", "karim", Purpose::Assessment, 6},
    {"04-klacht-lantaarnpaal.ogg", "linda", Purpose::Coaching, 4},
    {"05-terugbetaling.ogg", "karim", Purpose::Coaching, 2},
};

} // namespace

QString demoCallsFolder()
{
    return QStringLiteral(":/demo/calls");
}

Result<void> importDemoCalls(Vault& vault, Administration& admin,
                             const QHash<QString, Person>& people)
{
    auto entries = CallManifest::read(demoCallsFolder() + QStringLiteral("/manifest.json"));
    if (!entries)
        return std::unexpected(entries.error());
    const QDate today = vault.clock().nowUtc().date();
    CallImporter importer(vault, admin);
    for (ManifestEntry entry : *entries) {
        const QString file = QFileInfo(entry.file).fileName();
        const auto* call = std::ranges::find_if(
            kDemoCalls, [&](const DemoCall& c) { return file == QLatin1String(c.file); });
        if (call == std::ranges::end(kDemoCalls))
            return fail(ErrorCode::Internal, DemoCallText::unplanned(file));
        QDate day = today.addDays(-call->daysAgo);
        while (day.dayOfWeek() > 5) // the contact centre is closed at weekends
            day = day.addDays(-1);
        entry.callStart =
            QDateTime(day, entry.callStart.time(), QTimeZone(entry.callStart.offsetFromUtc()));
        const Person coach = people.value(QString::fromLatin1(call->coach));
        // A refusal here is a bug in the demo data, not the user's doing.
        auto imported = importer.importCall(coach, entry, call->purpose);
        if (!imported)
            return fail(ErrorCode::Internal,
                        DemoCallText::notImported(file, imported.error().message));
        // The coaching calls come with their transcripts, so the Clips area
        // shows the personal data proposed for redaction (docs/transcripts.md).
        if (call->purpose != Purpose::Coaching)
            continue;
        QFile vtt(demoCallsFolder() + QLatin1Char('/') + QFileInfo(file).completeBaseName() +
                  QStringLiteral(".vtt"));
        if (!vtt.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Internal,
                        DemoCallText::notImported(vtt.fileName(), vtt.errorString()));
        if (auto transcript =
                TranscriptDesk(vault, admin).importTranscript(coach, *imported, vtt.readAll());
            !transcript)
            return fail(ErrorCode::Internal,
                        DemoCallText::notImported(vtt.fileName(), transcript.error().message));
    }
    return {};
}

} // namespace cv::core
