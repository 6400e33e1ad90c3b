#pragma once

#include <QJsonObject>
#include <QTabWidget>

class QLabel;
class QTreeWidget;

namespace cv::ui {

// Everything the vault holds about one person, as SubjectExport::collect()
// gives it (R-ACCESS-1, R-AUTH-2), in tabs: the recordings still held, the
// evaluations with their sign-offs and disputes, who accessed the data (the
// audit entries), who is authorised to monitor, and the policy in force
// with its frequency. Read-only; double-clicking a recording or an
// evaluation asks to open it where it is listened to or discussed.
class SubjectDataView final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubjectDataView)
public:
    explicit SubjectDataView(QWidget* parent = nullptr);

    void display(const QJsonObject& subjectData);
    void clear();

    QTreeWidget* recordings() const { return m_recordings; }
    QTreeWidget* evaluations() const { return m_evaluations; }
    QTreeWidget* access() const { return m_access; }
    QTreeWidget* authorised() const { return m_authorised; }
    QLabel* policy() const { return m_policy; }

Q_SIGNALS:
    void openRecording(qint64 id);
    void openEvaluation(qint64 id);

private:
    QTreeWidget* addList(const QString& objectName, const QString& title,
                         const QStringList& columns);
    void showRecordings(const QJsonArray& recordings);
    void showEvaluations(const QJsonArray& evaluations);
    void showAccess(const QJsonArray& entries);
    void showAuthorised(const QJsonArray& monitors);
    void showPolicy(const QJsonObject& policy);
    void updateTitles();

    QTreeWidget* m_recordings = nullptr;
    QTreeWidget* m_evaluations = nullptr;
    QTreeWidget* m_access = nullptr;
    QTreeWidget* m_authorised = nullptr;
    QLabel* m_policy = nullptr;
};

} // namespace cv::ui
