#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QStringView>

// A peer as a tracker returned it: an address, or a host name (BEP 3 lets a dictionary peer's
// "ip" be a DNS name), and a port.
struct TrackerPeer
{
    static constexpr qsizetype kMaxHostNameLength = 253; // RFC 1035, without the final dot
    static constexpr qsizetype kMaxHostLabelLength = 63;

    QHostAddress address; // null when the tracker gave a host name
    quint16 port = 0;
    QByteArray peerId; // only from dictionary-model replies; empty otherwise
    // The name as the tracker sent it, in lower case, never resolved by us; empty for an address.
    QString hostName{};

    bool hasHostName() const { return !hostName.isEmpty(); }
    bool operator==(const TrackerPeer &other) const
    {
        return address == other.address && port == other.port && hostName == other.hostName;
    }
    // "1.2.3.4:6881", "[::1]:6881" or "peer.example.org:6881"
    QString toString() const;
    // A DNS host name (letters, digits and hyphens in dot-separated labels, the last one not all
    // digits, so that no broken IPv4 literal passes), as it would be written in lower case
    // without a final dot; empty when text is no such name.
    static QString normalizedHostName(QStringView text);
};

size_t qHash(const TrackerPeer &peer, size_t seed = 0);
