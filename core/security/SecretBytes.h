#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace cv::core {

// Key material in locked, guarded memory (libsodium sodium_malloc): never
// swapped, never in a core dump, wiped when freed. Move-only. Anything secret
// — a vault key, a passphrase's UTF-8 bytes, a key's hex form — lives here and
// nowhere else for longer than a call.
class SecretBytes final
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    static SecretBytes random(std::size_t size);
    static SecretBytes copyOf(const void* data, std::size_t size);
    // Takes the UTF-8 form of `text` and overwrites the QString's own buffer
    // (when it is not shared) so the plain copy does not linger.
    static SecretBytes takeUtf8(QString& text);
    // Copies `bytes` and then overwrites the QByteArray's buffer.
    static SecretBytes takeBytes(QByteArray& bytes);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Lower-case hex, itself secret.
    SecretBytes toHex() const;
    SecretBytes clone() const;
    // Constant-time comparison.
    bool equals(const SecretBytes& other) const;
    // A QByteArray copy for APIs that insist on one (QtKeychain); the caller
    // wipes it with wipe() as soon as the API returns.
    QByteArray exposeCopy() const;

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Overwrites a QByteArray's buffer if it owns it alone.
void wipe(QByteArray& bytes);
// Overwrites a QString's buffer if it owns it alone.
void wipe(QString& text);

// Must succeed before any other cryptographic call; idempotent.
bool initialiseSodium();

} // namespace cv::core
