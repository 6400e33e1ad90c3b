#include "app/cli/JsonViews.h"

#include <QJsonArray>
#include <QStringList>

namespace cv::cli {

using namespace core;

namespace {
QJsonValue dateJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}
QStringList roleNames(const QList<Role>& roles)
{
    QStringList names;
    for (Role role : roles)
        names << roleName(role);
    return names;
}
} // namespace

QJsonObject personJson(const Person& p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("handle"), p.handle},
            {QStringLiteral("name"), p.displayName},
            {QStringLiteral("roles"), QJsonArray::fromStringList(roleNames(p.roles))},
            {QStringLiteral("employment"), employmentName(p.employment)},
            {QStringLiteral("protectedStatus"), protectedStatusName(p.protectedStatus)},
            {QStringLiteral("informedOn"), dateJson(p.informedOn)},
            {QStringLiteral("trainingConsentOn"), dateJson(p.trainingConsent.givenOn)},
            {QStringLiteral("trainingConsentScope"), p.trainingConsent.scope},
            {QStringLiteral("active"), p.active}};
}

QString personLine(const Person& p)
{
    QString line =
        QStringLiteral("%1  %2  [%3]  %4")
            .arg(p.handle, -20)
            .arg(p.displayName, -24)
            .arg(roleNames(p.roles).join(QLatin1Char(',')), employmentName(p.employment));
    if (p.protectedStatus != ProtectedStatus::None)
        line += QStringLiteral("  protected:") + protectedStatusName(p.protectedStatus);
    if (p.informedOn.isValid())
        line += QStringLiteral("  informed:") + p.informedOn.toString(Qt::ISODate);
    if (!p.active)
        line += QStringLiteral("  (inactive)");
    return line;
}

QJsonObject authorisationJson(const Authorisation& a, const QString& handle)
{
    QJsonObject o{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("person"), handle},
        {QStringLiteral("purposes"), QJsonArray::fromStringList(purposeNames(a.purposes))},
        {QStringLiteral("validFrom"), dateJson(a.validFrom)},
        {QStringLiteral("confidentialityAcceptedOn"), dateJson(a.confidentialityAcceptedOn)},
        {QStringLiteral("grantedAt"), a.grantedAt.toString(Qt::ISODate)},
        {QStringLiteral("revoked"), a.isRevoked()}};
    if (a.isRevoked())
        o.insert(QStringLiteral("revokedAt"), a.revokedAt.toString(Qt::ISODate));
    return o;
}

QString authorisationLine(const Authorisation& a, const QString& who)
{
    return QStringLiteral("#%1  %2  %3  from %4%5")
        .arg(a.id)
        .arg(who, -24)
        .arg(purposeNames(a.purposes).join(QLatin1Char(',')), a.validFrom.toString(Qt::ISODate),
             a.isRevoked() ? QStringLiteral("  revoked ") + a.revokedAt.toString(Qt::ISODate)
                           : QString());
}

QJsonObject auditJson(const AuditEntry& e)
{
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("actor"), e.actor ? QJsonValue(*e.actor) : QJsonValue()},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("objectType"), e.objectType},
            {QStringLiteral("objectId"), e.objectId},
            {QStringLiteral("subject"), e.subject ? QJsonValue(*e.subject) : QJsonValue()},
            {QStringLiteral("outcome"), e.outcome},
            {QStringLiteral("rule"), e.ruleId},
            {QStringLiteral("detail"), e.detail},
            {QStringLiteral("hash"), e.hash}};
}

QString auditLine(const AuditEntry& e)
{
    return QStringLiteral("%1  %2  actor:%3  %4 %5:%6  %7%8%9")
        .arg(e.seq, 5)
        .arg(e.at.toString(Qt::ISODate), e.actor ? QString::number(*e.actor) : QStringLiteral("-"),
             e.action, e.objectType, e.objectId, e.outcome,
             e.ruleId.isEmpty() ? QString() : QStringLiteral(" ") + e.ruleId,
             e.detail.isEmpty() ? QString() : QStringLiteral("  ") + e.detail);
}

} // namespace cv::cli
