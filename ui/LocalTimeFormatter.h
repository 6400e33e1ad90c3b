#pragma once

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace cv::ui {

// UTC times shown as local date and time for many rows at once (the Inbox):
// the same text as DisplayText::localTime and DisplayText::date, without
// asking the system's time zone or formatting a date for every value. The
// zone's offset is looked up once per hour of UTC (offsets change on the
// hour), each local date is formatted once and each time of day once (when
// the locale writes date and time as "<date> <time>", as the usual ones do).
class LocalTimeFormatter final
{
public:
    LocalTimeFormatter();

    QDateTime local(const QDateTime& utc);
    QString dateTime(const QDateTime& utc); // "—" when invalid
    QString date(const QDateTime& utc);     // the local date; "—" when invalid

private:
    QString dateText(const QDate& date);

    QLocale m_locale;
    QString m_dateTimeFormat;
    QString m_dateFormat;
    QString m_timeFormat;
    bool m_dateThenTime = false; // dateTimeFormat == dateFormat + ' ' + timeFormat
    QTimeZone m_zone;
    QHash<qint64, int> m_offsetByHour;
    QHash<qint64, QString> m_dateText; // by local Julian day
    QHash<int, QString> m_timeText;    // by local second of the day
};

} // namespace cv::ui
