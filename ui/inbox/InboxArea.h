#pragma once

#include "core/domain/Purpose.h"
#include "core/people/Person.h"
#include "core/recordings/Recording.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMimeData;
class QStackedWidget;
class QTableView;
class QTimer;

namespace cv::core {
class Administration;
class Vault;
} // namespace cv::core

namespace cv::ui {

class ImportProgressDialog;
class ImportSummaryDialog;
class MessageBanner;
class RecordingSortFilter;
class RecordingTableModel;

// The Inbox for one signed-in person: the recordings they may see
// (core::RecordingCatalogue; agents only their own), newest call first,
// sortable and filterable; Enter or a double click asks to open one
// (openRecording). Persons who may bring calls in (Action::MonitorCall:
// coaches and managers) also get Import files… (Ctrl+I), Import folder…, a
// purpose for the import (remembered), and may drop files and folders on
// the area. An import runs core::ImportBatch on the GUI thread (the vault's)
// behind a window-modal ImportProgressDialog with Cancel, handling events
// between steps, and ends with an ImportSummaryDialog.
// Made at sign-in, destroyed at sign-out (even during an import: the
// import then stops after the current call).
class InboxArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxArea)

public:
    InboxArea(core::Vault& vault, core::Administration& admin, const core::Person& actor,
              QWidget* parent = nullptr);
    ~InboxArea() override;

    // Reads the recordings again (an audited listing).
    void reload();
    // Imports the calls found under files and folders (docs/manifest.md),
    // for importPurpose(). Returns when the import is done or cancelled.
    void importPaths(const QStringList& paths);

    bool canImport() const { return m_canImport; }
    bool isImporting() const { return m_importing; }
    core::Purpose importPurpose() const;
    void setImportPurpose(core::Purpose purpose);

    RecordingTableModel* model() const { return m_model; }
    RecordingSortFilter* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QAction* importFilesAction() const { return m_importFiles; }   // nullptr when not allowed
    QAction* importFolderAction() const { return m_importFolder; } // idem
    // The report of the last import, until it is closed.
    ImportSummaryDialog* lastReport() const;

Q_SIGNALS:
    // Enter or a double click on a recording.
    void openRecording(core::RecordingId id);
    // A notice's link to an evaluation (a dispute to answer).
    void openEvaluation(qint64 evaluationId);
    // An import brought new recordings in.
    void recordingsImported();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildToolbar();
    void chooseFiles();
    void chooseFolder();
    void updateView();
    void showNotices(); // disputes to answer
    void fitColumns();
    void showDropHint(bool shown);
    void showPendingReport();
    static QStringList localPaths(const QMimeData* mime);

    core::Vault& m_vault;
    core::Administration& m_admin;
    const core::Person m_actor;
    const bool m_canImport;
    bool m_importing = false;
    MessageBanner* m_banner = nullptr;
    QAction* m_importFiles = nullptr;
    QAction* m_importFolder = nullptr;
    QComboBox* m_purpose = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_notices = nullptr;
    QStackedWidget* m_pages = nullptr; // the table, or the empty state
    QTableView* m_table = nullptr;
    QLabel* m_emptyState = nullptr;
    QLabel* m_dropHint = nullptr;
    RecordingTableModel* m_model = nullptr;
    RecordingSortFilter* m_proxy = nullptr;
    QTimer* m_formatInIdleTime = nullptr;          // RecordingTableModel::formatRemaining
    QPointer<ImportSummaryDialog> m_pendingReport; // made while the area was hidden
    QPointer<ImportSummaryDialog> m_lastReport;
};

} // namespace cv::ui
