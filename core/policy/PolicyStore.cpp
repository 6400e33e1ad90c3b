#include "core/policy/PolicyStore.h"

#include "core/vault/Vault.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace cv::core {

PolicyStore::PolicyStore(Vault& vault)
    : m_vault(vault)
{}

QByteArray PolicyStore::lineKey() const
{
    if (!m_lineKey.isEmpty())
        return m_lineKey;
    QSqlQuery query(m_vault.database());
    query.exec(QStringLiteral("SELECT value FROM vault_meta WHERE key = 'private_line_key'"));
    if (query.next()) {
        m_lineKey = QByteArray::fromHex(query.value(0).toString().toLatin1());
        return m_lineKey;
    }
    QByteArray key(crypto_generichash_KEYBYTES, '\0');
    randombytes_buf(key.data(), std::size_t(key.size()));
    query.prepare(
        QStringLiteral("INSERT INTO vault_meta (key, value) VALUES ('private_line_key', ?)"));
    query.addBindValue(QString::fromLatin1(key.toHex()));
    if (query.exec())
        m_lineKey = key;
    return m_lineKey;
}

QString PolicyStore::normaliseNumber(const QString& number)
{
    QString digits;
    for (QChar c : number) {
        if (c.isDigit())
            digits += c;
    }
    if (number.trimmed().startsWith(QLatin1Char('+')))
        return digits;
    if (digits.startsWith(QLatin1String("00")))
        return digits.mid(2);
    if (digits.startsWith(QLatin1Char('0')))
        return QStringLiteral("31") + digits.mid(1);
    return digits;
}

QString PolicyStore::hashLine(const QString& number) const
{
    const QByteArray key = lineKey();
    const QByteArray normalised = normaliseNumber(number).toLatin1();
    unsigned char out[32];
    crypto_generichash(
        out, sizeof out, reinterpret_cast<const unsigned char*>(normalised.constData()),
        std::size_t(normalised.size()), reinterpret_cast<const unsigned char*>(key.constData()),
        std::size_t(key.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

Result<int> PolicyStore::add(Policy policy, std::optional<PersonId> by)
{
    for (const QString& number : std::as_const(policy.privateLineNumbers)) {
        const QString hash = hashLine(number);
        if (!policy.privateLineHashes.contains(hash))
            policy.privateLineHashes.append(hash);
    }
    policy.privateLineNumbers.clear();
    QSqlQuery query(m_vault.database());
    query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM policy_version"));
    const int next = query.next() ? query.value(0).toInt() + 1 : 1;
    query.finish();
    policy.version = next;
    query.prepare(QStringLiteral("INSERT INTO policy_version (version, document, effective_from, "
                                 "consent_on, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(next);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(policy.effectiveFrom.toString(Qt::ISODate));
    query.addBindValue(policy.worksCouncilConsentOn.toString(Qt::ISODate));
    query.addBindValue(m_vault.clock().nowUtc());
    query.addBindValue(by ? QVariant(*by) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!query.exec())
        return fail(ErrorCode::Io, query.lastError().text());
    return next;
}

QList<Policy> PolicyStore::history() const
{
    QList<Policy> out;
    QSqlQuery query(m_vault.database());
    if (!query.exec(
            QStringLiteral("SELECT version, document FROM policy_version ORDER BY version")))
        return out;
    while (query.next()) {
        auto policy = Policy::fromJson(query.value(1).toString().toUtf8());
        if (!policy)
            continue; // stored documents were validated on the way in
        policy->version = query.value(0).toInt();
        out.append(*policy);
    }
    return out;
}

std::optional<Policy> PolicyStore::version(int number) const
{
    for (const Policy& policy : history()) {
        if (policy.version == number)
            return policy;
    }
    return std::nullopt;
}

std::optional<Policy> PolicyStore::activeOn(const QDate& date) const
{
    std::optional<Policy> active;
    for (const Policy& policy : history()) {
        if (policy.effectiveFrom <= date && policy.worksCouncilConsentOn.isValid() &&
            policy.worksCouncilConsentOn <= date)
            active = policy;
    }
    return active;
}

} // namespace cv::core
