#pragma once

#include "engine/peerregistry.h"
#include "engine/torrentsnapshot.h"

#include <QHash>
#include <QList>

// A torrent as the engine works on it: the snapshot's values plus the peers and the scheduler's
// own state, which never leave the engine.
struct TorrentState : TorrentSnapshot
{
    PeerRegistry peers;
    quint32 key = 0;      // the announce `key`, random per torrent
    bool removed = false; // gone for the user; kept until its `stopped` announces end
    qint64 removalDeadlineMs = -1;
    // BEP 12 ("behave like a client"): the trackers of each tier, shuffled once; a tracker that
    // answers moves to the front of its tier.
    QList<QList<TrackerId>> tierOrder;
    // Trackers by the endpoint that answered (endpointKey), to find one tracker listed under
    // two URLs.
    QHash<QString, QList<TrackerId>> trackersByEndpoint;

    TorrentSnapshot snapshot() const
    {
        TorrentSnapshot copy = *this;
        copy.peerCount = peers.count();
        copy.peersDroppedCount = peers.droppedCount();
        return copy;
    }
};
