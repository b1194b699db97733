#pragma once

#include <QObject>

// The time the engine plans with: milliseconds on the wall clock's scale, from a monotonic source
// anchored to the wall time when the clock was made. Times can be shown as times of day, yet a
// step of the system clock (NTP, a suspend, the user) never moves a deadline. The application
// uses SteadyClock; tests inject a clock of their own and move it by hand.
class EngineClock : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineClock)

public:
    explicit EngineClock(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~EngineClock() override = default;

    // Never smaller than an earlier answer.
    virtual qint64 nowMs() const = 0;
    // False while time moves only in the jumps advanced() announces: the engine then sets no
    // timers of its own and does what fell due when told.
    virtual bool movesByItself() const = 0;

Q_SIGNALS:
    // Time jumped forward: what fell due must run now.
    void advanced();
};
