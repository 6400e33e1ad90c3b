#pragma once

#include "core/Error.h"
#include "core/security/SecretBytes.h"
#include "core/time/Clock.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace cv::cli {

// Everything a command needs: its parsed options, the global options
// (--vault, --passphrase-file, --json), how to unlock the vault, and how to
// report a result or an error the way every command does (one JSON document
// on stdout with --json; errors one line on stderr; exit codes of
// cv::core::exitCodeFor).
class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    CliContext(QCommandLineParser& parser, QStringList positional, const core::Clock& clock);

    static void addGlobalOptions(QCommandLineParser& parser);

    const QCommandLineParser& parser() const { return m_parser; }
    const QStringList& positional() const { return m_positional; }
    bool json() const;
    QString vaultPath() const;
    const core::Clock& clock() const { return m_clock; }
    core::KeyStore& keyStore() { return m_keyStore; }

    // The vault passphrase from --passphrase-file, COACHVAULT_PASSPHRASE or,
    // on a terminal, a prompt (twice when `confirm`). Empty = none given.
    core::Result<core::SecretBytes> passphrase(bool promptIfMissing, bool confirm);
    bool passphraseGiven() const;
    // A new passphrase for passwd: --new-passphrase-file,
    // COACHVAULT_NEW_PASSPHRASE, or a prompt twice.
    core::Result<core::SecretBytes> newPassphrase(const QString& fileOption);

    // Opens the vault: with a passphrase when one is given, else with the
    // keychain, falling back to a passphrase prompt on a terminal. Then the
    // retention sweep destroys what is due (R-RETAIN-1/2) before any command
    // reads the vault; if it fails, the vault is not handed out (fail closed).
    // `purge --dry-run` and `restore` open without the sweep.
    enum class Sweep
    {
        AtUnlock,
        Not,
    };
    core::Result<std::unique_ptr<core::Vault>> openVault(Sweep sweep = Sweep::AtUnlock);
    core::Result<std::unique_ptr<core::Vault>> openVaultAt(const QString& path, Sweep sweep);

    int succeed(const QJsonObject& result, const QString& text);
    int fail(const core::Error& error);
    int usage(const QString& message);

    // A secret from a file: one trailing line break is the file's, not the
    // secret's; an empty or unreadable file is bad input.
    static core::Result<core::SecretBytes> readSecretFile(const QString& path);

private:
    QCommandLineParser& m_parser;
    QStringList m_positional;
    const core::Clock& m_clock;
    core::SystemKeyStore m_keyStore;
};

} // namespace cv::cli
