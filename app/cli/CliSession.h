#pragma once

#include "app/cli/CliContext.h"
#include "core/admin/Administration.h"
#include "core/vault/Vault.h"

#include <memory>

namespace cv::cli {

// An unlocked vault with its administration and, for commands that act as a
// person, the person signed in with --as and --pin-file / COACHVAULT_PIN.
struct CliSession
{
    std::unique_ptr<core::Vault> vault;
    std::unique_ptr<core::Administration> admin;
    core::Person actor;
};

void addSignInOptions(QCommandLineParser& parser);
// Opens the vault only (for the bootstrap of an empty vault).
core::Result<CliSession> openSession(CliContext& context);
// The person named by --as (or COACHVAULT_AS) and their PIN or password
// from --pin-file, COACHVAULT_PIN or a prompt, unverified: for commands that
// hand the credential to the core (session sign).
core::Result<std::pair<QString, core::SecretBytes>> personCredential(CliContext& context);
// Signs in to an open session; Usage when --as is missing.
core::Result<void> signIn(CliContext& context, CliSession& session);
// Opens the vault and signs in; Usage when --as is missing.
core::Result<CliSession> signedInSession(CliContext& context);
// A new PIN or password from --new-pin-file / --new-password-file or
// COACHVAULT_NEW_PIN (a PIN) or COACHVAULT_NEW_PASSWORD.
core::Result<std::pair<core::CredentialStore::Kind, core::SecretBytes>>
newCredential(CliContext& context);
QList<QCommandLineOption> newCredentialOptions();

} // namespace cv::cli
