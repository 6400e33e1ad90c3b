#pragma once

#include "core/Error.h"
#include "core/security/SecretBytes.h"

#include <QString>

#include <chrono>

namespace cv::core {

// Where a keychain-mode vault's random key is kept, by account name.
// Errors: KeyNotFound when the store answers but has no such entry,
// KeychainUnavailable when the store itself cannot be reached (no session
// bus, no Secret Service, a locked or refusing keychain, a time-out).
class KeyStore
{
public:
    virtual ~KeyStore() = default;
    virtual Result<SecretBytes> readKey(const QString& account) = 0;
    virtual Result<void> writeKey(const QString& account, const SecretBytes& key) = 0;
    virtual Result<void> removeKey(const QString& account) = 0;
};

// The operating system's keychain through QtKeychain: the Secret Service on
// Linux (gnome-keyring, KWallet), Keychain on macOS, Credential Store on
// Windows. Blocking: each call runs a local event loop until QtKeychain
// answers or `timeout` passes, so it must be called from a thread with a
// QCoreApplication and never from inside a paint or key handler.
class SystemKeyStore final : public KeyStore
{
public:
    explicit SystemKeyStore(std::chrono::milliseconds timeout = std::chrono::seconds(15));
    Result<SecretBytes> readKey(const QString& account) override;
    Result<void> writeKey(const QString& account, const SecretBytes& key) override;
    Result<void> removeKey(const QString& account) override;

    static QString serviceName();

private:
    std::chrono::milliseconds m_timeout;
};

} // namespace cv::core
