#pragma once

#include "core/people/Person.h"

#include <QWidget>

class QComboBox;
class QPushButton;

namespace cv::core {
class Administration;
class Vault;
} // namespace cv::core

namespace cv::ui {

class MessageBanner;
class SubjectDataView;

// "My data" (R-ACCESS-1, R-AUTH-2): everyone signed in sees what the vault
// holds about them — the recordings still held, the evaluations and their
// reports, who accessed their data, who may monitor them and the policy in
// force — and exports it all into a folder they choose ("Export my data",
// the answer to a GDPR art. 15 request, core::SubjectExport). A privacy
// officer chooses the person; everyone else sees only themselves.
class MyDataArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyDataArea)
public:
    MyDataArea(core::Vault& vault, core::Administration& admin, core::Person person,
               QWidget* parent = nullptr);
    ~MyDataArea() override;

    // Reads the data of the chosen person again.
    void reload();
    // Asks for a folder, then writes the export there (a new folder inside it
    // when it is not empty). Returns the folder written, or empty.
    QString exportData();

    QComboBox* subjectChooser() const { return m_subject; }
    QPushButton* exportButton() const { return m_export; }
    SubjectDataView* view() const { return m_view; }
    MessageBanner* banner() const { return m_banner; }

Q_SIGNALS:
    void openRecording(qint64 id);
    void openEvaluation(qint64 id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    core::PersonId subject() const;
    void listSubjects();

    core::Vault& m_vault;
    core::Administration& m_admin;
    core::Person m_person;
    MessageBanner* m_banner = nullptr;
    QComboBox* m_subject = nullptr;
    QPushButton* m_export = nullptr;
    SubjectDataView* m_view = nullptr;
    bool m_subjectsListed = false;
};

} // namespace cv::ui
