#pragma once

#include "core/recordings/Recording.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace cv::core {

class Administration;
class Vault;

// By when each recording must be evaluated (R-ASSESS-3: its call's start
// plus the evaluation term of the policy it was imported under) and whether
// a coach has submitted an evaluation of it. For lists (the Inbox): one query
// and one policy look-up per policy version, however many recordings.
class EvaluationDeadlines final
{
public:
    struct Deadline
    {
        QDateTime dueUtc; // invalid when the recording's policy is unknown
        bool evaluated = false;
    };

    EvaluationDeadlines(Vault& vault, Administration& admin);

    QHash<RecordingId, Deadline> of(const QList<Recording>& recordings) const;

private:
    Vault& m_vault;
    Administration& m_admin;
};

} // namespace cv::core
