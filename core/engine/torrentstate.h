#pragma once

#include "engine/peerregistry.h"
#include "engine/trackerstate.h"
#include "metainfo/metainfo.h"

#include <QHash>
#include <QList>
#include <algorithm>

// A torrent the engine inspects: its metainfo, its trackers (those of the torrent first, in tier
// order, then those the user added), and the peers they returned.
struct TorrentState
{
    quint64 id = 0;
    Metainfo metainfo;
    QList<TrackerState> trackers;
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

    // "udp 1.2.3.4:80" or "1.2.3.4:80": UDP and TCP ports are different places, so only the same
    // transport makes a duplicate.
    static QString endpointKey(const TrackerState &tracker, const TrackerEndpointState &endpoint)
    {
        return (tracker.url.protocol() == TrackerProtocol::Udp ? QStringLiteral("udp ")
                                                               : QString()) +
               endpoint.addressText();
    }

    // The 20 bytes a tracker gets for this hash version (v2 truncated, BEP 52).
    QByteArray trackerHash(InfoHashVersion version) const
    {
        return version == InfoHashVersion::V1 ? metainfo.infoHashV1 : metainfo.trackerHashV2();
    }
    // The tracker with this id, or nullptr. Trackers are only ever appended, with ids that grow,
    // and removing one keeps the others' order: the list is sorted by id, so this is a binary
    // search (the peer views look trackers up once per source of every peer).
    const TrackerState *trackerWithId(TrackerId trackerId) const
    {
        const auto found = std::lower_bound(
            trackers.cbegin(), trackers.cend(), trackerId,
            [](const TrackerState &tracker, TrackerId wanted) { return tracker.id < wanted; });
        return found != trackers.cend() && found->id == trackerId ? &*found : nullptr;
    }
    TrackerState *trackerWithId(TrackerId trackerId)
    {
        return const_cast<TrackerState *>(std::as_const(*this).trackerWithId(trackerId));
    }
    // The trackers by tier, as a torrent's announce-list holds them, without the trackers in
    // leaveOut; a tier left with none is dropped.
    QList<QList<TrackerUrl>> trackerTiers(const QList<TrackerId> &leaveOut = {}) const
    {
        QList<QList<TrackerUrl>> tiers;
        for (const TrackerState &tracker : trackers) {
            if (leaveOut.contains(tracker.id))
                continue;
            while (tiers.size() <= tracker.tier)
                tiers.append(QList<TrackerUrl>());
            tiers[tracker.tier].append(tracker.url);
        }
        tiers.removeIf([](const QList<TrackerUrl> &tier) { return tier.isEmpty(); });
        return tiers;
    }
    QList<InfoHashVersion> hashVersions() const
    {
        QList<InfoHashVersion> versions;
        if (metainfo.hasV1())
            versions.append(InfoHashVersion::V1);
        if (metainfo.hasV2())
            versions.append(InfoHashVersion::V2);
        return versions;
    }
};
