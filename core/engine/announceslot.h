#pragma once

#include "engine/trackerendpointstate.h"
#include "tracker/announceevent.h"

#include <QByteArray>

// The announce schedule of one tracker for one of the torrent's hashes, as anyone may see it. One
// request serves all the tracker's addresses (the client resolves and contacts each, one result per
// endpoint), so interval, back-off and the event to send next are kept here. Times are engine-clock
// ms.
struct AnnounceSlot
{
    InfoHashVersion hashVersion = InfoHashVersion::V1;
    qint64 nextAnnounceMs = -1; // -1: nothing planned
    AnnounceEvent nextEvent = AnnounceEvent::Started;
    qint64 lastAnnounceMs = -1;
    int consecutiveFailures = 0;
    bool registered = false; // `started` accepted by some endpoint, no `stopped` since
    bool retryNever = false; // BEP 31 "retry in": "never"
    int lastMinInterval = -1;
    QByteArray trackerId; // echoed in later announces

    // A request for this slot is queued or in flight (the engine keeps the request itself).
    bool busy = false;

    bool isBusy() const { return busy; }
};
