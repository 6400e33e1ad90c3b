#pragma once

#include "core/domain/Purpose.h"
#include "core/people/Person.h"
#include "core/recordings/Recording.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cv::core {

// A recording kept beyond its term (R-RETAIN-1): only with the agent's
// recorded consent, a reason and an end date.
struct RetentionGrant
{
    RecordingId recording = 0;
    QDate consentOn; // the agent's written consent
    QString reason;
    QDate until; // destroyed after this day
    PersonId recordedBy = 0;
    QDateTime recordedUtc;
};

// What stays of a destroyed recording (R-RETAIN-3): its id (the recording
// row's metadata stays for the evaluations that refer to it), when, by
// which rule and why, and what destroyed it ("sweep at unlock", "purge by
// mieke", …).
struct Tombstone
{
    RecordingId recording = 0;
    QDateTime destroyedUtc;
    QString ruleId; // R-RETAIN-1 or R-RETAIN-2
    QString reason; // translated when written
    QString destroyedBy;
};

// One recording the sweep destroys now or later, and why.
struct Destruction
{
    RecordingId recording = 0;
    PersonId agent = 0;
    Purpose purpose = Purpose::Coaching;
    QDateTime dueUtc; // destroyed at the first sweep at or after this moment
    QString ruleId;
    QString reason;
};

// What one run of the sweep did.
struct SweepReport
{
    QList<Destruction> destroyed;
    qint64 milliseconds = 0;
};

} // namespace cv::core
