#include "ui/review/DeadlineDisplay.h"

#include "ui/DisplayText.h"
#include "ui/LocalTimeFormatter.h"

namespace cv::ui {

DeadlineDisplay DeadlineDisplay::of(const QDateTime& dueUtc, const QDateTime& nowUtc,
                                    bool evaluated)
{
    LocalTimeFormatter times;
    return of(dueUtc, nowUtc, evaluated, times);
}

DeadlineDisplay DeadlineDisplay::of(const QDateTime& dueUtc, const QDateTime& nowUtc,
                                    bool evaluated, LocalTimeFormatter& times)
{
    DeadlineDisplay d;
    d.dueUtc = dueUtc;
    if (evaluated || !dueUtc.isValid())
        return d;
    d.daysLeft = times.local(nowUtc).date().daysTo(times.local(dueUtc).date());
    if (dueUtc < nowUtc)
        d.urgency = Urgency::Overdue;
    else if (d.daysLeft <= kSoonDays)
        d.urgency = Urgency::Soon;
    else
        d.urgency = Urgency::Later;
    return d;
}

QString DeadlineDisplay::shortText() const
{
    LocalTimeFormatter times;
    return shortText(times);
}

QString DeadlineDisplay::shortText(LocalTimeFormatter& times) const
{
    if (!dueUtc.isValid())
        return {};
    if (urgency == Urgency::None)
        return tr("evaluated");
    return times.date(dueUtc);
}

QString DeadlineDisplay::longText() const
{
    const QString when = DisplayText::localTime(dueUtc);
    switch (urgency) {
    case Urgency::None:
        return dueUtc.isValid() ? tr("Evaluated; the term ran until %1 (R-ASSESS-3).").arg(when)
                                : QString();
    case Urgency::Later:
    case Urgency::Soon:
        if (daysLeft == 0)
            return tr("Evaluate today, by %1 (R-ASSESS-3); after that the recording is "
                      "destroyed.")
                .arg(when);
        return tr("Evaluate by %1, in %n day(s) (R-ASSESS-3); after that the recording is "
                  "destroyed.",
                  nullptr, int(daysLeft))
            .arg(when);
    case Urgency::Overdue:
        return tr("The evaluation term passed on %1 (R-ASSESS-3): the recording is destroyed "
                  "at the next retention sweep.")
            .arg(when);
    }
    return {};
}

QColor DeadlineDisplay::colour() const
{
    switch (urgency) {
    case Urgency::Soon:
        return QColor(0x8a, 0x4b, 0x00);
    case Urgency::Overdue:
        return QColor(0xb3, 0x26, 0x1e);
    case Urgency::None:
    case Urgency::Later:
        break;
    }
    return {};
}

const char* DeadlineDisplay::labelRole() const
{
    switch (urgency) {
    case Urgency::Soon:
        return "deadline-soon";
    case Urgency::Overdue:
        return "deadline-overdue";
    case Urgency::None:
    case Urgency::Later:
        break;
    }
    return "muted";
}

} // namespace cv::ui
