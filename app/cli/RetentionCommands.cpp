// purge, retain, backup, restore: destruction on time and what may come
// back from a backup (docs/retention.md).
#include "app/cli/CliContext.h"
#include "app/cli/CliSession.h"
#include "app/cli/CommandRegistry.h"
#include "core/recordings/RecordingStore.h"
#include "core/retention/RetentionDesk.h"
#include "core/retention/RetentionSweep.h"
#include "core/rules/RulesEngine.h"
#include "core/vault/VaultRekey.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

namespace cv::cli {

using namespace core;

namespace {

const QString kDryRun = QStringLiteral("dry-run");
const QString kConsentDate = QStringLiteral("consent-date");
const QString kReason = QStringLiteral("reason");
const QString kUntil = QStringLiteral("until");
const QString kNewPassphraseFile = QStringLiteral("new-passphrase-file");
const QString kTo = QStringLiteral("to");

class RetentionText
{
    Q_DECLARE_TR_FUNCTIONS(RetentionCommands)
public:
    static QString line(const Destruction& d)
    {
        return tr("recording %1: %2, %3").arg(d.recording).arg(d.ruleId, d.reason);
    }
    static QString wouldGo(qsizetype n)
    {
        return tr("%n recording(s) would be destroyed now.", nullptr, int(n));
    }
    static QString destroyed(qsizetype n, qint64 ms)
    {
        return tr("%n recording(s) destroyed in %1 ms.", nullptr, int(n)).arg(ms);
    }
    static QString badDate(const QString& option)
    {
        return tr("--%1 needs a date as YYYY-MM-DD.").arg(option);
    }
    static QString retained(RecordingId id, const QDate& until)
    {
        return tr("Recording %1 is kept until %2.").arg(id).arg(until.toString(Qt::ISODate));
    }
    static QString noRecording(const QString& id)
    {
        return tr("There is no recording '%1'.").arg(id);
    }
    static QString backupWritten(const QString& path)
    {
        return tr("Encrypted backup written to %1.").arg(path);
    }
    static QString restoreTarget()
    {
        return tr("Give the vault file to restore into with --to PATH.");
    }
    static QString restored(const QString& path, qsizetype destroyed)
    {
        return tr("Restored to %1; the sweep destroyed %n recording(s) that were due.", nullptr,
                  int(destroyed))
            .arg(path);
    }
    static QString exists(const QString& path)
    {
        return tr("%1 already exists; restore never overwrites a vault.").arg(path);
    }
    static QString cannotCopy(const QString& from, const QString& why)
    {
        return tr("Cannot copy %1: %2").arg(from, why);
    }
};

QJsonArray destructionsJson(const QList<Destruction>& list)
{
    QJsonArray out;
    for (const Destruction& d : list)
        out.append(QJsonObject{{QStringLiteral("recording"), d.recording},
                               {QStringLiteral("due"), d.dueUtc.toString(Qt::ISODate)},
                               {QStringLiteral("rule"), d.ruleId},
                               {QStringLiteral("reason"), d.reason}});
    return out;
}

QString linesOf(const QList<Destruction>& list)
{
    QStringList lines;
    for (const Destruction& d : list)
        lines << RetentionText::line(d);
    return lines.join(QLatin1Char('\n'));
}

int runPurge(CliContext& c)
{
    const bool dryRun = c.parser().isSet(kDryRun);
    // Not swept at unlock: the dry run must see what is due, and the purge
    // reports what it destroyed itself.
    auto vault = c.openVault(CliContext::Sweep::Not);
    if (!vault)
        return c.fail(vault.error());
    Administration admin(**vault);
    RetentionSweep sweep(**vault, admin);
    const QDateTime now = (*vault)->clock().nowUtc();
    if (dryRun) {
        const QList<Destruction> due = sweep.due(now);
        QString text = linesOf(due);
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) +
                RetentionText::wouldGo(due.size());
        return c.succeed({{QStringLiteral("dryRun"), true},
                          {QStringLiteral("due"), destructionsJson(due)},
                          {QStringLiteral("upcoming"), destructionsJson(sweep.upcoming(now, 7))}},
                         text);
    }
    auto report = sweep.run(now, CliContext::tr("purge"));
    if (!report)
        return c.fail(report.error());
    QString text = linesOf(report->destroyed);
    text += (text.isEmpty() ? QString() : QStringLiteral("\n")) +
            RetentionText::destroyed(report->destroyed.size(), report->milliseconds);
    return c.succeed({{QStringLiteral("destroyed"), destructionsJson(report->destroyed)},
                      {QStringLiteral("milliseconds"), report->milliseconds}},
                     text);
}

int runRetain(CliContext& c)
{
    bool ok = false;
    const RecordingId id = c.positional().first().toLongLong(&ok);
    if (!ok)
        return c.fail(
            Error{ErrorCode::BadInput, RetentionText::noRecording(c.positional().first()), {}});
    QDate consentOn;
    if (c.parser().isSet(kConsentDate)) {
        consentOn = QDate::fromString(c.parser().value(kConsentDate), Qt::ISODate);
        if (!consentOn.isValid())
            return c.usage(RetentionText::badDate(kConsentDate));
    }
    QDate until;
    if (c.parser().isSet(kUntil)) {
        until = QDate::fromString(c.parser().value(kUntil), Qt::ISODate);
        if (!until.isValid())
            return c.usage(RetentionText::badDate(kUntil));
    }
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    RetentionDesk desk(*session->vault, *session->admin);
    auto grant = desk.retain(session->actor, id, consentOn, c.parser().value(kReason), until);
    if (!grant)
        return c.fail(grant.error());
    return c.succeed({{QStringLiteral("recording"), id},
                      {QStringLiteral("consentOn"), grant->consentOn.toString(Qt::ISODate)},
                      {QStringLiteral("until"), grant->until.toString(Qt::ISODate)},
                      {QStringLiteral("reason"), grant->reason}},
                     RetentionText::retained(id, grant->until));
}

int runBackup(CliContext& c)
{
    const QString target = c.positional().first();
    auto session = signedInSession(c);
    if (!session)
        return c.fail(session.error());
    Request request(Action::BackupVault);
    if (auto allowed = session->admin->decide(session->actor, request, QStringLiteral("vault"),
                                              QStringLiteral("backup"));
        !allowed)
        return c.fail(allowed.error());
    std::optional<SecretBytes> passphrase;
    if (c.parser().isSet(kNewPassphraseFile) ||
        qEnvironmentVariableIsSet("COACHVAULT_NEW_PASSPHRASE")) {
        auto secret = c.newPassphrase(kNewPassphraseFile);
        if (!secret)
            return c.fail(secret.error());
        passphrase = std::move(*secret);
    }
    if (auto written = session->vault->writeBackup(target, passphrase ? &*passphrase : nullptr);
        !written)
        return c.fail(written.error());
    AuditRecord entry;
    entry.actor = session->actor.id;
    entry.action = actionName(Action::BackupVault);
    entry.objectType = QStringLiteral("vault");
    entry.objectId = QStringLiteral("backup");
    entry.detail = passphrase ? QStringLiteral("new passphrase") : QStringLiteral("same key");
    (void)session->admin->audit().append(entry);
    return c.succeed({{QStringLiteral("backup"), target},
                      {QStringLiteral("newPassphrase"), passphrase.has_value()}},
                     RetentionText::backupWritten(target));
}

int runRestore(CliContext& c)
{
    const QString backup = c.positional().first();
    const QString target = c.parser().value(kTo);
    if (target.isEmpty())
        return c.usage(RetentionText::restoreTarget());
    if (QFileInfo::exists(target))
        return c.fail(Error{ErrorCode::AlreadyExists, RetentionText::exists(target), {}});
    if (!QFileInfo::exists(backup))
        return c.fail(Error{ErrorCode::BadInput,
                            RetentionText::cannotCopy(backup, QStringLiteral("no such file")),
                            {}});
    // The encrypted bytes are copied under a name nothing opens; the sweep
    // runs on them before the copy gets its name, so no command, and no
    // person, ever reads a destroyed call from a backup.
    const QString staging = target + QStringLiteral(".restoring");
    removeVaultFiles(staging);
    if (!QFile::copy(backup, staging))
        return c.fail(Error{
            ErrorCode::Io, RetentionText::cannotCopy(backup, QStringLiteral("copy failed")), {}});
    QList<Destruction> destroyed;
    {
        auto vault = c.openVaultAt(staging, CliContext::Sweep::Not);
        if (!vault) {
            removeVaultFiles(staging);
            return c.fail(vault.error());
        }
        Administration admin(**vault);
        RetentionSweep sweep(**vault, admin);
        auto report = sweep.run((*vault)->clock().nowUtc(), CliContext::tr("sweep at restore"));
        if (!report) {
            vault->reset();
            removeVaultFiles(staging);
            return c.fail(report.error());
        }
        destroyed = report->destroyed;
    }
    if (!QFile::rename(staging, target)) {
        removeVaultFiles(staging);
        return c.fail(Error{
            ErrorCode::Io, RetentionText::cannotCopy(backup, QStringLiteral("rename failed")), {}});
    }
    syncPath(QFileInfo(target).absolutePath());
    return c.succeed({{QStringLiteral("restored"), target},
                      {QStringLiteral("destroyed"), destructionsJson(destroyed)}},
                     RetentionText::restored(target, destroyed.size()));
}

} // namespace

void registerRetentionCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("purge"),
                  CliContext::tr("Destroy the recordings that are due (R-RETAIN-1/2), for a "
                                 "nightly job; --dry-run lists them and why."),
                  {},
                  {QCommandLineOption(kDryRun, CliContext::tr("Only list what would go."))},
                  0,
                  0,
                  runPurge});
    registry.add(
        {QStringLiteral("retain"),
         CliContext::tr("Keep a recording beyond its term, with the agent's written consent, a "
                        "reason and an end date (R-RETAIN-1)."),
         QStringLiteral("RECORDING"),
         {QCommandLineOption(kConsentDate, CliContext::tr("When the agent consented in writing."),
                             CliContext::tr("DATE")),
          QCommandLineOption(kReason, CliContext::tr("Why it must be kept."),
                             CliContext::tr("TEXT")),
          QCommandLineOption(kUntil, CliContext::tr("The last day it is kept."),
                             CliContext::tr("DATE"))},
         1,
         1,
         runRetain});
    registry.add(
        {QStringLiteral("backup"),
         CliContext::tr("Write an encrypted copy of the vault: same key, or a new passphrase "
                        "(--new-passphrase-file or COACHVAULT_NEW_PASSPHRASE)."),
         QStringLiteral("OUT"),
         {QCommandLineOption(kNewPassphraseFile,
                             CliContext::tr("Protect the copy with the passphrase in FILE."),
                             CliContext::tr("FILE"))},
         1,
         1,
         runBackup});
    registry.add(
        {QStringLiteral("restore"),
         CliContext::tr("Restore a backup into a new vault file; the retention sweep runs before "
                        "anything can read it."),
         QStringLiteral("BACKUP"),
         {QCommandLineOption(kTo, CliContext::tr("The vault file to create."),
                             CliContext::tr("PATH"))},
         1,
         1,
         runRestore});
}

} // namespace cv::cli
