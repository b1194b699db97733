#include "engine/networktrackerclientfactory.h"
#include "fakehostresolver.h"
#include "tracker/http/httptrackerclient.h"
#include "tracker/udp/udptrackerclient.h"
#include "tracker/websocket/websockettrackerclient.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <memory>

class TestNetworkTrackerClientFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makesOneClientPerProtocol();
    void passesUserAgentAndTimeouts();
    void configuringAgainReplacesEverySetting();
};

void TestNetworkTrackerClientFactory::makesOneClientPerProtocol()
{
    QNetworkAccessManager network;
    FakeHostResolver resolver;
    NetworkTrackerClientFactory factory(&network, &resolver);
    QObject parent;
    const EngineSettings settings;
    QVERIFY(qobject_cast<HttpTrackerClient *>(
        factory.createClient(TrackerProtocol::Http, settings, &parent)));
    QVERIFY(qobject_cast<HttpTrackerClient *>(
        factory.createClient(TrackerProtocol::Https, settings, &parent)));
    QVERIFY(qobject_cast<UdpTrackerClient *>(
        factory.createClient(TrackerProtocol::Udp, settings, &parent)));
    QVERIFY(qobject_cast<WebSocketTrackerClient *>(
        factory.createClient(TrackerProtocol::WebSocket, settings, &parent)));
    QVERIFY(qobject_cast<WebSocketTrackerClient *>(
        factory.createClient(TrackerProtocol::WebSocketSecure, settings, &parent)));
    QCOMPARE(factory.createClient(TrackerProtocol::Unsupported, settings, &parent), nullptr);
}

void TestNetworkTrackerClientFactory::passesUserAgentAndTimeouts()
{
    QNetworkAccessManager network;
    FakeHostResolver resolver;
    NetworkTrackerClientFactory factory(&network, &resolver);
    QObject parent;
    EngineSettings settings;
    settings.userAgent = "Inspector-Test/1";
    settings.requestTimeoutMs = 4000;
    auto *http = qobject_cast<HttpTrackerClient *>(
        factory.createClient(TrackerProtocol::Http, settings, &parent));
    QVERIFY(http);
    QCOMPARE(http->settings().userAgent, QByteArray("Inspector-Test/1"));
    QVERIFY(http->settings().totalTimeoutMs <= 4000);
    QVERIFY(!http->settings().allowPrivateRedirects); // the guard is on by default
    settings.allowPrivateRedirects = true;
    factory.configureClient(http, TrackerProtocol::Http, settings);
    QVERIFY(http->settings().allowPrivateRedirects);
    auto *webSocket = qobject_cast<WebSocketTrackerClient *>(
        factory.createClient(TrackerProtocol::WebSocket, settings, &parent));
    QVERIFY(webSocket);
    QCOMPARE(webSocket->settings().userAgent, QByteArray("Inspector-Test/1"));
    QVERIFY(webSocket->settings().replyTimeoutMs <= 4000);
    auto *udp = qobject_cast<UdpTrackerClient *>(
        factory.createClient(TrackerProtocol::Udp, settings, &parent));
    QVERIFY(udp);
    QVERIFY(udp->settings().endpointTimeoutMs <= 4000);

    // No user agent set: the clients keep their own default naming the application.
    settings.userAgent.clear();
    http = qobject_cast<HttpTrackerClient *>(
        factory.createClient(TrackerProtocol::Http, settings, &parent));
    QVERIFY(http->settings().userAgent.startsWith("TrackerInspector/"));
}

void TestNetworkTrackerClientFactory::configuringAgainReplacesEverySetting()
{
    QNetworkAccessManager network;
    FakeHostResolver resolver;
    NetworkTrackerClientFactory factory(&network, &resolver);
    QObject parent;
    EngineSettings settings;
    settings.userAgent = "Before/1";
    settings.requestTimeoutMs = 30'000;
    auto *http = qobject_cast<HttpTrackerClient *>(
        factory.createClient(TrackerProtocol::Http, settings, &parent));
    auto *udp = qobject_cast<UdpTrackerClient *>(
        factory.createClient(TrackerProtocol::Udp, settings, &parent));
    auto *webSocket = qobject_cast<WebSocketTrackerClient *>(
        factory.createClient(TrackerProtocol::WebSocket, settings, &parent));
    QVERIFY(http && udp && webSocket);

    settings.userAgent = "After/2";
    settings.requestTimeoutMs = 2000;
    factory.configureClient(http, TrackerProtocol::Http, settings);
    factory.configureClient(udp, TrackerProtocol::Udp, settings);
    factory.configureClient(webSocket, TrackerProtocol::WebSocket, settings);
    QCOMPARE(http->settings().userAgent, QByteArray("After/2"));
    QVERIFY(http->settings().totalTimeoutMs <= 2000);
    QVERIFY(http->settings().connectTimeoutMs <= 2000);
    QVERIFY(udp->settings().endpointTimeoutMs <= 2000);
    QCOMPARE(webSocket->settings().userAgent, QByteArray("After/2"));
    QVERIFY(webSocket->settings().replyTimeoutMs <= 2000);

    // A user agent cleared returns to the default, it does not keep the last one.
    settings.userAgent.clear();
    factory.configureClient(http, TrackerProtocol::Http, settings);
    factory.configureClient(webSocket, TrackerProtocol::WebSocket, settings);
    QVERIFY(http->settings().userAgent.startsWith("TrackerInspector/"));
    QVERIFY(webSocket->settings().userAgent.startsWith("TrackerInspector/"));
}

QTEST_GUILESS_MAIN(TestNetworkTrackerClientFactory)
#include "tst_networktrackerclientfactory.moc"
