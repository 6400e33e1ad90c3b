#pragma once

#include "core/import/ImportBatch.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace cv::ui {

// Shows where a batch import is (ImportBatchProgress): "Importing call n of
// m", the file's name and one bar over the whole batch. Cancel (the button,
// Escape or closing the window) asks the batch to stop; the dialog then says
// it is stopping and stays until the caller closes it. It does not run the
// import itself: the caller shows it, feeds it progress and asks
// wasCancelled() (see InboxArea::importPaths).
class ImportProgressDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProgressDialog)

public:
    explicit ImportProgressDialog(QWidget* parent = nullptr);

    void setProgress(const core::ImportBatchProgress& progress);
    bool wasCancelled() const { return m_cancelled; }
    QPushButton* cancelButton() const { return m_cancel; }

    void reject() override; // cancels; does not close

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QLabel* m_heading = nullptr;
    QLabel* m_file = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
    bool m_cancelled = false;
};

} // namespace cv::ui
