#include "core/time/StoredTime.h"

#include <algorithm>

namespace cv::core {

QDateTime storedUtc(const QVariant& stored)
{
    if (stored.isNull())
        return {};
    const QString s = stored.toString();
    const auto digits = [&s](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            const int d = s.at(i).digitValue();
            if (d < 0)
                return -1;
            n = n * 10 + d;
        }
        return n;
    };
    if (s.size() == 24 && s.at(10) == u'T' && s.at(23) == u'Z') {
        const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
        const int hour = digits(11, 2), minute = digits(14, 2), second = digits(17, 2);
        const int ms = digits(20, 3);
        if (std::min({year, month, day, hour, minute, second, ms}) >= 0)
            return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
    }
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

} // namespace cv::core
