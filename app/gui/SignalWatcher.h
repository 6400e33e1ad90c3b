#pragma once

#include <QObject>

class QSocketNotifier;

namespace cv::app {

// Turns SIGINT, SIGTERM and SIGHUP into QCoreApplication::quit(), so that the
// windows close, the vault closes and the demo directory is removed even when
// the process is stopped from outside. The handler only writes one byte to a
// socket pair (async-signal-safe); a QSocketNotifier reads it in the event
// loop. One instance per process, created after the QApplication.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

    bool isWatching() const { return m_notifier != nullptr; }

private:
    static void handle(int signal);
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace cv::app
