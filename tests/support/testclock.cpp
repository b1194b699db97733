#include "testclock.h"

#include "engine/inspectionengine.h"

#include <QDateTime>

TestClock::TestClock(QObject *parent)
    : MonotonicClock(parent)
    , m_originMs(QDateTime::currentMSecsSinceEpoch())
{
    m_elapsed.start();
}

qint64 TestClock::nowMs() const
{
    return m_frozen ? m_frozenMs : m_originMs + m_elapsed.elapsed();
}

void TestClock::freeze(qint64 atMs)
{
    m_frozen = true;
    m_frozenMs = atMs;
}

void TestClock::advance(qint64 milliseconds)
{
    if (!m_frozen)
        return;
    m_frozenMs += milliseconds;
    Q_EMIT advanced();
}

TestClock *testClockOf(const InspectionEngine &engine)
{
    auto *clock = qobject_cast<TestClock *>(engine.clock());
    if (!clock)
        qFatal("testClockOf: the engine was not made with a TestClock");
    return clock;
}
