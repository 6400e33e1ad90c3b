#pragma once

#include "core/scoring/Evaluation.h"
#include "core/scoring/ScorecardTemplate.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace cv::ui {

// The coach changes one criterion's score during the feedback session: the
// new value on the criterion's scale (or n.a. where the scale allows) and the
// comment, which starts as the current one. The change is kept with what it
// was before (FeedbackDesk::adjust).
class AdjustScoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdjustScoreDialog)
public:
    AdjustScoreDialog(const core::Criterion& criterion, const core::CriterionAnswer& current,
                      QWidget* parent = nullptr);
    core::CriterionAnswer answer() const;

private:
    QComboBox* m_value = nullptr;
    QLineEdit* m_comment = nullptr;
};

} // namespace cv::ui
