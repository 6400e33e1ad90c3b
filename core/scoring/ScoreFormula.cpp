#include "core/scoring/ScoreFormula.h"

namespace cv::core {

namespace {

struct Sum
{
    double weighted = 0;
    double weights = 0;

    void add(double weight, double s)
    {
        weighted += weight * s;
        weights += weight;
    }
    std::optional<double> percent() const
    {
        if (weights <= 0)
            return std::nullopt;
        return 100.0 * weighted / weights;
    }
};

} // namespace

double ScoreFormula::normalised(const Scale& scale, int value)
{
    switch (scale.kind) {
    case ScaleKind::YesNo:
    case ScaleKind::YesNoNa:
        return value > 0 ? 1.0 : 0.0;
    case ScaleKind::OneToFive:
        return double(value - 1) / 4.0;
    case ScaleKind::Points:
        return scale.maxPoints > 0 ? double(value) / double(scale.maxPoints) : 0.0;
    }
    return 0.0;
}

ScoreResult ScoreFormula::compute(const ScorecardTemplate& scorecard,
                                  const QHash<QString, CriterionScore>& scores)
{
    ScoreResult result;
    Sum total;
    for (const Section& section : scorecard.sections) {
        if (section.criteria.isEmpty())
            continue;
        Sum sectionSum;
        for (const Criterion& c : section.criteria) {
            const CriterionScore score = scores.value(c.id);
            if (score.notApplicable && c.scale.allowsNotApplicable()) {
                ++result.notApplicable;
                continue;
            }
            if (!score.value || !c.scale.accepts(*score.value)) {
                ++result.unanswered;
                continue;
            }
            ++result.answered;
            const double s = normalised(c.scale, *score.value);
            sectionSum.add(c.weight, s);
            total.add(c.weight, s);
            if (c.critical && *score.value == c.scale.minimum()) {
                result.failed = true;
                result.failedCriteria << c.id;
            }
        }
        result.sections << SectionScore{section.title, sectionSum.percent()};
    }
    result.total = total.percent();
    if (result.unanswered > 0)
        result.state = ScoreResult::State::Incomplete;
    else if (result.total)
        result.state = ScoreResult::State::Complete;
    else
        result.state = ScoreResult::State::NotScorable;
    return result;
}

QString scoreStateName(ScoreResult::State state)
{
    switch (state) {
    case ScoreResult::State::Complete:
        return QStringLiteral("complete");
    case ScoreResult::State::Incomplete:
        return QStringLiteral("incomplete");
    case ScoreResult::State::NotScorable:
        return QStringLiteral("not-scorable");
    }
    return {};
}

} // namespace cv::core
