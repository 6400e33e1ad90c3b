#include "ui/DisplayText.h"

#include "core/admin/Administration.h"

#include <QLocale>

namespace cv::ui {

QString DisplayText::employment(core::Employment employment)
{
    using E = core::Employment;
    switch (employment) {
    case E::Permanent:
        return tr("Permanent");
    case E::Temporary:
        return tr("Temporary");
    case E::OnCall:
        return tr("On call");
    case E::Agency:
        return tr("Agency staff");
    case E::None:
        return tr("Not staff");
    }
    return {};
}

QString DisplayText::protectedStatus(core::ProtectedStatus status)
{
    using S = core::ProtectedStatus;
    switch (status) {
    case S::None:
        return tr("None");
    case S::CompanyDoctor:
        return tr("Company doctor");
    case S::WorksCouncilMember:
        return tr("Works-council member");
    case S::ConfidentialAdviser:
        return tr("Confidential adviser");
    }
    return {};
}

QString DisplayText::roles(const QList<core::Role>& roles)
{
    QStringList names;
    for (core::Role role : roles)
        names << core::roleText(role);
    return names.join(QStringLiteral(", "));
}

QString DisplayText::purposes(const QList<core::Purpose>& purposes)
{
    QStringList names;
    for (core::Purpose purpose : purposes)
        names << core::purposeText(purpose);
    return names.join(QStringLiteral(", "));
}

QString DisplayText::legalBasis(core::LegalBasis basis)
{
    switch (basis) {
    case core::LegalBasis::Contract:
        return tr("GDPR art. 6(1)(b), contract");
    case core::LegalBasis::LegitimateInterest:
        return tr("GDPR art. 6(1)(f), legitimate interest");
    }
    return {};
}

QLocale DisplayText::locale()
{
    // The translation names the locale of its language, so dates follow the
    // language chosen in the settings rather than the system's.
    const QString name = tr("system", "The locale for dates and times, e.g. nl_NL");
    return name == QLatin1String("system") ? QLocale() : QLocale(name);
}

QString DisplayText::date(const QDate& date)
{
    return date.isValid() ? locale().toString(date, QLocale::ShortFormat)
                          : QStringLiteral("\u2014");
}

QString DisplayText::localTime(const QDateTime& utc)
{
    return utc.isValid() ? locale().toString(utc.toLocalTime(), QLocale::ShortFormat)
                         : QStringLiteral("\u2014");
}

QString DisplayText::outcome(const QString& outcome)
{
    if (outcome == QLatin1String("allowed"))
        return tr("Allowed");
    if (outcome == QLatin1String("refused"))
        return tr("Refused");
    if (outcome == QLatin1String("failed"))
        return tr("Failed");
    return outcome;
}

QHash<core::PersonId, QString> DisplayText::personNames(core::Administration& admin)
{
    QHash<core::PersonId, QString> names;
    const QList<core::Person> all = admin.persons().all();
    for (const core::Person& person : all)
        names.insert(person.id, person.displayName);
    return names;
}

QString DisplayText::percent(double value)
{
    return locale().toString(value, 'f', 1) + QStringLiteral(" %");
}

QString DisplayText::duration(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    const qint64 h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
    const QLatin1Char zero('0');
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, zero).arg(s, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, zero);
}

QString DisplayText::destroyed(const core::Tombstone& tombstone)
{
    return tr("Recording destroyed on %1 (%2): %3. Its evaluations remain.")
        .arg(localTime(tombstone.destroyedUtc), tombstone.ruleId, tombstone.reason);
}

} // namespace cv::ui
