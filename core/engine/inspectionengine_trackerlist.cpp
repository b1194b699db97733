// InspectionEngine, part five: the tracker list edited in place. The edit is applied as a
// difference, so trackers that stay keep their endpoints, figures, history and log.
#include "engine/inspectionengine.h"

#include "engine/engineclock.h"
#include "tracker/trackerclient.h"

#include <QHash>

namespace {
// The wanted list without repeated URLs (the first counts) and without empty tiers: each URL
// text with its tier, tiers numbered 0, 1, … in order.
struct WantedList
{
    QList<QList<TrackerUrl>> tiers;
    QHash<QString, int> tierByUrl;
};

WantedList wantedList(const QList<QList<TrackerUrl>> &tiers)
{
    WantedList wanted;
    for (const QList<TrackerUrl> &tier : tiers) {
        QList<TrackerUrl> kept;
        for (const TrackerUrl &url : tier) {
            if (url.text().isEmpty() || wanted.tierByUrl.contains(url.text()))
                continue;
            wanted.tierByUrl.insert(url.text(), int(wanted.tiers.size()));
            kept.append(url);
        }
        if (!kept.isEmpty())
            wanted.tiers.append(kept);
    }
    return wanted;
}

// Indexes of the trackers the list no longer holds (and of later copies of one URL), highest
// first, so that removing them one by one leaves the indexes still to remove unchanged.
QList<int> trackersToRemove(const TorrentState &torrent, const WantedList &wanted)
{
    QList<int> removed;
    QSet<QString> seen;
    for (int index = 0; index < torrent.trackers.size(); ++index) {
        const QString &text = torrent.trackers[index].url.text();
        if (!wanted.tierByUrl.contains(text) || seen.contains(text))
            removed.prepend(index);
        seen.insert(text);
    }
    return removed;
}

// BEP 12 order per tier: trackers keep their place in the old order (shuffled once, answering
// trackers first); trackers new to a tier follow in list order.
void rebuildTierOrder(TorrentState &torrent, int tierCount)
{
    QList<QList<TrackerId>> order(tierCount);
    QSet<TrackerId> placed;
    for (const QList<TrackerId> &tier : std::as_const(torrent.tierOrder)) {
        for (const TrackerId trackerId : tier) {
            const TrackerState *tracker = torrent.trackerWithId(trackerId);
            if (!tracker || placed.contains(trackerId))
                continue;
            if (tracker->tier >= 0 && tracker->tier < tierCount) {
                order[tracker->tier].append(trackerId);
                placed.insert(trackerId);
            }
        }
    }
    for (const TrackerState &tracker : std::as_const(torrent.trackers)) {
        if (!placed.contains(tracker.id) && tracker.tier >= 0 && tracker.tier < tierCount)
            order[tracker.tier].append(tracker.id);
    }
    order.removeIf([](const QList<TrackerId> &tier) { return tier.isEmpty(); });
    torrent.tierOrder = order;
}

bool mayHaveJoined(const AnnounceSlot &slot, const AnnounceFlight *flight)
{
    return slot.registered || (flight && flight->event != AnnounceEvent::Stopped);
}

// Gives each tracker its tier in the wanted list; returns the indexes of those that moved.
QList<int> moveToWantedTiers(TorrentState &torrent, const WantedList &wanted)
{
    QList<int> moved;
    for (int index = 0; index < torrent.trackers.size(); ++index) {
        TrackerState &tracker = torrent.trackers[index];
        const int tier = wanted.tierByUrl.value(tracker.url.text());
        if (tracker.tier != tier) {
            tracker.tier = tier;
            moved.append(index);
        }
    }
    return moved;
}

// The wanted URLs the torrent does not list yet, in list order.
QList<TrackerUrl> missingTrackers(const TorrentState &torrent, const WantedList &wanted)
{
    QSet<QString> present;
    for (const TrackerState &tracker : torrent.trackers)
        present.insert(tracker.url.text());
    QList<TrackerUrl> missing;
    for (const QList<TrackerUrl> &tier : wanted.tiers) {
        for (const TrackerUrl &url : tier) {
            if (!present.contains(url.text()))
                missing.append(url);
        }
    }
    return missing;
}

bool isContacted(const TrackerState &tracker)
{
    for (const AnnounceSlot &slot : tracker.announceSlots) {
        if (slot.registered || slot.isBusy() || slot.nextAnnounceMs >= 0)
            return true;
    }
    return false;
}
} // namespace

void InspectionEngine::setTrackerList(quint64 torrentId, const QList<QList<TrackerUrl>> &tiers)
{
    TorrentState *torrent = findTorrent(torrentId);
    if (!torrent)
        return;
    const WantedList wanted = wantedList(tiers);
    const QList<int> removed = trackersToRemove(*torrent, wanted);
    // Nothing queued starts until every removal is done (removeTrackerAt does not pump), so a
    // slot freed by one removal never starts a `started` to a tracker removed next.
    QList<TrackerId> removedIds;
    for (int index : removed) {
        // Leave the swarm first: `stopped` wherever `started` was accepted or may be in flight.
        // Sent on its own: its answer concerns a tracker that is no longer listed.
        const TrackerState &tracker = torrent->trackers[index];
        for (int s = 0; s < tracker.announceSlots.size(); ++s) {
            const AnnounceSlot &slot = tracker.announceSlots[s];
            // A disabled tracker we joined may still wait for its `stopped`: it gets one too.
            if (mayHaveJoined(slot, flightOf(tracker.id, s))) {
                if (TrackerClient *client = clientFor(tracker.url.protocol()))
                    client->announce(
                        makeAnnounceRequest(*torrent, tracker, slot, AnnounceEvent::Stopped));
            }
        }
        removedIds.append(removeTrackerAt(torrentId, index));
    }
    if (!removedIds.isEmpty()) {
        torrent->peers.removeTrackers(removedIds); // one pass over the peers for all of them
        markPeersChanged(torrentId);
    }
    pumpQueue();
    const QList<int> moved = moveToWantedTiers(*torrent, wanted);
    for (int index : moved)
        markTrackerChanged(torrentId, torrent->trackers[index].id);
    const QList<TrackerUrl> added = missingTrackers(*torrent, wanted);
    for (const TrackerUrl &url : added)
        addTracker(torrentId, url, wanted.tierByUrl.value(url.text()));
    rebuildTierOrder(*torrent, int(wanted.tiers.size()));
    const bool announces = m_settings.contactMode != EngineSettings::ContactMode::ScrapeOnly;
    if (announces && m_settings.behaveLikeClient && !torrent->tierOrder.isEmpty() &&
        std::none_of(torrent->trackers.cbegin(), torrent->trackers.cend(), isContacted))
        planAnnounce(*torrent, *torrent->trackerWithId(torrent->tierOrder.first().first()),
                     AnnounceEvent::Started, m_clock->nowMs());
    if (!removed.isEmpty() || !moved.isEmpty() || !added.isEmpty())
        m_idle = false; // a new round: becameIdle follows when it is over
    requestWake();
}
