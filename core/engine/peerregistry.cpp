#include "engine/peerregistry.h"

#include <algorithm>

PeerRegistry::PeerRegistry(int capacity)
    : m_capacity(capacity)
{}

int PeerRegistry::add(const QList<TrackerPeer> &peers, TrackerId trackerId, qint64 nowMs)
{
    int added = 0;
    for (const TrackerPeer &peer : peers) {
        const auto found = m_indexByPeer.find(peer);
        if (found != m_indexByPeer.end()) {
            PeerRecord &record = m_records[size_t(found->second)];
            record.lastSeenMs = nowMs;
            if (record.peer.peerId.isEmpty() && !peer.peerId.isEmpty())
                record.peer.peerId = peer.peerId;
            countSourceAdded(record, trackerId);
            continue;
        }
        if (count() >= m_capacity) {
            ++m_dropped;
            continue;
        }
        PeerRecord record;
        record.peer = peer;
        record.firstSeenMs = nowMs;
        record.lastSeenMs = nowMs;
        countSourceAdded(record, trackerId);
        m_indexByPeer.emplace(peer, count());
        m_records.push_back(std::move(record));
        ++added;
    }
    return added;
}

void PeerRegistry::countSourceAdded(PeerRecord &record, TrackerId trackerId)
{
    auto position = std::lower_bound(record.sources.begin(), record.sources.end(), trackerId);
    if (position != record.sources.end() && *position == trackerId)
        return;
    if (record.sources.size() == 1)
        --m_uniqueCountByTracker[record.sources.first()];
    record.sources.insert(position, trackerId);
    ++m_peerCountByTracker[trackerId];
    if (record.sources.size() == 1)
        ++m_uniqueCountByTracker[trackerId];
}

void PeerRegistry::removeTracker(TrackerId trackerId)
{
    removeTrackers({trackerId});
}

void PeerRegistry::removeTrackers(QList<TrackerId> trackerIds)
{
    // One pass over the peers, however many trackers go (removing them one by one would go over
    // 100k peers once per tracker).
    std::sort(trackerIds.begin(), trackerIds.end());
    PeerRecords kept;
    for (PeerRecord &record : m_records) {
        QVarLengthArray<TrackerId, 2> sources;
        for (const TrackerId source : std::as_const(record.sources)) {
            if (!std::binary_search(trackerIds.cbegin(), trackerIds.cend(), source))
                sources.append(source);
        }
        record.sources = sources;
        if (!record.sources.isEmpty())
            kept.push_back(std::move(record));
    }
    m_records = std::move(kept);
    rebuildIndex();
}

void PeerRegistry::rebuildIndex()
{
    m_indexByPeer.clear();
    m_peerCountByTracker.clear();
    m_uniqueCountByTracker.clear();
    m_indexByPeer.reserve(count());
    for (int i = 0; i < count(); ++i) {
        const PeerRecord &record = m_records[i];
        m_indexByPeer.emplace(record.peer, i);
        for (const TrackerId source : record.sources)
            ++m_peerCountByTracker[source];
        if (record.sources.size() == 1)
            ++m_uniqueCountByTracker[record.sources.first()];
    }
}

void PeerRegistry::clear()
{
    m_records.clear();
    m_indexByPeer.clear();
    m_peerCountByTracker.clear();
    m_uniqueCountByTracker.clear();
    m_dropped = 0;
}

const PeerRecord *PeerRegistry::find(const TrackerPeer &peer) const
{
    const auto found = m_indexByPeer.find(peer);
    return found == m_indexByPeer.end() ? nullptr : &m_records[size_t(found->second)];
}

int PeerRegistry::peerCountFrom(TrackerId trackerId) const
{
    return m_peerCountByTracker.value(trackerId, 0);
}

int PeerRegistry::uniquePeerCountFrom(TrackerId trackerId) const
{
    return m_uniqueCountByTracker.value(trackerId, 0);
}

QList<int> PeerRegistry::recordIndexesFrom(TrackerId trackerId) const
{
    QList<int> indexes;
    for (int i = 0; i < count(); ++i) {
        if (std::binary_search(m_records[i].sources.begin(), m_records[i].sources.end(), trackerId))
            indexes.append(i);
    }
    return indexes;
}
