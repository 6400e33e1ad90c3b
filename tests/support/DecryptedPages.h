#pragma once

#include <QByteArray>
#include <QString>

namespace cv::test {

// Every page of a vault file (and of its -wal file), decrypted with the raw
// 32-byte `key` the way SQLCipher 4 stores them under the vault's pinned
// settings (64 KiB pages; AES-256-CBC with a 16-byte IV and a 64-byte HMAC
// reserved at each page's end; page 1 starts with the 16-byte salt) — free
// pages included, which sqlcipher_export would skip. For tests that prove
// destroyed data is nowhere in the files (R-RETAIN-3). Empty on error.
QByteArray decryptedPages(const QString& path, const QByteArray& key);
QByteArray decryptedWalPages(const QString& walPath, const QByteArray& key);

} // namespace cv::test
