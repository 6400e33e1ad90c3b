#include "ui/LocalTimeFormatter.h"

#include "ui/DisplayText.h"

namespace cv::ui {

LocalTimeFormatter::LocalTimeFormatter()
    : m_locale(DisplayText::locale())
    , m_dateTimeFormat(m_locale.dateTimeFormat(QLocale::ShortFormat))
    , m_dateFormat(m_locale.dateFormat(QLocale::ShortFormat))
    , m_timeFormat(m_locale.timeFormat(QLocale::ShortFormat))
    , m_dateThenTime(m_dateTimeFormat == m_dateFormat + QLatin1Char(' ') + m_timeFormat)
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
    if (!utc.isValid())
        return QStringLiteral("\u2014");
    const QDateTime here = local(utc);
    if (!m_dateThenTime)
        return m_locale.toString(here, m_dateTimeFormat);
    const QTime time = here.time();
    const int second = time.msecsSinceStartOfDay() / 1000;
    auto text = m_timeText.constFind(second);
    if (text == m_timeText.cend())
        text = m_timeText.insert(second, m_locale.toString(time, m_timeFormat));
    return dateText(here.date()) + QLatin1Char(' ') + *text;
}

QString LocalTimeFormatter::date(const QDateTime& utc)
{
    return utc.isValid() ? dateText(local(utc).date()) : QStringLiteral("\u2014");
}

QString LocalTimeFormatter::dateText(const QDate& date)
{
    auto text = m_dateText.constFind(date.toJulianDay());
    if (text == m_dateText.cend())
        text = m_dateText.insert(date.toJulianDay(), m_locale.toString(date, m_dateFormat));
    return *text;
}

} // namespace cv::ui
