#pragma once

#include "engine/trackerendpointstate.h"
#include "tracker/announceevent.h"

#include <QByteArray>

class TrackerClient;

// The announce schedule of one tracker for one of the torrent's hashes. One request serves all
// the tracker's addresses (the client resolves and contacts each, one result per endpoint), so
// interval, back-off and the event to send next are kept here. Times are engine-clock ms.
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

    // The request in flight: id 0 means none.
    TrackerClient *client = nullptr;
    quint64 requestId = 0;
    AnnounceEvent requestEvent = AnnounceEvent::None;
    qint64 requestStartedMs = -1;
    qint64 requestDeadlineMs = -1;
    bool queued = false;
    bool requestSucceeded = false; // some endpoint answered the request in flight
    int retryInMinutes = -1;       // BEP 31 from the request in flight's failure

    bool isBusy() const { return requestId != 0 || queued; }
};
