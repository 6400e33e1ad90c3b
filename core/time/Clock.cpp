#include "core/time/Clock.h"

#include <QtGlobal>

namespace cv::core {

SystemClock::SystemClock()
{
#ifdef COACHVAULT_TEST_CLOCK
    const QByteArray now = qgetenv("COACHVAULT_NOW");
    if (!now.isEmpty()) {
        m_fixed = QDateTime::fromString(QString::fromLatin1(now), Qt::ISODateWithMs);
        if (m_fixed.isValid())
            m_fixed = m_fixed.toUTC();
        else
            qWarning("COACHVAULT_NOW is not an ISO 8601 date-time; using the wall clock");
    }
#endif
}

QDateTime SystemClock::nowUtc() const
{
    if (m_fixed.isValid())
        return m_fixed;
    return QDateTime::currentDateTimeUtc();
}

} // namespace cv::core
