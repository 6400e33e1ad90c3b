#include "app/cli/CliContext.h"

#include "core/admin/Administration.h"
#include "core/retention/RetentionSweep.h"

#include "app/cli/Terminal.h"
#include "core/vault/VaultLocation.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cstdio>

namespace cv::cli {

using core::Error;
using core::ErrorCode;
using core::Result;
using core::SecretBytes;

namespace {

const QString kVaultOption = QStringLiteral("vault");
const QString kPassphraseFileOption = QStringLiteral("passphrase-file");
const QString kJsonOption = QStringLiteral("json");

void writeLine(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return QStringLiteral("usage");
    case ErrorCode::Refused:
        return QStringLiteral("refused");
    case ErrorCode::BadInput:
        return QStringLiteral("bad-input");
    case ErrorCode::WrongKey:
        return QStringLiteral("wrong-key");
    case ErrorCode::NotAVault:
        return QStringLiteral("not-a-vault");
    case ErrorCode::CipherUnavailable:
        return QStringLiteral("cipher-unavailable");
    case ErrorCode::KeychainUnavailable:
        return QStringLiteral("keychain-unavailable");
    case ErrorCode::KeyNotFound:
        return QStringLiteral("key-not-found");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("already-exists");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace

CliContext::CliContext(QCommandLineParser& parser, QStringList positional, const core::Clock& clock)
    : m_parser(parser)
    , m_positional(std::move(positional))
    , m_clock(clock)
{}

void CliContext::addGlobalOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(
        kVaultOption,
        tr("The vault file (default: $COACHVAULT_VAULT, else the user's data folder)."),
        tr("PATH")));
    parser.addOption(QCommandLineOption(
        kPassphraseFileOption,
        tr("Read the vault passphrase from FILE (or set COACHVAULT_PASSPHRASE); without either "
           "the system keychain unlocks the vault."),
        tr("FILE")));
    parser.addOption(QCommandLineOption(kJsonOption, tr("Print the result as one JSON document.")));
}

bool CliContext::json() const
{
    return m_parser.isSet(kJsonOption);
}

QString CliContext::vaultPath() const
{
    if (m_parser.isSet(kVaultOption))
        return m_parser.value(kVaultOption);
    const QString fromEnv = qEnvironmentVariable("COACHVAULT_VAULT");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/CoachVault/vault.cvault");
}

Result<SecretBytes> CliContext::readSecretFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::fail(
            ErrorCode::BadInput,
            tr("Cannot read the passphrase file %1: %2").arg(path, file.errorString()));
    QByteArray bytes = file.readAll();
    // One trailing line break is the file's, not the passphrase's.
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty())
        return core::fail(ErrorCode::BadInput, tr("%1 is empty.").arg(path));
    return SecretBytes::takeBytes(bytes);
}

bool CliContext::passphraseGiven() const
{
    return m_parser.isSet(kPassphraseFileOption) ||
           qEnvironmentVariableIsSet("COACHVAULT_PASSPHRASE");
}

Result<SecretBytes> CliContext::passphrase(bool promptIfMissing, bool confirm)
{
    if (m_parser.isSet(kPassphraseFileOption))
        return readSecretFile(m_parser.value(kPassphraseFileOption));
    if (qEnvironmentVariableIsSet("COACHVAULT_PASSPHRASE")) {
        QByteArray bytes = qgetenv("COACHVAULT_PASSPHRASE");
        if (bytes.isEmpty())
            return core::fail(ErrorCode::BadInput, tr("COACHVAULT_PASSPHRASE is empty."));
        return SecretBytes::takeBytes(bytes);
    }
    if (!promptIfMissing || !stdinIsTerminal())
        return SecretBytes();
    QString first = readSecretLine(tr("Vault passphrase: "));
    if (confirm) {
        QString second = readSecretLine(tr("Repeat the passphrase: "));
        const bool same = first == second;
        core::wipe(second);
        if (!same) {
            core::wipe(first);
            return core::fail(ErrorCode::BadInput, tr("The two passphrases differ."));
        }
    }
    return SecretBytes::takeUtf8(first);
}

Result<SecretBytes> CliContext::newPassphrase(const QString& fileOption)
{
    if (m_parser.isSet(fileOption))
        return readSecretFile(m_parser.value(fileOption));
    if (qEnvironmentVariableIsSet("COACHVAULT_NEW_PASSPHRASE")) {
        QByteArray bytes = qgetenv("COACHVAULT_NEW_PASSPHRASE");
        if (bytes.isEmpty())
            return core::fail(ErrorCode::BadInput, tr("COACHVAULT_NEW_PASSPHRASE is empty."));
        return SecretBytes::takeBytes(bytes);
    }
    if (!stdinIsTerminal())
        return core::fail(
            ErrorCode::Usage,
            tr("Give the new passphrase with --%1 or COACHVAULT_NEW_PASSPHRASE.").arg(fileOption));
    QString first = readSecretLine(tr("New vault passphrase: "));
    QString second = readSecretLine(tr("Repeat the new passphrase: "));
    const bool same = first == second;
    core::wipe(second);
    if (!same) {
        core::wipe(first);
        return core::fail(ErrorCode::BadInput, tr("The two passphrases differ."));
    }
    return SecretBytes::takeUtf8(first);
}

Result<std::unique_ptr<core::Vault>> CliContext::openVault(Sweep sweep)
{
    return openVaultAt(vaultPath(), sweep);
}

Result<std::unique_ptr<core::Vault>> CliContext::openVaultAt(const QString& path, Sweep sweep)
{
    auto opened = [&]() -> Result<std::unique_ptr<core::Vault>> {
        if (passphraseGiven()) {
            auto secret = passphrase(false, false);
            if (!secret)
                return std::unexpected(secret.error());
            return core::Vault::open(path, core::VaultCredential::passphrase(std::move(*secret)),
                                     m_clock);
        }
        auto withKeychain =
            core::Vault::open(path, core::VaultCredential::keychain(m_keyStore), m_clock);
        if (withKeychain || !stdinIsTerminal())
            return withKeychain;
        const ErrorCode code = withKeychain.error().code;
        if (code != ErrorCode::KeyNotFound && code != ErrorCode::KeychainUnavailable &&
            code != ErrorCode::WrongKey)
            return withKeychain;
        writeLine(stderr, withKeychain.error().message);
        auto secret = passphrase(true, false);
        if (!secret)
            return std::unexpected(secret.error());
        if (secret->isEmpty())
            return withKeychain;
        return core::Vault::open(path, core::VaultCredential::passphrase(std::move(*secret)),
                                 m_clock);
    }();
    if (!opened || sweep == Sweep::Not)
        return opened;
    core::Administration admin(**opened);
    core::RetentionSweep retention(**opened, admin);
    if (auto swept = retention.run(m_clock.nowUtc(), tr("sweep at unlock")); !swept)
        return std::unexpected(swept.error());
    return opened;
}

int CliContext::succeed(const QJsonObject& result, const QString& text)
{
    if (json()) {
        QJsonObject document = result;
        document.insert(QStringLiteral("ok"), true);
        writeLine(
            stdout,
            QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)).trimmed());
    } else if (!text.isEmpty()) {
        writeLine(stdout, text);
    }
    return 0;
}

int CliContext::fail(const Error& error)
{
    writeLine(stderr, tr("coachvault-cli: %1").arg(error.message));
    if (json()) {
        QJsonObject detail{{QStringLiteral("code"), errorCodeName(error.code)},
                           {QStringLiteral("message"), error.message}};
        if (!error.ruleId.isEmpty())
            detail.insert(QStringLiteral("rule"), error.ruleId);
        const QJsonObject document{{QStringLiteral("ok"), false},
                                   {QStringLiteral("error"), detail}};
        writeLine(stdout,
                  QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)));
    }
    return core::exitCodeFor(error.code);
}

int CliContext::usage(const QString& message)
{
    return fail(Error{ErrorCode::Usage, message, {}});
}

} // namespace cv::cli
