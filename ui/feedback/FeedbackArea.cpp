#include "ui/feedback/FeedbackArea.h"

#include "core/admin/Administration.h"
#include "core/retention/RetentionStore.h"
#include "core/scoring/EvaluationStore.h"
#include "ui/DisplayText.h"
#include "ui/MessageBanner.h"
#include "ui/feedback/FeedbackSessionPanel.h"
#include "ui/review/CallPane.h"
#include "ui/review/RecordingDetails.h"
#include "ui/waveform/WaveformView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cv::ui {

FeedbackArea::FeedbackArea(core::Vault& vault, core::Administration& admin, core::Person person,
                           QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_admin(admin)
    , m_person(std::move(person))
{
    setObjectName(QStringLiteral("feedbackArea"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    auto* top = new QHBoxLayout;
    auto* chooserLabel = new QLabel(tr("&Evaluation:"), this);
    m_chooser = new QComboBox(this);
    m_chooser->setObjectName(QStringLiteral("feedbackChooser"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    chooserLabel->setBuddy(m_chooser);
    top->addWidget(chooserLabel);
    top->addWidget(m_chooser, 1);
    layout->addLayout(top);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);
    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(QStringLiteral("feedbackEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_stack->addWidget(m_emptyState);

    // The call across the top at its natural height, the session under it
    // with the rest.
    auto* page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("feedbackPage"));
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    auto* left = new QStackedWidget(page);
    m_call = new CallPane(vault, admin, m_person, *m_banner, left);
    m_destroyed = new QLabel(left);
    m_destroyed->setObjectName(QStringLiteral("feedbackRecordingGone"));
    m_destroyed->setAlignment(Qt::AlignCenter);
    m_destroyed->setWordWrap(true);
    left->addWidget(m_call);
    left->addWidget(m_destroyed);
    left->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_session = new FeedbackSessionPanel(vault, admin, m_person, page);
    m_call->details()->hide(); // the Review area shows them; here the scores need the room
    m_call->waveform()->setMinimumHeight(150);
    m_call->waveform()->setMaximumHeight(190);
    m_call->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    pageLayout->addWidget(left, 0);
    pageLayout->addWidget(m_session, 1);
    m_stack->addWidget(page);
    m_call->installShortcuts(this);

    connect(m_chooser, &QComboBox::activated, this,
            [this](int index) { openEvaluation(m_chooser->itemData(index).toLongLong()); });
    connect(m_session, &FeedbackSessionPanel::markersChanged, m_call->waveform(),
            &WaveformView::setMarkers);
    connect(m_session, &FeedbackSessionPanel::playFrom, this, [this](qint64 ms) {
        m_call->seekTo(ms);
        m_call->play();
    });
    connect(m_session, &FeedbackSessionPanel::problem, this, [this](const QString& text) {
        m_banner->showMessage(text, MessageBanner::Kind::Error);
    });
    connect(m_session, &FeedbackSessionPanel::information, this, [this](const QString& text) {
        m_banner->showMessage(text, MessageBanner::Kind::Positive);
    });
    connect(m_session, &FeedbackSessionPanel::changed, this, &FeedbackArea::reload);
    reload();
}

FeedbackArea::~FeedbackArea()
{
    m_call->close(); // while every widget is whole: see CallPane
}

void FeedbackArea::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void FeedbackArea::secure()
{
    m_call->pause();
}

void FeedbackArea::reload()
{
    const auto shown = m_session->evaluation();
    core::EvaluationFilter filter;
    filter.kind = core::EvaluationKind::Coach;
    const bool seesAll = m_person.hasRole(core::Role::Manager);
    QSignalBlocker quiet(m_chooser);
    m_chooser->clear();
    const QList<core::Evaluation> evaluations = core::EvaluationStore(m_vault).list(filter);
    const QHash<core::PersonId, QString> names = DisplayText::personNames(m_admin);
    for (const core::Evaluation& e : evaluations) {
        if (e.status == core::EvaluationStatus::Draft)
            continue;
        if (!seesAll && e.evaluator != m_person.id && e.agent != m_person.id)
            continue;
        const QString state = e.isSignedOff() ? tr("signed") : tr("to discuss");
        m_chooser->addItem(tr("Evaluation %1 of %2's call, submitted %3 (%4)")
                               .arg(e.id)
                               .arg(names.value(e.agent, QString::number(e.agent)),
                                    DisplayText::localTime(e.submittedUtc), state),
                           e.id);
    }
    m_chooser->setEnabled(m_chooser->count() > 0);
    if (m_chooser->count() == 0) {
        m_emptyState->setText(tr("No submitted evaluation to discuss yet. Once a coach submits "
                                 "an evaluation in the Review area, coach and agent go through "
                                 "it here and sign it off."));
        m_stack->setCurrentWidget(m_emptyState);
        return;
    }
    if (shown)
        m_chooser->setCurrentIndex(std::max(0, m_chooser->findData(*shown)));
    else
        m_emptyState->setText(tr("Choose an evaluation above to go through it with the agent."));
    if (!shown)
        m_stack->setCurrentWidget(m_emptyState);
}

bool FeedbackArea::openEvaluation(core::EvaluationId id)
{
    if (!m_session->setEvaluation(id))
        return false;
    m_banner->clear();
    const core::ReportInput* shown = m_session->shown();
    const std::optional<core::RecordingId> recording =
        shown && shown->recording ? std::optional(shown->recording->id) : std::nullopt;
    auto* left = qobject_cast<QStackedWidget*>(m_call->parentWidget());
    if (recording && m_call->open(*recording)) {
        left->setCurrentWidget(m_call);
        m_call->waveform()->setMarkers(m_session->markers()); // the coach's notes
    } else {
        m_call->close();
        const auto tombstone =
            recording ? core::RetentionStore(m_vault).tombstone(*recording) : std::nullopt;
        m_destroyed->setText(tombstone ? DisplayText::destroyed(*tombstone)
                                       : tr("The recording of this call is no longer held; the "
                                            "evaluation and its sign-offs remain."));
        left->setCurrentWidget(m_destroyed);
    }
    if (const int index = m_chooser->findData(id); index >= 0)
        m_chooser->setCurrentIndex(index);
    m_stack->setCurrentIndex(1);
    return true;
}

} // namespace cv::ui
