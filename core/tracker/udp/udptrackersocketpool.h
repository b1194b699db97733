#pragma once

#include "tracker/clocktimer.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPair>

class MonotonicClock;
class UdpTrackerSocket;

// The UDP sockets of one client, one per tracker address and port, shared by every conversation
// with that tracker (the announce, the scrape and the `stopped` of a round go out through the
// same socket) and kept for lingerMs after the last user is gone, so that the next request reuses
// it. Opening a socket costs several system calls and a notifier; with a thousand trackers that
// is most of a round's time. A socket that failed (ICMP refused, a send error) is never handed
// out again. Lingering is timed on the client's clock.
class UdpTrackerSocketPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UdpTrackerSocketPool)

public:
    // clock is not owned and must outlive the pool.
    explicit UdpTrackerSocketPool(MonotonicClock *clock, QObject *parent = nullptr);
    ~UdpTrackerSocketPool() override;

    // The socket to address:port, opened when needed; nullptr with *problem set (a sentence) when
    // this machine cannot open one. Every acquire needs its release.
    UdpTrackerSocket *acquire(const QHostAddress &address, quint16 port, qint64 maxPacketSize,
                              int lingerMs, QString *problem);
    // Disconnects user from the socket's signals and forgets its transactions.
    void release(UdpTrackerSocket *socket, QObject *user);

    int openSocketCount() const { return int(m_entries.size()); }
    // Closes every socket at once, in use or not; release() of them then does nothing.
    void closeAll();

private:
    using Key = QPair<QHostAddress, quint16>;
    static constexpr qint64 kInUse = -1;
    struct Entry
    {
        Key key;
        int users = 0;
        int lingerMs = 0;
        qint64 idleUntilMs = kInUse; // on the clock, set while nobody uses it
    };

    void closeSocket(UdpTrackerSocket *socket);
    void closeIdleSockets();
    void scheduleSweep();

    QHash<UdpTrackerSocket *, Entry> m_entries;
    QHash<Key, UdpTrackerSocket *> m_shared; // the socket new requests get, per address
    MonotonicClock *m_clock;
    ClockTimer m_sweepTimer;
};
