#include "tracker/http/addressscope.h"

#include <QPair>

namespace {

struct Range
{
    const char *subnet;
    AddressScope::Kind kind;
};

// The ranges that are not public; everything else is.
constexpr Range kRanges[] = {
    {"0.0.0.0/8", AddressScope::Kind::Unspecified},
    {"::/128", AddressScope::Kind::Unspecified},
    {"127.0.0.0/8", AddressScope::Kind::Loopback},
    {"::1/128", AddressScope::Kind::Loopback},
    {"10.0.0.0/8", AddressScope::Kind::Private},
    {"172.16.0.0/12", AddressScope::Kind::Private},
    {"192.168.0.0/16", AddressScope::Kind::Private},
    {"fc00::/7", AddressScope::Kind::Private},
    {"fec0::/10", AddressScope::Kind::Private},
    {"169.254.0.0/16", AddressScope::Kind::LinkLocal},
    {"fe80::/10", AddressScope::Kind::LinkLocal},
    {"100.64.0.0/10", AddressScope::Kind::SharedAddressSpace},
    {"224.0.0.0/4", AddressScope::Kind::Multicast},
    {"ff00::/8", AddressScope::Kind::Multicast},
    {"240.0.0.0/4", AddressScope::Kind::Reserved},
};

// IPv6 forms that carry an IPv4 address inside, and where it sits: a router or the kernel may
// deliver them to that IPv4 address, so they are judged by it.
struct EmbeddingPrefix
{
    const char *subnet;
    int firstByte; // of the IPv4 address within the 16 bytes
};
constexpr EmbeddingPrefix kEmbeddingPrefixes[] = {
    {"::ffff:0:0/96", 12}, // IPv4-mapped
    {"64:ff9b::/96", 12},  // NAT64 (RFC 6052)
    {"2002::/16", 2},      // 6to4 (RFC 3056)
    {"::/96", 12},         // IPv4-compatible (deprecated); :: and ::1 are matched before
};

// The IPv4 address an IPv6 address carries in one of the forms above; other addresses unchanged.
QHostAddress unmapped(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    for (const EmbeddingPrefix &prefix : kEmbeddingPrefixes) {
        if (!address.isInSubnet(QHostAddress::parseSubnet(QLatin1StringView(prefix.subnet))))
            continue;
        const int at = prefix.firstByte;
        return QHostAddress(quint32(bytes[at]) << 24 | quint32(bytes[at + 1]) << 16 |
                            quint32(bytes[at + 2]) << 8 | quint32(bytes[at + 3]));
    }
    return address;
}

} // namespace

AddressScope::Kind AddressScope::of(const QHostAddress &address)
{
    // "::" and "::1" first: they would otherwise read as the IPv4-compatible 0.0.0.0 and 0.0.0.1.
    if (address == QHostAddress(QHostAddress::AnyIPv6))
        return Kind::Unspecified;
    if (address == QHostAddress(QHostAddress::LocalHostIPv6))
        return Kind::Loopback;
    const QHostAddress plain = unmapped(address);
    for (const Range &range : kRanges) {
        const QPair<QHostAddress, int> subnet =
            QHostAddress::parseSubnet(QLatin1StringView(range.subnet));
        if (plain.isInSubnet(subnet))
            return range.kind;
    }
    return Kind::Public;
}

QString AddressScope::describe(Kind kind)
{
    switch (kind) {
    case Kind::Public:
        return tr("public");
    case Kind::Unspecified:
        return tr("unspecified");
    case Kind::Loopback:
        return tr("loopback");
    case Kind::Private:
        return tr("private");
    case Kind::LinkLocal:
        return tr("link-local");
    case Kind::SharedAddressSpace:
        return tr("shared (carrier-grade NAT)");
    case Kind::Multicast:
        return tr("multicast");
    case Kind::Reserved:
        return tr("reserved");
    }
    return QString();
}
