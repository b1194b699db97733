#pragma once

#include "tracker/monotonicclock.h"

#include <QElapsedTimer>

class InspectionEngine;

// The engine's and the clients' clock in tests: it runs like the application's until freeze(),
// then time stands and moves only by advance(), so that interval and back-off policies, and the
// clients' timeouts and retries, are checked without waiting.
class TestClock final : public MonotonicClock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestClock)

public:
    explicit TestClock(QObject *parent = nullptr);

    qint64 nowMs() const override;
    bool movesByItself() const override { return !m_frozen; }

    bool isFrozen() const { return m_frozen; }
    // From now on time stands at atMs and moves only by advance().
    void freeze(qint64 atMs);
    // Moves a frozen clock forward (and tells the engine and the clients' timers); does nothing to
    // a running one.
    void advance(qint64 milliseconds);

private:
    QElapsedTimer m_elapsed;
    qint64 m_originMs = 0;
    bool m_frozen = false;
    qint64 m_frozenMs = 0;
};

// The TestClock an engine was made with (it fails the test when there is none).
TestClock *testClockOf(const InspectionEngine &engine);
