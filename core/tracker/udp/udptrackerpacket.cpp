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

Error malformed(const QString &problem)
{
    return Error(Error::Kind::Malformed, problem);
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
    appendUint32(packet, ipv4Field(request.announcedAddress));
    appendUint32(packet, request.key);
    appendUint32(packet, quint32(qint32(request.numwant)));
    appendUint16(packet, request.port);
    packet.append(urlDataOptions(urlData(request)));
    return packet;
}

quint32 UdpTrackerPacket::ipv4Field(const QString &announcedAddress)
{
    // 0 = the packet's source address; BEP 15 has room for an IPv4 address only.
    const QHostAddress address(announcedAddress);
    return address.protocol() == QHostAddress::IPv4Protocol ? address.toIPv4Address() : 0;
}

QByteArray UdpTrackerPacket::urlData(const AnnounceRequest &request)
{
    // BEP 41: the path and query exactly as they appear in the (percent-encoded) URL; chosen
    // extra parameters join the query, as an HTTP tracker would get them.
    QByteArray pathAndQuery = request.trackerUrl.toEncoded(
        QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!request.extraParameters.isEmpty()) {
        if (pathAndQuery.isEmpty())
            pathAndQuery = "/";
        pathAndQuery += pathAndQuery.contains('?') ? '&' : '?';
        pathAndQuery += AnnounceOverrides::encodedQuery(request.extraParameters);
    }
    return pathAndQuery;
}

QByteArray UdpTrackerPacket::urlDataOptions(const QUrl &url)
{
    // BEP 41: the path and query exactly as they appear in the (percent-encoded) URL.
    return urlDataOptions(
        url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment));
}

QByteArray UdpTrackerPacket::urlDataOptions(const QByteArray &pathAndQuery)
{
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

std::optional<UdpReplyHeader> UdpTrackerPacket::readHeader(QByteArrayView packet)
{
    if (packet.size() < kReplyHeaderSize)
        return std::nullopt;
    return UdpReplyHeader{readUint32(packet, 0), readUint32(packet, 4)};
}

Expected<UdpTrackerReply> UdpTrackerPacket::parseStoredReply(QByteArrayView packet, bool overIpv6,
                                                             int maxPeersKept)
{
    UdpReplyExpectation expected;
    if (const std::optional<UdpReplyHeader> header = readHeader(packet)) {
        expected.transactionId = header->transactionId;
        if (header->actionNumber <= quint32(UdpTrackerAction::Error))
            expected.action = UdpTrackerAction(header->actionNumber);
    }
    expected.peerEntrySize = overIpv6 ? kIpv6PeerEntrySize : kIpv4PeerEntrySize;
    expected.maxPeersKept = maxPeersKept;
    expected.requestedHashCount =
        int(std::max<qsizetype>(packet.size() - kScrapeReplyHeaderSize, 0) / kScrapeReplyEntrySize);
    return parseReply(packet, expected);
}

Expected<UdpTrackerReply> UdpTrackerPacket::parseReply(QByteArrayView packet,
                                                       const UdpReplyExpectation &expected)
{
    const std::optional<UdpReplyHeader> header = readHeader(packet);
    if (!header) {
        return malformed(
            tr("a packet of %n byte(s) is too short for a reply", nullptr, int(packet.size())));
    }
    const quint32 action = header->actionNumber;
    if (header->transactionId != expected.transactionId) {
        return malformed(tr("transaction id %1 does not match the request's %2")
                             .arg(header->transactionId, 8, 16, QLatin1Char('0'))
                             .arg(expected.transactionId, 8, 16, QLatin1Char('0')));
    }
    if (action != quint32(expected.action) && action != quint32(UdpTrackerAction::Error)) {
        return malformed(tr("a reply of action \"%1\" to the %2 request")
                             .arg(actionName(action), actionName(quint32(expected.action))));
    }
    UdpTrackerReply reply;
    reply.transactionId = header->transactionId;
    reply.actionNumber = action;
    reply.action = UdpTrackerAction(action);
    Expected<void> parsed;
    switch (reply.action) {
    case UdpTrackerAction::Connect:
        parsed = parseConnect(packet, reply);
        break;
    case UdpTrackerAction::Announce:
        parsed = parseAnnounce(packet, expected, reply);
        break;
    case UdpTrackerAction::Scrape:
        parsed = parseScrape(packet, expected, reply);
        break;
    case UdpTrackerAction::Error:
        parseError(packet, reply);
        break;
    }
    if (!parsed)
        return parsed.error();
    return reply;
}

Expected<void> UdpTrackerPacket::parseConnect(QByteArrayView packet, UdpTrackerReply &reply)
{
    if (packet.size() < kConnectReplySize) {
        return malformed(
            tr("a connect reply of %n byte(s); it needs 16", nullptr, int(packet.size())));
    }
    reply.connectionId = readUint64(packet, 8);
    return {};
}

Expected<void> UdpTrackerPacket::parseAnnounce(QByteArrayView packet,
                                               const UdpReplyExpectation &expected,
                                               UdpTrackerReply &reply)
{
    const qsizetype peerBytes = packet.size() - kAnnounceReplyHeaderSize;
    if (packet.size() == kReplyHeaderSize) {
        return malformed(tr("an announce reply of 8 bytes, without counts or peers (opentracker "
                            "answers so for an info hash it does not serve)"));
    }
    if (peerBytes < 0) {
        return malformed(tr("an announce reply of %1 bytes is shorter than the 20 bytes of its "
                            "counts")
                             .arg(packet.size()));
    }
    int entrySize = expected.peerEntrySize;
    if (entrySize != kIpv4PeerEntrySize && entrySize != kIpv6PeerEntrySize)
        return malformed(tr("announce replies have no peer entries of %1 bytes").arg(entrySize));
    // BEP 15 wants 18-byte entries over IPv6, but some trackers (WebTorrent's) send 6-byte IPv4
    // entries there. When only that reading fits, take it; when both fit, the BEP wins.
    if (entrySize == kIpv6PeerEntrySize && peerBytes > 0 && peerBytes % entrySize != 0 &&
        peerBytes % kIpv4PeerEntrySize == 0) {
        entrySize = kIpv4PeerEntrySize;
        reply.ipv4EntriesOverIpv6 = true;
    }
    reply.interval = readUint32(packet, 8);
    reply.leechers = readUint32(packet, 12);
    reply.seeders = readUint32(packet, 16);
    reply.strayPeerBytes =
        CompactPeerList::read(packet.sliced(kAnnounceReplyHeaderSize), entrySize,
                              expected.maxPeersKept, reply.peers, reply.peersDropped);
    return {};
}

Expected<void> UdpTrackerPacket::parseScrape(QByteArrayView packet,
                                             const UdpReplyExpectation &expected,
                                             UdpTrackerReply &reply)
{
    const qsizetype entryBytes = packet.size() - kScrapeReplyHeaderSize;
    if (entryBytes % kScrapeReplyEntrySize != 0) {
        return malformed(tr("a scrape reply of %n bytes is not 8 + a multiple of 12", nullptr,
                            int(packet.size())));
    }
    const qsizetype count = entryBytes / kScrapeReplyEntrySize;
    if (count > expected.requestedHashCount) {
        return malformed(
            tr("a scrape reply with %n entries for %1 info hashes", nullptr, int(count))
                .arg(expected.requestedHashCount));
    }
    for (qsizetype index = 0; index < count; ++index) {
        const qsizetype offset = kScrapeReplyHeaderSize + index * kScrapeReplyEntrySize;
        reply.scrapeCounts.append({readUint32(packet, offset), readUint32(packet, offset + 4),
                                   readUint32(packet, offset + 8)});
    }
    return {};
}

void UdpTrackerPacket::parseError(QByteArrayView packet, UdpTrackerReply &reply)
{
    QByteArrayView text = packet.sliced(kReplyHeaderSize);
    while (!text.isEmpty() && text.back() == '\0')
        text.chop(1); // some trackers send a C string
    // The tracker's own words, made safe to show: one line of plain text, bounded.
    reply.errorMessage = TrackerMessageText::safe(text);
}
