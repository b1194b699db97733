#include "engine/trackerproxyfactory.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

class TestTrackerProxyFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersPerMode_data();
    void answersPerMode();
    void httpTrafficGoesThroughTheConfiguredProxy();
    void cleanup() { QNetworkProxyFactory::setApplicationProxyFactory(nullptr); }
};

namespace {
EngineSettings settingsFor(EngineSettings::ProxyMode mode)
{
    EngineSettings settings;
    settings.proxyMode = mode;
    settings.proxyHost = QStringLiteral("127.0.0.1");
    settings.proxyPort = 3128;
    return settings;
}

QNetworkProxyQuery tcpQuery()
{
    return QNetworkProxyQuery(QUrl(QStringLiteral("http://127.0.0.1:6969/announce")));
}

QNetworkProxyQuery udpQuery()
{
    return QNetworkProxyQuery(QStringLiteral("127.0.0.1"), 6969, QString(),
                              QNetworkProxyQuery::UdpSocket);
}
} // namespace

void TestTrackerProxyFactory::answersPerMode_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("tcpProxyType");
    QTest::addColumn<int>("udpProxyType");
    QTest::newRow("none") << int(EngineSettings::ProxyMode::None) << int(QNetworkProxy::NoProxy)
                          << int(QNetworkProxy::NoProxy);
    QTest::newRow("http") << int(EngineSettings::ProxyMode::Http) << int(QNetworkProxy::HttpProxy)
                          << int(QNetworkProxy::NoProxy);
    QTest::newRow("socks5") << int(EngineSettings::ProxyMode::Socks5)
                            << int(QNetworkProxy::Socks5Proxy) << int(QNetworkProxy::Socks5Proxy);
}

void TestTrackerProxyFactory::answersPerMode()
{
    QFETCH(int, mode);
    QFETCH(int, tcpProxyType);
    QFETCH(int, udpProxyType);
    TrackerProxyFactory factory(settingsFor(EngineSettings::ProxyMode(mode)));
    const QList<QNetworkProxy> tcp = factory.queryProxy(tcpQuery());
    QCOMPARE(tcp.size(), 1);
    QCOMPARE(int(tcp.first().type()), tcpProxyType);
    if (tcpProxyType != int(QNetworkProxy::NoProxy)) {
        QCOMPARE(tcp.first().hostName(), QStringLiteral("127.0.0.1"));
        QCOMPARE(tcp.first().port(), quint16(3128));
    }
    const QList<QNetworkProxy> udp = factory.queryProxy(udpQuery());
    QCOMPARE(udp.size(), 1);
    QCOMPARE(int(udp.first().type()), udpProxyType);
}

void TestTrackerProxyFactory::httpTrafficGoesThroughTheConfiguredProxy()
{
    // A loopback "proxy" that records the request line it gets and answers 502.
    QTcpServer proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost, 0));
    QByteArray requestLine;
    connect(&proxy, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = proxy.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&requestLine, socket] {
            requestLine += socket->readAll();
            if (requestLine.contains("\r\n\r\n")) {
                socket->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n"
                              "Connection: close\r\n\r\n");
                socket->disconnectFromHost();
            }
        });
    });
    EngineSettings settings = settingsFor(EngineSettings::ProxyMode::Http);
    settings.proxyPort = proxy.serverPort();
    TrackerProxyFactory::install(settings);
    QNetworkAccessManager network;
    // Qt never proxies loopback destinations, so the tracker is named; through an HTTP proxy the
    // client resolves nothing itself (the proxy gets the absolute URL), so the reserved name
    // never reaches a resolver and no traffic leaves loopback.
    QNetworkReply *reply = network.get(
        QNetworkRequest(QUrl(QStringLiteral("http://tracker.invalid:6969/announce?x=1"))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY2(requestLine.startsWith("GET http://tracker.invalid:6969/announce?x=1 HTTP/1.1"),
             requestLine.constData());
    reply->deleteLater();
}

QTEST_GUILESS_MAIN(TestTrackerProxyFactory)
#include "tst_trackerproxyfactory.moc"
