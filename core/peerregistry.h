#pragma once

#include "trackerpeer.h"

#include <QHash>
#include <QList>
#include <QVarLengthArray>

// One unique peer of a torrent: where it came from and when.
struct PeerRecord
{
    TrackerPeer peer;                // address, port, and peer id when a tracker gave one
    QVarLengthArray<int, 2> sources; // indexes of the trackers that returned it, ascending
    qint64 firstSeenMs = -1;
    qint64 lastSeenMs = -1;
};

// The unique peers of one torrent with the trackers each came from. Peers are kept in the order
// first seen; a cap keeps memory bounded (peers over it are counted, not kept).
class PeerRegistry
{
public:
    explicit PeerRegistry(int capacity = 200'000);

    // Records the peers one tracker returned; returns how many were new to the torrent.
    int add(const QList<TrackerPeer> &peers, int trackerIndex, qint64 nowMs);
    // Forgets a tracker: its index leaves every peer's sources, higher indexes move down by one,
    // and peers no other tracker returned are removed.
    void removeTracker(int trackerIndex);
    void clear();

    int count() const { return int(m_records.size()); }
    int droppedCount() const { return m_dropped; }
    int capacity() const { return m_capacity; }
    void setCapacity(int capacity) { m_capacity = capacity; }
    const QList<PeerRecord> &records() const { return m_records; }
    const PeerRecord *find(const TrackerPeer &peer) const;

    // Peers this tracker returned, and those only this tracker returned.
    int peerCountFrom(int trackerIndex) const;
    int uniquePeerCountFrom(int trackerIndex) const;
    QList<int> recordIndexesFrom(int trackerIndex) const;

private:
    void countSourceAdded(PeerRecord &record, int trackerIndex);
    void rebuildIndex();

    int m_capacity;
    int m_dropped = 0;
    QList<PeerRecord> m_records;
    QHash<TrackerPeer, int> m_indexByPeer;
    QHash<int, int> m_peerCountByTracker;
    QHash<int, int> m_uniqueCountByTracker;
};
