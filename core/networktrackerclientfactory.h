#pragma once

#include "trackerclientfactory.h"

class HostResolver;
class QNetworkAccessManager;

// The real clients: HTTP/HTTPS over the application's QNetworkAccessManager, UDP through the
// HostResolver. WebSocket trackers get no client until that protocol is written.
class NetworkTrackerClientFactory final : public TrackerClientFactory
{
public:
    // Neither is owned; both must outlive the clients made.
    NetworkTrackerClientFactory(QNetworkAccessManager *network, HostResolver *resolver);

    TrackerClient *createClient(TrackerProtocol protocol, const EngineSettings &settings,
                                QObject *parent) override;

private:
    QNetworkAccessManager *m_network;
    HostResolver *m_resolver;
};
