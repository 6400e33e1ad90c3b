#pragma once

#include "core/people/Person.h"
#include "core/policy/Policy.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace cv::core {
class Administration;
class Clock;
} // namespace cv::core

namespace cv::ui {

class MessageBanner;
class PolicyHistoryModel;

// The monitoring policy, readable by everyone: the version in force (or the
// one selected in the history below), with its purposes, legal bases,
// sampling and terms; private lines only as a count. Managers and privacy
// officers also get "New version…" (PolicyEditorDialog).
class PolicyTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyTab)

public:
    PolicyTab(core::Administration& admin, const core::Clock& clock, const core::Person& actor,
              QWidget* parent = nullptr);

    void reload();
    // Opens the editor on the version in force; returns it (tests).
    class PolicyEditorDialog* editNewVersion();

    // The policy as people read it (rich text).
    static QString summaryHtml(const core::Policy& policy, bool inForce);

private:
    void showSelectedVersion();

    core::Administration& m_admin;
    const core::Clock& m_clock;
    const core::Person m_actor;
    std::optional<core::Policy> m_inForce;
    QList<core::Policy> m_history;
    MessageBanner* m_banner = nullptr;
    QLabel* m_headline = nullptr;
    QPushButton* m_editButton = nullptr;
    QTextBrowser* m_summary = nullptr;
    PolicyHistoryModel* m_historyModel = nullptr;
    QTableView* m_historyTable = nullptr;
};

} // namespace cv::ui
