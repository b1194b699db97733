#pragma once

#include <QNetworkProxyFactory>

// The application's proxy choice for tracker traffic: HTTP and TCP follow the system's proxy
// settings; UDP sockets (UDP trackers, which no HTTP proxy can carry) go direct, without asking
// the system configuration per socket — with libproxy that lookup costs more than the exchange.
class DirectUdpProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
    // Installs a DirectUdpProxyFactory as the application's proxy factory.
    static void install();
};
