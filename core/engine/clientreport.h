#pragma once

#include "tracker/trackerresult.h"

#include <QPair>
#include <optional>

class TrackerClient;

// A request as the engine names it: the client it went to and the id that client gave it.
using RequestKey = QPair<TrackerClient *, quint64>;

// What a protocol client said of one request: a result, or (none) that the request completed.
struct ClientReport
{
    TrackerClient *client = nullptr;
    quint64 requestId = 0;
    std::optional<TrackerResult> result;

    RequestKey key() const { return {client, requestId}; }
};
