#pragma once

#include "core/vault/KeyStore.h"

#include <QHash>

namespace cv::test {

// An in-memory KeyStore for unit tests of vault logic. The real keychain
// (Secret Service through QtKeychain) is tested in KeychainRoundTrip.
class MemoryKeyStore final : public core::KeyStore
{
public:
    core::Result<core::SecretBytes> readKey(const QString& account) override
    {
        if (m_unavailable)
            return core::fail(core::ErrorCode::KeychainUnavailable, QStringLiteral("offline"));
        const auto it = m_keys.constFind(account);
        if (it == m_keys.constEnd())
            return core::fail(core::ErrorCode::KeyNotFound, account);
        return core::SecretBytes::copyOf(it->constData(), std::size_t(it->size()));
    }
    core::Result<void> writeKey(const QString& account, const core::SecretBytes& key) override
    {
        if (m_unavailable)
            return core::fail(core::ErrorCode::KeychainUnavailable, QStringLiteral("offline"));
        m_keys.insert(account, key.exposeCopy());
        return {};
    }
    core::Result<void> removeKey(const QString& account) override
    {
        if (m_unavailable)
            return core::fail(core::ErrorCode::KeychainUnavailable, QStringLiteral("offline"));
        m_keys.remove(account);
        return {};
    }

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    bool contains(const QString& account) const { return m_keys.contains(account); }
    qsizetype size() const { return m_keys.size(); }

private:
    QHash<QString, QByteArray> m_keys;
    bool m_unavailable = false;
};

} // namespace cv::test
