#include "tracker/udp/udptrackersocketpool.h"

#include "tracker/udp/udptrackersocket.h"

#include <algorithm>
#include <limits>

UdpTrackerSocketPool::UdpTrackerSocketPool(QObject *parent)
    : QObject(parent)
{
    m_sweepTimer.setSingleShot(true);
    connect(&m_sweepTimer, &QTimer::timeout, this, &UdpTrackerSocketPool::closeIdleSockets);
}

UdpTrackerSocketPool::~UdpTrackerSocketPool()
{
    const QList<UdpTrackerSocket *> sockets = m_entries.keys();
    for (UdpTrackerSocket *socket : sockets)
        socket->close();
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
        m_entries.insert(socket, Entry{key, 0, lingerMs, QDeadlineTimer(QDeadlineTimer::Forever)});
    }
    Entry &entry = m_entries[socket];
    ++entry.users;
    entry.lingerMs = lingerMs;
    entry.idleUntil = QDeadlineTimer(QDeadlineTimer::Forever);
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
    it->idleUntil = QDeadlineTimer(it->lingerMs);
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
    QList<UdpTrackerSocket *> expired;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->users == 0 && it->idleUntil.hasExpired())
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
        if (entry.users == 0 && !entry.idleUntil.isForever())
            soonestMs = std::min(soonestMs, entry.idleUntil.remainingTime());
    }
    if (soonestMs == std::numeric_limits<qint64>::max()) {
        m_sweepTimer.stop();
        return;
    }
    if (!m_sweepTimer.isActive() || m_sweepTimer.remainingTime() > soonestMs)
        m_sweepTimer.start(int(std::max<qint64>(soonestMs, 0)));
}
