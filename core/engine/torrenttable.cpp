#include "engine/torrenttable.h"

#include "engine/trackerstateupdater.h"

#include <QRandomGenerator>
#include <QSet>
#include <algorithm>
#include <random>

TorrentTable::TorrentTable(const EngineSettings &settings)
    : m_settings(settings)
{}

TrackerState TorrentTable::makeTracker(const TorrentState &torrent, const TrackerUrl &url, int tier,
                                       bool addedByUser)
{
    TrackerState tracker;
    tracker.id = TrackerId{++m_lastTrackerId};
    tracker.url = url;
    tracker.tier = tier;
    tracker.addedByUser = addedByUser;
    tracker.statistics =
        TrackerStatistics(m_settings.historyCapacity, m_settings.latencySampleCapacity);
    if (addedByUser && torrent.metainfo.isPrivate && !m_settings.allowExtraTrackersOnPrivate) {
        tracker.disabled = true;
        tracker.disabledReason = tr("Disabled: the torrent is private and this tracker is not "
                                    "one of its own (BEP 27).");
    }
    for (InfoHashVersion version : torrent.hashVersions()) {
        AnnounceSlot slot;
        slot.hashVersion = version;
        tracker.announceSlots.append(slot);
    }
    TrackerStateUpdater::summarise(tracker);
    return tracker;
}

TorrentState &TorrentTable::addTorrent(const Metainfo &metainfo,
                                       const QList<QList<TrackerUrl>> &extraTiers,
                                       quint64 openOrder)
{
    const quint64 id = ++m_lastTorrentId;
    TorrentState &torrent = m_torrents[id];
    torrent.id = id;
    torrent.openOrder = openOrder == 0 ? id : openOrder;
    torrent.metainfo = metainfo;
    torrent.key = AnnounceIdentity::makeKey();
    torrent.peers.setCapacity(m_settings.peerCapPerTorrent);
    for (const MetainfoTracker &entry : metainfo.trackers())
        torrent.trackers.append(makeTracker(torrent, entry.url, entry.tier, false));
    QSet<QString> known;
    for (const TrackerState &tracker : std::as_const(torrent.trackers))
        known.insert(tracker.url.text());
    int extraTier = int(metainfo.trackerTiers.size());
    for (const QList<TrackerUrl> &tier : extraTiers) {
        bool any = false;
        for (const TrackerUrl &url : tier) {
            if (known.contains(url.text()))
                continue;
            known.insert(url.text());
            torrent.trackers.append(makeTracker(torrent, url, extraTier, true));
            any = true;
        }
        extraTier += any ? 1 : 0;
    }
    std::mt19937 shuffler(QRandomGenerator::global()->generate());
    for (const TrackerState &tracker : std::as_const(torrent.trackers)) {
        while (torrent.tierOrder.size() <= tracker.tier)
            torrent.tierOrder.append(QList<TrackerId>());
        torrent.tierOrder[tracker.tier].append(tracker.id);
    }
    for (QList<TrackerId> &tier : torrent.tierOrder)
        std::shuffle(tier.begin(), tier.end(), shuffler);
    torrent.tierOrder.removeIf([](const QList<TrackerId> &tier) { return tier.isEmpty(); });
    return torrent;
}

quint64 TorrentTable::addLeavingTorrent(const TorrentState &torrent, QList<TrackerState> trackers,
                                        qint64 deadlineMs)
{
    const quint64 id = ++m_lastTorrentId;
    TorrentState &leaving = m_torrents[id];
    leaving.id = id;
    leaving.openOrder = torrent.openOrder;
    leaving.metainfo = torrent.metainfo;
    leaving.key = torrent.key; // the tracker knows us by it
    leaving.removed = true;
    leaving.removalDeadlineMs = deadlineMs;
    // Sorted by id, as trackerWithId expects.
    std::sort(
        trackers.begin(), trackers.end(),
        [](const TrackerState &left, const TrackerState &right) { return left.id < right.id; });
    leaving.trackers = std::move(trackers);
    return id;
}

QList<TrackerState> TorrentTable::takeTrackers(TorrentState &torrent,
                                               const QSet<TrackerId> &trackerIds)
{
    QList<TrackerState> taken;
    for (const TrackerState &tracker : std::as_const(torrent.trackers)) {
        if (!trackerIds.contains(tracker.id))
            continue;
        for (const TrackerEndpointState &endpoint : tracker.endpoints) {
            const auto owners =
                torrent.trackersByEndpoint.find(TorrentState::endpointKey(tracker, endpoint));
            if (owners != torrent.trackersByEndpoint.end())
                owners->removeAll(tracker.id);
        }
        taken.append(tracker);
    }
    const auto isTaken = [&trackerIds](TrackerId trackerId) {
        return trackerIds.contains(trackerId);
    };
    torrent.trackers.removeIf(
        [&isTaken](const TrackerState &tracker) { return isTaken(tracker.id); });
    for (QList<TrackerId> &tier : torrent.tierOrder)
        tier.removeIf(isTaken);
    torrent.tierOrder.removeIf([](const QList<TrackerId> &tier) { return tier.isEmpty(); });
    return taken;
}

QList<TrackerId> TorrentTable::countPeersPerTracker(TorrentState &torrent)
{
    QList<TrackerId> changed;
    for (TrackerState &tracker : torrent.trackers) {
        const int peers = torrent.peers.peerCountFrom(tracker.id);
        const int unique = torrent.peers.uniquePeerCountFrom(tracker.id);
        if (peers != tracker.peerCount || unique != tracker.uniquePeersContributed) {
            tracker.peerCount = peers;
            tracker.uniquePeersContributed = unique;
            changed.append(tracker.id);
        }
    }
    return changed;
}

TorrentState *TorrentTable::find(quint64 torrentId)
{
    const auto found = m_torrents.find(torrentId);
    return found == m_torrents.end() || found->second.removed ? nullptr : &found->second;
}

const TorrentState *TorrentTable::find(quint64 torrentId) const
{
    return const_cast<TorrentTable *>(this)->find(torrentId);
}

TrackerState *TorrentTable::findTracker(quint64 torrentId, TrackerId trackerId)
{
    TorrentState *torrent = find(torrentId);
    return torrent ? torrent->trackerWithId(trackerId) : nullptr;
}

TorrentState *TorrentTable::findKept(quint64 torrentId)
{
    const auto found = m_torrents.find(torrentId);
    return found == m_torrents.end() ? nullptr : &found->second;
}

QList<quint64> TorrentTable::ids() const
{
    QList<quint64> ids;
    for (const auto &[id, torrent] : m_torrents) {
        if (!torrent.removed)
            ids.append(id);
    }
    return ids;
}
