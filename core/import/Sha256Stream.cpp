#include "core/import/Sha256Stream.h"

#include <openssl/evp.h>

namespace cv::core {

struct Sha256Stream::Context
{
    EVP_MD_CTX* md = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(md); }
};

Sha256Stream::Sha256Stream()
    : m_context(std::make_unique<Context>())
{
    EVP_DigestInit_ex(m_context->md, EVP_sha256(), nullptr);
    m_thread = std::thread([this] { run(); });
}

Sha256Stream::~Sha256Stream()
{
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void Sha256Stream::add(const QByteArray& bytes)
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < kMaxQueued; });
        m_queue.push_back(bytes);
    }
    m_changed.notify_all();
}

QString Sha256Stream::hexDigest()
{
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    return m_hex;
}

void Sha256Stream::run()
{
    for (;;) {
        QByteArray bytes;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_finished; });
            if (m_queue.empty())
                break; // finished, and everything is hashed
            bytes = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all();
        EVP_DigestUpdate(m_context->md, bytes.constData(), std::size_t(bytes.size()));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->md, digest, &length);
    m_hex =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
}

} // namespace cv::core
