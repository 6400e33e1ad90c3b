#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace cv::ui {

// One area of the main window (Inbox, Review, …): the area's title and one
// sentence of what it holds, above either the area's view (setContent) or
// an honest empty state for areas that arrive later.
class AreaPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AreaPage)

public:
    AreaPage(const QString& title, const QString& description, QWidget* parent = nullptr);

    QString title() const;
    QString description() const;
    // Where the area's content goes, below the title.
    QVBoxLayout* body() const { return m_body; }
    // Shows `content` (taking ownership) instead of the empty state, deleting
    // any previous content; nullptr brings the empty state back.
    void setContent(QWidget* content);
    QWidget* content() const { return m_content; }

private:
    QWidget* m_emptyState = nullptr;
    QPointer<QWidget> m_content;
    QLabel* m_title = nullptr;
    QLabel* m_description = nullptr;
    QVBoxLayout* m_body = nullptr;
};

} // namespace cv::ui
