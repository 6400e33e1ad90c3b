#pragma once

#include "core/people/Person.h"

#include <QWidget>

class QAction;
class QPushButton;
class QTableView;

namespace cv::core {
class Administration;
class Clock;
} // namespace cv::core

namespace cv::ui {

class AuthorisationTableModel;
class MessageBanner;

// "Who may listen to my calls" (R-AUTH-2): the authorisations, open to
// everyone. Managers also get Authorise… (Ctrl+N) and Revoke (Del, after a
// confirmation). The administration, clock and `actor` are used for the
// widget's lifetime.
class AuthorisationsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorisationsTab)

public:
    AuthorisationsTab(core::Administration& admin, const core::Clock& clock,
                      const core::Person& actor, QWidget* parent = nullptr);

    void reload();
    void authorise();
    void revokeSelected();

    AuthorisationTableModel* model() const { return m_model; }

private:
    void updateActions();

    core::Administration& m_admin;
    const core::Clock& m_clock;
    const core::Person m_actor;
    MessageBanner* m_banner = nullptr;
    AuthorisationTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QAction* m_revokeAction = nullptr;
    QPushButton* m_revokeButton = nullptr;
};

} // namespace cv::ui
