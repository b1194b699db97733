#include "engine/engineclock.h"

#include <QDateTime>

EngineClock::EngineClock(QObject *parent)
    : QObject(parent)
{}

qint64 EngineClock::nowMs() const
{
    return m_frozen ? m_frozenMs : QDateTime::currentMSecsSinceEpoch();
}

void EngineClock::freeze(qint64 atMs)
{
    m_frozen = true;
    m_frozenMs = atMs;
}

void EngineClock::advance(qint64 milliseconds)
{
    if (!m_frozen)
        return;
    m_frozenMs += milliseconds;
    Q_EMIT advanced();
}
