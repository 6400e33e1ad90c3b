#include "app/cli/CliSession.h"

#include "app/cli/Terminal.h"

#include <QFile>

namespace cv::cli {

using core::ErrorCode;
using core::Result;
using core::SecretBytes;

namespace {
const QString kAs = QStringLiteral("as");
const QString kPinFile = QStringLiteral("pin-file");
const QString kNewPinFile = QStringLiteral("new-pin-file");
const QString kNewPasswordFile = QStringLiteral("new-password-file");

Result<SecretBytes> secretFromEnv(const char* name)
{
    QByteArray bytes = qgetenv(name);
    return SecretBytes::takeBytes(bytes);
}
} // namespace

void addSignInOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(
        kAs, CliContext::tr("Act as PERSON (sign-in name; or set COACHVAULT_AS)."),
        CliContext::tr("PERSON")));
    parser.addOption(QCommandLineOption(
        kPinFile,
        CliContext::tr("Read that person's PIN or password from FILE (or set COACHVAULT_PIN)."),
        CliContext::tr("FILE")));
}

QList<QCommandLineOption> newCredentialOptions()
{
    return {QCommandLineOption(
                kNewPinFile,
                CliContext::tr("Read the new PIN from FILE (or set COACHVAULT_NEW_PIN)."),
                CliContext::tr("FILE")),
            QCommandLineOption(
                kNewPasswordFile,
                CliContext::tr("Read the new password from FILE (or set COACHVAULT_NEW_PASSWORD)."),
                CliContext::tr("FILE"))};
}

Result<std::pair<core::CredentialStore::Kind, SecretBytes>> newCredential(CliContext& context)
{
    using Kind = core::CredentialStore::Kind;
    const auto& parser = context.parser();
    Result<SecretBytes> secret = std::unexpected(core::Error{});
    Kind kind = Kind::Pin;
    if (parser.isSet(kNewPinFile)) {
        secret = CliContext::readSecretFile(parser.value(kNewPinFile));
    } else if (parser.isSet(kNewPasswordFile)) {
        kind = Kind::Password;
        secret = CliContext::readSecretFile(parser.value(kNewPasswordFile));
    } else if (qEnvironmentVariableIsSet("COACHVAULT_NEW_PIN")) {
        secret = secretFromEnv("COACHVAULT_NEW_PIN");
    } else if (qEnvironmentVariableIsSet("COACHVAULT_NEW_PASSWORD")) {
        kind = Kind::Password;
        secret = secretFromEnv("COACHVAULT_NEW_PASSWORD");
    } else {
        return core::fail(
            ErrorCode::Usage,
            CliContext::tr("Give the new PIN with --new-pin-file FILE or COACHVAULT_NEW_PIN "
                           "(or a password with --new-password-file)."));
    }
    if (!secret)
        return std::unexpected(secret.error());
    return std::pair{kind, std::move(*secret)};
}

Result<CliSession> openSession(CliContext& context)
{
    auto vault = context.openVault();
    if (!vault)
        return std::unexpected(vault.error());
    CliSession session;
    session.vault = std::move(*vault);
    session.admin = std::make_unique<core::Administration>(*session.vault);
    return session;
}

Result<std::pair<QString, SecretBytes>> personCredential(CliContext& context)
{
    const auto& parser = context.parser();
    const QString handle =
        parser.isSet(kAs) ? parser.value(kAs) : qEnvironmentVariable("COACHVAULT_AS");
    if (handle.isEmpty())
        return core::fail(
            ErrorCode::Usage,
            CliContext::tr("This command acts as a person: give --as PERSON and the PIN "
                           "with --pin-file FILE or COACHVAULT_PIN."));
    Result<SecretBytes> secret = std::unexpected(core::Error{});
    if (parser.isSet(kPinFile)) {
        secret = CliContext::readSecretFile(parser.value(kPinFile));
    } else if (qEnvironmentVariableIsSet("COACHVAULT_PIN")) {
        secret = secretFromEnv("COACHVAULT_PIN");
    } else if (stdinIsTerminal()) {
        QString typed = readSecretLine(CliContext::tr("PIN or password for %1: ").arg(handle));
        secret = SecretBytes::takeUtf8(typed);
    } else {
        return core::fail(
            ErrorCode::Usage,
            CliContext::tr("Give the PIN of %1 with --pin-file FILE or COACHVAULT_PIN.")
                .arg(handle));
    }
    if (!secret)
        return std::unexpected(secret.error());
    return std::pair{handle, std::move(*secret)};
}

Result<void> signIn(CliContext& context, CliSession& session)
{
    auto credential = personCredential(context);
    if (!credential)
        return std::unexpected(credential.error());
    auto person = session.admin->signIn(credential->first, credential->second);
    if (!person)
        return std::unexpected(person.error());
    session.actor = *person;
    return {};
}

Result<CliSession> signedInSession(CliContext& context)
{
    const auto& parser = context.parser();
    if (!parser.isSet(kAs) && qEnvironmentVariableIsEmpty("COACHVAULT_AS"))
        return core::fail(
            ErrorCode::Usage,
            CliContext::tr("This command acts as a person: give --as PERSON and the PIN "
                           "with --pin-file FILE or COACHVAULT_PIN."));
    auto session = openSession(context);
    if (!session)
        return session;
    if (auto signedIn = signIn(context, *session); !signedIn)
        return std::unexpected(signedIn.error());
    return session;
}

} // namespace cv::cli
