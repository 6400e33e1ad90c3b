#include "ui/feedback/ScoreComparisonModel.h"

#include "ui/Theme.h"

#include <QFont>

namespace cv::ui {

ScoreComparisonModel::ScoreComparisonModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ScoreComparisonModel::setEvaluations(const core::ScorecardTemplate& scorecard,
                                          const core::Evaluation& coach,
                                          const std::optional<core::Evaluation>& self)
{
    beginResetModel();
    m_scorecard = scorecard;
    m_coach = coach;
    m_self = self;
    m_adjustedFrom.clear();
    m_rows.clear();
    // Rows point into m_scorecard, which is not touched again until the next reset.
    for (const core::Section& section : std::as_const(m_scorecard.sections)) {
        if (section.criteria.isEmpty())
            continue;
        m_rows.append(Row{section.title, nullptr});
        for (const core::Criterion& criterion : section.criteria)
            m_rows.append(Row{{}, &criterion});
    }
    endResetModel();
}

void ScoreComparisonModel::setAdjustedFrom(const QHash<QString, core::CriterionScore>& before)
{
    m_adjustedFrom = before;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ScoreComparisonModel::rowOf(const QString& criterionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).criterion && m_rows.at(row).criterion->id == criterionId)
            return row;
    }
    return -1;
}

int ScoreComparisonModel::differences() const
{
    int count = 0;
    for (const Row& row : m_rows)
        count += row.criterion && differs(*row.criterion) ? 1 : 0;
    return count;
}

bool ScoreComparisonModel::differs(const core::Criterion& criterion) const
{
    if (!m_self)
        return false;
    const core::CriterionScore coach = m_coach.answers.value(criterion.id).score;
    const core::CriterionScore self = m_self->answers.value(criterion.id).score;
    if (!coach.isAnswered() || !self.isAnswered())
        return false;
    return coach.value != self.value || coach.notApplicable != self.notApplicable;
}

QString ScoreComparisonModel::scoreText(const core::Scale& scale, const core::CriterionScore& score)
{
    if (score.notApplicable)
        return tr("n.a.");
    if (!score.value)
        return tr("—");
    return scale.valueText(*score.value);
}

int ScoreComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScoreComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScoreComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (!row.criterion) { // a section
        if (role == Qt::DisplayRole && index.column() == Criterion)
            return row.sectionTitle;
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const core::Criterion& criterion = *row.criterion;
    const core::CriterionAnswer coach = m_coach.answers.value(criterion.id);
    const std::optional<core::CriterionAnswer> self =
        m_self ? std::optional(m_self->answers.value(criterion.id)) : std::nullopt;
    const bool different = differs(criterion);
    const auto adjusted = m_adjustedFrom.constFind(criterion.id);
    switch (role) {
    case kCriterionIdRole:
        return criterion.id;
    case kDiffersRole:
        return different;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Criterion:
            return criterion.critical ? tr("%1 (critical)").arg(criterion.title) : criterion.title;
        case Coach:
            return adjusted != m_adjustedFrom.cend()
                       ? tr("%1 (was %2)")
                             .arg(scoreText(criterion.scale, coach.score),
                                  scoreText(criterion.scale, *adjusted))
                       : scoreText(criterion.scale, coach.score);
        case Agent:
            return self ? scoreText(criterion.scale, self->score) : tr("—");
        case CoachComment:
            return coach.comment;
        case AgentComment:
            return self ? self->comment : QString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CoachComment || index.column() == AgentComment)
            return data(index, Qt::DisplayRole);
        if (different)
            return tr("The coach and the agent scored this differently.");
        if (index.column() == Criterion)
            return criterion.guidance;
        return {};
    case Qt::BackgroundRole:
        return different ? QVariant(Theme::differenceBackground()) : QVariant();
    case Qt::FontRole:
        if (different && (index.column() == Coach || index.column() == Agent)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ScoreComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Criterion:
        return tr("Criterion");
    case Coach:
        return tr("Coach");
    case Agent:
        return tr("Agent (self-evaluation)");
    case CoachComment:
        return tr("Coach's comment");
    case AgentComment:
        return tr("Agent's comment");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cv::ui
