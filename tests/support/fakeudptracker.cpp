#include "fakeudptracker.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QtEndian>

namespace {

void appendUint32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

QByteArray header(UdpTrackerAction action, quint32 transactionId)
{
    QByteArray out;
    appendUint32(out, quint32(action));
    appendUint32(out, transactionId);
    return out;
}

} // namespace

FakeUdpTracker::FakeUdpTracker(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QUdpSocket::readyRead, this, &FakeUdpTracker::readPackets);
}

bool FakeUdpTracker::listen(const QHostAddress &address, quint16 port)
{
    return m_socket.bind(address, port) && m_otherSocket.bind(address, 0);
}

QUrl FakeUdpTracker::announceUrl(const QString &pathAndQuery) const
{
    const QString host = address().protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address().toString() + u']'
                             : address().toString();
    return QUrl(QStringLiteral("udp://%1:%2%3").arg(host).arg(port()).arg(pathAndQuery));
}

void FakeUdpTracker::setAnnounceReply(quint32 interval, quint32 leechers, quint32 seeders,
                                      const QList<TrackerPeer> &peers)
{
    m_interval = interval;
    m_leechers = leechers;
    m_seeders = seeders;
    m_peers = peers;
}

void FakeUdpTracker::setScrapeCounts(const QByteArray &infoHash, const UdpScrapeCounts &counts)
{
    m_scrapeCounts.insert(infoHash, counts);
}

int FakeUdpTracker::receivedCount(UdpTrackerAction action) const
{
    return int(
        std::count_if(m_received.cbegin(), m_received.cend(),
                      [action](const ReceivedPacket &packet) { return packet.action == action; }));
}

void FakeUdpTracker::readPackets()
{
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket.receiveDatagram();
        const QByteArray data = datagram.data();
        if (data.size() < 16)
            continue;
        ReceivedPacket packet{data, datagram.senderAddress(), quint16(datagram.senderPort()),
                              UdpTrackerAction(qFromBigEndian<quint32>(data.constData() + 8))};
        m_received.append(packet);
        handlePacket(packet);
        Q_EMIT packetReceived();
    }
}

void FakeUdpTracker::handlePacket(const ReceivedPacket &packet)
{
    const quint32 transactionId = qFromBigEndian<quint32>(packet.data.constData() + 12);
    const quint64 connectionId = qFromBigEndian<quint64>(packet.data.constData());
    if (packet.action != UdpTrackerAction::Connect && !m_connectionIds.contains(connectionId)) {
        if (!m_silentOnUnknownId)
            send(header(UdpTrackerAction::Error, transactionId) + "Connection ID missmatch.",
                 packet, false);
        return;
    }
    QList<Step> &steps = m_steps[int(packet.action)];
    const QByteArray proper = properReply(packet, transactionId);
    if (steps.isEmpty()) {
        send(proper, packet, false);
        return;
    }
    const Step step = steps.takeFirst();
    const QByteArray faulty = withFault(proper, step, packet.action, transactionId);
    if (!faulty.isEmpty())
        send(faulty, packet, step.fault == Fault::WrongSourcePort);
    if (step.thenReplyProperly)
        send(proper, packet, false);
}

QByteArray FakeUdpTracker::withFault(const QByteArray &proper, const Step &step,
                                     UdpTrackerAction action, quint32 transactionId)
{
    QByteArray faulty = proper;
    switch (step.fault) {
    case Fault::Silence:
        faulty.clear();
        break;
    case Fault::ErrorReply:
        faulty = header(UdpTrackerAction::Error, transactionId) + step.text;
        break;
    case Fault::ShortReply:
        faulty.truncate(step.size);
        break;
    case Fault::OversizedReply:
        faulty.append(step.size - faulty.size(), '\x7f');
        break;
    case Fault::WrongTransactionId:
        qToBigEndian(transactionId ^ 0x5a5a5a5aU, faulty.data() + 4);
        break;
    case Fault::WrongAction:
        qToBigEndian(quint32(action) == 1 ? 2U : 1U, faulty.data());
        break;
    case Fault::WrongSourcePort:
    case Fault::Duplicate:
        break;
    }
    return faulty;
}

QByteArray FakeUdpTracker::properReply(const ReceivedPacket &packet, quint32 transactionId)
{
    switch (packet.action) {
    case UdpTrackerAction::Connect: {
        const quint64 connectionId = QRandomGenerator::global()->generate64();
        m_connectionIds.insert(connectionId);
        QByteArray reply = header(UdpTrackerAction::Connect, transactionId);
        char bytes[8];
        qToBigEndian(connectionId, bytes);
        return reply + QByteArray(bytes, 8);
    }
    case UdpTrackerAction::Announce:
        return announceReply(transactionId);
    case UdpTrackerAction::Scrape:
        return scrapeReply(packet.data, transactionId);
    case UdpTrackerAction::Error:
        break;
    }
    return header(UdpTrackerAction::Error, transactionId) + "unknown action";
}

QByteArray FakeUdpTracker::announceReply(quint32 transactionId) const
{
    QByteArray reply = header(UdpTrackerAction::Announce, transactionId);
    appendUint32(reply, m_interval);
    appendUint32(reply, m_leechers);
    appendUint32(reply, m_seeders);
    const bool overIpv6 = address().protocol() == QAbstractSocket::IPv6Protocol;
    for (const TrackerPeer &peer : m_peers) {
        if (overIpv6) {
            const Q_IPV6ADDR bytes = peer.address.toIPv6Address(); // IPv4 peers as ::ffff:a.b.c.d
            reply.append(reinterpret_cast<const char *>(bytes.c), 16);
        } else {
            appendUint32(reply, peer.address.toIPv4Address());
        }
        char port[2];
        qToBigEndian(peer.port, port);
        reply.append(port, 2);
    }
    return reply;
}

QByteArray FakeUdpTracker::scrapeReply(const QByteArray &request, quint32 transactionId) const
{
    QByteArray reply = header(UdpTrackerAction::Scrape, transactionId);
    int answered = 0;
    for (qsizetype offset = 16; offset + 20 <= request.size() && answered < m_maxScrapeEntries;
         offset += 20, ++answered) {
        const UdpScrapeCounts counts = m_scrapeCounts.value(request.mid(offset, 20), {0, 0, 0});
        appendUint32(reply, quint32(counts.seeders));
        appendUint32(reply, quint32(counts.completed));
        appendUint32(reply, quint32(counts.leechers));
    }
    return reply;
}

void FakeUdpTracker::send(const QByteArray &reply, const ReceivedPacket &to, bool fromOtherPort)
{
    QUdpSocket &socket = fromOtherPort ? m_otherSocket : m_socket;
    socket.writeDatagram(reply, to.sender, to.senderPort);
}
