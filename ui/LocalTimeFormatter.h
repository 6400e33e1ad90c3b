#pragma once

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace cv::ui {

// UTC times shown as local date and time for many rows at once (the Inbox):
// the same text as DisplayText::localTime and DisplayText::date, without
// asking the system's time zone for every value. The zone's offset is
// looked up once per hour of UTC (offsets change on the hour) and the
// locale's formats once.
class LocalTimeFormatter final
{
public:
    LocalTimeFormatter();

    QDateTime local(const QDateTime& utc);
    QString dateTime(const QDateTime& utc); // "—" when invalid
    QString date(const QDateTime& utc);     // the local date; "—" when invalid

private:
    QLocale m_locale;
    QString m_dateTimeFormat;
    QString m_dateFormat;
    QTimeZone m_zone;
    QHash<qint64, int> m_offsetByHour;
};

} // namespace cv::ui
