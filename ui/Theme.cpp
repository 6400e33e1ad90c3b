#include "ui/Theme.h"

#include <QApplication>
#include <QFile>
#include <QImageReader>
#include <QLabel>
#include <QStyle>

namespace cv::ui {

void Theme::apply(QApplication& app)
{
    app.setWindowIcon(appIcon());
    QFile style(QStringLiteral(":/style/coachvault.qss"));
    if (style.open(QIODevice::ReadOnly | QIODevice::Text))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));
}

QIcon Theme::appIcon()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/coachvault-%1.png").arg(size), QSize(size, size));
    // Qt renders SVG only with its svg image plugin (qt6-svg-plugins);
    // without it the PNGs above serve every size.
    if (QImageReader::supportedImageFormats().contains(QByteArrayLiteral("svg")))
        icon.addFile(QStringLiteral(":/icons/coachvault.svg"));
    return icon;
}

void Theme::setRole(QLabel& label, const char* role)
{
    label.setProperty("role", QString::fromLatin1(role));
}

void Theme::repolish(QWidget& widget)
{
    widget.style()->unpolish(&widget);
    widget.style()->polish(&widget);
}

QLabel* Theme::iconLabel(int sizePx, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setPixmap(appIcon().pixmap(QSize(sizePx, sizePx)));
    label->setFixedSize(sizePx, sizePx);
    label->setAccessibleName(QStringLiteral("CoachVault"));
    return label;
}

QColor Theme::differenceBackground()
{
    return QColor(0xff, 0xef, 0xc0); // soft amber: readable with black text
}

} // namespace cv::ui
