#include "ui/feedback/AdjustScoreDialog.h"

#include "ui/feedback/ScoreComparisonModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cv::ui {

namespace {

constexpr int kNotApplicable = -1;

} // namespace

AdjustScoreDialog::AdjustScoreDialog(const core::Criterion& criterion,
                                     const core::CriterionAnswer& current, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("adjustScoreDialog"));
    setWindowTitle(tr("Adjust score"));
    auto* form = new QFormLayout(this);
    auto* title = new QLabel(criterion.title, this);
    title->setWordWrap(true);
    form->addRow(tr("Criterion:"), title);
    form->addRow(tr("Now:"),
                 new QLabel(ScoreComparisonModel::scoreText(criterion.scale, current.score), this));
    m_value = new QComboBox(this);
    m_value->setObjectName(QStringLiteral("adjustValue"));
    for (int v = criterion.scale.minimum(); v <= criterion.scale.maximum(); ++v)
        m_value->addItem(criterion.scale.valueText(v), v);
    if (criterion.scale.allowsNotApplicable())
        m_value->addItem(tr("n.a."), kNotApplicable);
    const int at = current.score.notApplicable
                       ? m_value->findData(kNotApplicable)
                       : m_value->findData(current.score.value.value_or(criterion.scale.minimum()));
    m_value->setCurrentIndex(std::max(0, at));
    form->addRow(tr("&New score:"), m_value);
    m_comment = new QLineEdit(current.comment, this);
    m_comment->setObjectName(QStringLiteral("adjustComment"));
    form->addRow(tr("&Comment:"), m_comment);
    form->addRow(
        new QLabel(tr("The score before the change stays on record and on the report."), this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Adjust"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

core::CriterionAnswer AdjustScoreDialog::answer() const
{
    core::CriterionAnswer answer;
    const int value = m_value->currentData().toInt();
    answer.score =
        value == kNotApplicable ? core::CriterionScore::na() : core::CriterionScore::of(value);
    answer.comment = m_comment->text().trimmed();
    return answer;
}

} // namespace cv::ui
