#pragma once

#include "core/security/SecretBytes.h"
#include "core/vault/Vault.h"

#include <QByteArray>
#include <QString>

namespace cv::test {

inline core::SecretBytes secret(const char* text)
{
    return core::SecretBytes::copyOf(text, qstrlen(text));
}

inline core::VaultCredential passphrase(const char* text)
{
    return core::VaultCredential::passphrase(secret(text));
}

// Every byte of a file, for "is this in there?" scans.
QByteArray readAll(const QString& path);

} // namespace cv::test
