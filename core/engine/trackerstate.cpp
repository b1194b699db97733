#include "engine/trackerstate.h"

#include <algorithm>

const TrackerEndpointState *TrackerState::bestEndpoint() const
{
    const TrackerEndpointState *best = nullptr;
    for (const TrackerEndpointState &endpoint : endpoints) {
        if (!trackerStatusIsWorking(endpoint.status))
            continue;
        if (!best || endpoint.seeders + endpoint.leechers > best->seeders + best->leechers)
            best = &endpoint;
    }
    return best;
}

qint64 TrackerState::seeders() const
{
    const TrackerEndpointState *best = bestEndpoint();
    return best && best->seeders >= 0 ? best->seeders : scrape.seeders;
}

qint64 TrackerState::leechers() const
{
    const TrackerEndpointState *best = bestEndpoint();
    return best && best->leechers >= 0 ? best->leechers : scrape.leechers;
}

qint64 TrackerState::downloaded() const
{
    const TrackerEndpointState *best = bestEndpoint();
    return best && best->downloaded >= 0 ? best->downloaded : scrape.completed;
}

qint64 TrackerState::nextAnnounceMs() const
{
    qint64 earliest = -1;
    for (const AnnounceSlot &slot : announceSlots) {
        if (slot.nextAnnounceMs >= 0 && (earliest < 0 || slot.nextAnnounceMs < earliest))
            earliest = slot.nextAnnounceMs;
    }
    return earliest;
}

qint64 TrackerState::lastAnnounceMs() const
{
    qint64 latest = -1;
    for (const AnnounceSlot &slot : announceSlots)
        latest = std::max(latest, slot.lastAnnounceMs);
    return latest;
}

bool TrackerState::isBusy() const
{
    for (const AnnounceSlot &slot : announceSlots) {
        if (slot.isBusy())
            return true;
    }
    return false;
}
