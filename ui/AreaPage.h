#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace cv::ui {

// One area of the main window (Inbox, Review, …). For now an honest empty
// state: the area's title and one sentence of what it will hold. Later
// issues put the area's view into body().
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

private:
    QLabel* m_title = nullptr;
    QLabel* m_description = nullptr;
    QVBoxLayout* m_body = nullptr;
};

} // namespace cv::ui
