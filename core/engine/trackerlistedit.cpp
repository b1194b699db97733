#include "engine/trackerlistedit.h"

#include <QSet>

TrackerListEdit::TrackerListEdit(const TorrentState &torrent, const QList<QList<TrackerUrl>> &tiers)
{
    for (const QList<TrackerUrl> &tier : tiers) {
        QList<TrackerUrl> kept;
        for (const TrackerUrl &url : tier) {
            if (url.text().isEmpty() || m_tierByUrl.contains(url.text()))
                continue;
            m_tierByUrl.insert(url.text(), int(m_tiers.size()));
            kept.append(url);
        }
        if (!kept.isEmpty())
            m_tiers.append(kept);
    }
    QSet<QString> seen;
    for (const TrackerState &tracker : torrent.trackers) {
        const QString &text = tracker.url.text();
        if (!m_tierByUrl.contains(text) || seen.contains(text))
            m_removed.append(tracker.id);
        seen.insert(text);
    }
}

QList<TrackerId> TrackerListEdit::moveToTiers(TorrentState &torrent) const
{
    QList<TrackerId> moved;
    for (TrackerState &tracker : torrent.trackers) {
        const int tier = m_tierByUrl.value(tracker.url.text());
        if (tracker.tier != tier) {
            tracker.tier = tier;
            moved.append(tracker.id);
        }
    }
    return moved;
}

QList<std::pair<TrackerUrl, int>> TrackerListEdit::missing(const TorrentState &torrent) const
{
    QSet<QString> present;
    for (const TrackerState &tracker : torrent.trackers)
        present.insert(tracker.url.text());
    QList<std::pair<TrackerUrl, int>> missing;
    for (const QList<TrackerUrl> &tier : m_tiers) {
        for (const TrackerUrl &url : tier) {
            if (!present.contains(url.text()))
                missing.append({url, m_tierByUrl.value(url.text())});
        }
    }
    return missing;
}

void TrackerListEdit::rebuildTierOrder(TorrentState &torrent) const
{
    const int tierCount = this->tierCount();
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
