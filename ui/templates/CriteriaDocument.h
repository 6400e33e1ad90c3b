#pragma once

#include "core/Error.h"
#include "core/scoring/ScorecardTemplate.h"

#include <QCoreApplication>
#include <QString>

namespace cv::ui {

// The published criteria of a scorecard version as agents read them
// (R-ASSESS-1: criteria are known in advance and can always be printed):
// name, version and publication date, the purposes it serves, every section
// and criterion with its scale, weight, whether it is critical and the
// guidance, and how the total is computed. As HTML for the preview, and as
// a PDF file (A4) that the person chose to write.
class CriteriaDocument final
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaDocument)

public:
    static QString html(const core::ScorecardTemplate& scorecard);
    static core::Result<void> writePdf(const core::ScorecardTemplate& scorecard,
                                       const QString& path);
};

} // namespace cv::ui
