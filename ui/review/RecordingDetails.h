#pragma once

#include "core/recordings/RecordingAccess.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace cv::ui {

// A recording's metadata, as a form: the agent, when and how the call was
// made, its purpose and the policy it was imported under, the audio's
// format. Nothing about the customer: the vault holds nothing (R-MIN-1).
class RecordingDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingDetails)
public:
    explicit RecordingDetails(QWidget* parent = nullptr);
    void show(const core::RecordingAccess::Opened& opened);
    void clear();
    // The value shown for a field, by its object name (tests).
    QString value(const QString& field) const;

private:
    QLabel* field(const QString& name, const QString& label);
    QFormLayout* m_form = nullptr;
};

} // namespace cv::ui
