#pragma once

#include <QColor>
#include <QIcon>

class QApplication;
class QLabel;
class QWidget;

namespace cv::ui {

// The product's look: application icon, stylesheet and text roles.
class Theme final
{
public:
    // Sets the window icon and the stylesheet (resources/style/coachvault.qss).
    static void apply(QApplication& app);
    // The application icon: PNG renditions, plus the SVG when Qt can render it.
    static QIcon appIcon();
    // Text roles the stylesheet knows: "title", "subtitle", "muted", "heading".
    static void setRole(QLabel& label, const char* role);
    // Applies the style sheet again after a property it selects on changed.
    static void repolish(QWidget& widget);
    // A label showing the app icon at `sizePx`.
    static QLabel* iconLabel(int sizePx, QWidget* parent);
    // Behind table cells that need a second look (coach and agent differ).
    static QColor differenceBackground();
};

} // namespace cv::ui
