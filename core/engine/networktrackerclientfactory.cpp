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

TrackerClient *NetworkTrackerClientFactory::makeClient(TrackerProtocol protocol, QObject *parent)
{
    switch (protocol) {
    case TrackerProtocol::Http:
    case TrackerProtocol::Https: {
        auto *client = new HttpTrackerClient(m_network, clock(), parent);
        client->setHostResolver(m_resolver);
        return client;
    }
    case TrackerProtocol::Udp:
        return new UdpTrackerClient(m_resolver, clock(), parent);
    case TrackerProtocol::WebSocket:
    case TrackerProtocol::WebSocketSecure:
        return new WebSocketTrackerClient(m_resolver, clock(), parent);
    case TrackerProtocol::Unsupported:
        break;
    }
    return nullptr;
}

void NetworkTrackerClientFactory::configureClient(TrackerClient *client, TrackerProtocol protocol,
                                                  const EngineSettings &settings)
{
    Q_UNUSED(protocol);
    const int timeoutMs =
        std::max(settings.requestTimeoutMs - kClientTimeoutMarginMs, settings.requestTimeoutMs / 2);
    // Each starts from the protocol's defaults, so that a setting cleared returns to them.
    if (auto *http = qobject_cast<HttpTrackerClient *>(client)) {
        HttpTrackerSettings httpSettings;
        httpSettings.totalTimeoutMs = timeoutMs;
        httpSettings.connectTimeoutMs = std::min(httpSettings.connectTimeoutMs, timeoutMs);
        if (!settings.userAgent.isEmpty())
            httpSettings.userAgent = settings.userAgent;
        httpSettings.allowPrivateRedirects = settings.allowPrivateRedirects;
        http->setSettings(httpSettings);
    } else if (auto *udp = qobject_cast<UdpTrackerClient *>(client)) {
        UdpTrackerSettings udpSettings;
        udpSettings.endpointTimeoutMs = timeoutMs;
        udpSettings.maxTries = kUdpTriesWithinTimeout;
        udpSettings.tryTimeoutMs = std::max(timeoutMs / kUdpTriesWithinTimeout, 1);
        udp->setSettings(udpSettings);
    } else if (auto *webSocket = qobject_cast<WebSocketTrackerClient *>(client)) {
        WebSocketTrackerSettings webSocketSettings;
        webSocketSettings.connectTimeoutMs =
            std::min(webSocketSettings.connectTimeoutMs, timeoutMs);
        webSocketSettings.replyTimeoutMs = std::min(webSocketSettings.replyTimeoutMs, timeoutMs);
        if (!settings.userAgent.isEmpty())
            webSocketSettings.userAgent = settings.userAgent;
        webSocket->setSettings(webSocketSettings);
    }
}
