#pragma once

#include <QDateTime>

namespace cv::core {

// The one source of "now" for the core. Every date the core records or
// compares comes from a Clock passed in, never from QDateTime directly, so
// that tests can move time (deadlines, retention) without waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    // Always UTC.
    virtual QDateTime nowUtc() const = 0;
};

// The wall clock. In builds configured with -DCOACHVAULT_TEST_CLOCK=ON it
// honours COACHVAULT_NOW=<ISO 8601 with offset> from the environment, read
// once at construction, and then stands still at that instant. Other builds
// ignore the variable entirely.
class SystemClock final : public Clock
{
public:
    SystemClock();
    QDateTime nowUtc() const override;
    // True when this clock is frozen by COACHVAULT_NOW.
    bool isOverridden() const { return m_fixed.isValid(); }

private:
    QDateTime m_fixed;
};

// A clock a test sets by hand.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime nowUtc)
        : m_now(std::move(nowUtc))
    {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime nowUtc) { m_now = std::move(nowUtc); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace cv::core
