#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace cv::ui {

// Reports when the user has given no input to the application for `timeout`
// (R-AUTH-3: an automatic screen lock after inactivity).
//
// While active it watches every input event of the whole application through
// an application-wide event filter; input only stamps a clock, so the filter
// costs next to nothing per event. When the time passes, it stops itself and
// emits idle() once; the owner locks and calls start() again after unlocking.
// Threading: GUI thread only; needs a QCoreApplication.
class InactivityLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InactivityLock)

public:
    explicit InactivityLock(std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~InactivityLock() override;

    // Takes effect at the next start().
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Starts (or restarts) counting from now.
    void start();
    void stop();
    bool isActive() const { return m_active; }

    // Whether `event` is user input that proves someone is at the keyboard.
    static bool isUserInput(const QEvent& event);

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void check();

    std::chrono::milliseconds m_timeout;
    QTimer m_timer;
    QElapsedTimer m_sinceInput;
    bool m_active = false;
};

} // namespace cv::ui
