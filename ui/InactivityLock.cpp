#include "ui/InactivityLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace cv::ui {

InactivityLock::InactivityLock(std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_timeout(timeout)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &InactivityLock::check);
}

InactivityLock::~InactivityLock()
{
    stop();
}

void InactivityLock::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void InactivityLock::start()
{
    if (!m_active && QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    m_active = true;
    m_sinceInput.start();
    m_timer.start(m_timeout);
}

void InactivityLock::stop()
{
    if (m_active && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_active = false;
    m_timer.stop();
}

bool InactivityLock::isUserInput(const QEvent& event)
{
    switch (event.type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::TabletRelease:
    case QEvent::InputMethod:
    case QEvent::NativeGesture:
        return true;
    default:
        return false;
    }
}

bool InactivityLock::eventFilter(QObject* watched, QEvent* event)
{
    if (m_active && event && isUserInput(*event))
        m_sinceInput.restart();
    return QObject::eventFilter(watched, event);
}

void InactivityLock::check()
{
    if (!m_active)
        return;
    const auto quiet = std::chrono::milliseconds(m_sinceInput.elapsed());
    if (quiet < m_timeout) {
        // Input arrived meanwhile: wait for the rest of the period.
        m_timer.start(m_timeout - quiet);
        return;
    }
    stop();
    Q_EMIT idle();
}

} // namespace cv::ui
