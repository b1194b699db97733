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

// The IPv4 address an IPv4-mapped IPv6 address carries; other addresses unchanged.
QHostAddress unmapped(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    bool isMapped = false;
    const quint32 ipv4 = address.toIPv4Address(&isMapped);
    return isMapped ? QHostAddress(ipv4) : address;
}

} // namespace

AddressScope::Kind AddressScope::of(const QHostAddress &address)
{
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
