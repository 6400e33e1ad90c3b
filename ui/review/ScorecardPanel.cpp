#include "ui/review/ScorecardPanel.h"

#include "core/admin/Administration.h"
#include "core/vault/Vault.h"
#include "ui/DisplayText.h"
#include "ui/MessageBanner.h"
#include "ui/MessageBox.h"
#include "ui/Theme.h"
#include "ui/review/CriterionRow.h"
#include "ui/review/DeadlineDisplay.h"
#include "ui/review/NoteList.h"
#include "ui/waveform/WaveformView.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cv::ui {

namespace {

enum Page
{
    StartPage,
    ScoringPage,
};

} // namespace

ScorecardPanel::ScorecardPanel(core::Vault& vault, core::Administration& admin, core::Person person,
                               QWidget* parent)
    : QWidget(parent)
    , m_person(std::move(person))
    , m_vault(vault)
    , m_desk(vault, admin)
    , m_library(vault, admin)
{
    setObjectName(QStringLiteral("scorecardPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    m_deadline = new QLabel(this);
    m_deadline->setObjectName(QStringLiteral("evaluationDeadline"));
    m_deadline->setWordWrap(true);
    layout->addWidget(m_deadline);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildStartPage());
    m_pages->addWidget(buildScoringPage());
    layout->addWidget(m_pages, 1);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] { (void)saveNow(); });
}

ScorecardPanel::~ScorecardPanel()
{
    // Closing (sign-out, quitting) keeps what was typed last.
    (void)flush();
}

QWidget* ScorecardPanel::buildStartPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_startText = new QLabel(page);
    m_startText->setWordWrap(true);
    layout->addWidget(m_startText);
    m_templateBox = new QComboBox(page);
    m_templateBox->setObjectName(QStringLiteral("templateBox"));
    m_templateBox->setAccessibleName(tr("Scorecard"));
    layout->addWidget(m_templateBox);
    m_startButton = new QPushButton(page);
    m_startButton->setObjectName(QStringLiteral("startEvaluationButton"));
    m_startButton->setDefault(true);
    connect(m_startButton, &QPushButton::clicked, this, &ScorecardPanel::startEvaluation);
    auto* row = new QHBoxLayout;
    row->addWidget(m_startButton);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);
    return page;
}

QWidget* ScorecardPanel::buildScoringPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(page);
    m_heading->setObjectName(QStringLiteral("scorecardHeading"));
    m_heading->setWordWrap(true);
    Theme::setRole(*m_heading, "heading");
    layout->addWidget(m_heading);

    m_scroll = new QScrollArea(page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_rowsHost = new QWidget(m_scroll);
    m_rowsLayout = new QVBoxLayout(m_rowsHost);
    m_rowsLayout->setContentsMargins(0, 0, 4, 0);
    m_rowsLayout->setSpacing(6);
    m_scroll->setWidget(m_rowsHost);
    layout->addWidget(m_scroll, 1);

    m_notes = new NoteList(page);
    connect(m_notes, &NoteList::notesChanged, this, [this] {
        Q_EMIT markersChanged(m_notes->markers());
        changed();
    });
    connect(m_notes, &NoteList::seekRequested, this, &ScorecardPanel::seekRequested);
    connect(m_notes, &NoteList::editingFinished, this, &ScorecardPanel::noteEditingFinished);
    layout->addWidget(m_notes);

    m_total = new QLabel(page);
    m_total->setObjectName(QStringLiteral("scoreTotal"));
    m_total->setWordWrap(true);
    QFont totalFont = m_total->font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.15);
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    layout->addWidget(m_total);

    auto* bottom = new QHBoxLayout;
    m_saveStatus = new QLabel(page);
    m_saveStatus->setObjectName(QStringLiteral("saveStatus"));
    Theme::setRole(*m_saveStatus, "muted");
    bottom->addWidget(m_saveStatus, 1);
    m_submitButton = new QPushButton(tr("Sub&mit…"), page);
    m_submitButton->setObjectName(QStringLiteral("submitEvaluationButton"));
    m_submitButton->setToolTip(
        tr("Lock the evaluation: after this nobody can change your scores."));
    connect(m_submitButton, &QPushButton::clicked, this, &ScorecardPanel::submit);
    bottom->addWidget(m_submitButton);
    layout->addLayout(bottom);
    return page;
}

void ScorecardPanel::setRecording(const core::Recording& recording)
{
    (void)flush();
    m_banner->clear();
    m_recording = recording;
    m_evaluation.reset();
    m_scorecard.reset();
    core::EvaluationFilter mine;
    mine.recording = recording.id;
    mine.evaluator = m_person.id;
    // The person's own evaluations of this call, as headers (the store's
    // list is not an access to anyone's data); the one shown is then read
    // through the desk, ruled and audited once.
    const QList<core::Evaluation> own = m_desk.store().list(mine); // newest first
    if (!own.isEmpty()) {
        // A draft first, else the newest submitted one.
        auto pick =
            std::ranges::find_if(own, [](const core::Evaluation& e) { return !e.isSubmitted(); });
        const core::Evaluation& chosen = pick != own.end() ? *pick : own.first();
        if (auto full = m_desk.evaluation(m_person, chosen.id)) {
            showEvaluation(*full);
            showDeadline();
            return;
        }
    }
    showStart();
    showDeadline();
}

void ScorecardPanel::showDeadline()
{
    if (!m_recording) {
        m_deadline->clear();
        return;
    }
    const std::optional<QDateTime> due = m_desk.deadline(*m_recording);
    if (!due) {
        m_deadline->clear();
        return;
    }
    bool evaluated = m_evaluation && m_evaluation->isSubmitted() &&
                     m_evaluation->kind == core::EvaluationKind::Coach;
    const auto deadline = DeadlineDisplay::of(*due, m_vault.clock().nowUtc(), evaluated);
    m_deadline->setText(deadline.longText());
    Theme::setRole(*m_deadline, deadline.labelRole());
    Theme::repolish(*m_deadline);
}

void ScorecardPanel::showStart()
{
    m_pages->setCurrentIndex(StartPage);
    m_rows.clear();
    Q_EMIT markersChanged({});
    const bool self = m_recording && m_recording->agent == m_person.id;
    m_startButton->setText(self ? tr("Start my self-evaluation") : tr("Start evaluation"));
    m_templateBox->clear();
    // Per scorecard, the newest version the rules allow for this call: one
    // serving its purpose (R-PURPOSE-1), published before it (R-ASSESS-1).
    const QList<core::ScorecardTemplate> usable =
        m_library.store().usableFor(m_recording->purpose, m_recording->callStartUtc);
    for (const core::ScorecardTemplate& t : usable)
        m_templateBox->addItem(tr("%1, version %2 (published %3)")
                                   .arg(t.name)
                                   .arg(t.version)
                                   .arg(DisplayText::date(t.publishedUtc.toLocalTime().date())),
                               t.id);
    int publishedLater = 0;
    if (usable.isEmpty()) {
        for (const core::ScorecardTemplate& t : m_library.store().all())
            if (t.isPublished() && t.purposes.contains(m_recording->purpose))
                ++publishedLater; // R-ASSESS-1: not known before the call
    }
    const bool any = m_templateBox->count() > 0;
    m_templateBox->setVisible(any);
    m_startButton->setVisible(any);
    if (any) {
        m_templateBox->setCurrentIndex(0);
        m_startText->setText(
            self ? tr("Score your own call on the same scorecard as your coach. You will not see "
                      "the coach's scores until you have submitted yours.")
                 : tr("Choose the scorecard to evaluate this call with. Only versions published "
                      "before the call took place may be used (R-ASSESS-1)."));
    } else if (publishedLater > 0) {
        m_startText->setText(tr("No scorecard for %1 was published before this call took place; "
                                "criteria must be known in advance (R-ASSESS-1).")
                                 .arg(core::purposeText(m_recording->purpose)));
    } else {
        m_startText->setText(tr("There is no published scorecard for %1 yet. A manager publishes "
                                "one in the Templates area.")
                                 .arg(core::purposeText(m_recording->purpose)));
    }
}

void ScorecardPanel::startEvaluation()
{
    if (!m_recording || m_templateBox->currentIndex() < 0)
        return;
    const auto version = m_templateBox->currentData().toLongLong();
    const auto kind = m_recording->agent == m_person.id ? core::EvaluationKind::Self
                                                        : core::EvaluationKind::Coach;
    auto started = m_desk.start(m_person, m_recording->id, version, kind);
    if (!started) {
        m_banner->showMessage(started.error().message, MessageBanner::Kind::Error);
        return;
    }
    m_banner->clear();
    showEvaluation(*started);
    if (!m_rows.isEmpty())
        m_rows.first()->setFocus(Qt::OtherFocusReason);
}

void ScorecardPanel::showEvaluation(const core::Evaluation& evaluation)
{
    m_evaluation = evaluation;
    m_scorecard = m_desk.templateOf(evaluation);
    m_dirty = false;
    m_autosave.stop();
    if (!m_scorecard) {
        m_banner->showMessage(tr("The scorecard of this evaluation cannot be read."),
                              MessageBanner::Kind::Error);
        return;
    }
    const bool self = evaluation.kind == core::EvaluationKind::Self;
    m_heading->setText(
        (self ? tr("Self-evaluation: %1, version %2") : tr("Evaluation: %1, version %2"))
            .arg(m_scorecard->name)
            .arg(m_scorecard->version));
    buildRows(*m_scorecard);
    QHash<QString, QString> titles;
    for (CriterionRow* row : std::as_const(m_rows)) {
        row->setAnswer(evaluation.answers.value(row->criterionId()));
        row->setReadOnly(evaluation.isSubmitted());
        titles.insert(row->criterionId(), row->criterion().title);
    }
    m_notes->setNotes(evaluation.notes, titles);
    m_notes->setReadOnly(evaluation.isSubmitted());
    m_submitButton->setVisible(!evaluation.isSubmitted());
    if (evaluation.isSubmitted())
        m_saveStatus->setText(tr("Submitted on %1; it can no longer be changed.")
                                  .arg(DisplayText::localTime(evaluation.submittedUtc)));
    else
        showSaved(evaluation.updatedUtc);
    updateTotal();
    m_pages->setCurrentIndex(ScoringPage);
    Q_EMIT markersChanged(m_notes->markers());
}

void ScorecardPanel::buildRows(const core::ScorecardTemplate& scorecard)
{
    while (QLayoutItem* item = m_rowsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows.clear();
    QWidget* previous = nullptr;
    for (const core::Section& section : scorecard.sections) {
        if (section.criteria.isEmpty())
            continue;
        auto* title = new QLabel(section.title, m_rowsHost);
        Theme::setRole(*title, "heading");
        m_rowsLayout->addWidget(title);
        for (const core::Criterion& criterion : section.criteria) {
            auto* row = new CriterionRow(criterion, m_rowsHost);
            connect(row, &CriterionRow::answerChanged, this, &ScorecardPanel::changed);
            m_rowsLayout->addWidget(row);
            if (previous)
                setTabOrder(previous, row);
            previous = row;
            m_rows.append(row);
        }
    }
    m_rowsLayout->addStretch(1);
}

CriterionRow* ScorecardPanel::row(const QString& criterionId) const
{
    for (CriterionRow* r : m_rows)
        if (r->criterionId() == criterionId)
            return r;
    return nullptr;
}

CriterionRow* ScorecardPanel::focusedRow() const
{
    for (CriterionRow* r : m_rows)
        if (r->hasFocus() || r->isAncestorOf(QApplication::focusWidget()))
            return r;
    return nullptr;
}

void ScorecardPanel::collect()
{
    if (!m_evaluation)
        return;
    for (CriterionRow* row : std::as_const(m_rows)) {
        const core::CriterionAnswer answer = row->answer();
        if (answer.score.isAnswered() || !answer.comment.isEmpty())
            m_evaluation->answers.insert(row->criterionId(), answer);
        else
            m_evaluation->answers.remove(row->criterionId());
    }
    m_evaluation->notes = m_notes->notes();
}

void ScorecardPanel::updateTotal()
{
    if (!m_evaluation || !m_scorecard)
        return;
    m_result = core::ScoreFormula::compute(*m_scorecard, m_evaluation->scores());
    QString text;
    using State = core::ScoreResult::State;
    if (m_result.state == State::NotScorable || !m_result.total)
        text = m_result.unanswered > 0 ? tr("No total yet: %n criterion/criteria still to score.",
                                            nullptr, m_result.unanswered)
                                       : tr("No total: every criterion is not applicable.");
    else if (m_result.state == State::Incomplete)
        text = tr("Total so far %1 (%n criterion/criteria still to score)", nullptr,
                  m_result.unanswered)
                   .arg(DisplayText::percent(*m_result.total));
    else
        text = tr("Total %1").arg(DisplayText::percent(*m_result.total));
    QStringList failed;
    for (const QString& id : std::as_const(m_result.failedCriteria))
        if (const core::Criterion* c = m_scorecard->criterion(id))
            failed << c->title;
    if (m_result.failed)
        text += QLatin1Char('\n') +
                tr("Failed on a critical criterion: %1").arg(failed.join(QStringLiteral(", ")));
    m_total->setText(text);
    Theme::setRole(*m_total, m_result.failed ? "error" : "heading");
    Theme::repolish(*m_total);
    for (CriterionRow* row : std::as_const(m_rows))
        row->setFailed(m_result.failedCriteria.contains(row->criterionId()));
}

void ScorecardPanel::changed()
{
    if (!m_evaluation || m_evaluation->isSubmitted())
        return;
    collect();
    updateTotal();
    m_dirty = true;
    m_saveStatus->setText(tr("Changed; saving…"));
    m_autosave.start();
}

bool ScorecardPanel::flush()
{
    m_autosave.stop();
    return !m_dirty || saveNow();
}

bool ScorecardPanel::saveNow()
{
    if (!m_evaluation || !m_dirty)
        return true;
    collect();
    auto saved = m_desk.saveDraft(m_person, *m_evaluation);
    if (!saved) {
        m_saveStatus->setText(tr("Not saved."));
        m_banner->showMessage(tr("Your changes could not be saved: %1").arg(saved.error().message),
                              MessageBanner::Kind::Error);
        return false;
    }
    m_dirty = false;
    m_evaluation->updatedUtc = m_vault.clock().nowUtc();
    showSaved(m_evaluation->updatedUtc);
    return true;
}

void ScorecardPanel::showSaved(const QDateTime& atUtc)
{
    m_saveStatus->setText(
        tr("Draft, saved automatically at %1")
            .arg(DisplayText::locale().toString(atUtc.toLocalTime().time(), QLocale::ShortFormat)));
}

void ScorecardPanel::beginNoteAt(qint64 atMs)
{
    if (!m_evaluation || m_evaluation->isSubmitted())
        return;
    const CriterionRow* focused = focusedRow();
    m_notes->beginNote(atMs, focused ? focused->criterionId() : QString());
}

void ScorecardPanel::submit()
{
    if (!m_evaluation || m_evaluation->isSubmitted())
        return;
    if (!flush())
        return;
    if (m_result.unanswered > 0) {
        m_banner->showMessage(tr("Score every criterion before you submit: %n still open.", nullptr,
                                 m_result.unanswered),
                              MessageBanner::Kind::Warning);
        return;
    }
    const auto answer = MessageBox::question(
        this, tr("Submit the evaluation"),
        tr("After submitting, nobody can change these scores. The agent will see them in the "
           "feedback session. Submit now?"));
    if (answer != QMessageBox::Yes)
        return;
    auto submitted = m_desk.submit(m_person, m_evaluation->id);
    if (!submitted) {
        m_banner->showMessage(submitted.error().message, MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(tr("The evaluation is submitted."), MessageBanner::Kind::Positive);
    showEvaluation(*submitted);
    showDeadline();
}

} // namespace cv::ui
