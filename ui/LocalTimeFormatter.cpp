#include "ui/LocalTimeFormatter.h"

#include "ui/DisplayText.h"

namespace cv::ui {

LocalTimeFormatter::LocalTimeFormatter()
    : m_locale(DisplayText::locale())
    , m_dateTimeFormat(m_locale.dateTimeFormat(QLocale::ShortFormat))
    , m_dateFormat(m_locale.dateFormat(QLocale::ShortFormat))
    , m_zone(QTimeZone::systemTimeZone())
{}

QDateTime LocalTimeFormatter::local(const QDateTime& utc)
{
    const qint64 hour = utc.toSecsSinceEpoch() / 3600;
    auto offset = m_offsetByHour.constFind(hour);
    if (offset == m_offsetByHour.cend())
        offset = m_offsetByHour.insert(hour, m_zone.offsetFromUtc(utc));
    return utc.toOffsetFromUtc(*offset);
}

QString LocalTimeFormatter::dateTime(const QDateTime& utc)
{
    return utc.isValid() ? m_locale.toString(local(utc), m_dateTimeFormat)
                         : QStringLiteral("\u2014");
}

QString LocalTimeFormatter::date(const QDateTime& utc)
{
    return utc.isValid() ? m_locale.toString(local(utc).date(), m_dateFormat)
                         : QStringLiteral("\u2014");
}

} // namespace cv::ui
