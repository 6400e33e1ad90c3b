#include "tests/support/DecryptedPages.h"

#include "core/vault/SqlCipherConnection.h"

#include <QFile>

#include <openssl/evp.h>

namespace cv::test {

namespace {

constexpr int kPageSize = core::CipherSettings::kPageSizeBytes;
constexpr int kIvBytes = 16;
// SQLCipher 3.4 (Debian 12): IV + HMAC-SHA1 (20 bytes), rounded up to whole
// AES blocks: 48 bytes at the end of every page. (With a wrong reserve the
// first block of each page and the last bytes of its content were lost.)
constexpr int kReserve = 48;
constexpr int kSaltBytes = 16;

// One page's plaintext (its reserved tail left out).
QByteArray decryptPage(const char* page, bool first, const QByteArray& key)
{
    const int offset = first ? kSaltBytes : 0;
    const int length = kPageSize - kReserve - offset;
    const auto* iv = reinterpret_cast<const unsigned char*>(page + kPageSize - kReserve);
    QByteArray plain(length, '\0');
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    int written = 0;
    bool ok = EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr,
                                 reinterpret_cast<const unsigned char*>(key.constData()), iv) == 1;
    ok = ok && EVP_CIPHER_CTX_set_padding(ctx, 0) == 1;
    ok =
        ok && EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char*>(plain.data()), &written,
                                reinterpret_cast<const unsigned char*>(page + offset), length) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok ? plain : QByteArray();
}

} // namespace

QByteArray decryptedPages(const QString& path, const QByteArray& key)
{
    QFile file(path);
    if (key.size() != 32 || !file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    QByteArray out;
    for (qsizetype at = 0; at + kPageSize <= bytes.size(); at += kPageSize)
        out += decryptPage(bytes.constData() + at, at == 0, key);
    return out;
}

QByteArray decryptedWalPages(const QString& walPath, const QByteArray& key)
{
    QFile file(walPath);
    if (key.size() != 32 || !file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    constexpr int kWalHeader = 32;
    constexpr int kFrameHeader = 24;
    QByteArray out;
    for (qsizetype at = kWalHeader; at + kFrameHeader + kPageSize <= bytes.size();
         at += kFrameHeader + kPageSize) {
        const auto* header = reinterpret_cast<const unsigned char*>(bytes.constData() + at);
        const quint32 pageNumber = (quint32(header[0]) << 24) | (quint32(header[1]) << 16) |
                                   (quint32(header[2]) << 8) | quint32(header[3]);
        out += decryptPage(bytes.constData() + at + kFrameHeader, pageNumber == 1, key);
    }
    return out;
}

} // namespace cv::test
