#include "clientrun.h"
#include "fakehostresolver.h"
#include "fakeudptracker.h"
#include "testclock.h"
#include "testtime.h"
#include "tracker/udp/udptrackerclient.h"
#include "tracker/udp/udptrackerendpoint.h"

#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

using Fault = FakeUdpTracker::Fault;

namespace {

// The client runs on a held test clock: a try's 20 s pass only when the test moves the clock, at
// once in real time, so that nothing here waits for a timeout of the client's. (Three tries stay
// within the 60 s a connection id lives.)
constexpr int kTryTimeoutMs = 20'000;
constexpr qint64 kClockStartMs = 1'000'000;
// How long a test watches for a packet that must not be sent.
constexpr int kQuietMs = 100;

UdpTrackerSettings slowSettings()
{
    UdpTrackerSettings settings;
    settings.tryTimeoutMs = kTryTimeoutMs;
    settings.maxTries = 3;
    settings.endpointTimeoutMs = 10 * kTryTimeoutMs;
    return settings;
}

QHostAddress loopback(bool ipv6)
{
    return ipv6 ? QHostAddress(QHostAddress::LocalHostIPv6) : QHostAddress(QHostAddress::LocalHost);
}

AnnounceRequest announceTo(const QUrl &url)
{
    AnnounceRequest request;
    request.trackerUrl = url;
    request.infoHash = QByteArray(20, '\x42');
    request.peerId = QByteArray("-TI0001-000000000001");
    request.port = 51413;
    request.left = 1000;
    request.key = 0x12345678;
    return request;
}

QByteArray hashNumber(int number)
{
    QByteArray hash(20, '\0');
    qToBigEndian(quint32(number), hash.data() + 16);
    return hash;
}

// Fails the test unless a port is free on the loopback address (bound and released).
quint16 closedPort(const QHostAddress &address)
{
    QUdpSocket probe;
    if (!probe.bind(address, 0))
        return 0;
    return probe.localPort();
}

} // namespace

class TestUdpTrackerClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void announces_data();
    void announces();
    void reusesConnectionIdWithinLifetime();
    void reconnectsWhenConnectionIdExpired();
    void readsRepliesUpToTheLargestDatagram();
    void keepsTheCompleteEntriesOfARaggedPeerList();
    void ignoresBadRepliesThenAcceptsTheRightOne_data();
    void ignoresBadRepliesThenAcceptsTheRightOne();
    void failsAfterOnlyBadReplies_data();
    void failsAfterOnlyBadReplies();
    void dropsLateDuplicatesQuietly();
    void reportsTrackerError();
    void timesOutOnSilence();
    void acceptsReplyToRetransmit();
    void reconnectsOnceOnStaleConnectionId_data();
    void reconnectsOnceOnStaleConnectionId();
    void reportsRefused_data();
    void reportsRefused();
    void refusesNonUnicastAddresses_data();
    void refusesNonUnicastAddresses();
    void splitsLargeScrapes();
    void reportsHashesLeftOutOfScrape();
    void reportsDnsFailures_data();
    void reportsDnsFailures();
    void contactsEveryResolvedAddress();
    void contactsOnlyThePresetEndpoint();
    void rejectsUnusableRequests_data();
    void rejectsUnusableRequests();
    void cancelsWhileWaitingForReply();
    void cancelsWhileResolving();
    void bep15Schedule();
    void bep15RetriesFollowTheClock();
    void endpointTimeoutCapsTheRetries();
    void malformedRepliesGiveOneVerdictWhateverTheTimeout_data();
    void malformedRepliesGiveOneVerdictWhateverTheTimeout();

private:
    // Starts the announce and, each time the tracker has taken one of the packets numbered in
    // unanswered (1 = the first it ever took) and left it unanswered, moves the clock by one try,
    // so that the client tries again at once; then waits for the request's one result.
    AnnounceResult announceThroughSilence(const AnnounceRequest &request,
                                          const QList<int> &unanswered);

    std::unique_ptr<FakeHostResolver> m_resolver;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<UdpTrackerClient> m_client;
    std::unique_ptr<FakeUdpTracker> m_tracker;
};

void TestUdpTrackerClient::init()
{
    m_resolver = std::make_unique<FakeHostResolver>();
    m_clock = std::make_unique<TestClock>();
    m_clock->freeze(kClockStartMs);
    m_client = std::make_unique<UdpTrackerClient>(m_resolver.get(), m_clock.get());
    m_client->setSettings(slowSettings());
    m_tracker = std::make_unique<FakeUdpTracker>();
    QVERIFY(m_tracker->listen(QHostAddress::LocalHost));
}

void TestUdpTrackerClient::cleanup()
{
    m_client.reset();
    m_clock.reset();
    m_tracker.reset();
    m_resolver.reset();
}

AnnounceResult TestUdpTrackerClient::announceThroughSilence(const AnnounceRequest &request,
                                                            const QList<int> &unanswered)
{
    QSignalSpy finished(m_client.get(), &TrackerClient::announceFinished);
    QSignalSpy completed(m_client.get(), &TrackerClient::requestCompleted);
    m_client->announce(request);
    for (const int packet : unanswered) {
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(m_tracker->received().size() >= packet,
                                     kFakeTrackerReplyWaitMs);
        }();
        m_clock->advance(kTryTimeoutMs);
    }
    // The last try's time may have ended the request inside advance() already.
    if ((completed.isEmpty() && !completed.wait(kFakeTrackerReplyWaitMs)) || finished.size() != 1) {
        QTest::qFail("the announce did not end with one result", __FILE__, __LINE__);
        return AnnounceResult();
    }
    return finished[0][1].value<AnnounceResult>();
}

void TestUdpTrackerClient::announces_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::addColumn<bool>("withPeers");
    QTest::newRow("IPv4, 6-byte peers") << false << true;
    QTest::newRow("IPv6, 18-byte peers") << true << true;
    QTest::newRow("IPv6, no peers (bittorrent-tracker)") << true << false;
}

void TestUdpTrackerClient::announces()
{
    QFETCH(bool, ipv6);
    QFETCH(bool, withPeers);
    m_tracker = std::make_unique<FakeUdpTracker>();
    QVERIFY(m_tracker->listen(loopback(ipv6)));
    QList<TrackerPeer> peers;
    if (withPeers) {
        peers = {{QHostAddress(QStringLiteral("10.1.2.3")), 6881, {}},
                 {QHostAddress(QStringLiteral("192.168.7.9")), 51413, {}}};
        if (ipv6)
            peers.append({QHostAddress(QStringLiteral("2001:db8::5")), 7000, {}});
    }
    m_tracker->setAnnounceReply(1234, 7, 11, peers);
    const QUrl url = m_tracker->announceUrl(QStringLiteral("/announce?passkey=secret"));
    const AnnounceResult result = ClientRun::announceOnce(*m_client, announceTo(url));

    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QCOMPARE(result.interval, 1234);
    QCOMPARE(result.leechers, 7);
    QCOMPARE(result.seeders, 11);
    QCOMPARE(result.downloaded, -1);
    QCOMPARE(result.peers, peers);
    QVERIFY(result.compactPeers);
    const ExchangeRecord &record = result.exchange;
    QCOMPARE(record.peerAddress, loopback(ipv6));
    QCOMPARE(record.peerPort, m_tracker->port());
    QCOMPARE(record.connectTries, 1);
    QCOMPARE(record.tries, 1);
    QVERIFY(!record.connectionIdReused);
    QCOMPARE(record.malformedRepliesIgnored, 0);
    QVERIFY(record.connectedMs >= 0);
    QVERIFY(record.finishedMs >= record.connectedMs);
    QVERIFY(record.finishedMs < kTryTimeoutMs);
    // What was sent is what the tracker received, BEP 41 options included.
    QCOMPARE(m_tracker->received().size(), 2);
    QCOMPARE(record.rawConnectRequest, m_tracker->received()[0].data);
    QCOMPARE(record.rawRequest, m_tracker->received()[1].data);
    QCOMPARE(record.rawRequest.mid(UdpTrackerPacket::kAnnounceRequestSize),
             QByteArray("\x02\x18/announce?passkey=secret\x00", 27));
    QCOMPARE(record.rawConnectReply.size(), 16);
    QCOMPARE(record.rawReply.size(), 20 + peers.size() * (ipv6 ? 18 : 6));
}

void TestUdpTrackerClient::reusesConnectionIdWithinLifetime()
{
    const AnnounceRequest request = announceTo(m_tracker->announceUrl());
    QVERIFY(ClientRun::announceOnce(*m_client, request).succeeded());
    const AnnounceResult second = ClientRun::announceOnce(*m_client, request);
    QVERIFY2(second.succeeded(), qPrintable(second.errorMessage));
    QVERIFY(second.exchange.connectionIdReused);
    QCOMPARE(second.exchange.connectTries, 0);
    QCOMPARE(second.exchange.connectedMs, -1);
    QCOMPARE(m_tracker->receivedCount(UdpTrackerAction::Connect), 1);
    QCOMPARE(m_tracker->receivedCount(UdpTrackerAction::Announce), 2);
}

void TestUdpTrackerClient::reconnectsWhenConnectionIdExpired()
{
    // The lifetime is on the client's clock: a minute passes when the test says so.
    const int lifetimeMs = slowSettings().connectionIdLifetimeMs;
    const AnnounceRequest request = announceTo(m_tracker->announceUrl());
    QVERIFY(ClientRun::announceOnce(*m_client, request).succeeded());
    m_clock->advance(lifetimeMs - 1);
    const AnnounceResult second = ClientRun::announceOnce(*m_client, request);
    QVERIFY(second.succeeded());
    QVERIFY(second.exchange.connectionIdReused);
    m_clock->advance(1);
    const AnnounceResult third = ClientRun::announceOnce(*m_client, request);
    QVERIFY(third.succeeded());
    QVERIFY(!third.exchange.connectionIdReused);
    QCOMPARE(m_tracker->receivedCount(UdpTrackerAction::Connect), 2);
}

void TestUdpTrackerClient::readsRepliesUpToTheLargestDatagram()
{
    // 5,000 peers make a 30,020-byte reply: a valid datagram, read whole, its peers kept up to
    // the cap.
    QList<TrackerPeer> peers;
    for (int index = 0; index < 5'000; ++index)
        peers.append({QHostAddress(quint32(0x0a000000 + index)), quint16(6881 + index % 100), {}});
    m_tracker->setAnnounceReply(1800, 4'000, 1'000, peers);
    const AnnounceResult result =
        ClientRun::announceOnce(*m_client, announceTo(m_tracker->announceUrl()));
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QCOMPARE(result.exchange.rawReply.size(), 20 + 5'000 * 6);
    QCOMPARE(result.exchange.malformedRepliesIgnored, 0);
    QCOMPARE(result.peers.size(), slowSettings().maxPeersKept);
    QCOMPARE(result.peersDropped, 5'000 - slowSettings().maxPeersKept);
    QCOMPARE(result.peers.first(), peers.first());
    QCOMPARE(UdpTrackerSettings().maxPacketSize, 65'507);
}

void TestUdpTrackerClient::keepsTheCompleteEntriesOfARaggedPeerList()
{
    // Three peers cut after 2.5 entries: the two complete ones are kept, the 3 stray bytes are
    // named, and the reply is not thrown away.
    const QList<TrackerPeer> peers = {{QHostAddress(QStringLiteral("10.1.2.3")), 6881, {}},
                                      {QHostAddress(QStringLiteral("10.1.2.4")), 6882, {}},
                                      {QHostAddress(QStringLiteral("10.1.2.5")), 6883, {}}};
    m_tracker->setAnnounceReply(1800, 1, 2, peers);
    m_tracker->addStep(UdpTrackerAction::Announce, {Fault::ShortReply, false, {}, 20 + 6 * 2 + 3});
    const AnnounceResult result =
        ClientRun::announceOnce(*m_client, announceTo(m_tracker->announceUrl()));
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QCOMPARE(result.peers, peers.first(2));
    QCOMPARE(result.peersDropped, 0);
    QCOMPARE(result.strayPeerBytes.size(), 1);
    QCOMPARE(result.strayPeerBytes[0].bytes, QByteArray::fromHex("0a0102"));
    QCOMPARE(result.strayPeerBytes[0].entrySize, 6);
    QCOMPARE(result.strayPeerBytes[0].listSize, 15);
}

void TestUdpTrackerClient::ignoresBadRepliesThenAcceptsTheRightOne_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("reason");
    const int connect = int(UdpTrackerAction::Connect);
    const int announce = int(UdpTrackerAction::Announce);
    QTest::newRow("short connect reply")
        << connect << int(Fault::ShortReply) << 12
        << QStringLiteral("a connect reply of 12 byte(s); it needs 16");
    QTest::newRow("short announce reply")
        << announce << int(Fault::ShortReply) << 19
        << QStringLiteral("an announce reply of 19 bytes is shorter than the 20 bytes of its "
                          "counts");
    QTest::newRow("oversized announce reply") << announce << int(Fault::OversizedReply) << 600
                                              << QStringLiteral("a packet larger than 512 bytes");
    QTest::newRow("wrong transaction id")
        << announce << int(Fault::WrongTransactionId) << 0 << QStringLiteral("transaction id");
    QTest::newRow("wrong action") << announce << int(Fault::WrongAction) << 0
                                  << QStringLiteral("a reply of action \"scrape\"");
    QTest::newRow("wrong source port") << connect << int(Fault::WrongSourcePort) << 0
                                       << QStringLiteral("a packet from 127.0.0.1:");
}

void TestUdpTrackerClient::ignoresBadRepliesThenAcceptsTheRightOne()
{
    QFETCH(int, action);
    QFETCH(int, fault);
    QFETCH(int, size);
    QFETCH(QString, reason);
    UdpTrackerSettings settings = slowSettings();
    settings.maxPacketSize = 512;
    m_client->setSettings(settings);
    m_tracker->addStep(UdpTrackerAction(action), {Fault(fault), true, {}, size});
    const AnnounceResult result =
        ClientRun::announceOnce(*m_client, announceTo(m_tracker->announceUrl()));
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QCOMPARE(result.exchange.malformedRepliesIgnored, 1);
    QCOMPARE(result.exchange.ignoredReplyReasons.size(), 1);
    QVERIFY2(result.exchange.ignoredReplyReasons[0].startsWith(reason),
             qPrintable(result.exchange.ignoredReplyReasons[0]));
    QCOMPARE(result.exchange.tries, 1); // accepted without a retransmit
}

void TestUdpTrackerClient::failsAfterOnlyBadReplies_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("message");
    // Not the request's transaction id: nobody answered this request.
    QTest::newRow("wrong transaction id")
        << int(Fault::WrongTransactionId) << int(ExchangeOutcome::Timeout)
        << QStringLiteral("to the connect request after 3 tries");
    // The tracker did answer, three times, only not properly.
    QTest::newRow("short replies")
        << int(Fault::ShortReply) << int(ExchangeOutcome::InvalidResponse)
        << QStringLiteral("only with malformed replies (3)");
}

void TestUdpTrackerClient::failsAfterOnlyBadReplies()
{
    QFETCH(int, fault);
    QFETCH(int, outcome);
    QFETCH(QString, message);
    for (int step = 0; step < 3; ++step)
        m_tracker->addStep(UdpTrackerAction::Connect, {Fault(fault), false, {}, 10});
    const AnnounceResult result =
        announceThroughSilence(announceTo(m_tracker->announceUrl()), {1, 2, 3});
    QCOMPARE(int(result.outcome), outcome);
    QCOMPARE(result.exchange.malformedRepliesIgnored, 3);
    QCOMPARE(result.exchange.ignoredReplyReasons.size(), 3);
    QCOMPARE(result.exchange.connectTries, 3);
    QVERIFY2(result.errorMessage.contains(message), qPrintable(result.errorMessage));
}

void TestUdpTrackerClient::dropsLateDuplicatesQuietly()
{
    // A tracker answering a connect twice (as after a retransmit): the second copy arrives during
    // the announce. It is not ours any more, but it is not malformed either.
    m_tracker->addStep(UdpTrackerAction::Connect, {Fault::Duplicate, true, {}, 0});
    m_tracker->addStep(UdpTrackerAction::Announce, {Fault::Silence, false, {}, 0});
    const AnnounceResult result = announceThroughSilence(announceTo(m_tracker->announceUrl()), {2});
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QCOMPARE(result.exchange.tries, 2);
    QCOMPARE(result.exchange.malformedRepliesIgnored, 0);
}

void TestUdpTrackerClient::reportsTrackerError()
{
    m_tracker->addStep(UdpTrackerAction::Announce,
                       {Fault::ErrorReply, false, "Requested download is not authorized", 0});
    const AnnounceResult result =
        ClientRun::announceOnce(*m_client, announceTo(m_tracker->announceUrl()));
    QCOMPARE(result.outcome, ExchangeOutcome::TrackerFailure);
    QCOMPARE(result.failureReason, QStringLiteral("Requested download is not authorized"));
    QVERIFY(result.errorMessage.contains(result.failureReason));
    QCOMPARE(result.exchange.rawReply.mid(8), QByteArray("Requested download is not authorized"));
    QCOMPARE(result.exchange.reconnects, 0); // a fresh connection id: no reason to reconnect
}

void TestUdpTrackerClient::timesOutOnSilence()
{
    for (int step = 0; step < 3; ++step)
        m_tracker->addStep(UdpTrackerAction::Connect, {Fault::Silence, false, {}, 0});
    const AnnounceResult result =
        announceThroughSilence(announceTo(m_tracker->announceUrl()), {1, 2, 3});
    QCOMPARE(result.outcome, ExchangeOutcome::Timeout);
    QCOMPARE(result.exchange.connectTries, 3);
    QCOMPARE(m_tracker->receivedCount(UdpTrackerAction::Connect), 3);
    // A minute on the client's clock, which is all it reads.
    QCOMPARE(result.exchange.finishedMs, 3 * kTryTimeoutMs);
    QVERIFY2(result.errorMessage.contains(QStringLiteral("connect request after 3 tries")),
             qPrintable(result.errorMessage));
}

void TestUdpTrackerClient::acceptsReplyToRetransmit()
{
    m_tracker->addStep(UdpTrackerAction::Connect, {Fault::Silence, false, {}, 0});
    m_tracker->addStep(UdpTrackerAction::Announce, {Fault::Silence, false, {}, 0});
    m_tracker->addStep(UdpTrackerAction::Announce, {Fault::Silence, false, {}, 0});
    const AnnounceResult result =
        announceThroughSilence(announceTo(m_tracker->announceUrl()), {1, 3, 4});
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QCOMPARE(result.exchange.connectTries, 2);
    QCOMPARE(result.exchange.tries, 3);
    QCOMPARE(result.exchange.connectedMs, kTryTimeoutMs);
    QCOMPARE(result.exchange.finishedMs, 3 * kTryTimeoutMs);
    // Retransmits repeat the same packet, transaction id included.
    const auto &received = m_tracker->received();
    QCOMPARE(received.size(), 5);
    QCOMPARE(received[0].data, received[1].data);
    QCOMPARE(received[2].data, received[4].data);
}

void TestUdpTrackerClient::reconnectsOnceOnStaleConnectionId_data()
{
    QTest::addColumn<bool>("silent");
    QTest::newRow("error action") << false;
    QTest::newRow("silence (opentracker)") << true;
}

void TestUdpTrackerClient::reconnectsOnceOnStaleConnectionId()
{
    QFETCH(bool, silent);
    m_tracker->setSilentOnUnknownConnectionId(silent);
    const AnnounceRequest request = announceTo(m_tracker->announceUrl());
    QVERIFY(ClientRun::announceOnce(*m_client, request).succeeded());
    m_tracker->forgetConnectionIds();
    // Silence: the three announces on the forgotten id (packets 3 to 5) time out on the clock.
    const AnnounceResult result =
        announceThroughSilence(request, silent ? QList<int>{3, 4, 5} : QList<int>{});
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QCOMPARE(result.exchange.reconnects, 1);
    QCOMPARE(result.exchange.connectTries, 1);
    QCOMPARE(m_tracker->receivedCount(UdpTrackerAction::Connect), 2);

    // A tracker that rejects even the fresh id: one reconnect only, then the error stands.
    m_tracker->forgetConnectionIds();
    m_tracker->setSilentOnUnknownConnectionId(false);
    m_tracker->addStep(UdpTrackerAction::Announce, {Fault::ErrorReply, false, "go away", 0});
    const AnnounceResult rejected = ClientRun::announceOnce(*m_client, request);
    QCOMPARE(rejected.outcome, ExchangeOutcome::TrackerFailure);
    QCOMPARE(rejected.failureReason, QStringLiteral("go away"));
    QCOMPARE(rejected.exchange.reconnects, 1);
}

void TestUdpTrackerClient::reportsRefused_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("127.0.0.1") << false;
    QTest::newRow("::1") << true;
}

void TestUdpTrackerClient::reportsRefused()
{
    QFETCH(bool, ipv6);
    const quint16 port = closedPort(loopback(ipv6));
    QVERIFY(port != 0);
    const QString host = ipv6 ? QStringLiteral("[::1]") : QStringLiteral("127.0.0.1");
    const QUrl url(QStringLiteral("udp://%1:%2/announce").arg(host).arg(port));
    const AnnounceResult result = ClientRun::announceOnce(*m_client, announceTo(url));
    QCOMPARE(result.outcome, ExchangeOutcome::ConnectionRefused);
    QVERIFY2(result.exchange.finishedMs < kTryTimeoutMs, "refused must not wait for a timeout");
    QCOMPARE(result.exchange.connectTries, 1);
    QVERIFY(result.errorMessage.contains(QStringLiteral("refused")));
}

void TestUdpTrackerClient::refusesNonUnicastAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("singleHost");
    QTest::newRow("broadcast") << QStringLiteral("255.255.255.255") << false;
    QTest::newRow("IPv4 multicast") << QStringLiteral("239.1.2.3") << false;
    QTest::newRow("IPv6 multicast") << QStringLiteral("ff02::1") << false;
    QTest::newRow("unspecified IPv4") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("unspecified IPv6") << QStringLiteral("::") << false;
    QTest::newRow("loopback") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("loopback IPv6") << QStringLiteral("::1") << true;
}

void TestUdpTrackerClient::refusesNonUnicastAddresses()
{
    // Checked on the predicate alone, never through the client: a test that tried to send to
    // such an address would itself put packets on a real network if the guard ever broke.
    QFETCH(QString, address);
    QFETCH(bool, singleHost);
    QCOMPARE(UdpTrackerEndpoint::isSingleHostAddress(QHostAddress(address)), singleHost);
}

void TestUdpTrackerClient::splitsLargeScrapes()
{
    ScrapeRequest request;
    request.trackerUrl = m_tracker->announceUrl();
    for (int number = 1; number <= 200; ++number) {
        request.infoHashes.append(hashNumber(number));
        m_tracker->setScrapeCounts(hashNumber(number), {number, number * 2, number * 3});
    }
    const ScrapeResult result = ClientRun::scrapeOnce(*m_client, request);
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QCOMPARE(result.exchanges.size(), 3);
    QCOMPARE(result.entries.size(), 200);
    for (int index = 0; index < 200; ++index) {
        const ScrapeEntry &entry = result.entries[index];
        QCOMPARE(entry.infoHash, hashNumber(index + 1));
        QVERIFY(entry.present);
        QCOMPARE(entry.seeders, index + 1);
        QCOMPARE(entry.completed, 2 * (index + 1));
        QCOMPARE(entry.leechers, 3 * (index + 1));
    }
    // 74 + 74 + 52 hashes, on one connection id.
    QCOMPARE(m_tracker->receivedCount(UdpTrackerAction::Connect), 1);
    QCOMPARE(result.exchanges[0].rawRequest.size(), 16 + 74 * 20);
    QCOMPARE(result.exchanges[1].rawRequest.size(), 16 + 74 * 20);
    QCOMPARE(result.exchanges[2].rawRequest.size(), 16 + 52 * 20);
    QCOMPARE(result.exchanges[0].connectTries, 1);
    QVERIFY(result.exchanges[1].connectionIdReused);
    QCOMPARE(result.exchanges[2].rawReply.size(), 8 + 52 * 12);
}

void TestUdpTrackerClient::reportsHashesLeftOutOfScrape()
{
    m_tracker->setMaxScrapeEntries(70); // like opentracker's silent cap
    ScrapeRequest request;
    request.trackerUrl = m_tracker->announceUrl();
    for (int number = 1; number <= 100; ++number)
        request.infoHashes.append(hashNumber(number));
    const ScrapeResult result = ClientRun::scrapeOnce(*m_client, request);
    QVERIFY(result.succeeded());
    QCOMPARE(result.exchanges.size(), 2);
    QList<int> missing;
    for (int index = 0; index < result.entries.size(); ++index) {
        if (!result.entries[index].present) {
            missing.append(index);
            QCOMPARE(result.entries[index].seeders, -1);
        }
    }
    QCOMPARE(missing, (QList<int>{70, 71, 72, 73}));
}

void TestUdpTrackerClient::reportsDnsFailures_data()
{
    QTest::addColumn<bool>("noAddresses");
    QTest::addColumn<QString>("message");
    QTest::newRow("failure") << false
                             << QStringLiteral("tracker.invalid did not resolve: Host not found");
    QTest::newRow("no addresses")
        << true
        << QStringLiteral("tracker.invalid did not resolve: the host name has no addresses");
}

void TestUdpTrackerClient::reportsDnsFailures()
{
    QFETCH(bool, noAddresses);
    QFETCH(QString, message);
    const QString host = QStringLiteral("tracker.invalid");
    if (noAddresses)
        m_resolver->setAddresses(host, {});
    else
        m_resolver->setFailure(host, QStringLiteral("Host not found"));
    const AnnounceResult result = ClientRun::announceOnce(
        *m_client, announceTo(QUrl(QStringLiteral("udp://tracker.invalid:6969/announce"))));
    QCOMPARE(result.outcome, ExchangeOutcome::DnsFailure);
    QCOMPARE(result.errorMessage, message);
    QVERIFY(result.exchange.peerAddress.isNull());
    QCOMPARE(m_resolver->lookedUpHosts(), QStringList{host});
}

void TestUdpTrackerClient::contactsEveryResolvedAddress()
{
    // Both families on the same port number.
    auto ipv6Tracker = std::make_unique<FakeUdpTracker>();
    bool bound = false;
    for (int attempt = 0; attempt < 20 && !bound; ++attempt) {
        m_tracker = std::make_unique<FakeUdpTracker>();
        QVERIFY(m_tracker->listen(QHostAddress::LocalHost));
        ipv6Tracker = std::make_unique<FakeUdpTracker>();
        bound = ipv6Tracker->listen(QHostAddress::LocalHostIPv6, m_tracker->port());
    }
    QVERIFY(bound);
    m_tracker->setAnnounceReply(900, 1, 2, {});
    ipv6Tracker->setAnnounceReply(1800, 3, 4, {});
    m_resolver->setAddresses(QStringLiteral("dual.test"),
                             {QHostAddress(QHostAddress::LocalHost),
                              QHostAddress(QStringLiteral("::ffff:127.0.0.1")), // same endpoint
                              QHostAddress(QHostAddress::LocalHostIPv6)});
    QSignalSpy finished(m_client.get(), &TrackerClient::announceFinished);
    QSignalSpy completed(m_client.get(), &TrackerClient::requestCompleted);
    m_client->announce(
        announceTo(QUrl(QStringLiteral("udp://dual.test:%1/announce").arg(m_tracker->port()))));
    QVERIFY(completed.wait(kFakeTrackerReplyWaitMs));
    QCOMPARE(completed.size(), 1);
    QCOMPARE(finished.size(), 2);
    QHash<QHostAddress, AnnounceResult> byAddress;
    for (const QList<QVariant> &signal : std::as_const(finished)) {
        const auto result = signal[1].value<AnnounceResult>();
        QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
        byAddress.insert(result.exchange.peerAddress, result);
    }
    QCOMPARE(byAddress.value(QHostAddress(QHostAddress::LocalHost)).interval, 900);
    QCOMPARE(byAddress.value(QHostAddress(QHostAddress::LocalHostIPv6)).interval, 1800);
}

void TestUdpTrackerClient::contactsOnlyThePresetEndpoint()
{
    AnnounceRequest request = announceTo(
        QUrl(QStringLiteral("udp://never-resolved.test:%1/announce").arg(m_tracker->port())));
    request.endpointAddress = QHostAddress(QHostAddress::LocalHost);
    const AnnounceResult result = ClientRun::announceOnce(*m_client, request);
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QVERIFY(m_resolver->lookedUpHosts().isEmpty());
    // BEP 41 still carries the URL's path, whatever address was used.
    QCOMPARE(result.exchange.rawRequest.mid(98), QByteArray("\x02\x09/announce\x00", 12));
}

void TestUdpTrackerClient::rejectsUnusableRequests_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("hashSize");
    QTest::addColumn<QString>("message");
    QTest::newRow("http URL") << QStringLiteral("http://127.0.0.1:1/announce") << 20
                              << QStringLiteral("http://127.0.0.1:1/announce is not a udp:// URL");
    QTest::newRow("no port") << QStringLiteral("udp://127.0.0.1/announce") << 20
                             << QStringLiteral("a UDP tracker URL needs a host and a port");
    QTest::newRow("short hash") << QStringLiteral("udp://127.0.0.1:1/announce") << 19
                                << QStringLiteral(
                                       "the info hash and the peer id must be 20 bytes each");
}

void TestUdpTrackerClient::rejectsUnusableRequests()
{
    QFETCH(QString, url);
    QFETCH(int, hashSize);
    QFETCH(QString, message);
    AnnounceRequest request = announceTo(QUrl(url));
    request.infoHash = QByteArray(hashSize, 'x');
    const AnnounceResult result = ClientRun::announceOnce(*m_client, request);
    QCOMPARE(result.outcome, ExchangeOutcome::Unsupported);
    QCOMPARE(result.errorMessage, message);
    QVERIFY(m_resolver->lookedUpHosts().isEmpty());
}

void TestUdpTrackerClient::cancelsWhileWaitingForReply()
{
    for (int step = 0; step < 3; ++step)
        m_tracker->addStep(UdpTrackerAction::Connect, {Fault::Silence, false, {}, 0});
    QSignalSpy finished(m_client.get(), &TrackerClient::announceFinished);
    QSignalSpy completed(m_client.get(), &TrackerClient::requestCompleted);
    QSignalSpy received(m_tracker.get(), &FakeUdpTracker::packetReceived);
    const quint64 requestId = m_client->announce(announceTo(m_tracker->announceUrl()));
    QVERIFY(received.wait(kFakeTrackerReplyWaitMs));
    m_client->cancel(requestId);
    QCOMPARE(finished.size(), 0); // never inside cancel()
    QVERIFY(completed.wait(kFakeTrackerReplyWaitMs));
    QCOMPARE(finished.size(), 1);
    const auto result = finished[0][1].value<AnnounceResult>();
    QCOMPARE(result.outcome, ExchangeOutcome::Cancelled);
    QCOMPARE(result.exchange.peerAddress, QHostAddress(QHostAddress::LocalHost));
    // Nothing more is sent, not even when every try's time has passed, and nothing more is
    // reported.
    m_clock->advance(3 * kTryTimeoutMs);
    QVERIFY(!received.wait(kQuietMs));
    QCOMPARE(m_tracker->received().size(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(completed.size(), 1);
}

void TestUdpTrackerClient::cancelsWhileResolving()
{
    m_resolver->setAddresses(QStringLiteral("slow.test"), {QHostAddress(QHostAddress::LocalHost)});
    m_resolver->setHeld(QStringLiteral("slow.test"), true);
    QSignalSpy finished(m_client.get(), &TrackerClient::announceFinished);
    QSignalSpy completed(m_client.get(), &TrackerClient::requestCompleted);
    const quint64 requestId =
        m_client->announce(announceTo(QUrl(QStringLiteral("udp://slow.test:1/announce"))));
    QCOMPARE(m_resolver->pendingCount(), 1);
    m_client->cancel(requestId);
    QCOMPARE(m_resolver->cancelledCount(), 1);
    QVERIFY(completed.wait(kFakeTrackerReplyWaitMs));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished[0][1].value<AnnounceResult>().outcome, ExchangeOutcome::Cancelled);
    m_client->cancel(requestId); // a second cancel is harmless
    QVERIFY(!completed.wait(50));
}

void TestUdpTrackerClient::bep15Schedule()
{
    UdpTrackerSettings settings;
    settings.useBep15Schedule = true;
    settings.maxTries = 100;
    QCOMPARE(settings.timeoutOfTry(0), 15'000);
    QCOMPARE(settings.timeoutOfTry(1), 30'000);
    QCOMPARE(settings.timeoutOfTry(8), 3'840'000);
    QCOMPARE(settings.timeoutOfTry(20), 3'840'000);
    QCOMPARE(settings.effectiveMaxTries(), 9);
    settings.useBep15Schedule = false;
    QCOMPARE(settings.timeoutOfTry(5), settings.tryTimeoutMs);
    QCOMPARE(settings.effectiveMaxTries(), 100);
}

void TestUdpTrackerClient::bep15RetriesFollowTheClock()
{
    // BEP 15: try n waits 15 · 2^n seconds, on the client's clock and nowhere else.
    UdpTrackerSettings settings;
    settings.useBep15Schedule = true;
    settings.maxTries = 4;
    m_client->setSettings(settings);
    for (int step = 0; step < 4; ++step)
        m_tracker->addStep(UdpTrackerAction::Connect, {Fault::Silence, false, {}, 0});
    QSignalSpy received(m_tracker.get(), &FakeUdpTracker::packetReceived);
    QSignalSpy finished(m_client.get(), &TrackerClient::announceFinished);
    m_client->announce(announceTo(m_tracker->announceUrl()));
    QVERIFY(received.wait(kFakeTrackerReplyWaitMs));
    for (const int waitMs : {15'000, 30'000, 60'000}) {
        m_clock->advance(waitMs - 1);
        QVERIFY2(!received.wait(kQuietMs), "a try went out before its time on the clock");
        m_clock->advance(1);
        QVERIFY(received.wait(kFakeTrackerReplyWaitMs));
    }
    QCOMPARE(m_tracker->receivedCount(UdpTrackerAction::Connect), 4);
    m_clock->advance(120'000 - 1);
    QCOMPARE(finished.size(), 0);
    m_clock->advance(1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kFakeTrackerReplyWaitMs);
    const auto result = finished[0][1].value<AnnounceResult>();
    QCOMPARE(result.outcome, ExchangeOutcome::Timeout);
    QCOMPARE(result.exchange.connectTries, 4);
    QCOMPARE(result.exchange.finishedMs, 225'000);
    QVERIFY2(result.errorMessage.contains(QStringLiteral("after 4 tries (225.0 s)")),
             qPrintable(result.errorMessage));
}

void TestUdpTrackerClient::endpointTimeoutCapsTheRetries()
{
    // Tries of 20 s, but the whole conversation may take 30 s: the second try is cut short at
    // the cap, and no third one is sent.
    UdpTrackerSettings settings = slowSettings();
    settings.endpointTimeoutMs = kTryTimeoutMs * 3 / 2;
    m_client->setSettings(settings);
    for (int step = 0; step < 3; ++step)
        m_tracker->addStep(UdpTrackerAction::Connect, {Fault::Silence, false, {}, 0});
    QSignalSpy finished(m_client.get(), &TrackerClient::announceFinished);
    QSignalSpy received(m_tracker.get(), &FakeUdpTracker::packetReceived);
    m_client->announce(announceTo(m_tracker->announceUrl()));
    QVERIFY(received.wait(kFakeTrackerReplyWaitMs));
    m_clock->advance(kTryTimeoutMs);
    QVERIFY(received.wait(kFakeTrackerReplyWaitMs));
    m_clock->advance(kTryTimeoutMs / 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kFakeTrackerReplyWaitMs);
    const auto result = finished[0][1].value<AnnounceResult>();
    QCOMPARE(result.outcome, ExchangeOutcome::Timeout);
    QCOMPARE(result.exchange.connectTries, 2);
    QCOMPARE(result.exchange.finishedMs, settings.endpointTimeoutMs);
    QCOMPARE(m_tracker->receivedCount(UdpTrackerAction::Connect), 2);
}

void TestUdpTrackerClient::malformedRepliesGiveOneVerdictWhateverTheTimeout_data()
{
    QTest::addColumn<int>("endpointTimeoutMs");
    QTest::addColumn<int>("tries");
    QTest::newRow("short timeout: two tries") << kTryTimeoutMs * 3 / 2 << 2;
    QTest::newRow("long timeout: three tries") << 0 << 3;
}

// A tracker that answers only with 8-byte packets: the same evidence gives the same verdict
// whether the timeout cuts the conversation short or not, and the packet is kept to be seen.
void TestUdpTrackerClient::malformedRepliesGiveOneVerdictWhateverTheTimeout()
{
    QFETCH(int, endpointTimeoutMs);
    QFETCH(int, tries);
    UdpTrackerSettings settings = slowSettings();
    settings.endpointTimeoutMs = endpointTimeoutMs;
    m_client->setSettings(settings);
    constexpr int kShortPacketSize = 8;
    for (int step = 0; step < 3; ++step)
        m_tracker->addStep(UdpTrackerAction::Connect,
                           {Fault::ShortReply, false, {}, kShortPacketSize});
    QSignalSpy finished(m_client.get(), &TrackerClient::announceFinished);
    QSignalSpy received(m_tracker.get(), &FakeUdpTracker::packetReceived);
    m_client->announce(announceTo(m_tracker->announceUrl()));
    for (int sent = 0; sent < tries; ++sent) {
        QVERIFY(received.wait(kFakeTrackerReplyWaitMs));
        QTRY_COMPARE(received.size(), sent + 1);
        m_clock->advance(sent + 1 < tries || endpointTimeoutMs == 0 ? kTryTimeoutMs
                                                                    : kTryTimeoutMs / 2);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kFakeTrackerReplyWaitMs);
    const auto result = finished[0][1].value<AnnounceResult>();
    QCOMPARE(result.outcome, ExchangeOutcome::InvalidResponse);
    QVERIFY2(result.errorMessage.contains(QStringLiteral("only with malformed replies")),
             qPrintable(result.errorMessage));
    QCOMPARE(result.exchange.rawReply.size(), kShortPacketSize);
}

QTEST_GUILESS_MAIN(TestUdpTrackerClient)
#include "tst_udptrackerclient.moc"
