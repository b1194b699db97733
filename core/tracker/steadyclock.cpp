#include "tracker/steadyclock.h"

#include <QDateTime>

SteadyClock::SteadyClock(QObject *parent)
    : MonotonicClock(parent)
    , m_originMs(QDateTime::currentMSecsSinceEpoch())
{
    m_elapsed.start();
}

qint64 SteadyClock::nowMs() const
{
    return m_originMs + m_elapsed.elapsed();
}
