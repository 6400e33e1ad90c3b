#pragma once

#include <QDateTime>
#include <QVariant>

namespace cv::core {

// A date-time as the vault stores it: UTC text "yyyy-MM-ddTHH:mm:ss.zzzZ"
// (what the SQL driver writes for a UTC QDateTime). Lists read tens of
// thousands of them, so that exact form is parsed by hand, about ten times
// faster than QDateTime::fromString; anything else goes the slow way.
// NULL gives an invalid QDateTime.
QDateTime storedUtc(const QVariant& stored);

} // namespace cv::core
