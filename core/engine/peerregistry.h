#pragma once

#include "engine/trackerid.h"
#include "tracker/trackerpeer.h"

#include <QHash>
#include <QList>
#include <QVarLengthArray>
#include <deque>
#include <unordered_map>

// One unique peer of a torrent: where it came from and when.
struct PeerRecord
{
    TrackerPeer peer;                      // address, port, and peer id when a tracker gave one
    QVarLengthArray<TrackerId, 2> sources; // the trackers that returned it, ascending
    qint64 firstSeenMs = -1;
    qint64 lastSeenMs = -1;
};

// Kept in a deque: growing it never moves the records already there, so adding the 100,001st
// peer costs what adding the first did (a list would copy them all from time to time, a stall
// of tens of milliseconds with 100k peers).
using PeerRecords = std::deque<PeerRecord>;

// The unique peers of one torrent with the trackers each came from. Peers are kept in the order
// first seen; a cap keeps memory bounded (peers over it are counted, not kept).
class PeerRegistry
{
public:
    explicit PeerRegistry(int capacity = 200'000);

    // Records the peers one tracker returned; returns how many were new to the torrent.
    int add(const QList<TrackerPeer> &peers, TrackerId trackerId, qint64 nowMs);
    // Forgets a tracker: it leaves every peer's sources, and peers no other tracker returned are
    // removed. Other trackers' peers are untouched.
    void removeTracker(TrackerId trackerId);
    // The same for several trackers at once, in one pass over the peers.
    void removeTrackers(QList<TrackerId> trackerIds);
    void clear();

    int count() const { return int(m_records.size()); }
    int droppedCount() const { return m_dropped; }
    int capacity() const { return m_capacity; }
    void setCapacity(int capacity) { m_capacity = capacity; }
    const PeerRecords &records() const { return m_records; }
    const PeerRecord *find(const TrackerPeer &peer) const;

    // Peers this tracker returned, and those only this tracker returned.
    int peerCountFrom(TrackerId trackerId) const;
    int uniquePeerCountFrom(TrackerId trackerId) const;
    QList<int> recordIndexesFrom(TrackerId trackerId) const;

private:
    void countSourceAdded(PeerRecord &record, TrackerId trackerId);
    void rebuildIndex();

    int m_capacity;
    int m_dropped = 0;
    PeerRecords m_records;
    struct PeerHasher
    {
        size_t operator()(const TrackerPeer &peer) const { return qHash(peer); }
    };
    // A node map: it keeps each hash, so growing it relinks nodes instead of hashing every peer
    // again (QHash's rehash at 65,536 peers alone took over 10 ms).
    std::unordered_map<TrackerPeer, int, PeerHasher> m_indexByPeer;
    QHash<TrackerId, int> m_peerCountByTracker;
    QHash<TrackerId, int> m_uniqueCountByTracker;
};
