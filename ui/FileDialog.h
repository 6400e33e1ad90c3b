#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace cv::ui {

// File choosers behind one seam, like MessageBox: tests set the next chosen
// path with setNextFileName() and no dialog is shown. An empty answer means
// the user cancelled.
class FileDialog final
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& dir,
                                   const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                   const QString& filter);
    // Several files; a pre-answer gives one (or none when empty).
    static QStringList getOpenFileNames(QWidget* parent, const QString& caption, const QString& dir,
                                        const QString& filter);
    static QString getExistingDirectory(QWidget* parent, const QString& caption,
                                        const QString& dir);

    // Tests: the next chooser returns `path` without being shown.
    static void setNextFileName(const QString& path);

private:
    static std::optional<QString> takeNextFileName();
    static std::optional<QString> s_nextFileName;
};

} // namespace cv::ui
