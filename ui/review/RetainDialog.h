#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLineEdit;
class QCheckBox;

namespace cv::ui {

// Asks what R-RETAIN-1 demands to keep a recording beyond its term: the
// agent's written consent (its date), a reason and the last day it is kept.
// The core decides (RetentionDesk); this only asks.
class RetainDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetainDialog)
public:
    RetainDialog(const QString& agentName, const QDate& today, int maxExtensionDays,
                 QWidget* parent = nullptr);

    QDate consentOn() const; // invalid when the agent's consent is not confirmed
    QString reason() const;
    QDate until() const;

    QCheckBox* consentGiven() const { return m_consentGiven; }
    QDateEdit* consentDate() const { return m_consentDate; }
    QLineEdit* reasonField() const { return m_reason; }
    QDateEdit* untilDate() const { return m_until; }

private:
    QCheckBox* m_consentGiven = nullptr;
    QDateEdit* m_consentDate = nullptr;
    QLineEdit* m_reason = nullptr;
    QDateEdit* m_until = nullptr;
};

} // namespace cv::ui
