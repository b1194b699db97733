#pragma once

#include "engine/enginesettings.h"
#include "metainfo/trackerurl.h"

#include <QHash>
#include <QObject>
#include <memory>

class MonotonicClock;
class ReportInbox;
class TrackerClient;
class TrackerClientFactory;

// The engine's protocol clients: one per protocol, made by the factory on first use and kept
// (it owns them). What they report goes to the inbox; new settings reach every client made so far.
class TrackerClientPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackerClientPool)

public:
    // The clients time their requests on clock; settings and inbox must outlive the pool.
    TrackerClientPool(std::unique_ptr<TrackerClientFactory> factory, MonotonicClock *clock,
                      const EngineSettings &settings, ReportInbox &inbox,
                      QObject *parent = nullptr);
    ~TrackerClientPool() override;

    // The client of this protocol, or nullptr when the protocol has none (yet).
    TrackerClient *clientFor(TrackerProtocol protocol);
    // The clients made so far take the current settings (timeouts, user agent) for their next
    // requests.
    void applySettings();

private:
    std::unique_ptr<TrackerClientFactory> m_factory;
    const EngineSettings &m_settings;
    ReportInbox &m_inbox;
    QHash<TrackerProtocol, TrackerClient *> m_clients; // nullptr: the protocol has none
};
