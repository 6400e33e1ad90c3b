#include "core/demo/DemoContent.h"

#include "core/vault/Vault.h"

namespace cv::core {

Result<void> fillDemoContent(Vault& vault)
{
    // The foundation holds no people, policy or calls yet; later parts of
    // the product add their demo content here, in dependency order.
    return vault.setPreference(QStringLiteral("inactivity_lock_minutes"), QStringLiteral("5"));
}

Result<std::unique_ptr<Vault>> createEphemeralDemoVault(const QString& path, const Clock& clock)
{
    Vault::CreateOptions options;
    options.demo = true;
    auto vault = Vault::create(
        path, VaultCredential::ephemeralKey(SecretBytes::random(kVaultKeyBytes)), clock, options);
    if (!vault)
        return vault;
    if (auto filled = fillDemoContent(**vault); !filled)
        return std::unexpected(filled.error());
    return vault;
}

} // namespace cv::core
