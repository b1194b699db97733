#pragma once

#include "engine/enginesettings.h"
#include "metainfo/trackerurl.h"

class QObject;
class TrackerClient;

// Makes the protocol clients the engine drives: the application makes the real ones, tests
// scripted fakes. The engine asks once per protocol and keeps the client.
class TrackerClientFactory
{
public:
    virtual ~TrackerClientFactory() = default;

    // A client for this protocol, owned by parent, configured from settings (timeouts); nullptr
    // when the protocol has no client (yet): its trackers are then shown as unsupported.
    virtual TrackerClient *createClient(TrackerProtocol protocol, const EngineSettings &settings,
                                        QObject *parent) = 0;
};
