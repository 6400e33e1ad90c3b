#include "ui/templates/CriteriaDocument.h"

#include "ui/DisplayText.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace cv::ui {

namespace {

QString scaleText(const core::Scale& scale)
{
    switch (scale.kind) {
    case core::ScaleKind::YesNo:
        return CriteriaDocument::tr("yes / no");
    case core::ScaleKind::YesNoNa:
        return CriteriaDocument::tr("yes / no / not applicable");
    case core::ScaleKind::OneToFive: {
        QStringList points;
        for (int v = 1; v <= 5; ++v)
            points << scale.valueText(v).toHtmlEscaped();
        return CriteriaDocument::tr("1 to 5: %1").arg(points.join(QStringLiteral("; ")));
    }
    case core::ScaleKind::Points:
        return CriteriaDocument::tr("0 to %1 points").arg(scale.maxPoints);
    }
    return {};
}

} // namespace

QString CriteriaDocument::html(const core::ScorecardTemplate& t)
{
    QString h;
    h += QStringLiteral("<h1>%1</h1>").arg(t.name.toHtmlEscaped());
    const QString published =
        t.isPublished() ? tr("Version %1, published on %2.")
                              .arg(t.version)
                              .arg(DisplayText::localTime(t.publishedUtc))
                        : tr("Version %1: a draft, not yet published; it cannot be used to "
                             "evaluate calls.")
                              .arg(t.version);
    h += QStringLiteral("<p><b>%1</b></p>").arg(published.toHtmlEscaped());
    if (!t.description.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(t.description.toHtmlEscaped());
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("Used for: %1.").arg(DisplayText::purposes(t.purposes)).toHtmlEscaped());
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("Only calls that took place after the publication date are evaluated with "
                     "this version (R-ASSESS-1).")
                      .toHtmlEscaped());
    for (const core::Section& section : t.sections) {
        if (section.criteria.isEmpty())
            continue;
        h += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='4' "
                            "width='100%'>")
                 .arg(section.title.toHtmlEscaped());
        h += QStringLiteral("<tr><th align='left'>%1</th><th align='left'>%2</th>"
                            "<th>%3</th></tr>")
                 .arg(tr("Criterion").toHtmlEscaped(), tr("Scale").toHtmlEscaped(),
                      tr("Weight").toHtmlEscaped());
        for (const core::Criterion& c : section.criteria) {
            QString title = QStringLiteral("<b>%1</b>").arg(c.title.toHtmlEscaped());
            if (c.critical)
                title += QStringLiteral("<br/><i>%1</i>")
                             .arg(tr("Critical: scored at its lowest value, it fails the call.")
                                      .toHtmlEscaped());
            if (!c.guidance.isEmpty())
                title += QStringLiteral("<br/>%1").arg(c.guidance.toHtmlEscaped());
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='center'>%3</td></tr>")
                     .arg(title, scaleText(c.scale),
                          DisplayText::locale().toString(c.weight, 'g', 3));
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<h2>%1</h2><p>%2</p>")
             .arg(tr("How the total is computed").toHtmlEscaped(),
                  tr("Each scored criterion counts as a share of its scale (yes 100 %, no 0 %; "
                     "1 to 5 from 0 % to 100 %; points as a share of the maximum). The total is "
                     "the weighted average of those shares; criteria that do not apply to the "
                     "call are left out. A critical criterion scored at its lowest value fails "
                     "the call whatever the total.")
                      .toHtmlEscaped());
    return h;
}

core::Result<void> CriteriaDocument::writePdf(const core::ScorecardTemplate& scorecard,
                                              const QString& path)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return core::fail(core::ErrorCode::Io,
                          tr("%1 cannot be written: %2").arg(path, probe.errorString()));
    probe.close();
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setTitle(scorecard.name);
    writer.setCreator(QStringLiteral("CoachVault"));
    QTextDocument document;
    document.setHtml(html(scorecard));
    document.print(&writer);
    return {};
}

} // namespace cv::ui
