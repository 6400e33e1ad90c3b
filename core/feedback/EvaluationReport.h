#pragma once

#include "core/feedback/Feedback.h"
#include "core/feedback/PdfDocument.h"
#include "core/people/Person.h"
#include "core/recordings/Recording.h"
#include "core/scoring/ScorecardTemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <optional>

namespace cv::core {

// What the written report of one coach evaluation is made of.
struct ReportInput
{
    FeedbackRecord record;
    ScorecardTemplate scorecard;
    std::optional<Recording> recording; // gone once destroyed (R-RETAIN-1)
    QHash<PersonId, QString> names;     // every person it names: display names
};

// The written report of an evaluation (R-REPORT-1, R-REPORT-2, R-ASSESS-2):
// the call and its purpose, the scorecard version with its publication
// date, every criterion with score and comment, the adjustments made in the
// feedback session, the timed notes, the agent's view, both sign-offs with
// their times, the seal, the disputes, and — for an assessment — the
// statement that monitoring is never the sole basis of an appraisal.
// Composed in the language translated now (ScopedLanguage), dates in
// `locale`'s words, times local.
class EvaluationReport final
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationReport)

public:
    static PdfDocument compose(const ReportInput& input, const QLocale& locale);
    static QByteArray pdf(const ReportInput& input, const QLocale& locale)
    {
        return compose(input, locale).toPdf();
    }
    // The statement every assessment report carries (R-ASSESS-2).
    static QString assessmentStatement();
};

} // namespace cv::core
