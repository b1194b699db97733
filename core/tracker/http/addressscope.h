#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

// Where an address leads: out to the internet (Public) or into a space of its own — this
// machine, the local network, the provider's shared space — that a tracker on the internet has
// no business sending our requests to. IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) count as
// the IPv4 address they carry.
class AddressScope
{
    Q_DECLARE_TR_FUNCTIONS(AddressScope)

public:
    enum class Kind {
        Public,
        Unspecified,        // 0.0.0.0/8, :: (on Linux, connecting to 0.0.0.0 reaches this machine)
        Loopback,           // 127/8, ::1
        Private,            // RFC 1918 (10/8, 172.16/12, 192.168/16), fc00::/7, fec0::/10
        LinkLocal,          // 169.254/16, fe80::/10
        SharedAddressSpace, // 100.64/10, carrier-grade NAT (RFC 6598)
        Multicast,          // 224/4, ff00::/8
        Reserved,           // 240/4, broadcast included
    };

    static Kind of(const QHostAddress &address);
    static bool isPublic(const QHostAddress &address) { return of(address) == Kind::Public; }
    // "private", "loopback", "link-local"... for sentences.
    static QString describe(Kind kind);
};
