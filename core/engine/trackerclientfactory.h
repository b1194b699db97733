#pragma once

#include "engine/enginesettings.h"
#include "metainfo/trackerurl.h"

class MonotonicClock;
class QObject;
class TrackerClient;

// Makes the protocol clients the engine drives: the application makes the real ones, tests
// scripted fakes. The engine asks once per protocol and keeps the client; whenever its settings
// change, it hands them to every client it keeps through configureClient. The clients time their
// requests on the engine's clock, handed in once through useClock.
class TrackerClientFactory
{
public:
    virtual ~TrackerClientFactory() = default;

    // The clock the clients made from now on time their requests by (not owned; it must outlive
    // them). Until one is given, each real client keeps a SteadyClock of its own.
    void useClock(MonotonicClock *clock) { m_clock = clock; }

    // A client for this protocol, owned by parent, configured from settings (timeouts); nullptr
    // when the protocol has no client (yet): its trackers are then shown as unsupported.
    TrackerClient *createClient(TrackerProtocol protocol, const EngineSettings &settings,
                                QObject *parent);

    // Applies settings (timeouts, user agent) to a client this factory made for protocol, in
    // full: what settings leave unset returns to the client's default. Requests under way keep
    // what they started with; the next ones use the new settings.
    virtual void configureClient(TrackerClient *client, TrackerProtocol protocol,
                                 const EngineSettings &settings) = 0;

protected:
    // A client for this protocol with its defaults, owned by parent, or nullptr.
    virtual TrackerClient *makeClient(TrackerProtocol protocol, QObject *parent) = 0;
    MonotonicClock *clock() const { return m_clock; }

private:
    MonotonicClock *m_clock = nullptr;
};
