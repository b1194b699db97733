#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPair>
#include <QTimer>

class UdpTrackerSocket;

// The UDP sockets of one client, one per tracker address and port, shared by every conversation
// with that tracker (the announce, the scrape and the `stopped` of a round go out through the
// same socket) and kept for lingerMs after the last user is gone, so that the next request reuses
// it. Opening a socket costs several system calls and a notifier; with a thousand trackers that
// is most of a round's time. A socket that failed (ICMP refused, a send error) is never handed
// out again.
class UdpTrackerSocketPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UdpTrackerSocketPool)

public:
    explicit UdpTrackerSocketPool(QObject *parent = nullptr);
    ~UdpTrackerSocketPool() override;

    // The socket to address:port, opened when needed; nullptr with *problem set (a sentence) when
    // this machine cannot open one. Every acquire needs its release.
    UdpTrackerSocket *acquire(const QHostAddress &address, quint16 port, qint64 maxPacketSize,
                              int lingerMs, QString *problem);
    // Disconnects user from the socket's signals and forgets its transactions.
    void release(UdpTrackerSocket *socket, QObject *user);

    int openSocketCount() const { return int(m_entries.size()); }

private:
    using Key = QPair<QHostAddress, quint16>;
    struct Entry
    {
        Key key;
        int users = 0;
        int lingerMs = 0;
        QDeadlineTimer idleUntil{QDeadlineTimer::Forever}; // set while nobody uses it
    };

    void closeSocket(UdpTrackerSocket *socket);
    void closeIdleSockets();
    void scheduleSweep();

    QHash<UdpTrackerSocket *, Entry> m_entries;
    QHash<Key, UdpTrackerSocket *> m_shared; // the socket new requests get, per address
    QTimer m_sweepTimer;
};
