#include "ui/FileDialog.h"

#include <QFileDialog>

namespace cv::ui {

std::optional<QString> FileDialog::s_nextFileName;

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& dir,
                                    const QString& filter)
{
    if (auto next = takeNextFileName())
        return *next;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                    const QString& filter)
{
    if (auto next = takeNextFileName())
        return *next;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QStringList FileDialog::getOpenFileNames(QWidget* parent, const QString& caption,
                                         const QString& dir, const QString& filter)
{
    if (auto next = takeNextFileName())
        return next->isEmpty() ? QStringList() : QStringList{*next};
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter);
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& caption,
                                         const QString& dir)
{
    if (auto next = takeNextFileName())
        return *next;
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

void FileDialog::setNextFileName(const QString& path)
{
    s_nextFileName = path;
}

std::optional<QString> FileDialog::takeNextFileName()
{
    auto next = std::move(s_nextFileName);
    s_nextFileName.reset();
    return next;
}

} // namespace cv::ui
