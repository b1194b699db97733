#include "tracker/udp/udptrackersocketpool.h"

#include "tracker/monotonicclock.h"
#include "tracker/udp/udptrackersocket.h"

#include <algorithm>
#include <limits>

UdpTrackerSocketPool::UdpTrackerSocketPool(MonotonicClock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_sweepTimer(clock)
{
    connect(&m_sweepTimer, &ClockTimer::timeout, this, &UdpTrackerSocketPool::closeIdleSockets);
}

UdpTrackerSocketPool::~UdpTrackerSocketPool()
{
    closeAll();
}

void UdpTrackerSocketPool::closeAll()
{
    m_sweepTimer.stop();
    const QList<UdpTrackerSocket *> sockets = m_entries.keys();
    for (UdpTrackerSocket *socket : sockets)
        closeSocket(socket);
    m_shared.clear();
}

UdpTrackerSocket *UdpTrackerSocketPool::acquire(const QHostAddress &address, quint16 port,
                                                qint64 maxPacketSize, int lingerMs,
                                                QString *problem)
{
    const Key key{address, port};
    UdpTrackerSocket *socket = m_shared.value(key);
    if (socket && (socket->isBroken() || socket->maxPacketSize() != maxPacketSize)) {
        m_shared.remove(key);
        if (m_entries.value(socket).users == 0)
            closeSocket(socket);
        socket = nullptr;
    }
    if (!socket) {
        socket = new UdpTrackerSocket(maxPacketSize, this);
        *problem = socket->open(address, port);
        if (!problem->isEmpty()) {
            socket->close();
            socket->deleteLater();
            return nullptr;
        }
        m_shared.insert(key, socket);
        m_entries.insert(socket, Entry{key, 0, lingerMs, kInUse});
    }
    Entry &entry = m_entries[socket];
    ++entry.users;
    entry.lingerMs = lingerMs;
    entry.idleUntilMs = kInUse;
    return socket;
}

void UdpTrackerSocketPool::release(UdpTrackerSocket *socket, QObject *user)
{
    const auto it = m_entries.find(socket);
    if (it == m_entries.end())
        return;
    socket->disconnect(user);
    socket->forgetOwner(user);
    if (--it->users > 0)
        return;
    const bool shared = m_shared.value(it->key) == socket;
    if (!shared || socket->isBroken() || it->lingerMs <= 0) {
        if (shared)
            m_shared.remove(it->key);
        closeSocket(socket);
        return;
    }
    it->idleUntilMs = m_clock->nowMs() + it->lingerMs;
    if (!m_sweepTimer.isActive())
        m_sweepTimer.start(it->lingerMs);
}

void UdpTrackerSocketPool::closeSocket(UdpTrackerSocket *socket)
{
    m_entries.remove(socket);
    socket->close();
    socket->deleteLater(); // we may be inside one of its signals
}

void UdpTrackerSocketPool::closeIdleSockets()
{
    const qint64 now = m_clock->nowMs();
    QList<UdpTrackerSocket *> expired;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->users == 0 && it->idleUntilMs != kInUse && it->idleUntilMs <= now)
            expired.append(it.key());
    }
    for (UdpTrackerSocket *socket : std::as_const(expired)) {
        m_shared.remove(m_entries.value(socket).key);
        closeSocket(socket);
    }
    scheduleSweep();
}

void UdpTrackerSocketPool::scheduleSweep()
{
    qint64 soonestMs = std::numeric_limits<qint64>::max();
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.users == 0 && entry.idleUntilMs != kInUse)
            soonestMs = std::min(soonestMs, entry.idleUntilMs);
    }
    if (soonestMs == std::numeric_limits<qint64>::max()) {
        m_sweepTimer.stop();
        return;
    }
    const qint64 waitMs = std::max<qint64>(soonestMs - m_clock->nowMs(), 0);
    if (!m_sweepTimer.isActive() || m_sweepTimer.remainingMs() > waitMs)
        m_sweepTimer.start(waitMs);
}
