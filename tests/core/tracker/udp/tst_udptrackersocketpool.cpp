// The UDP client shares one socket per tracker address between the requests to it, keeps it for
// a while for the next request, and never reuses one that failed.
#include "fakehostresolver.h"
#include "fakeudptracker.h"
#include "testclock.h"
#include "testtime.h"
#include "tracker/udp/udptrackerclient.h"
#include "tracker/udp/udptrackersocket.h"
#include "tracker/udp/udptrackersocketpool.h"

#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

namespace {

// Longer than any test here runs: a socket stays open between its requests until it fails.
constexpr int kLongLingerMs = 5'000;
// Lingering is timed on the client's clock: an hour of it passes at once when the test clock moves.
constexpr int kHourLingerMs = 3'600'000;
constexpr qint64 kClockStartMs = 1'000'000;

UdpTrackerSettings settingsWithLinger(int lingerMs)
{
    UdpTrackerSettings settings;
    settings.tryTimeoutMs = 200;
    settings.maxTries = 3;
    settings.endpointTimeoutMs = 3'000;
    settings.socketLingerMs = lingerMs;
    return settings;
}

AnnounceRequest announceTo(const QUrl &url)
{
    AnnounceRequest request;
    request.trackerUrl = url;
    request.infoHash = QByteArray(20, '\x42');
    request.peerId = QByteArray("-TI0001-000000000001");
    request.port = 51413;
    request.left = 1000;
    return request;
}

ScrapeRequest scrapeOf(const QUrl &url)
{
    ScrapeRequest request;
    request.trackerUrl = url;
    request.infoHashes = {QByteArray(20, '\x42')};
    return request;
}

// The source ports the tracker saw, in order.
QList<quint16> senderPorts(const FakeUdpTracker &tracker)
{
    QList<quint16> ports;
    for (const FakeUdpTracker::ReceivedPacket &packet : tracker.received())
        ports.append(packet.senderPort);
    return ports;
}

} // namespace

class TestUdpTrackerSocketPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void concurrentRequestsShareOneSocket();
    void laterRequestReusesTheSocket();
    void idleSocketClosesAfterLinger();
    void refusedSocketIsNotReused_data();
    void refusedSocketIsNotReused();
    void packetsGoToTheirTransactionOwner();

private:
    // Runs the requests at once and waits until every one completed.
    void runTogether(const QList<AnnounceRequest> &announces, const QList<ScrapeRequest> &scrapes);

    std::unique_ptr<FakeHostResolver> m_resolver;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<UdpTrackerClient> m_client;
    std::unique_ptr<FakeUdpTracker> m_tracker;
    QList<AnnounceResult> m_announceResults;
    QList<ScrapeResult> m_scrapeResults;
};

void TestUdpTrackerSocketPool::init()
{
    m_resolver = std::make_unique<FakeHostResolver>();
    m_clock = std::make_unique<TestClock>();
    m_clock->freeze(kClockStartMs);
    m_client = std::make_unique<UdpTrackerClient>(m_resolver.get(), m_clock.get());
    m_client->setSettings(settingsWithLinger(kLongLingerMs));
    m_tracker = std::make_unique<FakeUdpTracker>();
    QVERIFY(m_tracker->listen(QHostAddress::LocalHost));
    m_announceResults.clear();
    m_scrapeResults.clear();
}

void TestUdpTrackerSocketPool::cleanup()
{
    m_client.reset();
    m_clock.reset();
    m_tracker.reset();
    m_resolver.reset();
}

void TestUdpTrackerSocketPool::runTogether(const QList<AnnounceRequest> &announces,
                                           const QList<ScrapeRequest> &scrapes)
{
    QSignalSpy completed(m_client.get(), &TrackerClient::requestCompleted);
    QSignalSpy announced(m_client.get(), &TrackerClient::announceFinished);
    QSignalSpy scraped(m_client.get(), &TrackerClient::scrapeFinished);
    for (const AnnounceRequest &request : announces)
        m_client->announce(request);
    for (const ScrapeRequest &request : scrapes)
        m_client->scrape(request);
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), announces.size() + scrapes.size(),
                              kFakeTrackerReplyWaitMs);
    for (const QList<QVariant> &arguments : std::as_const(announced))
        m_announceResults.append(arguments[1].value<AnnounceResult>());
    for (const QList<QVariant> &arguments : std::as_const(scraped))
        m_scrapeResults.append(arguments[1].value<ScrapeResult>());
}

void TestUdpTrackerSocketPool::concurrentRequestsShareOneSocket()
{
    const QUrl url = m_tracker->announceUrl();
    AnnounceRequest stopped = announceTo(url);
    stopped.event = AnnounceEvent::Stopped;
    runTogether({announceTo(url), stopped}, {scrapeOf(url)});
    QCOMPARE(m_announceResults.size(), 2);
    QCOMPARE(m_scrapeResults.size(), 1);
    for (const AnnounceResult &result : std::as_const(m_announceResults)) {
        QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
        // Each conversation saw only its own replies, none as "ignored".
        QCOMPARE(result.exchange.malformedRepliesIgnored, 0);
    }
    QVERIFY2(m_scrapeResults[0].succeeded(), qPrintable(m_scrapeResults[0].errorMessage));
    QCOMPARE(m_scrapeResults[0].exchanges.value(0).malformedRepliesIgnored, 0);
    const QList<quint16> ports = senderPorts(*m_tracker);
    QVERIFY(ports.size() >= 4); // at least one connect, the two announces and the scrape
    QCOMPARE(QSet<quint16>(ports.cbegin(), ports.cend()).size(), 1);
    QCOMPARE(m_client->openSocketCount(), 1);
}

void TestUdpTrackerSocketPool::laterRequestReusesTheSocket()
{
    const QUrl url = m_tracker->announceUrl();
    runTogether({announceTo(url)}, {});
    runTogether({}, {scrapeOf(url)});
    QVERIFY(m_announceResults.value(0).succeeded());
    QVERIFY(m_scrapeResults.value(0).succeeded());
    const QList<quint16> ports = senderPorts(*m_tracker);
    QCOMPARE(ports.size(), 3); // connect, announce, scrape with the cached connection id
    QCOMPARE(ports[2], ports[0]);

    // Without linger, every request opens (and closes) its own socket; the lingering one is
    // used a last time.
    m_client->setSettings(settingsWithLinger(0));
    runTogether({announceTo(url)}, {});
    QCOMPARE(senderPorts(*m_tracker).value(3), ports[0]);
    QCOMPARE(m_client->openSocketCount(), 0);
    runTogether({announceTo(url)}, {});
    QCOMPARE(senderPorts(*m_tracker).size(), 5);
    QCOMPARE(m_client->openSocketCount(), 0);
}

void TestUdpTrackerSocketPool::idleSocketClosesAfterLinger()
{
    m_client->setSettings(settingsWithLinger(kHourLingerMs));
    runTogether({announceTo(m_tracker->announceUrl())}, {});
    QVERIFY(m_announceResults.value(0).succeeded());
    QCOMPARE(m_client->openSocketCount(), 1);
    m_clock->advance(kHourLingerMs - 1);
    QCOMPARE(m_client->openSocketCount(), 1);
    m_clock->advance(1); // the linger is over on the clock, at once in real time
    QCOMPARE(m_client->openSocketCount(), 0);
}

void TestUdpTrackerSocketPool::refusedSocketIsNotReused_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("IPv4") << false;
    QTest::newRow("IPv6") << true;
}

void TestUdpTrackerSocketPool::refusedSocketIsNotReused()
{
    QFETCH(bool, ipv6);
    quint16 closedPort = 0;
    {
        QUdpSocket probe;
        QVERIFY(probe.bind(ipv6 ? QHostAddress::LocalHostIPv6 : QHostAddress::LocalHost, 0));
        closedPort = probe.localPort();
    }
    const QUrl url(QStringLiteral("udp://%1:%2/announce")
                       .arg(ipv6 ? QStringLiteral("[::1]") : QStringLiteral("127.0.0.1"))
                       .arg(closedPort));
    runTogether({announceTo(url), announceTo(url)}, {});
    QCOMPARE(m_announceResults.size(), 2);
    for (const AnnounceResult &result : std::as_const(m_announceResults)) {
        QVERIFY2(result.outcome == ExchangeOutcome::ConnectionRefused,
                 qPrintable(result.errorMessage));
        // Both hear of the refusal at once, whichever of them the kernel told.
        QVERIFY2(result.exchange.finishedMs < 200,
                 qPrintable(QString::number(result.exchange.finishedMs)));
    }
    QCOMPARE(m_client->openSocketCount(), 0);
}

void TestUdpTrackerSocketPool::packetsGoToTheirTransactionOwner()
{
    UdpTrackerSocketPool pool(m_clock.get());
    QString problem;
    UdpTrackerSocket *socket =
        pool.acquire(m_tracker->address(), m_tracker->port(), 2048, kLongLingerMs, &problem);
    QVERIFY2(socket, qPrintable(problem));
    QCOMPARE(pool.acquire(m_tracker->address(), m_tracker->port(), 2048, kLongLingerMs, &problem),
             socket);
    QObject first;
    QObject second;
    socket->claimTransaction(7, &first);
    socket->claimTransaction(9, &second);
    QSignalSpy received(socket, &UdpTrackerSocket::datagramReceived);
    bool refused = false;
    for (const quint32 transactionId : {7U, 9U, 11U})
        QVERIFY(socket->send(UdpTrackerPacket::connectRequest(transactionId), &refused).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 3, kFakeTrackerReplyWaitMs);
    QHash<quint32, const QObject *> addressees;
    for (const QList<QVariant> &arguments : std::as_const(received)) {
        const QByteArray packet = arguments[0].toByteArray();
        addressees.insert(qFromBigEndian<quint32>(packet.constData() + 4),
                          arguments[4].value<const QObject *>());
    }
    QCOMPARE(addressees.value(7), &first);
    QCOMPARE(addressees.value(9), &second);
    QCOMPARE(addressees.value(11), nullptr); // nobody's: every user hears of it
    // A late duplicate for a conversation that ended is nobody's business, not a stranger's.
    received.clear();
    socket->forgetOwner(&first);
    QVERIFY(socket->send(UdpTrackerPacket::connectRequest(7), &refused).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, kFakeTrackerReplyWaitMs);
    QCOMPARE(received[0][4].value<const QObject *>(), socket);
    pool.release(socket, &first);
    QCOMPARE(pool.openSocketCount(), 1);
    pool.release(socket, &second);
    QCOMPARE(pool.openSocketCount(), 1); // lingers for the next request
}

QTEST_GUILESS_MAIN(TestUdpTrackerSocketPool)
#include "tst_udptrackersocketpool.moc"
