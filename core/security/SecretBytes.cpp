#include "core/security/SecretBytes.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace cv::core {

bool initialiseSodium()
{
    return sodium_init() >= 0;
}

SecretBytes::SecretBytes(std::size_t size)
    : m_size(size)
{
    if (size == 0)
        return;
    if (!initialiseSodium())
        throw std::bad_alloc();
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecretBytes::~SecretBytes()
{
    if (m_data)
        sodium_free(m_data); // wipes before freeing
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        if (m_data)
            sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes out(size);
    if (size)
        randombytes_buf(out.m_data, size);
    return out;
}

SecretBytes SecretBytes::copyOf(const void* data, std::size_t size)
{
    SecretBytes out(size);
    if (size)
        std::memcpy(out.m_data, data, size);
    return out;
}

SecretBytes SecretBytes::takeUtf8(QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecretBytes out = takeBytes(utf8);
    wipe(text);
    return out;
}

SecretBytes SecretBytes::takeBytes(QByteArray& bytes)
{
    SecretBytes out = copyOf(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    wipe(bytes);
    return out;
}

SecretBytes SecretBytes::toHex() const
{
    SecretBytes hex(m_size * 2 + 1);
    if (m_size)
        sodium_bin2hex(reinterpret_cast<char*>(hex.m_data), hex.m_size, m_data, m_size);
    hex.m_size = m_size * 2; // the terminating NUL stays inside the allocation
    return hex;
}

SecretBytes SecretBytes::clone() const
{
    return copyOf(m_data, m_size);
}

bool SecretBytes::equals(const SecretBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

QByteArray SecretBytes::exposeCopy() const
{
    return QByteArray(reinterpret_cast<const char*>(m_data), static_cast<qsizetype>(m_size));
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes = QByteArray(); // shared: drop our reference, the owner wipes its own
    else if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

void wipe(QString& text)
{
    if (!text.isEmpty() && text.isDetached())
        sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace cv::core
