#include "engine/networktrackerclientfactory.h"

#include "tracker/http/httptrackerclient.h"
#include "tracker/udp/udptrackerclient.h"
#include "tracker/websocket/websockettrackerclient.h"

#include <algorithm>

namespace {
// The clients give up a little before the engine does, so that their own, more precise
// verdict (connect timeout, no UDP reply...) is the one shown.
constexpr int kClientTimeoutMarginMs = 250;
constexpr int kUdpTriesWithinTimeout = 2;
} // namespace

NetworkTrackerClientFactory::NetworkTrackerClientFactory(QNetworkAccessManager *network,
                                                         HostResolver *resolver)
    : m_network(network)
    , m_resolver(resolver)
{}

TrackerClient *NetworkTrackerClientFactory::createClient(TrackerProtocol protocol,
                                                         const EngineSettings &settings,
                                                         QObject *parent)
{
    const int timeoutMs =
        std::max(settings.requestTimeoutMs - kClientTimeoutMarginMs, settings.requestTimeoutMs / 2);
    switch (protocol) {
    case TrackerProtocol::Http:
    case TrackerProtocol::Https: {
        auto *client = new HttpTrackerClient(m_network, parent);
        HttpTrackerSettings httpSettings = client->settings();
        httpSettings.totalTimeoutMs = timeoutMs;
        httpSettings.connectTimeoutMs = std::min(httpSettings.connectTimeoutMs, timeoutMs);
        if (!settings.userAgent.isEmpty())
            httpSettings.userAgent = settings.userAgent;
        client->setSettings(httpSettings);
        return client;
    }
    case TrackerProtocol::Udp: {
        auto *client = new UdpTrackerClient(m_resolver, parent);
        UdpTrackerSettings udpSettings = client->settings();
        udpSettings.endpointTimeoutMs = timeoutMs;
        udpSettings.maxTries = kUdpTriesWithinTimeout;
        udpSettings.tryTimeoutMs = std::max(timeoutMs / kUdpTriesWithinTimeout, 1);
        client->setSettings(udpSettings);
        return client;
    }
    case TrackerProtocol::WebSocket:
    case TrackerProtocol::WebSocketSecure: {
        auto *client = new WebSocketTrackerClient(m_resolver, parent);
        WebSocketTrackerSettings webSocketSettings = client->settings();
        webSocketSettings.connectTimeoutMs =
            std::min(webSocketSettings.connectTimeoutMs, timeoutMs);
        webSocketSettings.replyTimeoutMs = std::min(webSocketSettings.replyTimeoutMs, timeoutMs);
        if (!settings.userAgent.isEmpty())
            webSocketSettings.userAgent = settings.userAgent;
        client->setSettings(webSocketSettings);
        return client;
    }
    case TrackerProtocol::Unsupported:
        break;
    }
    return nullptr;
}
