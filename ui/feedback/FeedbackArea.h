#pragma once

#include "core/people/Person.h"
#include "core/scoring/Evaluation.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace cv::core {
class Administration;
class Vault;
} // namespace cv::core

namespace cv::ui {

class CallPane;
class FeedbackSessionPanel;
class MessageBanner;

// Where coach and agent go through a submitted evaluation together: the
// evaluation chosen at the top (the coach's own, about the agent signed in,
// or every one for a manager), the call on the left with the coach's notes
// as markers, the session on the right (FeedbackSessionPanel). The call's
// keys work anywhere in the area (CallPane).
class FeedbackArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackArea)
public:
    FeedbackArea(core::Vault& vault, core::Administration& admin, core::Person person,
                 QWidget* parent = nullptr);
    ~FeedbackArea() override;

    // Lists the evaluations again, keeping the one shown.
    void reload();
    bool openEvaluation(core::EvaluationId id);

    QComboBox* chooser() const { return m_chooser; }
    CallPane* call() const { return m_call; }
    FeedbackSessionPanel* session() const { return m_session; }
    MessageBanner* banner() const { return m_banner; }

public Q_SLOTS:
    void secure(); // the window locks: stop playing

protected:
    void showEvent(QShowEvent* event) override; // lists what was submitted meanwhile

private:
    core::Vault& m_vault;
    core::Administration& m_admin;
    core::Person m_person;
    MessageBanner* m_banner = nullptr;
    QComboBox* m_chooser = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyState = nullptr;
    CallPane* m_call = nullptr;
    QLabel* m_destroyed = nullptr; // in place of the call once it is destroyed
    FeedbackSessionPanel* m_session = nullptr;
};

} // namespace cv::ui
