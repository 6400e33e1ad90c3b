#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace cv::core {

// What went wrong, in categories that front ends map to their own reactions
// (the CLI to exit codes, the GUI to a banner or the unlock screen).
enum class ErrorCode
{
    Usage,               // the caller asked for something meaningless
    Refused,             // a rule of GUIDELINE.md refused it; ruleId says which
    BadInput,            // a file, format or manifest is wrong
    WrongKey,            // the key or passphrase does not open this vault
    NotAVault,           // the file is missing, empty, plain SQLite or not ours
    CipherUnavailable,   // SQLCipher is not active: the vault fails closed
    KeychainUnavailable, // no Secret Service / keychain could be reached
    KeyNotFound,         // the keychain has no key for this vault
    AlreadyExists,       // refusing to overwrite an existing file
    Io,                  // the file system failed
    Cancelled,           // the person stopped it; nothing of it was kept
    Internal,            // a bug or an unexpected library failure
};

// A typed error from the core. `message` is translated (tr()) and complete:
// it names what was wrong. A refusal starts its message with the rule ID.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString ruleId; // set only for ErrorCode::Refused

    static Error refused(const QString& ruleId, const QString& message)
    {
        return Error{ErrorCode::Refused, ruleId + QStringLiteral(": ") + message, ruleId};
    }
};

template<typename T = void> using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, const QString& message)
{
    return std::unexpected(Error{code, message, {}});
}

// Process exit codes of coachvault-cli, documented in the README:
// 0 ok, 2 usage, 3 refused by a rule, 4 bad input, 5 locked, 1 anything else
// (a cancelled operation included).
int exitCodeFor(ErrorCode code);

} // namespace cv::core
