#include "udptrackersocket.h"

#include "trackerpeer.h"

#include <QUdpSocket>
#include <algorithm>
#include <sys/socket.h>

// Socket design: one *connected* QUdpSocket per endpoint. Linux (like most systems) tells only a
// connected UDP socket about an ICMP "port unreachable", which Qt reports as
// ConnectionRefusedError: the inspector says "refused" within milliseconds instead of "no answer"
// after every retry (checked on 127.0.0.1 and ::1 by tst_udptrackerclient). The price is that the
// kernel then drops datagrams from any other source, so a tracker answering from another address
// or port (libtorrent #7679) would look dead. A second, unconnected socket shares the local port
// (SO_REUSEADDR): the kernel prefers the connected socket for the tracker's own packets and hands
// everything else to the other one, so such replies are seen, described and counted as ignored.
// Two sockets for the few seconds an endpoint lives is a small price for both diagnoses.

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
    if (!m_socket->bind(any, 0, sharing))
        return tr("this machine cannot open an %1 UDP socket (%2), so %3 cannot be reached")
            .arg(family, m_socket->errorString(), address.toString());
    // Qt turns SO_BROADCAST on for every UDP socket. A tracker inspector never broadcasts: turn it
    // off, so that even a directed broadcast address (which no address check can recognise) fails
    // to send instead of reaching a whole network.
    const int broadcastOff = 0;
    ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_BROADCAST, &broadcastOff,
                 sizeof broadcastOff);
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
    if (m_socket->write(packet) == packet.size())
        return QString();
    *refused = m_socket->error() == QAbstractSocket::ConnectionRefusedError;
    return tr("sending to %1 failed: %2").arg(endpointText(), m_socket->errorString());
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
        Q_EMIT datagramReceived(buffer.left(size), sender, senderPort, socket == m_strayListener);
        if (m_closed || !socket->hasPendingDatagrams())
            return;
        size = socket->readDatagram(buffer.data(), buffer.size(), &sender, &senderPort);
    }
    if (m_closed || socket != m_socket)
        return;
    const QAbstractSocket::SocketError error = socket->error();
    if (error == QAbstractSocket::ConnectionRefusedError) {
        Q_EMIT receiveFailed(
            true, tr("%1 refused: nothing listens on that UDP port (ICMP port unreachable)")
                      .arg(endpointText()));
    } else if (error != QAbstractSocket::TemporaryError &&
               error != QAbstractSocket::UnknownSocketError) {
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

QString UdpTrackerSocket::endpointText() const
{
    return TrackerPeer{m_address, m_port, {}}.toString();
}
