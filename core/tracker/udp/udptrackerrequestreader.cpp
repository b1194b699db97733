#include "tracker/udp/udptrackerrequestreader.h"

#include "tracker/udp/udptrackerpacket.h"

#include <QtEndian>

namespace {
// BEP 15 announce request offsets, after the 16-byte header.
constexpr qsizetype kInfoHashOffset = 16;
constexpr qsizetype kPeerIdOffset = kInfoHashOffset + UdpTrackerPacket::kInfoHashSize;
constexpr qsizetype kDownloadedOffset = kPeerIdOffset + UdpTrackerPacket::kPeerIdSize;
constexpr qsizetype kLeftOffset = kDownloadedOffset + 8;
constexpr qsizetype kUploadedOffset = kLeftOffset + 8;
constexpr qsizetype kEventOffset = kUploadedOffset + 8;
constexpr qsizetype kIpAddressOffset = kEventOffset + 4;
constexpr qsizetype kKeyOffset = kIpAddressOffset + 4;
constexpr qsizetype kNumWantOffset = kKeyOffset + 4;
constexpr qsizetype kPortOffset = kNumWantOffset + 4;
static_assert(kPortOffset + 2 == UdpTrackerPacket::kAnnounceRequestSize);

template<typename T>
T readNumber(QByteArrayView packet, qsizetype offset)
{
    return qFromBigEndian<T>(packet.data() + offset);
}

Error malformed(const QString &message, qint64 offset)
{
    return Error(Error::Kind::Malformed, message, offset);
}
} // namespace

Expected<UdpTrackerRequestFields> UdpTrackerRequestReader::read(QByteArrayView packet)
{
    if (packet.size() < UdpTrackerPacket::kConnectRequestSize)
        return malformed(tr("a request of %n byte(s) is shorter than its 16-byte header", nullptr,
                            int(packet.size())),
                         packet.size());
    UdpTrackerRequestFields fields;
    fields.connectionId = readNumber<quint64>(packet, 0);
    fields.actionNumber = readNumber<quint32>(packet, 8);
    fields.transactionId = readNumber<quint32>(packet, 12);
    Expected<void> body;
    if (fields.actionNumber == quint32(UdpTrackerAction::Announce))
        body = readAnnounce(packet, fields);
    else if (fields.actionNumber == quint32(UdpTrackerAction::Scrape))
        body = readScrape(packet, fields);
    if (!body)
        return body.error();
    return fields;
}

Expected<void> UdpTrackerRequestReader::readAnnounce(QByteArrayView packet,
                                                     UdpTrackerRequestFields &fields)
{
    if (packet.size() < UdpTrackerPacket::kAnnounceRequestSize)
        return malformed(tr("an announce request of %n bytes is shorter than its %1 bytes", nullptr,
                            int(packet.size()))
                             .arg(UdpTrackerPacket::kAnnounceRequestSize),
                         packet.size());
    fields.infoHashes = {
        packet.sliced(kInfoHashOffset, UdpTrackerPacket::kInfoHashSize).toByteArray()};
    fields.peerId = packet.sliced(kPeerIdOffset, UdpTrackerPacket::kPeerIdSize).toByteArray();
    fields.downloaded = readNumber<qint64>(packet, kDownloadedOffset);
    fields.left = readNumber<qint64>(packet, kLeftOffset);
    fields.uploaded = readNumber<qint64>(packet, kUploadedOffset);
    fields.eventNumber = readNumber<quint32>(packet, kEventOffset);
    fields.ipAddress = readNumber<quint32>(packet, kIpAddressOffset);
    fields.key = readNumber<quint32>(packet, kKeyOffset);
    fields.numWant = readNumber<qint32>(packet, kNumWantOffset);
    fields.port = readNumber<quint16>(packet, kPortOffset);
    const Expected<QByteArray> urlData =
        readOptions(packet.sliced(UdpTrackerPacket::kAnnounceRequestSize),
                    UdpTrackerPacket::kAnnounceRequestSize);
    if (!urlData)
        return urlData.error();
    fields.urlData = *urlData;
    return {};
}

Expected<void> UdpTrackerRequestReader::readScrape(QByteArrayView packet,
                                                   UdpTrackerRequestFields &fields)
{
    const QByteArrayView hashes = packet.sliced(UdpTrackerPacket::kScrapeRequestHeaderSize);
    if (hashes.size() % UdpTrackerPacket::kInfoHashSize != 0)
        return malformed(tr("the scrape request's %n bytes of hashes are not a multiple of "
                            "20",
                            nullptr, int(hashes.size())),
                         packet.size());
    for (qsizetype offset = 0; offset < hashes.size(); offset += UdpTrackerPacket::kInfoHashSize)
        fields.infoHashes.append(
            hashes.sliced(offset, UdpTrackerPacket::kInfoHashSize).toByteArray());
    return {};
}

// BEP 41: options after the announce, each a type byte, then (but for end and no-op) a length
// byte and that many bytes; URLData options are joined.
Expected<QByteArray> UdpTrackerRequestReader::readOptions(QByteArrayView options, qint64 offset)
{
    QByteArray urlData;
    qsizetype position = 0;
    while (position < options.size()) {
        const quint8 type = quint8(options.at(position));
        if (type == UdpTrackerPacket::kOptionEndOfOptions)
            break;
        if (type == UdpTrackerPacket::kOptionNop) {
            ++position;
            continue;
        }
        if (position + 2 > options.size() ||
            position + 2 + quint8(options.at(position + 1)) > options.size())
            return malformed(tr("a BEP 41 option runs past the end of the request"),
                             offset + position);
        const qsizetype length = quint8(options.at(position + 1));
        if (type == UdpTrackerPacket::kOptionUrlData)
            urlData += options.sliced(position + 2, length).toByteArray();
        position += 2 + length;
    }
    return urlData;
}
