#pragma once

#include "core/import/ImportBatch.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace cv::ui {

// What a batch import did, item by item: imported (with the recording),
// refused (with the rule ID and why), failed (with the reason), or not
// imported because the import was cancelled. The rows can be selected and
// copied (Ctrl+C, or "Copy all" for the whole report as text).
class ImportSummaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummaryDialog)

public:
    enum Column
    {
        Result,
        File,
        Rule,
        Reason,
        ColumnCount,
    };

    ImportSummaryDialog(const core::ImportSummary& summary, core::Purpose purpose,
                        QWidget* parent = nullptr);

    // The headline, e.g. "3 calls imported for coaching, 1 refused, 2 failed."
    static QString headline(const core::ImportSummary& summary, core::Purpose purpose);
    // The whole report as tab-separated text (what "Copy all" copies).
    QString reportText() const;
    QTableWidget* table() const { return m_table; }

private:
    void copySelection() const;
    QString rowText(int row) const;

    QLabel* m_headline = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace cv::ui
