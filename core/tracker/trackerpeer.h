#pragma once

#include <QByteArray>
#include <QHostAddress>

// A peer as a tracker returned it.
struct TrackerPeer
{
    QHostAddress address;
    quint16 port = 0;
    QByteArray peerId; // only from dictionary-model replies; empty otherwise

    bool operator==(const TrackerPeer &other) const
    {
        return address == other.address && port == other.port;
    }
    // "1.2.3.4:6881" or "[::1]:6881"
    QString toString() const;
};

size_t qHash(const TrackerPeer &peer, size_t seed = 0);
