#include "core/people/CredentialStore.h"

#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace cv::core {

namespace {

class CredentialText
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)
public:
    static QString weakPin() { return tr("A PIN needs at least 6 digits and nothing else."); }
    static QString weakPassword() { return tr("A password needs at least 10 characters."); }
    static QString wrong(int remaining)
    {
        return remaining > 0
                   ? tr("The PIN or password is wrong (%n attempt(s) left before a pause).",
                        nullptr, remaining)
                   : tr("The PIN or password is wrong; further attempts are slowed down.");
    }
    static QString locked(const QDateTime& until)
    {
        return tr("Too many wrong attempts: signing in is paused until %1 UTC.")
            .arg(until.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
    static QString none() { return tr("This person has no PIN or password yet."); }
    static QString hashFailed() { return tr("Not enough memory to hash the credential."); }
};

QString kindName(CredentialStore::Kind kind)
{
    return kind == CredentialStore::Kind::Pin ? QStringLiteral("pin") : QStringLiteral("password");
}

} // namespace

CredentialStore::CredentialStore(Vault& vault)
    : m_vault(vault)
{}

Result<void> CredentialStore::checkStrength(Kind kind, const SecretBytes& secret)
{
    if (kind == Kind::Pin) {
        bool digits = secret.size() >= 6;
        for (std::size_t i = 0; i < secret.size() && digits; ++i)
            digits = secret.data()[i] >= '0' && secret.data()[i] <= '9';
        if (!digits)
            return fail(ErrorCode::BadInput, CredentialText::weakPin());
        return {};
    }
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()));
    if (text.size() < 10)
        return fail(ErrorCode::BadInput, CredentialText::weakPassword());
    return {};
}

Result<void> CredentialStore::set(PersonId person, Kind kind, const SecretBytes& secret)
{
    if (auto strong = checkStrength(kind, secret); !strong)
        return strong;
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, reinterpret_cast<const char*>(secret.data()), secret.size(),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return fail(ErrorCode::Internal, CredentialText::hashFailed());
    QSqlQuery query(m_vault.database());
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO credential (person_id, kind, hash, "
                       "failed_attempts, locked_until, changed_at) VALUES (?, ?, ?, 0, NULL, ?)"));
    query.addBindValue(person);
    query.addBindValue(kindName(kind));
    query.addBindValue(QString::fromLatin1(hash));
    query.addBindValue(m_vault.clock().nowUtc());
    if (!query.exec())
        return fail(ErrorCode::Io, query.lastError().text());
    return {};
}

bool CredentialStore::has(PersonId person) const
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("SELECT 1 FROM credential WHERE person_id = ?"));
    query.addBindValue(person);
    return query.exec() && query.next();
}

QDateTime CredentialStore::lockedUntil(PersonId person) const
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("SELECT locked_until FROM credential WHERE person_id = ?"));
    query.addBindValue(person);
    if (query.exec() && query.next() && !query.isNull(0))
        return QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    return {};
}

Result<void> CredentialStore::verify(PersonId person, const SecretBytes& secret)
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral(
        "SELECT hash, failed_attempts, locked_until FROM credential WHERE person_id = ?"));
    query.addBindValue(person);
    if (!query.exec() || !query.next())
        return fail(ErrorCode::KeyNotFound, CredentialText::none());
    const QByteArray hash = query.value(0).toString().toLatin1();
    const int failures = query.value(1).toInt();
    const QDateTime lockedUntil =
        QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    query.finish();
    const QDateTime now = m_vault.clock().nowUtc();
    if (lockedUntil.isValid() && now < lockedUntil)
        return fail(ErrorCode::WrongKey, CredentialText::locked(lockedUntil));

    const bool right =
        crypto_pwhash_str_verify(hash.constData(), reinterpret_cast<const char*>(secret.data()),
                                 secret.size()) == 0;
    QSqlQuery update(m_vault.database());
    if (right) {
        update.prepare(QStringLiteral(
            "UPDATE credential SET failed_attempts = 0, locked_until = NULL WHERE person_id = ?"));
        update.addBindValue(person);
        update.exec();
        return {};
    }
    const int total = failures + 1;
    QVariant until(QMetaType(QMetaType::QString));
    QDateTime untilTime;
    if (total >= kFreeAttempts) {
        const int doublings = std::min(total - kFreeAttempts, 10);
        const qint64 secs = std::min(kFirstLockSecs << doublings, kMaxLockSecs);
        untilTime = now.addSecs(secs);
        until = untilTime;
    }
    update.prepare(QStringLiteral(
        "UPDATE credential SET failed_attempts = ?, locked_until = ? WHERE person_id = ?"));
    update.addBindValue(total);
    update.addBindValue(until);
    update.addBindValue(person);
    update.exec();
    if (untilTime.isValid())
        return fail(ErrorCode::WrongKey, CredentialText::wrong(0) + QLatin1Char(' ') +
                                             CredentialText::locked(untilTime));
    return fail(ErrorCode::WrongKey, CredentialText::wrong(kFreeAttempts - total));
}

} // namespace cv::core
