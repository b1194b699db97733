#pragma once

#include "engine/enginesettings.h"

#include <QNetworkProxyFactory>

// The application's proxy for tracker traffic, from the user's choice (EngineSettings::proxyMode):
//   None    everything direct;
//   System  HTTP and WebSocket follow the system's proxy settings; UDP goes direct, without asking
//           the system configuration per socket (with libproxy that costs more than the exchange);
//   Http    TCP through the HTTP (CONNECT) proxy; UDP, which it cannot carry, direct;
//   Socks5  TCP and UDP (UDP ASSOCIATE) through the SOCKS5 proxy.
class TrackerProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit TrackerProxyFactory(const EngineSettings &settings);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
    // Installs a factory for settings as the application's proxy factory (Qt owns it).
    static void install(const EngineSettings &settings);

private:
    EngineSettings::ProxyMode m_mode;
    QNetworkProxy m_proxy; // Http and Socks5
};
