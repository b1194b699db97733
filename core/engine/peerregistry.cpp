#include "engine/peerregistry.h"

#include <algorithm>

PeerRegistry::PeerRegistry(int capacity)
    : m_capacity(capacity)
{}

int PeerRegistry::add(const QList<TrackerPeer> &peers, int trackerIndex, qint64 nowMs)
{
    int added = 0;
    for (const TrackerPeer &peer : peers) {
        const auto found = m_indexByPeer.find(peer);
        if (found != m_indexByPeer.end()) {
            PeerRecord &record = m_records[size_t(found->second)];
            record.lastSeenMs = nowMs;
            if (record.peer.peerId.isEmpty() && !peer.peerId.isEmpty())
                record.peer.peerId = peer.peerId;
            countSourceAdded(record, trackerIndex);
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
        countSourceAdded(record, trackerIndex);
        m_indexByPeer.emplace(peer, count());
        m_records.push_back(std::move(record));
        ++added;
    }
    return added;
}

void PeerRegistry::countSourceAdded(PeerRecord &record, int trackerIndex)
{
    auto position = std::lower_bound(record.sources.begin(), record.sources.end(), trackerIndex);
    if (position != record.sources.end() && *position == trackerIndex)
        return;
    if (record.sources.size() == 1)
        --m_uniqueCountByTracker[record.sources.first()];
    record.sources.insert(position, trackerIndex);
    ++m_peerCountByTracker[trackerIndex];
    if (record.sources.size() == 1)
        ++m_uniqueCountByTracker[trackerIndex];
}

void PeerRegistry::removeTracker(int trackerIndex)
{
    removeTrackers({trackerIndex});
}

void PeerRegistry::removeTrackers(QList<int> trackerIndexes)
{
    // One pass over the peers, however many trackers go (removing them one by one would go over
    // 100k peers once per tracker).
    std::sort(trackerIndexes.begin(), trackerIndexes.end());
    trackerIndexes.erase(std::unique(trackerIndexes.begin(), trackerIndexes.end()),
                         trackerIndexes.end());
    PeerRecords kept;
    for (PeerRecord &record : m_records) {
        QVarLengthArray<int, 2> sources;
        for (const int source : std::as_const(record.sources)) {
            const auto below =
                std::lower_bound(trackerIndexes.cbegin(), trackerIndexes.cend(), source);
            if (below != trackerIndexes.cend() && *below == source)
                continue;
            sources.append(source - int(below - trackerIndexes.cbegin()));
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
        for (int source : record.sources)
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

int PeerRegistry::peerCountFrom(int trackerIndex) const
{
    return m_peerCountByTracker.value(trackerIndex, 0);
}

int PeerRegistry::uniquePeerCountFrom(int trackerIndex) const
{
    return m_uniqueCountByTracker.value(trackerIndex, 0);
}

QList<int> PeerRegistry::recordIndexesFrom(int trackerIndex) const
{
    QList<int> indexes;
    for (int i = 0; i < count(); ++i) {
        if (std::binary_search(m_records[i].sources.begin(), m_records[i].sources.end(),
                               trackerIndex))
            indexes.append(i);
    }
    return indexes;
}
