// init, info, passwd, demo: creating, describing and re-keying a vault.
#include "app/cli/CliContext.h"
#include "app/cli/CommandRegistry.h"
#include "core/demo/DemoContent.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace cv::cli {

using core::ErrorCode;
using core::KeyMode;
using core::Vault;
using core::VaultCredential;

namespace {

class VaultCommandText
{
    Q_DECLARE_TR_FUNCTIONS(VaultCommands)
public:
    static QString needPassphrase()
    {
        return tr("Give the passphrase with --passphrase-file FILE or COACHVAULT_PASSPHRASE.");
    }
    static QString created(const QString& path, KeyMode mode)
    {
        return mode == KeyMode::Keychain
                   ? tr("Created vault %1; its key is kept in the system keychain.").arg(path)
                   : tr("Created vault %1; it opens with its passphrase.").arg(path);
    }
    static QString changed(KeyMode mode)
    {
        return mode == KeyMode::Keychain
                   ? tr("The vault is re-encrypted under a new key kept in the system keychain.")
                   : tr("The vault is re-encrypted under the new passphrase.");
    }
    static QString bothModes() { return tr("Choose either --to-keychain or --to-passphrase."); }
    static QString keyModeText(KeyMode mode)
    {
        switch (mode) {
        case KeyMode::Keychain:
            return tr("system keychain");
        case KeyMode::Passphrase:
            return tr("passphrase");
        case KeyMode::Ephemeral:
            return tr("temporary key (demo)");
        }
        return {};
    }
};

const QString kPassphraseFlag = QStringLiteral("passphrase");
const QString kToKeychain = QStringLiteral("to-keychain");
const QString kToPassphrase = QStringLiteral("to-passphrase");
const QString kNewPassphraseFile = QStringLiteral("new-passphrase-file");

// Creates the vault at the context's path, as keychain or passphrase vault.
core::Result<std::unique_ptr<Vault>> createVault(CliContext& context, bool demo)
{
    const bool withPassphrase =
        context.parser().isSet(kPassphraseFlag) || context.passphraseGiven();
    const QString path = context.vaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    Vault::CreateOptions options;
    options.demo = demo;
    if (!withPassphrase)
        return Vault::create(path, VaultCredential::keychain(context.keyStore()), context.clock(),
                             options);
    auto secret = context.passphrase(true, true);
    if (!secret)
        return std::unexpected(secret.error());
    if (secret->isEmpty())
        return core::fail(ErrorCode::Usage, VaultCommandText::needPassphrase());
    return Vault::create(path, VaultCredential::passphrase(std::move(*secret)), context.clock(),
                         options);
}

int reportCreated(CliContext& context, const Vault& vault)
{
    return context.succeed({{QStringLiteral("path"), vault.path()},
                            {QStringLiteral("id"), vault.id().hex()},
                            {QStringLiteral("keyMode"), core::keyModeName(vault.keyMode())}},
                           VaultCommandText::created(vault.path(), vault.keyMode()));
}

int runInit(CliContext& context)
{
    auto vault = createVault(context, false);
    if (!vault)
        return context.fail(vault.error());
    return reportCreated(context, **vault);
}

int runDemo(CliContext& context)
{
    auto vault = createVault(context, true);
    if (!vault)
        return context.fail(vault.error());
    if (auto filled = core::fillDemoContent(**vault); !filled)
        return context.fail(filled.error());
    return reportCreated(context, **vault);
}

int runInfo(CliContext& context)
{
    auto vault = context.openVault();
    if (!vault)
        return context.fail(vault.error());
    auto info = (*vault)->info();
    if (!info)
        return context.fail(info.error());
    QJsonObject counts;
    QStringList countLines;
    for (const auto& [kind, count] : info->counts) {
        counts.insert(kind, count);
        countLines << QStringLiteral("  %1: %2").arg(kind).arg(count);
    }
    const QJsonObject json{
        {QStringLiteral("path"), info->path},
        {QStringLiteral("id"), info->id},
        {QStringLiteral("formatVersion"), info->formatVersion},
        {QStringLiteral("schemaVersion"), info->schemaVersion},
        {QStringLiteral("cipherVersion"), info->cipherVersion},
        {QStringLiteral("sqliteVersion"), info->sqliteVersion},
        {QStringLiteral("keyMode"), core::keyModeName(info->keyMode)},
        {QStringLiteral("pageSizeBytes"), info->pageSizeBytes},
        {QStringLiteral("created"), info->createdUtc.toString(Qt::ISODate)},
        {QStringLiteral("demo"), info->demo},
        {QStringLiteral("fileSizeBytes"), info->fileSizeBytes},
        {QStringLiteral("counts"), counts},
    };
    QString text = CliContext::tr("Vault:            %1\n"
                                  "Id:               %2\n"
                                  "Vault format:     %3 (schema %4)\n"
                                  "SQLCipher:        %5 (SQLite %6)\n"
                                  "Key:              %7\n"
                                  "Page size:        %8 bytes\n"
                                  "Created:          %9")
                       .arg(info->path, info->id)
                       .arg(info->formatVersion)
                       .arg(info->schemaVersion)
                       .arg(info->cipherVersion, info->sqliteVersion,
                            VaultCommandText::keyModeText(info->keyMode))
                       .arg(info->pageSizeBytes)
                       .arg(info->createdUtc.toString(Qt::ISODate));
    if (info->demo)
        text += CliContext::tr("\nDemo vault:       yes");
    if (!countLines.isEmpty())
        text += CliContext::tr("\nHolds:\n") + countLines.join(QLatin1Char('\n'));
    return context.succeed(json, text);
}

int runPasswd(CliContext& context)
{
    const bool toKeychain = context.parser().isSet(kToKeychain);
    const bool toPassphrase = context.parser().isSet(kToPassphrase);
    if (toKeychain && toPassphrase)
        return context.usage(VaultCommandText::bothModes());
    auto vault = context.openVault();
    if (!vault)
        return context.fail(vault.error());
    const KeyMode target = toKeychain     ? KeyMode::Keychain
                           : toPassphrase ? KeyMode::Passphrase
                                          : (*vault)->keyMode();
    core::Result<void> changed;
    if (target == KeyMode::Keychain) {
        changed = (*vault)->changeCredential(VaultCredential::keychain(context.keyStore()));
    } else {
        auto secret = context.newPassphrase(kNewPassphraseFile);
        if (!secret)
            return context.fail(secret.error());
        changed = (*vault)->changeCredential(VaultCredential::passphrase(std::move(*secret)));
    }
    if (!changed)
        return context.fail(changed.error());
    return context.succeed({{QStringLiteral("keyMode"), core::keyModeName(target)}},
                           VaultCommandText::changed(target));
}

} // namespace

void registerVaultCommands(CommandRegistry& registry)
{
    const QCommandLineOption passphraseFlag(
        kPassphraseFlag,
        CliContext::tr("Protect the vault with a passphrase instead of the system keychain."));
    registry.add({QStringLiteral("init"),
                  CliContext::tr("Create a new, empty vault."),
                  {},
                  {passphraseFlag},
                  0,
                  0,
                  runInit});
    registry.add({QStringLiteral("info"),
                  CliContext::tr("Show the vault's format, encryption and contents."),
                  {},
                  {},
                  0,
                  0,
                  runInfo});
    registry.add(
        {QStringLiteral("passwd"),
         CliContext::tr("Re-encrypt the vault under a new key or passphrase."),
         {},
         {QCommandLineOption(kToKeychain,
                             CliContext::tr("Keep the new key in the system keychain.")),
          QCommandLineOption(kToPassphrase, CliContext::tr("Protect the vault with a passphrase.")),
          QCommandLineOption(kNewPassphraseFile,
                             CliContext::tr("Read the new passphrase from FILE (or set "
                                            "COACHVAULT_NEW_PASSPHRASE)."),
                             CliContext::tr("FILE"))},
         0,
         0,
         runPasswd});
    registry.add({QStringLiteral("demo"),
                  CliContext::tr("Create a new vault filled with the demo content."),
                  {},
                  {passphraseFlag},
                  0,
                  0,
                  runDemo});
}

} // namespace cv::cli
