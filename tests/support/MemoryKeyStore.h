#pragma once

#include "core/Error.h"
#include "core/vault/KeyStore.h"

#include <QString>

#include <map>

namespace cv::test {

// A keychain in memory for widget tests: deterministic, instant, and able to
// play an unreachable keychain (setUnavailable) or a lost entry (removeKey).
class MemoryKeyStore final : public core::KeyStore
{
public:
    core::Result<core::SecretBytes> readKey(const QString& account) override
    {
        ++m_reads;
        if (!m_unavailable.isEmpty())
            return core::fail(core::ErrorCode::KeychainUnavailable, m_unavailable);
        const auto it = m_keys.find(account);
        if (it == m_keys.end())
            return core::fail(core::ErrorCode::KeyNotFound,
                              QStringLiteral("No key for %1.").arg(account));
        return it->second.clone();
    }

    core::Result<void> writeKey(const QString& account, const core::SecretBytes& key) override
    {
        if (!m_unavailable.isEmpty())
            return core::fail(core::ErrorCode::KeychainUnavailable, m_unavailable);
        m_keys.insert_or_assign(account, key.clone());
        return {};
    }

    core::Result<void> removeKey(const QString& account) override
    {
        if (!m_unavailable.isEmpty())
            return core::fail(core::ErrorCode::KeychainUnavailable, m_unavailable);
        m_keys.erase(account);
        return {};
    }

    // A non-empty reason makes every call fail with KeychainUnavailable.
    void setUnavailable(const QString& reason) { m_unavailable = reason; }
    int reads() const { return m_reads; }
    std::size_t size() const { return m_keys.size(); }
    bool contains(const QString& account) const { return m_keys.count(account) > 0; }

private:
    std::map<QString, core::SecretBytes> m_keys;
    QString m_unavailable;
    int m_reads = 0;
};

} // namespace cv::test
