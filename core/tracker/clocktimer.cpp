#include "tracker/clocktimer.h"

#include "tracker/monotonicclock.h"

#include <algorithm>
#include <limits>

ClockTimer::ClockTimer(MonotonicClock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::PreciseTimer);
    connect(&m_wake, &QTimer::timeout, this, &ClockTimer::fireIfDue);
    connect(m_clock, &MonotonicClock::advanced, this, &ClockTimer::fireIfDue);
}

void ClockTimer::start(qint64 intervalMs)
{
    const qint64 interval = std::max<qint64>(intervalMs, 0);
    m_deadlineMs = m_clock->nowMs() + interval;
    m_active = true;
    scheduleWake(interval);
}

void ClockTimer::stop()
{
    m_active = false;
    m_wake.stop();
}

qint64 ClockTimer::remainingMs() const
{
    if (!m_active)
        return -1;
    return std::max<qint64>(m_deadlineMs - m_clock->nowMs(), 0);
}

void ClockTimer::fireIfDue()
{
    if (!m_active)
        return;
    const qint64 remaining = m_deadlineMs - m_clock->nowMs();
    if (remaining > 0) {
        scheduleWake(remaining); // a QTimer may wake a little early
        return;
    }
    stop();
    Q_EMIT timeout();
}

void ClockTimer::scheduleWake(qint64 remainingMs)
{
    if (remainingMs <= 0) {
        m_wake.start(0);
    } else if (m_clock->movesByItself()) {
        m_wake.start(int(std::min<qint64>(remainingMs, std::numeric_limits<int>::max())));
    } else {
        m_wake.stop(); // the clock's advanced() will tell
    }
}
