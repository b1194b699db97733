#pragma once

#include "engine/torrentstate.h"
#include "metainfo/trackerurl.h"

#include <QHash>
#include <QList>
#include <utility>

// A torrent's tracker list edited in place, worked out as a difference against the list the
// torrent has, so that trackers that stay keep their endpoints, figures, history and log. The
// wanted list is taken without repeated URLs (the first counts) and without empty tiers: tiers
// are numbered 0, 1, … without gaps.
class TrackerListEdit
{
public:
    TrackerListEdit(const TorrentState &torrent, const QList<QList<TrackerUrl>> &tiers);

    // The trackers the list no longer holds, and later copies of one URL.
    const QList<TrackerId> &removed() const { return m_removed; }
    // Gives each tracker of torrent its tier in the list; returns the ids of those that moved.
    QList<TrackerId> moveToTiers(TorrentState &torrent) const;
    // The URLs torrent does not list yet, in list order, each with its tier.
    QList<std::pair<TrackerUrl, int>> missing(const TorrentState &torrent) const;
    // BEP 12 order per tier: trackers keep their place in the old order (shuffled once,
    // answering trackers first); trackers new to a tier follow in list order.
    void rebuildTierOrder(TorrentState &torrent) const;

    int tierCount() const { return int(m_tiers.size()); }

private:
    QList<QList<TrackerUrl>> m_tiers;
    QHash<QString, int> m_tierByUrl;
    QList<TrackerId> m_removed;
};
