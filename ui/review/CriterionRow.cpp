#include "ui/review/CriterionRow.h"

#include "ui/Theme.h"

#include <QButtonGroup>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

constexpr int kNotApplicableId = 1000; // QButtonGroup takes -1 for "assign an id"

bool isYesNo(core::ScaleKind kind)
{
    return kind == core::ScaleKind::YesNo || kind == core::ScaleKind::YesNoNa;
}

} // namespace

CriterionRow::CriterionRow(const core::Criterion& criterion, QWidget* parent)
    : QFrame(parent)
    , m_criterion(criterion)
{
    setObjectName(QStringLiteral("criterion_") + criterion.id);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::StyledPanel);
    setProperty("criterionRow", true);
    setAccessibleName(criterion.title);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);

    auto* top = new QHBoxLayout;
    m_title = new QLabel(criterion.title, this);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    top->addWidget(m_title, 1);
    if (criterion.critical) {
        auto* critical = new QLabel(tr("critical"), this);
        critical->setObjectName(QStringLiteral("criticalTag"));
        critical->setToolTip(
            tr("Scored at its lowest value, this criterion fails the whole call."));
        Theme::setRole(*critical, "warning");
        top->addWidget(critical);
    }
    if (criterion.weight != 1.0) {
        auto* weight = new QLabel(tr("weight %1").arg(criterion.weight), this);
        Theme::setRole(*weight, "muted");
        top->addWidget(weight);
    }
    layout->addLayout(top);
    if (!criterion.guidance.isEmpty()) {
        setToolTip(criterion.guidance);
        m_title->setToolTip(criterion.guidance);
    }

    auto* values = new QHBoxLayout;
    values->setSpacing(4);
    m_buttons = new QButtonGroup(this);
    m_buttons->setExclusive(true);
    const core::Scale& scale = criterion.scale;
    const auto addButton = [&](const QString& text, const QString& tip, int id) {
        auto* button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus); // the row has the focus and the keys
        button->setObjectName(
            QStringLiteral("value_%1")
                .arg(id == kNotApplicableId ? QStringLiteral("na") : QString::number(id)));
        m_buttons->addButton(button, id);
        values->addWidget(button);
        return button;
    };
    if (isYesNo(scale.kind)) {
        addButton(tr("Yes"), tr("Yes (%1)").arg(1), 1);
        addButton(tr("No"), tr("No (%1)").arg(0), 0);
        if (scale.allowsNotApplicable())
            m_notApplicable =
                addButton(tr("n.a."), tr("Not applicable to this call (9)"), kNotApplicableId);
    } else {
        for (int v = scale.minimum(); v <= scale.maximum(); ++v) {
            QString tip = scale.valueText(v);
            if (v <= 9)
                tip += QStringLiteral(" (%1)").arg(v);
            addButton(QString::number(v), tip, v);
        }
    }
    values->addStretch(1);
    layout->addLayout(values);

    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setPlaceholderText(tr("Comment (Enter)"));
    m_comment->setAccessibleName(tr("Comment on %1").arg(criterion.title));
    // Tab goes from criterion to criterion; Enter on the row edits this.
    m_comment->setFocusPolicy(Qt::ClickFocus);
    m_comment->installEventFilter(this);
    layout->addWidget(m_comment);

    connect(m_buttons, &QButtonGroup::idClicked, this, [this](int id) {
        choose(id == kNotApplicableId ? core::CriterionScore::na() : core::CriterionScore::of(id));
    });
    connect(m_comment, &QLineEdit::textEdited, this, &CriterionRow::answerChanged);
}

core::CriterionAnswer CriterionRow::answer() const
{
    return {m_score, m_comment->text()};
}

void CriterionRow::setAnswer(const core::CriterionAnswer& answer)
{
    m_score = answer.score;
    showScore(m_score);
    if (m_comment->text() != answer.comment)
        m_comment->setText(answer.comment);
}

void CriterionRow::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QAbstractButton* button : m_buttons->buttons())
        button->setEnabled(!readOnly);
    m_comment->setReadOnly(readOnly);
}

void CriterionRow::setFailed(bool failed)
{
    setProperty("failed", failed);
    Theme::repolish(*this);
}

QToolButton* CriterionRow::valueButton(int value) const
{
    return qobject_cast<QToolButton*>(m_buttons->button(value));
}

QToolButton* CriterionRow::notApplicableButton() const
{
    return m_notApplicable;
}

std::optional<core::CriterionScore> CriterionRow::scoreForKey(int key) const
{
    if (key < Qt::Key_0 || key > Qt::Key_9)
        return std::nullopt;
    const int digit = key - Qt::Key_0;
    const core::Scale& scale = m_criterion.scale;
    if (isYesNo(scale.kind)) {
        if (digit == 1 || digit == 0)
            return core::CriterionScore::of(digit);
        if (digit == 9 && scale.allowsNotApplicable())
            return core::CriterionScore::na();
        return std::nullopt;
    }
    if (scale.accepts(digit))
        return core::CriterionScore::of(digit);
    return std::nullopt;
}

void CriterionRow::keyPressEvent(QKeyEvent* event)
{
    const bool plain = !(event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier));
    if (plain && !m_readOnly) {
        if (const auto score = scoreForKey(event->key())) {
            choose(*score);
            event->accept();
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            choose({});
            event->accept();
            return;
        }
    }
    if (plain && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        m_comment->setFocus(Qt::OtherFocusReason);
        m_comment->selectAll();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

bool CriterionRow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_comment && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter ||
            key->key() == Qt::Key_Escape) {
            setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void CriterionRow::focusInEvent(QFocusEvent* event)
{
    setProperty("focusedRow", true);
    Theme::repolish(*this);
    QFrame::focusInEvent(event);
}

void CriterionRow::focusOutEvent(QFocusEvent* event)
{
    setProperty("focusedRow", false);
    Theme::repolish(*this);
    QFrame::focusOutEvent(event);
}

void CriterionRow::choose(const core::CriterionScore& score)
{
    if (m_readOnly)
        return;
    m_score = score;
    showScore(score);
    Q_EMIT answerChanged();
}

void CriterionRow::showScore(const core::CriterionScore& score)
{
    const int id = score.notApplicable ? kNotApplicableId : score.value.value_or(INT_MIN);
    QAbstractButton* chosen = m_buttons->button(id);
    if (chosen) {
        chosen->setChecked(true);
        return;
    }
    // Nothing chosen: an exclusive group cannot uncheck its last button.
    m_buttons->setExclusive(false);
    for (QAbstractButton* button : m_buttons->buttons())
        button->setChecked(false);
    m_buttons->setExclusive(true);
}

} // namespace cv::ui
