#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <deque>

class QUdpSocket;

// The transport to one UDP tracker address and port: a connected socket, so that the kernel's ICMP
// "port unreachable" comes back as "refused", plus a listener on the same local port that sees
// packets from any other source (see the .cpp for why). Several conversations may share it (see
// UdpTrackerSocketPool): each claims its transaction ids, and every packet says whose it is.
class UdpTrackerSocket final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UdpTrackerSocket)

public:
    // Packets longer than maxPacketSize are still reported, cut to maxPacketSize + 1 bytes, so
    // that the receiver can tell them apart.
    explicit UdpTrackerSocket(qint64 maxPacketSize, QObject *parent = nullptr);

    // Empty on success, else a sentence saying why this machine cannot reach address.
    QString open(const QHostAddress &address, quint16 port);
    // Empty on success, else a sentence; *refused tells an ICMP refusal from other failures.
    QString send(const QByteArray &packet, bool *refused);
    // Stops all reporting at once; safe inside a handler of this object's own signals.
    void close();

    qint64 maxPacketSize() const { return m_maxPacketSize; }
    // True once sending or receiving failed (e.g. ICMP refused): a pool then stops sharing it.
    bool isBroken() const { return m_broken; }

    // Packets carrying transactionId are addressed to owner from now on, until forgetOwner().
    void claimTransaction(quint32 transactionId, const QObject *owner);
    void forgetOwner(const QObject *owner);

    static constexpr qsizetype kRetiredTransactionsKept = 256;

Q_SIGNALS:
    // addressee: whoever claimed the packet's transaction id; this socket for the id of a
    // conversation that ended (a late duplicate: nobody's business); nullptr when nobody did (a
    // short packet, or an id never sent), which concerns every user of the socket.
    void datagramReceived(const QByteArray &packet, const QHostAddress &sender, quint16 senderPort,
                          bool fromOtherSource, const QObject *addressee);
    void receiveFailed(bool refused, const QString &errorMessage);

private:
    void readDatagrams(QUdpSocket *socket);
    QString endpointText() const;
    QString refusedSentence() const;

    qint64 m_maxPacketSize;
    QHostAddress m_address;
    quint16 m_port = 0;
    QUdpSocket *m_socket = nullptr;        // connected to the tracker
    QUdpSocket *m_strayListener = nullptr; // same local port, unconnected
    bool m_closed = false;
    bool m_broken = false;
    // Who claimed each transaction id. When a conversation ends its ids are retired (owned by
    // the socket itself), so that a late duplicate reply is dropped quietly instead of reaching
    // the socket's other users as a stranger's packet; the last kRetiredTransactionsKept are kept.
    QHash<quint32, const QObject *> m_transactionOwners;
    std::deque<quint32> m_retiredTransactions;
};
