#pragma once

#include "core/scoring/ScorecardTemplate.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cv::core {

// One criterion's answer: a value on its scale, "n.a." (YesNoNa only), or
// nothing yet.
struct CriterionScore
{
    std::optional<int> value;
    bool notApplicable = false;

    bool isAnswered() const { return value.has_value() || notApplicable; }
    static CriterionScore of(int v) { return CriterionScore{v, false}; }
    static CriterionScore na() { return CriterionScore{std::nullopt, true}; }
};

struct SectionScore
{
    QString title;
    std::optional<double> percent; // empty: nothing scorable answered in it
};

// What ScoreFormula computes for one evaluation.
struct ScoreResult
{
    enum class State
    {
        Complete,    // every criterion answered; total over the scorable ones
        Incomplete,  // some criteria unanswered; total so far over those answered
        NotScorable, // everything answered is n.a.: there is no total
    };
    State state = State::NotScorable;
    std::optional<double> total; // 0..100; empty when nothing scorable is answered
    bool failed = false;         // a critical criterion scored at its minimum
    QStringList failedCriteria;  // their ids, in template order
    int answered = 0;            // with a value (n.a. not counted)
    int notApplicable = 0;
    int unanswered = 0;
    QList<SectionScore> sections; // in template order, empty sections left out
};

// The one score formula (docs/scoring.md):
// - each answered criterion gets a normalised score s in [0, 1]:
//   yes = 1, no = 0; 1–5: (v − 1) / 4; points: v / N;
// - n.a. criteria leave both the numerator and the denominator;
// - total = 100 × Σ(weight × s) / Σ(weight) over the answered criteria;
//   a section's percentage is the same over its own criteria;
// - any critical criterion scored at its minimum (no, 1, 0) fails the call:
//   the total is still computed and shown, flagged failed;
// - sections without criteria are ignored; when every answered criterion
//   is n.a. there is no total (NotScorable); unanswered criteria make the
//   result Incomplete (a total over the answered ones is shown live).
// Values outside a criterion's scale are treated as unanswered (callers
// validate input first: ScoreSheet, EvaluationDesk).
class ScoreFormula final
{
public:
    static ScoreResult compute(const ScorecardTemplate& scorecard,
                               const QHash<QString, CriterionScore>& scores);
    // s in [0, 1] for a value on `scale`.
    static double normalised(const Scale& scale, int value);
};

QString scoreStateName(ScoreResult::State state); // "complete", "incomplete", "not-scorable"

} // namespace cv::core
