#include "engine/trackerproxyfactory.h"

TrackerProxyFactory::TrackerProxyFactory(const EngineSettings &settings)
    : m_mode(settings.proxyMode)
{
    if (m_mode == EngineSettings::ProxyMode::Http)
        m_proxy = QNetworkProxy(QNetworkProxy::HttpProxy, settings.proxyHost, settings.proxyPort);
    else if (m_mode == EngineSettings::ProxyMode::Socks5)
        m_proxy = QNetworkProxy(QNetworkProxy::Socks5Proxy, settings.proxyHost, settings.proxyPort);
}

QList<QNetworkProxy> TrackerProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QNetworkProxy direct(QNetworkProxy::NoProxy);
    const bool isUdp = query.queryType() == QNetworkProxyQuery::UdpSocket;
    switch (m_mode) {
    case EngineSettings::ProxyMode::None:
        break;
    case EngineSettings::ProxyMode::System:
        if (!isUdp)
            return systemProxyForQuery(query);
        break;
    case EngineSettings::ProxyMode::Http:
        if (!isUdp)
            return {m_proxy};
        break;
    case EngineSettings::ProxyMode::Socks5:
        return {m_proxy};
    }
    return {direct};
}

void TrackerProxyFactory::install(const EngineSettings &settings)
{
    QNetworkProxyFactory::setApplicationProxyFactory(new TrackerProxyFactory(settings));
}
