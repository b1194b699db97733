#pragma once

#include "engine/trackerstate.h"
#include "metainfo/metainfo.h"

#include <QList>
#include <algorithm>

// What anyone outside the engine sees of a torrent: a value, copied out of the engine (its lists
// are implicitly shared, so a copy is cheap) and never changed behind the holder's back. The
// trackers are those of the torrent first, in tier order, then those the user added.
struct TorrentSnapshot
{
    quint64 id = 0;
    // Where the torrent goes in a list: the order the user asked for it (a large file that loads
    // late still takes its place after the arguments before it); its id unless told otherwise.
    quint64 openOrder = 0;
    Metainfo metainfo;
    QList<TrackerState> trackers;
    int peerCount = 0;         // unique peers all trackers returned
    int peersDroppedCount = 0; // beyond the peer list's capacity

    // A list of trackers checked with an info hash of its own (TrackerListDocument), not a torrent.
    bool isTrackerList() const { return metainfo.isTrackerList; }

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
    // The tier after the highest (which may be above the tier count after removals): where
    // trackers added after the torrent's own go.
    int nextFreeTier() const
    {
        int tier = 0;
        for (const TrackerState &tracker : trackers)
            tier = std::max(tier, tracker.tier + 1);
        return tier;
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
