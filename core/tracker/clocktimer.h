#pragma once

#include <QObject>
#include <QTimer>

class MonotonicClock;

// A single-shot timer on a MonotonicClock: timeout() comes once the clock has reached the moment
// start() set, never before. A QTimer wakes it while the clock moves by itself; while it does not
// (a test's clock), the clock's advanced() does, so that no test waits in real time for it. A
// timer already due when started fires on the event loop, never inside start().
class ClockTimer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClockTimer)

public:
    // clock is not owned and must outlive the timer.
    explicit ClockTimer(MonotonicClock *clock, QObject *parent = nullptr);

    // (Re)starts: timeout() once intervalMs have passed on the clock.
    void start(qint64 intervalMs);
    void stop();
    bool isActive() const { return m_active; }
    // Milliseconds left on the clock (0 when due), -1 when not active.
    qint64 remainingMs() const;

Q_SIGNALS:
    void timeout();

private:
    void fireIfDue();
    void scheduleWake(qint64 remainingMs);

    MonotonicClock *m_clock;
    QTimer m_wake;
    qint64 m_deadlineMs = 0;
    bool m_active = false;
};
