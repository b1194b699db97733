#pragma once

#include <QDateTime>
#include <QObject>

// The time the engine plans with and the protocol clients time their requests by: milliseconds on
// the wall clock's scale, from a monotonic source anchored to the wall time when the clock was
// made. Times can be shown as times of day, yet a step of the system clock (NTP, a suspend, the
// user) never moves a deadline. The application uses SteadyClock, one object for the engine and
// every client; tests inject a clock of their own and move it by hand.
class MonotonicClock : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonotonicClock)

public:
    explicit MonotonicClock(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~MonotonicClock() override = default;

    // Never smaller than an earlier answer.
    virtual qint64 nowMs() const = 0;
    // nowMs() as a time of day in UTC (ExchangeRecord::started).
    QDateTime nowAsDateTime() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    // False while time moves only in the jumps advanced() announces: nothing then sets a real
    // timer (see ClockTimer), and what fell due is done when told.
    virtual bool movesByItself() const = 0;

Q_SIGNALS:
    // Time jumped forward: what fell due must run now.
    void advanced();
};
