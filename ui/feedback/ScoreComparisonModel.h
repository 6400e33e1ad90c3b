#pragma once

#include "core/scoring/Evaluation.h"
#include "core/scoring/ScorecardTemplate.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace cv::ui {

// A feedback session's table: per criterion of the template, the coach's
// score and comment beside the agent's self-evaluation, section by section
// (a section is a row of its own). A criterion where the two differ is
// highlighted and says so in its tooltip; one the coach adjusted during the
// session shows what it was before.
class ScoreComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreComparisonModel)
public:
    enum Column
    {
        Criterion,
        Coach,
        Agent,
        CoachComment,
        AgentComment,
        ColumnCount,
    };
    // The criterion's id on criterion rows; empty on section rows.
    static constexpr int kCriterionIdRole = Qt::UserRole + 1;
    // True where the coach's and the agent's scores differ.
    static constexpr int kDiffersRole = Qt::UserRole + 2;

    explicit ScoreComparisonModel(QObject* parent = nullptr);

    // `self` empty: the agent did not evaluate themselves.
    void setEvaluations(const core::ScorecardTemplate& scorecard, const core::Evaluation& coach,
                        const std::optional<core::Evaluation>& self);
    // Scores the coach changed during the session: the score before, by
    // criterion id.
    void setAdjustedFrom(const QHash<QString, core::CriterionScore>& before);
    int rowOf(const QString& criterionId) const; // -1 when absent
    int differences() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString scoreText(const core::Scale& scale, const core::CriterionScore& score);

private:
    struct Row
    {
        QString sectionTitle;                  // section rows
        const core::Criterion* criterion = {}; // criterion rows
    };
    bool differs(const core::Criterion& criterion) const;

    core::ScorecardTemplate m_scorecard;
    core::Evaluation m_coach;
    std::optional<core::Evaluation> m_self;
    QHash<QString, core::CriterionScore> m_adjustedFrom;
    QList<Row> m_rows;
};

} // namespace cv::ui
