#pragma once

#include "core/scoring/Evaluation.h"

#include <QFrame>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QToolButton;

namespace cv::ui {

// One criterion of a scorecard while it is scored: its title (and whether it
// is critical), the coach's guidance as a tooltip, one button per value of
// its scale and a comment. The row itself takes focus, so that Tab moves
// from criterion to criterion and the keys score the focused one:
//   yes/no scales   1 yes, 0 no, 9 n.a. (when the scale allows it);
//   1–5             1 … 5;
//   points 0–N      0 … N (N up to 9);
//   Delete or Backspace clears the score, Enter edits the comment (Enter or
//   Escape there returns to the row).
// Keys the row does not use (Space, J, K, L, arrows …) go on to the Review
// area's shortcuts.
class CriterionRow final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CriterionRow)
public:
    CriterionRow(const core::Criterion& criterion, QWidget* parent = nullptr);

    const QString& criterionId() const { return m_criterion.id; }
    const core::Criterion& criterion() const { return m_criterion; }

    core::CriterionAnswer answer() const;
    void setAnswer(const core::CriterionAnswer& answer); // emits nothing
    void setReadOnly(bool readOnly);
    // Marks the row when its critical criterion failed (ScoreFormula).
    void setFailed(bool failed);

    QLineEdit* commentField() const { return m_comment; }
    QToolButton* valueButton(int value) const; // nullptr if not on the scale
    QToolButton* notApplicableButton() const;  // nullptr unless yes/no/n.a.

    // The value a key scores on this row's scale, if any (the rules above).
    std::optional<core::CriterionScore> scoreForKey(int key) const;

Q_SIGNALS:
    void answerChanged(); // by the person: a value, n.a., cleared, or the comment

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose(const core::CriterionScore& score); // by the person
    void showScore(const core::CriterionScore& score);

    core::Criterion m_criterion;
    core::CriterionScore m_score;
    bool m_readOnly = false;
    QButtonGroup* m_buttons = nullptr;
    QToolButton* m_notApplicable = nullptr;
    QLineEdit* m_comment = nullptr;
    QLabel* m_title = nullptr;
};

} // namespace cv::ui
