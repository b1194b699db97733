#include "tracker/compactpeerlist.h"

#include <QtEndian>

namespace {
QHostAddress readAddress(const uchar *data, int entrySize)
{
    if (entrySize == CompactPeerList::kIpv4EntrySize)
        return QHostAddress(qFromBigEndian<quint32>(data));
    QHostAddress address(data);
    bool isMappedIpv4 = false;
    const quint32 mappedIpv4 = address.toIPv4Address(&isMappedIpv4);
    if (isMappedIpv4)
        address.setAddress(mappedIpv4); // ::ffff:a.b.c.d is an IPv4 peer
    return address;
}

bool isUsable(const TrackerPeer &peer)
{
    return peer.port != 0 && !peer.address.isNull() && peer.address != QHostAddress::AnyIPv4 &&
           peer.address != QHostAddress::AnyIPv6;
}
} // namespace

std::optional<StrayPeerBytes> CompactPeerList::read(QByteArrayView bytes, int entrySize,
                                                    int maxPeers, QList<TrackerPeer> &peers,
                                                    int &dropped)
{
    Q_ASSERT(entrySize == kIpv4EntrySize || entrySize == kIpv6EntrySize);
    const qsizetype count = bytes.size() / entrySize;
    for (qsizetype index = 0; index < count; ++index) {
        const auto *data = reinterpret_cast<const uchar *>(bytes.data() + index * entrySize);
        TrackerPeer peer;
        peer.address = readAddress(data, entrySize);
        peer.port = qFromBigEndian<quint16>(data + entrySize - 2);
        if (!isUsable(peer) || peers.size() >= maxPeers)
            ++dropped;
        else
            peers.append(peer);
    }
    if (bytes.size() % entrySize == 0)
        return std::nullopt;
    return StrayPeerBytes{bytes.sliced(count * entrySize).toByteArray(), entrySize, bytes.size()};
}

QString CompactPeerList::describe(const StrayPeerBytes &stray)
{
    return tr("The compact peer list is %1 bytes long, not a multiple of %2: its last %n byte(s) "
              "(%3) make no whole entry and were left out; the complete entries were kept.",
              nullptr, int(stray.bytes.size()))
        .arg(stray.listSize)
        .arg(stray.entrySize)
        .arg(QString::fromLatin1(stray.bytes.toHex(' ')));
}
