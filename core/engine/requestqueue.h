#pragma once

#include "engine/trackerid.h"
#include "tracker/announceoverrides.h"

#include <QString>
#include <deque>
#include <functional>
#include <memory>

// The requests waiting for a place, and the places taken: at most a limit of requests are in
// flight at once, across all torrents. A `stopped` goes before everything waiting (Urgent);
// otherwise first come, first served. Requests name trackers by id, so removing one renumbers
// nothing here.
class RequestQueue
{
public:
    struct Entry
    {
        enum class Kind { Announce, Scrape };
        Kind kind = Kind::Announce;
        quint64 torrentId = 0; // announces: the torrent, its tracker and the announce slot
        TrackerId trackerId;
        int slotIndex = -1;
        QString scrapeGroup; // scrapes: the tracker URL text scraped across torrents
        // Announce With…: one announce with these values, outside the slot's schedule.
        std::shared_ptr<const AnnounceOverrides> overrides;
    };
    enum class Priority { Normal, Urgent };
    // Sends the entry; false when it did not go out (it takes no place then).
    using Starter = std::function<bool(const Entry &)>;

    void enqueue(const Entry &entry, Priority priority = Priority::Normal);
    // Sends waiting entries, in order, while fewer than limit (at least 1) are in flight.
    void pump(int limit, const Starter &start);
    // A request in flight ended (answered, expired or cancelled): its place is free.
    void release(int count = 1);
    // Drops the waiting announces that match.
    void dropAnnounces(const std::function<bool(const Entry &)> &matches);

    int inFlight() const { return m_inFlight; }
    bool isEmpty() const { return m_waiting.empty(); }
    int waitingCount() const { return int(m_waiting.size()); }

private:
    std::deque<Entry> m_waiting;
    int m_inFlight = 0;
};
