#include "core/vault/VaultKey.h"

#include <QCoreApplication>

#include <sodium.h>

namespace cv::core {

namespace {
class VaultKeyText
{
    Q_DECLARE_TR_FUNCTIONS(VaultKey)
public:
    static QString emptyPassphrase() { return tr("The passphrase is empty."); }
    static QString kdfFailed()
    {
        return tr("Not enough memory to derive the key from the passphrase.");
    }
};
} // namespace

QString keyModeName(KeyMode mode)
{
    switch (mode) {
    case KeyMode::Keychain:
        return QStringLiteral("keychain");
    case KeyMode::Passphrase:
        return QStringLiteral("passphrase");
    case KeyMode::Ephemeral:
        return QStringLiteral("ephemeral");
    }
    return {};
}

VaultId::VaultId(QByteArray salt)
    : m_salt(std::move(salt))
{}

VaultId VaultId::generate()
{
    initialiseSodium();
    QByteArray salt(qsizetype(kVaultSaltBytes), '\0');
    randombytes_buf(salt.data(), kVaultSaltBytes);
    return VaultId(salt);
}

QString VaultId::hex() const
{
    return QString::fromLatin1(m_salt.toHex());
}

QString VaultId::keychainAccount() const
{
    return QStringLiteral("vault-") + hex();
}

QString VaultId::stagedKeychainAccount() const
{
    return keychainAccount() + QStringLiteral("-staged");
}

Result<SecretBytes> PassphraseKdf::derive(const SecretBytes& passphraseUtf8, const VaultId& id)
{
    if (passphraseUtf8.isEmpty())
        return fail(ErrorCode::WrongKey, VaultKeyText::emptyPassphrase());
    if (!initialiseSodium() || !id.isValid())
        return fail(ErrorCode::Internal, VaultKeyText::kdfFailed());
    static_assert(crypto_pwhash_SALTBYTES == kVaultSaltBytes);
    SecretBytes key(kVaultKeyBytes);
    if (crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char*>(passphraseUtf8.data()),
                      passphraseUtf8.size(),
                      reinterpret_cast<const unsigned char*>(id.salt().constData()), kOpsLimit,
                      kMemLimitBytes, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return fail(ErrorCode::Internal, VaultKeyText::kdfFailed());
    return key;
}

} // namespace cv::core
