#include "metainfo/trackerurl.h"

#include <QTest>

class TestTrackerUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data();
    void classifies();
};

void TestTrackerUrl::classifies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QString>("protocolName");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("problem");

    const auto unsupported = int(TrackerProtocol::Unsupported);
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1:6969/announce")
                          << int(TrackerProtocol::Http) << QStringLiteral("http") << 6969
                          << QString();
    QTest::newRow("http default port")
        << QStringLiteral("http://localhost/announce") << int(TrackerProtocol::Http)
        << QStringLiteral("http") << 80 << QString();
    QTest::newRow("https upper") << QStringLiteral("HTTPS://127.0.0.1/a?passkey=1")
                                 << int(TrackerProtocol::Https) << QStringLiteral("https") << 443
                                 << QString();
    QTest::newRow("udp") << QStringLiteral("udp://[::1]:1337/announce") << int(TrackerProtocol::Udp)
                         << QStringLiteral("udp") << 1337 << QString();
    QTest::newRow("udp without port")
        << QStringLiteral("udp://127.0.0.1/announce") << unsupported << QStringLiteral("udp") << 0
        << QStringLiteral("a UDP tracker URL needs a port");
    QTest::newRow("ws") << QStringLiteral("ws://127.0.0.1:8000") << int(TrackerProtocol::WebSocket)
                        << QStringLiteral("ws") << 8000 << QString();
    QTest::newRow("wss") << QStringLiteral("wss://localhost")
                         << int(TrackerProtocol::WebSocketSecure) << QStringLiteral("wss") << 443
                         << QString();
    QTest::newRow("dht") << QStringLiteral("dht://abc") << unsupported << QStringLiteral("dht") << 0
                         << QStringLiteral("unsupported protocol \"dht\"");
    QTest::newRow("no scheme") << QStringLiteral("tracker.example/announce") << unsupported
                               << QString() << 0
                               << QStringLiteral("the URL has no scheme (expected http, https, "
                                                 "udp, ws or wss)");
    QTest::newRow("no host") << QStringLiteral("http:///announce") << unsupported
                             << QStringLiteral("http") << 0
                             << QStringLiteral("the URL has no host");
}

void TestTrackerUrl::classifies()
{
    QFETCH(QString, text);
    QFETCH(int, protocol);
    QFETCH(QString, protocolName);
    QFETCH(int, port);
    QFETCH(QString, problem);
    const TrackerUrl url = TrackerUrl::parse(text);
    QCOMPARE(url.text(), text);
    QCOMPARE(int(url.protocol()), protocol);
    QCOMPARE(url.protocolName(), protocolName);
    QCOMPARE(url.isSupported(), problem.isEmpty());
    QCOMPARE(url.problem(), problem);
    if (url.isSupported())
        QCOMPARE(int(url.port()), port);
}

QTEST_GUILESS_MAIN(TestTrackerUrl)
#include "tst_trackerurl.moc"
