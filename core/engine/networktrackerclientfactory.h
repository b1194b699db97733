#pragma once

#include "engine/trackerclientfactory.h"

class HostResolver;
class QNetworkAccessManager;

// The real clients: HTTP/HTTPS over the application's QNetworkAccessManager (redirect targets
// checked through the HostResolver), UDP through the HostResolver, ws/wss through the HostResolver
// and Qt WebSockets. Each gets the engine's timeout (a little less) and user agent.
class NetworkTrackerClientFactory final : public TrackerClientFactory
{
public:
    // Neither is owned; both must outlive the clients made.
    NetworkTrackerClientFactory(QNetworkAccessManager *network, HostResolver *resolver);

    void configureClient(TrackerClient *client, TrackerProtocol protocol,
                         const EngineSettings &settings) override;

protected:
    TrackerClient *makeClient(TrackerProtocol protocol, QObject *parent) override;

private:
    QNetworkAccessManager *m_network;
    HostResolver *m_resolver;
};
