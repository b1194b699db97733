#pragma once

#include <QObject>

// The time the engine plans with. Normally the wall clock; tests freeze it and move it forward
// so that interval and back-off policies are checked without waiting.
class EngineClock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineClock)

public:
    explicit EngineClock(QObject *parent = nullptr);

    qint64 nowMs() const; // milliseconds since the epoch (or the frozen time)
    bool isFrozen() const { return m_frozen; }
    // From now on time stands at atMs and moves only by advance().
    void freeze(qint64 atMs);
    void advance(qint64 milliseconds);

Q_SIGNALS:
    // A frozen clock moved: what fell due must run now.
    void advanced();

private:
    bool m_frozen = false;
    qint64 m_frozenMs = 0;
};
