#pragma once

#include "core/Error.h"
#include "core/scoring/Evaluation.h"
#include "core/scoring/ScorecardTemplate.h"

#include <QByteArray>
#include <QJsonObject>

namespace cv::core {

// The scores of one evaluation as a JSON file ("coachvault-scores", format
// 1; docs/scores.md, example docs/examples/scores.json), for scripted and
// bulk evaluation (`coachvault-cli evaluate`) and for `evaluation show
// --json`. Read against the template version it scores, so every error
// names its field as a JSON path and the reason (BadInput):
// "Scores field scores[2].score: must be one of: yes, no, n.a.".
struct ScoreSheet
{
    QHash<QString, CriterionAnswer> answers;
    QList<TimedNote> notes;

    // `durationMs` > 0 bounds the notes' times.
    static Result<ScoreSheet> fromJson(const QByteArray& json, const ScorecardTemplate& scorecard,
                                       qint64 durationMs = 0);
    // The ids of the criteria `answers` leaves unanswered, in template order.
    QStringList unanswered(const ScorecardTemplate& scorecard) const;

    // The same format, written from an evaluation.
    static QJsonObject toJson(const Evaluation& evaluation, const ScorecardTemplate& scorecard);
    // One score as the file writes it: "yes", "no", "n.a." or a number.
    static QJsonValue scoreJson(const Scale& scale, const CriterionScore& score);
};

} // namespace cv::core
