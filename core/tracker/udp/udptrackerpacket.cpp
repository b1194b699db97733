#include "tracker/udp/udptrackerpacket.h"

#include "tracker/trackermessagetext.h"

#include <QtEndian>
#include <algorithm>

namespace {

void appendUint16(QByteArray &out, quint16 value)
{
    char bytes[sizeof value];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof bytes);
}

void appendUint32(QByteArray &out, quint32 value)
{
    char bytes[sizeof value];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof bytes);
}

void appendUint64(QByteArray &out, quint64 value)
{
    char bytes[sizeof value];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof bytes);
}

// A fixed-size field, padded with zeros or cut, so that the layout never shifts.
void appendFixed(QByteArray &out, const QByteArray &value, int size)
{
    out.append(value.left(size));
    if (value.size() < size)
        out.append(size - value.size(), '\0');
}

quint32 readUint32(QByteArrayView packet, qsizetype offset)
{
    return qFromBigEndian<quint32>(packet.data() + offset);
}

quint64 readUint64(QByteArrayView packet, qsizetype offset)
{
    return qFromBigEndian<quint64>(packet.data() + offset);
}

} // namespace

QByteArray UdpTrackerPacket::connectRequest(quint32 transactionId)
{
    QByteArray packet;
    packet.reserve(kConnectRequestSize);
    appendUint64(packet, kProtocolId);
    appendUint32(packet, quint32(UdpTrackerAction::Connect));
    appendUint32(packet, transactionId);
    return packet;
}

quint32 UdpTrackerPacket::eventNumber(AnnounceEvent event)
{
    switch (event) {
    case AnnounceEvent::None:
    case AnnounceEvent::Paused: // BEP 15 has no "paused"; a regular announce is the honest match
        return 0;
    case AnnounceEvent::Completed:
        return 1;
    case AnnounceEvent::Started:
        return 2;
    case AnnounceEvent::Stopped:
        return 3;
    }
    return 0;
}

QByteArray UdpTrackerPacket::announceRequest(quint64 connectionId, quint32 transactionId,
                                             const AnnounceRequest &request)
{
    QByteArray packet;
    packet.reserve(kAnnounceRequestSize + kMaxUrlDataChunk);
    appendUint64(packet, connectionId);
    appendUint32(packet, quint32(UdpTrackerAction::Announce));
    appendUint32(packet, transactionId);
    appendFixed(packet, request.infoHash, kInfoHashSize);
    appendFixed(packet, request.peerId, kPeerIdSize);
    appendUint64(packet, quint64(request.downloaded));
    appendUint64(packet, quint64(request.left));
    appendUint64(packet, quint64(request.uploaded));
    appendUint32(packet, eventNumber(request.event));
    appendUint32(packet, 0); // IP address: 0 = the packet's source address
    appendUint32(packet, request.key);
    appendUint32(packet, quint32(qint32(request.numwant)));
    appendUint16(packet, request.port);
    packet.append(urlDataOptions(request.trackerUrl));
    return packet;
}

QByteArray UdpTrackerPacket::urlDataOptions(const QUrl &url)
{
    // BEP 41: the path and query exactly as they appear in the (percent-encoded) URL.
    const QByteArray pathAndQuery =
        url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (pathAndQuery.isEmpty())
        return {};
    QByteArray options;
    options.reserve(pathAndQuery.size() + 2 * (pathAndQuery.size() / kMaxUrlDataChunk + 1) + 1);
    for (qsizetype offset = 0; offset < pathAndQuery.size(); offset += kMaxUrlDataChunk) {
        const QByteArray chunk = pathAndQuery.mid(offset, kMaxUrlDataChunk);
        options.append(char(kOptionUrlData));
        options.append(char(quint8(chunk.size())));
        options.append(chunk);
    }
    options.append(char(kOptionEndOfOptions));
    return options;
}

QByteArray UdpTrackerPacket::scrapeRequest(quint64 connectionId, quint32 transactionId,
                                           const QList<QByteArray> &infoHashes)
{
    QByteArray packet;
    packet.reserve(kScrapeRequestHeaderSize + kInfoHashSize * infoHashes.size());
    appendUint64(packet, connectionId);
    appendUint32(packet, quint32(UdpTrackerAction::Scrape));
    appendUint32(packet, transactionId);
    for (const QByteArray &infoHash : infoHashes)
        appendFixed(packet, infoHash, kInfoHashSize);
    return packet;
}

QString UdpTrackerPacket::actionName(quint32 action)
{
    switch (action) {
    case quint32(UdpTrackerAction::Connect):
        return QStringLiteral("connect");
    case quint32(UdpTrackerAction::Announce):
        return QStringLiteral("announce");
    case quint32(UdpTrackerAction::Scrape):
        return QStringLiteral("scrape");
    case quint32(UdpTrackerAction::Error):
        return QStringLiteral("error");
    }
    return QString::number(action);
}

UdpTrackerReply UdpTrackerPacket::parseStoredReply(QByteArrayView packet, bool overIpv6,
                                                   int maxPeersKept)
{
    UdpReplyExpectation expected;
    if (packet.size() >= kReplyHeaderSize) {
        expected.transactionId = readUint32(packet, 4);
        const quint32 action = readUint32(packet, 0);
        if (action <= quint32(UdpTrackerAction::Error))
            expected.action = UdpTrackerAction(action);
    }
    expected.peerEntrySize = overIpv6 ? kIpv6PeerEntrySize : kIpv4PeerEntrySize;
    expected.maxPeersKept = maxPeersKept;
    expected.requestedHashCount =
        int(std::max<qsizetype>(packet.size() - kScrapeReplyHeaderSize, 0) / kScrapeReplyEntrySize);
    return parseReply(packet, expected);
}

UdpTrackerReply UdpTrackerPacket::parseReply(QByteArrayView packet,
                                             const UdpReplyExpectation &expected)
{
    UdpTrackerReply reply;
    if (packet.size() < kReplyHeaderSize) {
        reply.problem =
            tr("a packet of %n byte(s) is too short for a reply", nullptr, int(packet.size()));
        return reply;
    }
    const quint32 action = readUint32(packet, 0);
    const quint32 transactionId = readUint32(packet, 4);
    reply.transactionId = transactionId;
    reply.actionNumber = action;
    reply.action =
        action <= quint32(UdpTrackerAction::Error) ? UdpTrackerAction(action) : expected.action;
    if (transactionId != expected.transactionId) {
        reply.problem = tr("transaction id %1 does not match the request's %2")
                            .arg(transactionId, 8, 16, QLatin1Char('0'))
                            .arg(expected.transactionId, 8, 16, QLatin1Char('0'));
        return reply;
    }
    if (action != quint32(expected.action) && action != quint32(UdpTrackerAction::Error)) {
        reply.problem = tr("a reply of action \"%1\" to the %2 request")
                            .arg(actionName(action), actionName(quint32(expected.action)));
        return reply;
    }
    reply.action = UdpTrackerAction(action);
    switch (reply.action) {
    case UdpTrackerAction::Connect:
        parseConnect(packet, reply);
        break;
    case UdpTrackerAction::Announce:
        parseAnnounce(packet, expected, reply);
        break;
    case UdpTrackerAction::Scrape:
        parseScrape(packet, expected, reply);
        break;
    case UdpTrackerAction::Error:
        parseError(packet, reply);
        break;
    }
    return reply;
}

void UdpTrackerPacket::parseConnect(QByteArrayView packet, UdpTrackerReply &reply)
{
    if (packet.size() < kConnectReplySize) {
        reply.problem =
            tr("a connect reply of %n byte(s); it needs 16", nullptr, int(packet.size()));
        return;
    }
    reply.connectionId = readUint64(packet, 8);
    reply.accepted = true;
}

void UdpTrackerPacket::parseAnnounce(QByteArrayView packet, const UdpReplyExpectation &expected,
                                     UdpTrackerReply &reply)
{
    const qsizetype peerBytes = packet.size() - kAnnounceReplyHeaderSize;
    if (packet.size() == kReplyHeaderSize) {
        reply.problem = tr("an announce reply of 8 bytes, without counts or peers (opentracker "
                           "answers so for an info hash it does not serve)");
        return;
    }
    int entrySize = expected.peerEntrySize;
    // BEP 15 wants 18-byte entries over IPv6, but some trackers (WebTorrent's) send 6-byte IPv4
    // entries there. When only that reading fits, take it; when both fit, the BEP wins.
    if (entrySize == kIpv6PeerEntrySize && peerBytes > 0 && peerBytes % entrySize != 0 &&
        peerBytes % kIpv4PeerEntrySize == 0) {
        entrySize = kIpv4PeerEntrySize;
        reply.ipv4EntriesOverIpv6 = true;
    }
    if (peerBytes < 0 || entrySize <= 0 || peerBytes % entrySize != 0) {
        reply.problem = tr("an announce reply of %1 bytes is not 20 + a multiple of %2")
                            .arg(packet.size())
                            .arg(expected.peerEntrySize);
        return;
    }
    reply.interval = readUint32(packet, 8);
    reply.leechers = readUint32(packet, 12);
    reply.seeders = readUint32(packet, 16);
    const int addressSize = entrySize - 2;
    for (qsizetype offset = kAnnounceReplyHeaderSize; offset < packet.size(); offset += entrySize) {
        TrackerPeer peer;
        if (addressSize == 4)
            peer.address.setAddress(readUint32(packet, offset));
        else
            peer.address.setAddress(reinterpret_cast<const quint8 *>(packet.data() + offset));
        bool isMappedIpv4 = false;
        const quint32 mappedIpv4 = peer.address.toIPv4Address(&isMappedIpv4);
        if (addressSize != 4 && isMappedIpv4)
            peer.address.setAddress(mappedIpv4); // ::ffff:a.b.c.d is an IPv4 peer
        peer.port = qFromBigEndian<quint16>(packet.data() + offset + addressSize);
        const bool usable = peer.port != 0 && !peer.address.isNull() &&
                            peer.address != QHostAddress::AnyIPv4 &&
                            peer.address != QHostAddress::AnyIPv6;
        if (!usable || reply.peers.size() >= expected.maxPeersKept)
            ++reply.peersDropped;
        else
            reply.peers.append(peer);
    }
    reply.accepted = true;
}

void UdpTrackerPacket::parseScrape(QByteArrayView packet, const UdpReplyExpectation &expected,
                                   UdpTrackerReply &reply)
{
    const qsizetype entryBytes = packet.size() - kScrapeReplyHeaderSize;
    if (entryBytes % kScrapeReplyEntrySize != 0) {
        reply.problem =
            tr("a scrape reply of %1 bytes is not 8 + a multiple of 12").arg(packet.size());
        return;
    }
    const qsizetype count = entryBytes / kScrapeReplyEntrySize;
    if (count > expected.requestedHashCount) {
        reply.problem = tr("a scrape reply with %1 entries for %2 info hashes")
                            .arg(count)
                            .arg(expected.requestedHashCount);
        return;
    }
    for (qsizetype index = 0; index < count; ++index) {
        const qsizetype offset = kScrapeReplyHeaderSize + index * kScrapeReplyEntrySize;
        reply.scrapeCounts.append({readUint32(packet, offset), readUint32(packet, offset + 4),
                                   readUint32(packet, offset + 8)});
    }
    reply.accepted = true;
}

void UdpTrackerPacket::parseError(QByteArrayView packet, UdpTrackerReply &reply)
{
    QByteArrayView text = packet.sliced(kReplyHeaderSize);
    while (!text.isEmpty() && text.back() == '\0')
        text.chop(1); // some trackers send a C string
    // The tracker's own words, made safe to show: one line of plain text, bounded.
    reply.errorMessage = TrackerMessageText::safe(text);
    reply.accepted = true;
}
