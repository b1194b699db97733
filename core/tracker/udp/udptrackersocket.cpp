#include "tracker/udp/udptrackersocket.h"

#include "tracker/trackerpeer.h"

#include <QUdpSocket>
#include <QtEndian>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/socket.h>

namespace {
// Every BEP 15 reply starts with the action (4 bytes) and the transaction id (4 bytes).
constexpr qsizetype kTransactionIdOffset = 4;
constexpr qsizetype kTransactionIdEnd = 8;
} // namespace

// Socket design: one *connected* QUdpSocket per endpoint. Linux (like most systems) tells only a
// connected UDP socket about an ICMP "port unreachable", which Qt reports as
// ConnectionRefusedError: the inspector says "refused" within milliseconds instead of "no answer"
// after every retry (checked on 127.0.0.1 and ::1 by tst_udptrackerclient). The price is that the
// kernel then drops datagrams from any other source, so a tracker answering from another address
// or port (libtorrent #7679) would look dead. A second, unconnected socket shares the local port
// (SO_REUSEADDR): the kernel prefers the connected socket for the tracker's own packets and hands
// everything else to the other one, so such replies are seen, described and counted as ignored.
// Two sockets per tracker address, shared by the requests to it (UdpTrackerSocketPool), is a
// small price for both diagnoses.

UdpTrackerSocket::UdpTrackerSocket(qint64 maxPacketSize, QObject *parent)
    : QObject(parent)
    , m_maxPacketSize(std::max<qint64>(maxPacketSize, 0))
{}

QString UdpTrackerSocket::open(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_port = port;
    const bool isIpv6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const QString family = isIpv6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
    const QHostAddress any = isIpv6 ? QHostAddress::AnyIPv6 : QHostAddress::AnyIPv4;
    const auto sharing = QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint;
    m_socket = new QUdpSocket(this);
    // Bound without SO_REUSEADDR: with it, Linux may pick a port another socket already holds
    // with SO_REUSEADDR (seen: the very port of a local tracker, so that our connect request
    // came back to us). Sharing is allowed only once the port is ours, for the stray listener.
    if (!m_socket->bind(any, 0, QAbstractSocket::DontShareAddress))
        return tr("this machine cannot open an %1 UDP socket (%2), so %3 cannot be reached")
            .arg(family, m_socket->errorString(), address.toString());
    const int descriptor = int(m_socket->socketDescriptor());
    const int on = 1;
    ::setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    // Qt turns SO_BROADCAST on for every UDP socket. A tracker inspector never broadcasts: turn it
    // off, so that even a directed broadcast address (which no address check can recognise) fails
    // to send instead of reaching a whole network.
    const int broadcastOff = 0;
    ::setsockopt(descriptor, SOL_SOCKET, SO_BROADCAST, &broadcastOff, sizeof broadcastOff);
    m_strayListener = new QUdpSocket(this);
    if (!m_strayListener->bind(any, m_socket->localPort(), sharing)) {
        delete m_strayListener; // optional: only replies from other sources would go unseen
        m_strayListener = nullptr;
    }
    m_socket->connectToHost(address, port);
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return tr("this machine cannot reach %1 over %2: %3")
            .arg(address.toString(), family, m_socket->errorString());
    connect(m_socket, &QUdpSocket::readyRead, this, [this] { readDatagrams(m_socket); });
    if (m_strayListener) {
        connect(m_strayListener, &QUdpSocket::readyRead, this,
                [this] { readDatagrams(m_strayListener); });
    }
    return QString();
}

QString UdpTrackerSocket::send(const QByteArray &packet, bool *refused)
{
    *refused = false;
    if (m_closed || !m_socket)
        return tr("the socket is closed");
    // Straight to the kernel: Qt reports a pending ICMP refusal on a send as "Unknown error",
    // and errno says exactly what happened.
    const ssize_t sent = ::send(int(m_socket->socketDescriptor()), packet.constData(),
                                size_t(packet.size()), MSG_NOSIGNAL);
    if (sent == packet.size())
        return QString();
    const int error = sent < 0 ? errno : EMSGSIZE;
    if (error != EAGAIN && error != EWOULDBLOCK)
        m_broken = true;
    if (error == ECONNREFUSED) {
        *refused = true;
        // The kernel tells one send of the refusal; every conversation sharing the socket waits
        // for the same tracker, so each hears of it (on the event loop, not inside this call).
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_closed)
                    Q_EMIT receiveFailed(true, refusedSentence());
            },
            Qt::QueuedConnection);
        return refusedSentence();
    }
    return tr("sending to %1 failed: %2")
        .arg(endpointText(), QString::fromLocal8Bit(std::strerror(error)));
}

QString UdpTrackerSocket::refusedSentence() const
{
    return tr("%1 refused: nothing listens on that UDP port (ICMP port unreachable)")
        .arg(endpointText());
}

void UdpTrackerSocket::readDatagrams(QUdpSocket *socket)
{
    // The first read must not be preceded by hasPendingDatagrams(): its MSG_PEEK would consume
    // the ICMP error of a connected socket, and "refused" would turn into "no answer".
    QByteArray buffer(qsizetype(m_maxPacketSize + 1), Qt::Uninitialized);
    QHostAddress sender;
    quint16 senderPort = 0;
    qint64 size = socket->readDatagram(buffer.data(), buffer.size(), &sender, &senderPort);
    while (size >= 0 && !m_closed) {
        const QByteArray packet = buffer.left(size);
        const QObject *addressee = nullptr;
        if (packet.size() >= kTransactionIdEnd)
            addressee = m_transactionOwners.value(
                qFromBigEndian<quint32>(packet.constData() + kTransactionIdOffset));
        Q_EMIT datagramReceived(packet, sender, senderPort, socket == m_strayListener, addressee);
        if (m_closed || !socket->hasPendingDatagrams())
            return;
        size = socket->readDatagram(buffer.data(), buffer.size(), &sender, &senderPort);
    }
    if (m_closed || socket != m_socket)
        return;
    const QAbstractSocket::SocketError error = socket->error();
    if (error == QAbstractSocket::ConnectionRefusedError) {
        m_broken = true;
        Q_EMIT receiveFailed(true, refusedSentence());
    } else if (error != QAbstractSocket::TemporaryError &&
               error != QAbstractSocket::UnknownSocketError) {
        m_broken = true;
        Q_EMIT receiveFailed(
            false, tr("receiving from %1 failed: %2").arg(endpointText(), socket->errorString()));
    }
}

void UdpTrackerSocket::close()
{
    m_closed = true;
    for (QUdpSocket *socket : {m_socket, m_strayListener}) {
        if (!socket)
            continue;
        socket->disconnect(this);
        socket->close();
        socket->deleteLater(); // we may be inside one of its own signals
    }
    m_socket = nullptr;
    m_strayListener = nullptr;
}

void UdpTrackerSocket::claimTransaction(quint32 transactionId, const QObject *owner)
{
    m_transactionOwners.insert(transactionId, owner);
}

void UdpTrackerSocket::forgetOwner(const QObject *owner)
{
    for (auto it = m_transactionOwners.begin(); it != m_transactionOwners.end(); ++it) {
        if (it.value() == owner) {
            it.value() = this;
            m_retiredTransactions.push_back(it.key());
        }
    }
    while (qsizetype(m_retiredTransactions.size()) > kRetiredTransactionsKept) {
        const auto found = m_transactionOwners.find(m_retiredTransactions.front());
        if (found != m_transactionOwners.end() && found.value() == this)
            m_transactionOwners.erase(found);
        m_retiredTransactions.pop_front();
    }
}

QString UdpTrackerSocket::endpointText() const
{
    return TrackerPeer{m_address, m_port, {}}.toString();
}
