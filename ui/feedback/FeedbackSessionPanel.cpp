#include "ui/feedback/FeedbackSessionPanel.h"

#include "core/admin/Administration.h"
#include "ui/DisplayText.h"
#include "ui/FileDialog.h"
#include "ui/Theme.h"
#include "ui/feedback/AdjustScoreDialog.h"
#include "ui/feedback/ScoreComparisonModel.h"
#include "ui/feedback/SignOffBox.h"
#include "ui/review/NoteList.h"

#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cv::ui {

namespace {

QString totalText(const core::Evaluation& e)
{
    if (!e.total)
        return FeedbackSessionPanel::tr("no total");
    return e.criticalFailed ? FeedbackSessionPanel::tr("%1, failed on a critical criterion")
                                  .arg(DisplayText::percent(*e.total))
                            : DisplayText::percent(*e.total);
}

} // namespace

FeedbackSessionPanel::FeedbackSessionPanel(core::Vault& vault, core::Administration& admin,
                                           core::Person person, QWidget* parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_person(std::move(person))
    , m_desk(vault, admin)
{
    setObjectName(QStringLiteral("feedbackSession"));
    // The scores, wide, on the left; notes, view and signatures on the right.
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scores = new QVBoxLayout;
    outer->addLayout(scores, 3);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("feedbackHeading"));
    m_heading->setWordWrap(true);
    Theme::setRole(*m_heading, "heading");
    scores->addWidget(m_heading);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("feedbackTotals"));
    m_totals->setWordWrap(true);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    scores->addWidget(m_totals);

    m_comparison = new ScoreComparisonModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("feedbackComparison"));
    m_table->setAccessibleName(tr("Scores of the coach and the agent"));
    m_table->setModel(m_comparison);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ScoreComparisonModel::Criterion,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ScoreComparisonModel::CoachComment,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ScoreComparisonModel::AgentComment,
                                                      QHeaderView::Interactive);
    scores->addWidget(m_table, 1);
    auto* tableButtons = new QHBoxLayout;
    m_adjust = new QPushButton(tr("&Adjust score…"), this);
    m_adjust->setObjectName(QStringLiteral("adjustButton"));
    m_adjust->setToolTip(tr("Change the selected criterion's score with the agent; the score "
                            "before stays on record."));
    tableButtons->addWidget(m_adjust);
    tableButtons->addStretch(1);
    m_report = new QPushButton(tr("Save &report as PDF…"), this);
    m_report->setObjectName(QStringLiteral("reportButton"));
    tableButtons->addWidget(m_report);
    scores->addLayout(tableButtons);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(360);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll, 2);
    auto* page = new QWidget(scroll);
    scroll->setWidget(page);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 0, 4, 0);

    m_notes = new NoteList(page);
    m_notes->setReadOnly(true);
    m_notes->setMaximumHeight(120);
    layout->addWidget(m_notes);

    auto* viewLabel = new QLabel(tr("The agent's &view on this evaluation:"), page);
    layout->addWidget(viewLabel);
    m_view = new QPlainTextEdit(page);
    m_view->setObjectName(QStringLiteral("agentView"));
    m_view->setTabChangesFocus(true);
    m_view->setPlaceholderText(tr("What the agent thinks of the outcome, in their own words. It "
                                  "is kept with the evaluation and printed on the report."));
    m_view->setMaximumHeight(90);
    viewLabel->setBuddy(m_view);
    layout->addWidget(m_view);

    m_agentBox = new SignOffBox(SignOffBox::Kind::Agent, page);
    m_evaluatorBox = new SignOffBox(SignOffBox::Kind::Evaluator, page);
    layout->addWidget(m_agentBox);
    layout->addWidget(m_evaluatorBox);
    m_seal = new QLabel(page);
    m_seal->setObjectName(QStringLiteral("feedbackSeal"));
    m_seal->setWordWrap(true);
    m_seal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_seal);

    m_disputes = new QLabel(page);
    m_disputes->setObjectName(QStringLiteral("feedbackDisputes"));
    m_disputes->setWordWrap(true);
    m_disputes->setTextFormat(Qt::PlainText);
    layout->addWidget(m_disputes);
    auto* disputeButtons = new QHBoxLayout;
    m_dispute = new QPushButton(tr("&Dispute…"), page);
    m_dispute->setObjectName(QStringLiteral("disputeButton"));
    m_resolve = new QPushButton(tr("Re&solve dispute…"), page);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    disputeButtons->addWidget(m_dispute);
    disputeButtons->addWidget(m_resolve);
    disputeButtons->addStretch(1);
    layout->addLayout(disputeButtons);
    layout->addStretch(1);

    connect(m_adjust, &QPushButton::clicked, this, &FeedbackSessionPanel::adjustSelected);
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_adjust->isEnabled())
            adjustSelected();
    });
    connect(m_report, &QPushButton::clicked, this, &FeedbackSessionPanel::saveReport);
    connect(m_dispute, &QPushButton::clicked, this, &FeedbackSessionPanel::disputeEvaluation);
    connect(m_resolve, &QPushButton::clicked, this, &FeedbackSessionPanel::resolveDispute);
    connect(m_notes, &NoteList::seekRequested, this, &FeedbackSessionPanel::playFrom);
    connect(m_agentBox, &SignOffBox::signRequested, this, &FeedbackSessionPanel::signAsAgent);
    connect(m_evaluatorBox, &SignOffBox::signRequested, this,
            &FeedbackSessionPanel::signAsEvaluator);
}

FeedbackSessionPanel::~FeedbackSessionPanel() = default;

std::optional<core::EvaluationId> FeedbackSessionPanel::evaluation() const
{
    return m_input ? std::optional(m_input->record.evaluation.id) : std::nullopt;
}

bool FeedbackSessionPanel::setEvaluation(core::EvaluationId id)
{
    auto input = m_desk.reportInput(m_person, id);
    if (!input) {
        Q_EMIT problem(input.error().message);
        return false;
    }
    auto self = m_desk.selfEvaluation(m_person, id);
    m_input = std::move(*input);
    m_self = self ? *self : std::nullopt;
    m_view->clear();
    showRecord();
    return true;
}

void FeedbackSessionPanel::reload()
{
    if (const auto id = evaluation())
        setEvaluation(*id);
    Q_EMIT changed();
}

QList<WaveformMarker> FeedbackSessionPanel::markers() const
{
    return m_notes->markers();
}

QString FeedbackSessionPanel::nameOf(core::PersonId id) const
{
    return m_input ? m_input->names.value(id, QString::number(id)) : QString::number(id);
}

bool FeedbackSessionPanel::isEvaluator() const
{
    return m_input && m_input->record.evaluation.evaluator == m_person.id;
}

void FeedbackSessionPanel::showRecord()
{
    const core::FeedbackRecord& record = m_input->record;
    const core::Evaluation& e = record.evaluation;
    const QString when = m_input->recording
                             ? DisplayText::localTime(m_input->recording->callStartUtc)
                             : tr("a destroyed recording");
    m_heading->setText(tr("%1 with %2 on the call of %3 — %4, version %5")
                           .arg(nameOf(e.evaluator), nameOf(e.agent), when, m_input->scorecard.name)
                           .arg(m_input->scorecard.version));
    m_comparison->setEvaluations(m_input->scorecard, e, m_self);
    QHash<QString, core::CriterionScore> before;
    for (const core::ScoreAdjustment& a : record.adjustments) {
        if (!before.contains(a.criterionId)) // the first change keeps the original score
            before.insert(a.criterionId, a.before.score);
    }
    m_comparison->setAdjustedFrom(before);
    // The criterion gets what is left (it stretches); the rest fit, within reason.
    for (int column : {ScoreComparisonModel::Coach, ScoreComparisonModel::Agent,
                       ScoreComparisonModel::CoachComment, ScoreComparisonModel::AgentComment}) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::clamp(m_table->columnWidth(column), 70, 120));
    }
    m_table->resizeRowsToContents();
    const int differences = m_comparison->differences();
    m_totals->setText(
        m_self
            ? tr("Coach: %1 · Agent's self-evaluation: %2 · %n criterion/criteria scored "
                 "differently",
                 nullptr, differences)
                  .arg(totalText(e), totalText(*m_self))
            : tr("Coach: %1 · The agent did not evaluate this call themselves.").arg(totalText(e)));

    QHash<QString, QString> titles;
    for (const core::Criterion* c : m_input->scorecard.allCriteria())
        titles.insert(c->id, c->title);
    m_notes->setNotes(e.notes, titles);
    Q_EMIT markersChanged(m_notes->markers());

    const bool signedOff = e.isSignedOff();
    const bool agentSigned = record.agentSignOff.has_value();
    m_adjust->setEnabled(!signedOff && !agentSigned && isEvaluator());
    m_view->setReadOnly(agentSigned || signedOff);
    if (agentSigned)
        m_view->setPlainText(record.agentView);
    showSignOffs();
    showDisputes();
}

void FeedbackSessionPanel::showSignOffs()
{
    const core::FeedbackRecord& record = m_input->record;
    const core::Evaluation& e = record.evaluation;
    if (const auto& s = record.agentSignOff) {
        m_agentBox->showSigned((s->agrees.value_or(false) ? tr("%1 agreed and signed on %2.")
                                                          : tr("%1 disagreed and signed on %2."))
                                   .arg(nameOf(s->signer), DisplayText::localTime(s->signedUtc)));
    } else {
        m_agentBox->expect(nameOf(e.agent));
    }
    if (const auto& s = record.evaluatorSignOff) {
        m_evaluatorBox->showSigned(
            tr("%1 signed on %2.").arg(nameOf(s->signer), DisplayText::localTime(s->signedUtc)));
    } else if (!record.agentSignOff) {
        m_evaluatorBox->wait(tr("%1 signs after the agent.").arg(nameOf(e.evaluator)));
    } else {
        m_evaluatorBox->expect(nameOf(e.evaluator));
    }
    if (record.seal) {
        m_seal->setText(tr("Final. Sealed in the audit trail on %1 (SHA-256 %2); any later "
                           "change is caught by the audit check.")
                            .arg(DisplayText::localTime(record.seal->sealedUtc),
                                 record.seal->sha256.left(16) + QStringLiteral("…")));
    } else {
        m_seal->clear();
    }
}

void FeedbackSessionPanel::showDisputes()
{
    const core::FeedbackRecord& record = m_input->record;
    QStringList lines;
    for (const core::Dispute& d : record.disputes) {
        lines << tr("Disputed by %1 on %2: %3")
                     .arg(nameOf(d.openedBy), DisplayText::localTime(d.openedUtc), d.reason);
        if (!d.isOpen())
            lines << tr("Resolved by %1 on %2: %3")
                         .arg(nameOf(d.resolvedBy.value_or(0)),
                              DisplayText::localTime(d.resolvedUtc), d.resolution);
    }
    m_disputes->setText(lines.join(QLatin1Char('\n')));
    m_disputes->setVisible(!lines.isEmpty());
    const bool signedOff = record.evaluation.isSignedOff();
    const bool isAgent = record.evaluation.agent == m_person.id;
    m_dispute->setVisible(signedOff && isAgent);
    m_dispute->setEnabled(!record.hasOpenDispute());
    m_resolve->setVisible(signedOff && !isAgent && record.hasOpenDispute());
}

void FeedbackSessionPanel::adjustSelected()
{
    if (!m_input)
        return;
    const QString criterionId =
        m_table->currentIndex().data(ScoreComparisonModel::kCriterionIdRole).toString();
    const core::Criterion* criterion = m_input->scorecard.criterion(criterionId);
    if (!criterion) {
        Q_EMIT information(tr("Select the criterion to adjust first."));
        return;
    }
    AdjustScoreDialog dialog(*criterion, m_input->record.evaluation.answers.value(criterionId),
                             this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto adjusted =
        m_desk.adjust(m_person, m_input->record.evaluation.id, criterionId, dialog.answer());
    if (!adjusted) {
        Q_EMIT problem(adjusted.error().message);
        return;
    }
    const int row = m_comparison->rowOf(criterionId);
    reload();
    m_table->selectRow(row);
}

void FeedbackSessionPanel::signAsAgent(const core::SecretBytes& credential)
{
    const auto agrees = m_agentBox->agrees();
    if (!m_input || !agrees)
        return;
    auto signedOff =
        m_desk.signAsAgent(m_input->record.evaluation.id, m_input->record.evaluation.agent,
                           credential, *agrees, m_view->toPlainText().trimmed());
    if (!signedOff) {
        Q_EMIT problem(signedOff.error().message);
        return;
    }
    reload();
    Q_EMIT information(tr("The agent signed. Now the coach signs."));
    m_evaluatorBox->credentialField()->setFocus();
}

void FeedbackSessionPanel::signAsEvaluator(const core::SecretBytes& credential)
{
    if (!m_input)
        return;
    auto signedOff = m_desk.signAsEvaluator(m_input->record.evaluation.id,
                                            m_input->record.evaluation.evaluator, credential);
    if (!signedOff) {
        Q_EMIT problem(signedOff.error().message);
        return;
    }
    reload();
    Q_EMIT information(tr("Signed by both: the evaluation is final."));
}

void FeedbackSessionPanel::disputeEvaluation()
{
    if (!m_input)
        return;
    bool ok = false;
    const QString reason =
        QInputDialog::getMultiLineText(this, tr("Dispute the evaluation"),
                                       tr("Why do you dispute this evaluation?"), {}, &ok)
            .trimmed();
    if (!ok || reason.isEmpty())
        return;
    auto disputed = m_desk.dispute(m_person, m_input->record.evaluation.id, reason);
    if (!disputed) {
        Q_EMIT problem(disputed.error().message);
        return;
    }
    reload();
    Q_EMIT information(tr("Your dispute is recorded; the coach will answer it."));
}

void FeedbackSessionPanel::resolveDispute()
{
    if (!m_input)
        return;
    const core::Dispute* open = nullptr;
    for (const core::Dispute& d : m_input->record.disputes) {
        if (d.isOpen())
            open = &d;
    }
    if (!open)
        return;
    bool ok = false;
    const QString note =
        QInputDialog::getMultiLineText(
            this, tr("Resolve the dispute"),
            tr("%1 wrote: %2\n\nYour answer:").arg(nameOf(open->openedBy), open->reason), {}, &ok)
            .trimmed();
    if (!ok || note.isEmpty())
        return;
    auto resolved = m_desk.resolveDispute(m_person, open->id, note);
    if (!resolved) {
        Q_EMIT problem(resolved.error().message);
        return;
    }
    reload();
    Q_EMIT information(tr("The dispute is resolved; the answer is on the report."));
}

void FeedbackSessionPanel::saveReport()
{
    if (!m_input)
        return;
    const QString path = FileDialog::getSaveFileName(
        this, tr("Save the evaluation report"),
        tr("evaluation-%1.pdf").arg(m_input->record.evaluation.id), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    auto pdf = m_desk.reportPdf(m_person, m_input->record.evaluation.id);
    if (!pdf) {
        Q_EMIT problem(pdf.error().message);
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit()) {
        Q_EMIT problem(tr("The report could not be saved to %1: %2").arg(path, file.errorString()));
        return;
    }
    Q_EMIT information(tr("The report is saved to %1.").arg(path));
}

} // namespace cv::ui
