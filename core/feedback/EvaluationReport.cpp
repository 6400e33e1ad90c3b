#include "core/feedback/EvaluationReport.h"

#include "core/time/CallTime.h"

namespace cv::core {

namespace {

using Style = PdfDocument::Style;

QString timeText(const QLocale& locale, const QDateTime& utc)
{
    if (!utc.isValid())
        return QStringLiteral("–");
    return locale.toString(utc.toLocalTime(), QStringLiteral("d MMMM yyyy, HH:mm"));
}

QString dateText(const QLocale& locale, const QDateTime& utc)
{
    if (!utc.isValid())
        return QStringLiteral("–");
    return locale.toString(utc.toLocalTime().date(), QStringLiteral("d MMMM yyyy"));
}

} // namespace

QString EvaluationReport::assessmentStatement()
{
    return tr("Monitoring is never the sole basis of an appraisal: this evaluation is one of "
              "several sources for the assessment, next to the conversations with the agent and "
              "their other work.");
}

PdfDocument EvaluationReport::compose(const ReportInput& in, const QLocale& locale)
{
    const FeedbackRecord& r = in.record;
    const Evaluation& e = r.evaluation;
    const ScorecardTemplate& card = in.scorecard;
    const auto name = [&in](PersonId id) {
        return in.names.value(id, QStringLiteral("#%1").arg(id));
    };
    const auto answerText = [](const Criterion* c, const CriterionAnswer& a) {
        if (a.score.notApplicable)
            return tr("n.a.");
        if (!a.score.value)
            return tr("not scored");
        return c ? c->scale.valueText(*a.score.value) : QString::number(*a.score.value);
    };

    PdfDocument doc(tr("Evaluation report %1").arg(e.id));
    doc.setFooter(tr("CoachVault — evaluation report %1 — page %2 of %3")
                      .arg(e.id)
                      .arg(QStringLiteral("%1"), QStringLiteral("%2")));
    doc.add(Style::Title, tr("Evaluation report"));
    doc.add(Style::Field, name(e.agent), tr("Agent"));
    doc.add(Style::Field, name(e.evaluator), tr("Evaluator"));
    doc.add(Style::Field, purposeText(e.purpose), tr("Purpose"));
    if (in.recording) {
        doc.add(Style::Field,
                tr("%1, queue %2, %3")
                    .arg(timeText(locale, in.recording->callStartUtc), in.recording->queue,
                         callTimeText(in.recording->durationMs())),
                tr("Call"));
    } else {
        doc.add(Style::Field, tr("recording %1, destroyed").arg(e.recording), tr("Call"));
    }
    doc.add(Style::Field, tr("%1 (%2), version %3").arg(card.name, card.key).arg(card.version),
            tr("Scorecard"));
    doc.add(Style::Field, dateText(locale, card.publishedUtc), tr("Published on"));
    doc.add(Style::Field, timeText(locale, e.submittedUtc), tr("Submitted on"));
    QString total = e.total ? locale.toString(*e.total, 'f', 1) : tr("not scorable");
    if (e.criticalFailed)
        total += QStringLiteral(" — ") + tr("failed on a critical criterion");
    doc.add(Style::Field, total, tr("Total"));
    if (e.purpose == Purpose::Assessment) {
        doc.add(Style::Heading, tr("Assessment"));
        doc.add(Style::Body, assessmentStatement());
    }

    doc.add(Style::Heading, tr("Criteria, scores and comments"));
    for (const Section& section : card.sections) {
        doc.add(Style::Small, section.title.toUpper());
        for (const Criterion& c : section.criteria) {
            const CriterionAnswer a = e.answers.value(c.id);
            doc.add(Style::Field, answerText(&c, a),
                    c.critical ? c.title + QStringLiteral(" (!)") : c.title);
            if (!a.comment.isEmpty())
                doc.add(Style::Quote, a.comment);
        }
    }
    if (!r.adjustments.isEmpty()) {
        doc.add(Style::Heading, tr("Adjusted in the feedback session"));
        for (const ScoreAdjustment& adj : r.adjustments) {
            const Criterion* c = card.criterion(adj.criterionId);
            doc.add(Style::Body, tr("%1: from %2 to %3 (%4, %5)")
                                     .arg(c ? c->title : adj.criterionId, answerText(c, adj.before),
                                          answerText(c, adj.after), name(adj.adjustedBy),
                                          timeText(locale, adj.adjustedUtc)));
        }
    }
    if (!e.notes.isEmpty()) {
        doc.add(Style::Heading, tr("Notes on the call"));
        for (const TimedNote& n : e.notes) {
            const Criterion* c = card.criterion(n.criterionId);
            doc.add(Style::Body,
                    QStringLiteral("%1  %2%3")
                        .arg(callTimeText(n.atMs),
                             c ? QLatin1Char('[') + c->title + QStringLiteral("] ") : QString(),
                             n.text));
        }
    }

    doc.add(Style::Heading, tr("The agent's view"));
    doc.add(Style::Quote, r.agentView.isEmpty() ? tr("The agent gave no view.") : r.agentView);

    doc.add(Style::Heading, tr("Sign-off"));
    if (r.agentSignOff) {
        doc.add(Style::Field,
                tr("%1 — %2 — signed on %3")
                    .arg(name(r.agentSignOff->signer),
                         r.agentSignOff->agrees.value_or(false) ? tr("agrees") : tr("disagrees"),
                         timeText(locale, r.agentSignOff->signedUtc)),
                tr("Agent"));
    } else {
        doc.add(Style::Field, tr("not signed yet"), tr("Agent"));
    }
    if (r.evaluatorSignOff) {
        doc.add(Style::Field,
                tr("%1 — signed on %2")
                    .arg(name(r.evaluatorSignOff->signer),
                         timeText(locale, r.evaluatorSignOff->signedUtc)),
                tr("Evaluator"));
    } else {
        doc.add(Style::Field, tr("not signed yet"), tr("Evaluator"));
    }
    if (r.seal)
        doc.add(Style::Small, tr("Sealed in the audit trail, SHA-256 %1").arg(r.seal->sha256));

    doc.add(Style::Heading, tr("Disputes"));
    if (r.disputes.isEmpty())
        doc.add(Style::Body, tr("No disputes."));
    for (const Dispute& d : r.disputes) {
        doc.add(Style::Field, d.reason, tr("Disputed on %1").arg(dateText(locale, d.openedUtc)));
        if (d.isOpen())
            doc.add(Style::Quote, tr("Open."));
        else
            doc.add(Style::Quote, tr("Resolved by %1 on %2: %3")
                                      .arg(name(d.resolvedBy.value_or(0)),
                                           timeText(locale, d.resolvedUtc), d.resolution));
    }
    return doc;
}

} // namespace cv::core
