#include "core/time/CallTime.h"

namespace cv::core {

QString callTimeText(qint64 ms, int decimals)
{
    QString text =
        QStringLiteral("%1:%2").arg(ms / 60000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
    if (decimals == 1)
        text += QStringLiteral(".%1").arg((ms % 1000) / 100);
    else if (decimals == 3)
        text += QStringLiteral(".%1").arg(ms % 1000, 3, 10, QLatin1Char('0'));
    return text;
}

} // namespace cv::core
