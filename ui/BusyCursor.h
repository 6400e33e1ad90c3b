#pragma once

#include <QApplication>
#include <QCursor>

namespace cv::ui {

// Shows the wait cursor while a short blocking call (key derivation, a
// keychain answer, opening a vault) runs; restores it on scope exit.
class BusyCursor final
{
public:
    BusyCursor() { QApplication::setOverrideCursor(QCursor(Qt::WaitCursor)); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace cv::ui
