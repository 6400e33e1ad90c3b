#pragma once

#include "core/policy/Policy.h"
#include "core/recordings/Recording.h"

#include <QDateTime>

namespace cv::core {

// R-ASSESS-3: a call is evaluated within the policy's evaluation term; a
// recording not evaluated by then is destroyed (R-RETAIN-2). The Inbox and
// the Review area sort by `dueUtc` and colour by urgency().
struct EvaluationDeadline
{
    enum class Urgency
    {
        Overdue, // past the deadline
        Today,   // less than a day left
        Soon,    // less than kSoonDays left
        Later,
    };
    static constexpr int kSoonDays = 3;

    QDateTime dueUtc; // the call's start + evaluationTermDays of its policy version

    static EvaluationDeadline of(const Recording& recording, const Policy& importedUnder)
    {
        return {recording.callStartUtc.toUTC().addDays(importedUnder.evaluationTermDays)};
    }
    qint64 secondsLeft(const QDateTime& nowUtc) const { return nowUtc.secsTo(dueUtc); }
    Urgency urgency(const QDateTime& nowUtc) const
    {
        const qint64 left = secondsLeft(nowUtc);
        if (left < 0)
            return Urgency::Overdue;
        if (left < 24 * 3600)
            return Urgency::Today;
        if (left < qint64(kSoonDays) * 24 * 3600)
            return Urgency::Soon;
        return Urgency::Later;
    }
};

} // namespace cv::core
