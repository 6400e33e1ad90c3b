#pragma once

#include "core/audit/AuditLog.h"
#include "core/people/Person.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace cv::core {
class Administration;
class Clock;
} // namespace cv::core

namespace cv::ui {

class AuditTableModel;
class MessageBanner;

// The audit trail (R-AUTH-3) for one signed-in person: the entries
// Administration::auditEntries gives them (everything for privacy officers
// and administrators, otherwise only entries about their own data; the core
// decides), newest first, with filters and, for those allowed, "Verify
// chain". Every query is itself audited by the core, so filter changes are
// gathered for a moment before one query runs.
class AuditArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditArea)

public:
    AuditArea(core::Administration& admin, const core::Clock& clock, const core::Person& actor,
              QWidget* parent = nullptr);

    // Queries with the filters as set now.
    void applyFilters();
    void verifyChain();

    core::AuditFilter filter() const;
    AuditTableModel* model() const { return m_model; }

private:
    void scheduleQuery();

    core::Administration& m_admin;
    const core::Person m_actor;
    QTimer m_debounce;
    MessageBanner* m_banner = nullptr;
    QComboBox* m_actorFilter = nullptr;   // only when all entries are visible
    QComboBox* m_subjectFilter = nullptr; // idem
    QComboBox* m_actionFilter = nullptr;
    QComboBox* m_outcomeFilter = nullptr;
    QCheckBox* m_dateRange = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_count = nullptr;
    AuditTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace cv::ui
