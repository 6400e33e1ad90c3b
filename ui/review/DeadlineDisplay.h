#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace cv::ui {

class LocalTimeFormatter;

// How the evaluation term (R-ASSESS-3) is shown, in the Inbox's column and
// above the scorecard: the date by which a call must be evaluated, coloured
// as it nears — amber within three days, red once it has passed (the sweep
// then destroys the recording, R-RETAIN-2).
struct DeadlineDisplay
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineDisplay)

public:
    enum class Urgency
    {
        None,    // evaluated (submitted), or no term known
        Later,   // more than three days left
        Soon,    // three days or less
        Overdue, // the term has passed
    };

    static constexpr int kSoonDays = 3;

    QDateTime dueUtc;
    Urgency urgency = Urgency::None;
    qint64 daysLeft = 0; // calendar days, local time; negative when overdue

    static DeadlineDisplay of(const QDateTime& dueUtc, const QDateTime& nowUtc, bool evaluated);
    // The same, converting to local dates through `times` (lists of many).
    static DeadlineDisplay of(const QDateTime& dueUtc, const QDateTime& nowUtc, bool evaluated,
                              LocalTimeFormatter& times);

    QString shortText() const; // the due date, or "evaluated"
    QString shortText(LocalTimeFormatter& times) const;
    QString longText() const;      // a sentence for the Review area
    QColor colour() const;         // invalid: the default text colour
    const char* labelRole() const; // a Theme role for a QLabel
};

} // namespace cv::ui
