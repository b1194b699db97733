#include "directudpproxyfactory.h"

QList<QNetworkProxy> DirectUdpProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (query.queryType() == QNetworkProxyQuery::UdpSocket)
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return systemProxyForQuery(query);
}

void DirectUdpProxyFactory::install()
{
    // Qt takes ownership of the factory.
    QNetworkProxyFactory::setApplicationProxyFactory(new DirectUdpProxyFactory);
}
