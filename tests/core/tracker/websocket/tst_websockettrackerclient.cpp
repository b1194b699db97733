#include "clientrun.h"
#include "fakehostresolver.h"
#include "fakehttptracker.h"
#include "fakewebsockettracker.h"
#include "testclock.h"
#include "testtime.h"
#include "tracker/websocket/websockettrackerclient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using Action = FakeWebSocketTracker::Action;
using Step = FakeWebSocketTracker::Step;

namespace {

// The client runs on a held test clock: its timeouts pass only when the test moves the clock, at
// once in real time, so that nothing here waits for a timer of the client's.
constexpr int kConnectTimeoutMs = 3'600'000;
constexpr int kReplyTimeoutMs = 600'000;
constexpr int kIdleCloseMs = 60'000;
constexpr int kStoppedReplyGraceMs = 250;
constexpr qint64 kClockStartMs = 1'000'000;
// How long a test watches for something that must not happen.
constexpr int kQuietMs = 100;

WebSocketTrackerSettings slowSettings()
{
    WebSocketTrackerSettings settings;
    settings.connectTimeoutMs = kConnectTimeoutMs;
    settings.replyTimeoutMs = kReplyTimeoutMs;
    settings.idleCloseMs = kIdleCloseMs;
    settings.stoppedReplyGraceMs = kStoppedReplyGraceMs;
    settings.maxMessageSize = 64 * 1024;
    return settings;
}

AnnounceRequest announceTo(const QUrl &url, AnnounceEvent event = AnnounceEvent::Started,
                           char hashByte = '\xA1')
{
    AnnounceRequest request;
    request.trackerUrl = url;
    request.infoHash = QByteArray(20, hashByte);
    request.infoHash[0] = '\0'; // binary strings must carry every byte value
    request.peerId = QByteArray("-TI0001-\xff\x80"
                                "0000000001",
                                20);
    request.left = 1000;
    request.event = event;
    return request;
}

ScrapeRequest scrapeOf(const QUrl &url, const QList<QByteArray> &hashes)
{
    ScrapeRequest request;
    request.trackerUrl = url;
    request.infoHashes = hashes;
    return request;
}

quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort(); // released when probe goes
}

} // namespace

class TestWebSocketTrackerClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void announceReportsCountsAndTimings_data();
    void announceReportsCountsAndTimings();
    void announceSendsTheRequestedEvent_data();
    void announceSendsTheRequestedEvent();
    void reportsBadReplies_data();
    void reportsBadReplies();
    void stoppedCompletesWithoutReply_data();
    void stoppedCompletesWithoutReply();
    void reportsRefusedConnection();
    void reportsRefusedUpgrade();
    void timesOutWhenUpgradeIsNotAnswered();
    void timesOutOnSilenceByTheClock();
    void reportsDnsFailureWithoutConnecting();
    void scrapesOneOrSeveral_data();
    void scrapesOneOrSeveral();
    void countsOffersAndNeverAnswers_data();
    void countsOffersAndNeverAnswers();
    void countsOffersBetweenAnnounces();
    void reusesOneConnectionForARound();
    void matchesPipelinedRepliesOutOfOrder();
    void closesIdleConnectionUnlessInASwarm();
    void certificatePolicy_data();
    void certificatePolicy();
    void rejectsUnusableRequests_data();
    void rejectsUnusableRequests();
    void cancelsPendingRequest();

private:
    std::unique_ptr<FakeHostResolver> m_resolver;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<WebSocketTrackerClient> m_client;
    std::unique_ptr<FakeWebSocketTracker> m_tracker;
};

void TestWebSocketTrackerClient::init()
{
    m_resolver = std::make_unique<FakeHostResolver>();
    m_clock = std::make_unique<TestClock>();
    m_clock->freeze(kClockStartMs);
    m_client = std::make_unique<WebSocketTrackerClient>(m_resolver.get(), m_clock.get());
    m_client->setSettings(slowSettings());
    m_tracker = std::make_unique<FakeWebSocketTracker>();
}

void TestWebSocketTrackerClient::cleanup()
{
    m_client.reset();
    m_clock.reset();
    m_tracker.reset();
    m_resolver.reset();
}

void TestWebSocketTrackerClient::announceReportsCountsAndTimings_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("127.0.0.1") << false;
    QTest::newRow("[::1]") << true;
}

void TestWebSocketTrackerClient::announceReportsCountsAndTimings()
{
    QFETCH(bool, ipv6);
    const QHostAddress address(ipv6 ? QHostAddress::LocalHostIPv6 : QHostAddress::LocalHost);
    if (!m_tracker->listen(address))
        QSKIP("no loopback for this address family");
    m_tracker->setCounts(4, 11, 120);
    m_tracker->setWarning(QStringLiteral("slow down"));
    const AnnounceRequest request = announceTo(m_tracker->url());
    const AnnounceResult result = ClientRun::announceOnce(*m_client, request);
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QCOMPARE(result.seeders, 4);
    QCOMPARE(result.leechers, 11);
    QCOMPARE(result.downloaded, -1); // WebTorrent's announce reply has none
    QCOMPARE(result.interval, 120);
    QCOMPARE(result.warningMessage, QStringLiteral("slow down"));
    QCOMPARE(result.offersReceived, 0);
    // The message as WebTorrent's protocol has it.
    QCOMPARE(m_tracker->messages().size(), 1);
    const QJsonObject sent = m_tracker->messageObject(0);
    QCOMPARE(sent.value(u"info_hash").toString(), QString::fromLatin1(request.infoHash));
    QCOMPARE(sent.value(u"peer_id").toString(), QString::fromLatin1(request.peerId));
    QCOMPARE(sent.value(u"numwant").toInt(-1), 0);
    QCOMPARE(sent.value(u"offers").toArray().size(), 0);
    // Raw messages and timings kept.
    const ExchangeRecord &record = result.exchange;
    QCOMPARE(record.rawRequest, m_tracker->messages().constFirst());
    QVERIFY(record.rawReply.contains("\"complete\":4"));
    QCOMPARE(record.peerAddress, address);
    QCOMPARE(record.peerPort, m_tracker->url().port());
    QVERIFY(!record.connectionReused);
    QVERIFY(record.connectingMs >= 0);
    QVERIFY2(record.connectedMs >= record.connectingMs,
             qPrintable(QString::number(record.connectedMs)));
    QCOMPARE(record.encryptedMs, -1);
    QVERIFY(record.upgradedMs >= record.connectedMs);
    QVERIFY(record.requestSentMs >= record.upgradedMs);
    QVERIFY(record.firstByteMs >= record.requestSentMs);
    QVERIFY(record.finishedMs >= record.firstByteMs);
    QVERIFY(record.requestDescription.contains(QLatin1String("announce started")));
}

void TestWebSocketTrackerClient::announceSendsTheRequestedEvent_data()
{
    QTest::addColumn<int>("event");
    QTest::addColumn<QString>("wireEvent");
    QTest::newRow("started") << int(AnnounceEvent::Started) << QStringLiteral("started");
    QTest::newRow("completed") << int(AnnounceEvent::Completed) << QStringLiteral("completed");
    QTest::newRow("regular") << int(AnnounceEvent::None) << QString();
    QTest::newRow("stopped") << int(AnnounceEvent::Stopped) << QStringLiteral("stopped");
}

void TestWebSocketTrackerClient::announceSendsTheRequestedEvent()
{
    QFETCH(int, event);
    QFETCH(QString, wireEvent);
    QVERIFY(m_tracker->listen());
    const AnnounceResult result =
        ClientRun::announceOnce(*m_client, announceTo(m_tracker->url(), AnnounceEvent(event)));
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QCOMPARE(m_tracker->messageObject(0).value(u"event").toString(), wireEvent);
    QCOMPARE(result.seeders, 3); // the fake's counts: the reply was read, whatever the event
}

void TestWebSocketTrackerClient::reportsBadReplies_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not JSON") << int(Action::NotJson) << int(ExchangeOutcome::InvalidResponse)
                              << QStringLiteral("not JSON");
    QTest::newRow("not a tracker message")
        << int(Action::NotTrackerMessage) << int(ExchangeOutcome::InvalidResponse)
        << QStringLiteral("not a tracker message");
    QTest::newRow("failure reason") << int(Action::Failure) << int(ExchangeOutcome::TrackerFailure)
                                    << QStringLiteral("torrent banned");
    QTest::newRow("bare failure") << int(Action::BareFailure)
                                  << int(ExchangeOutcome::TrackerFailure)
                                  << QStringLiteral("torrent banned");
    QTest::newRow("close mid-exchange") << int(Action::Close) << int(ExchangeOutcome::NetworkError)
                                        << QStringLiteral("closed the connection (close code 1001: "
                                                          "bye) before answering");
    QTest::newRow("connection dropped") << int(Action::Abort) << int(ExchangeOutcome::NetworkError)
                                        << QStringLiteral("before answering");
    QTest::newRow("oversized reply")
        << int(Action::Oversized) << int(ExchangeOutcome::ResponseTooLarge)
        << QStringLiteral("larger than 65536 bytes");
}

void TestWebSocketTrackerClient::reportsBadReplies()
{
    QFETCH(int, action);
    QFETCH(int, outcome);
    QFETCH(QString, messagePart);
    QVERIFY(m_tracker->listen());
    Step step;
    step.action = Action(action);
    step.text = "torrent banned";
    m_tracker->addStep(step);
    const AnnounceResult result = ClientRun::announceOnce(*m_client, announceTo(m_tracker->url()));
    QCOMPARE(int(result.outcome), outcome);
    const QString said = result.errorMessage;
    QVERIFY2(said.contains(messagePart), qPrintable(said));
    if (result.outcome == ExchangeOutcome::TrackerFailure)
        QCOMPARE(result.failureReason, QStringLiteral("torrent banned"));
    QCOMPARE(result.seeders, -1);
    QVERIFY(!result.exchange.rawRequest.isEmpty());
}

void TestWebSocketTrackerClient::stoppedCompletesWithoutReply_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("notePart");
    QTest::newRow("reply") << int(Action::Reply) << QString();
    QTest::newRow("no reply, pong") << int(Action::Silence) << QStringLiteral("answered the ping");
    QTest::newRow("no reply, close")
        << int(Action::Close) << QStringLiteral("closed the connection without answering");
}

void TestWebSocketTrackerClient::stoppedCompletesWithoutReply()
{
    QFETCH(int, action);
    QFETCH(QString, notePart);
    QVERIFY(m_tracker->listen());
    Step step;
    step.action = Action(action);
    m_tracker->addStep(step);
    // The clock moves by the grace after the pong, a step at a time, while the request is under
    // way: the reply timeout is thousands of steps away.
    const AnnounceResult result =
        ClientRun::announceOnClock(*m_client, announceTo(m_tracker->url(), AnnounceEvent::Stopped),
                                   *m_clock, kStoppedReplyGraceMs);
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QVERIFY2(result.exchange.finishedMs < kReplyTimeoutMs,
             "completion must not wait for the reply timeout");
    QCOMPARE(m_tracker->messageObject(0).value(u"event").toString(), QStringLiteral("stopped"));
    const QString notes = result.notes.join(u' ');
    if (notePart.isEmpty()) {
        QCOMPARE(result.seeders, 3);
        QVERIFY(notes.isEmpty());
    } else {
        QCOMPARE(result.seeders, -1);
        QVERIFY2(notes.contains(notePart), qPrintable(notes));
        QVERIFY(result.exchange.rawReply.isEmpty());
    }
}

void TestWebSocketTrackerClient::reportsRefusedConnection()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    const AnnounceResult result = ClientRun::announceOnce(
        *m_client, announceTo(QUrl(QStringLiteral("ws://127.0.0.1:%1/announce").arg(port))));
    QVERIFY2(result.outcome == ExchangeOutcome::ConnectionRefused, qPrintable(result.errorMessage));
    QVERIFY2(result.errorMessage.contains(QLatin1String("refused the connection")),
             qPrintable(result.errorMessage));
    QCOMPARE(result.exchange.connectedMs, -1);
    QVERIFY(result.exchange.rawRequest.isEmpty()); // nothing was sent
}

void TestWebSocketTrackerClient::reportsRefusedUpgrade()
{
    QVERIFY(m_tracker->listenRefusingUpgrade(FakeWebSocketTracker::Upgrade::RefuseWithStatus, 403));
    const AnnounceResult result = ClientRun::announceOnce(*m_client, announceTo(m_tracker->url()));
    QCOMPARE(result.outcome, ExchangeOutcome::HttpError);
    QCOMPARE(result.exchange.statusLine, QStringLiteral("HTTP 403 Forbidden"));
    QVERIFY2(result.errorMessage.contains(QLatin1String("refused the WebSocket upgrade: HTTP 403")),
             qPrintable(result.errorMessage));
    QVERIFY(result.exchange.connectedMs >= 0);
    QCOMPARE(result.exchange.upgradedMs, -1);
}

void TestWebSocketTrackerClient::timesOutWhenUpgradeIsNotAnswered()
{
    // An hour to connect, on the clock: it passes in forty steps of a few milliseconds each.
    QVERIFY(m_tracker->listenRefusingUpgrade(FakeWebSocketTracker::Upgrade::NeverAnswer));
    const AnnounceResult result = ClientRun::announceOnClock(
        *m_client, announceTo(m_tracker->url()), *m_clock, kConnectTimeoutMs / 40);
    QCOMPARE(result.outcome, ExchangeOutcome::Timeout);
    QVERIFY2(result.errorMessage.contains(QLatin1String("WebSocket upgrade was not answered within "
                                                        "3600000 ms")),
             qPrintable(result.errorMessage));
    QCOMPARE(result.exchange.finishedMs, kConnectTimeoutMs);
}

void TestWebSocketTrackerClient::timesOutOnSilenceByTheClock()
{
    QVERIFY(m_tracker->listen());
    Step silence;
    silence.action = Action::Silence;
    m_tracker->addStep(silence);
    QSignalSpy finished(m_client.get(), &TrackerClient::announceFinished);
    QSignalSpy received(m_tracker.get(), &FakeWebSocketTracker::messageReceived);
    m_client->announce(announceTo(m_tracker->url()));
    QVERIFY(received.wait(kFakeTrackerReplyWaitMs));
    m_clock->advance(kReplyTimeoutMs - 1);
    QCOMPARE(finished.size(), 0);
    m_clock->advance(1); // ten minutes after sending, on the clock: at once in real time
    QCOMPARE(finished.size(), 1);
    const auto result = finished[0][1].value<AnnounceResult>();
    QCOMPARE(result.outcome, ExchangeOutcome::Timeout);
    QCOMPARE(result.errorMessage, QStringLiteral("No reply within 600000 ms"));
    QCOMPARE(result.exchange.finishedMs - result.exchange.requestSentMs, kReplyTimeoutMs);
}

void TestWebSocketTrackerClient::reportsDnsFailureWithoutConnecting()
{
    m_resolver->setFailure(QStringLiteral("tracker.invalid"), QStringLiteral("Host not found"));
    const AnnounceResult result = ClientRun::announceOnce(
        *m_client, announceTo(QUrl(QStringLiteral("wss://tracker.invalid/announce"))));
    QCOMPARE(result.outcome, ExchangeOutcome::DnsFailure);
    QVERIFY2(result.errorMessage.contains(QLatin1String("tracker.invalid did not resolve: Host not "
                                                        "found")),
             qPrintable(result.errorMessage));
    QCOMPARE(m_resolver->lookedUpHosts(), QStringList{QStringLiteral("tracker.invalid")});
    QCOMPARE(result.exchange.connectingMs, -1);
    QCOMPARE(m_client->connectionCount(), 0);
}

void TestWebSocketTrackerClient::scrapesOneOrSeveral_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("one hash") << 1;
    QTest::newRow("three hashes") << 3;
}

void TestWebSocketTrackerClient::scrapesOneOrSeveral()
{
    QFETCH(int, count);
    QVERIFY(m_tracker->listen());
    m_tracker->setCounts(6, 2);
    QList<QByteArray> hashes;
    for (int index = 0; index < count; ++index)
        hashes.append(QByteArray(20, char('\xC0' + index)));
    const ScrapeResult result =
        ClientRun::scrapeOnce(*m_client, scrapeOf(m_tracker->url(), hashes));
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QCOMPARE(result.entries.size(), count);
    for (int index = 0; index < count; ++index) {
        QCOMPARE(result.entries[index].infoHash, hashes[index]);
        QVERIFY(result.entries[index].present);
        QCOMPARE(result.entries[index].seeders, 6);
        QCOMPARE(result.entries[index].leechers, 2);
        QCOMPARE(result.entries[index].completed, 6);
    }
    QVERIFY(
        result.downloadedMirrorsComplete); // the fake, like WebTorrent, says downloaded = complete
    QCOMPARE(result.minRequestInterval, 600);
    QCOMPARE(result.exchanges.size(), 1);
    QCOMPARE(result.exchanges[0].rawRequest, m_tracker->messages().constFirst());
    const QJsonValue sentHashes = m_tracker->messageObject(0).value(u"info_hash");
    QCOMPARE(sentHashes.isString(), count == 1);
}

void TestWebSocketTrackerClient::countsOffersAndNeverAnswers_data()
{
    QTest::addColumn<int>("offers");
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("capped");
    QTest::newRow("three") << 3 << 100 << 3 << false;
    QTest::newRow("over the cap") << 5 << 2 << 2 << true;
}

void TestWebSocketTrackerClient::countsOffersAndNeverAnswers()
{
    QFETCH(int, offers);
    QFETCH(int, cap);
    QFETCH(int, expected);
    QFETCH(bool, capped);
    WebSocketTrackerSettings settings = slowSettings();
    settings.maxOffersCounted = cap;
    m_client->setSettings(settings);
    QVERIFY(m_tracker->listen());
    Step step;
    step.offersBefore = offers;
    m_tracker->addStep(step);
    const AnnounceResult result = ClientRun::announceOnce(*m_client, announceTo(m_tracker->url()));
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QCOMPARE(result.offersReceived, expected);
    QCOMPARE(result.offersCapped, capped);
    QCOMPARE(result.seeders, 3);
    // Never answered: the tracker got our announce and nothing else.
    QSignalSpy more(m_tracker.get(), &FakeWebSocketTracker::messageReceived);
    QVERIFY(!more.wait(100));
    QCOMPARE(m_tracker->messages().size(), 1);
}

void TestWebSocketTrackerClient::countsOffersBetweenAnnounces()
{
    QVERIFY(m_tracker->listen());
    const AnnounceRequest started = announceTo(m_tracker->url());
    QVERIFY(ClientRun::announceOnce(*m_client, started).succeeded());
    m_tracker->pushOffer(started.infoHash);
    m_tracker->pushOffer(started.infoHash);
    m_tracker->pushOffer(QByteArray(20, 'o')); // another torrent's: not counted for this one
    AnnounceRequest regular = started;
    regular.event = AnnounceEvent::None;
    const AnnounceResult result = ClientRun::announceOnce(*m_client, regular);
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QCOMPARE(result.offersReceived, 2);
    QCOMPARE(m_tracker->connectionCount(), 1);
}

void TestWebSocketTrackerClient::reusesOneConnectionForARound()
{
    QVERIFY(m_tracker->listen());
    const AnnounceRequest started = announceTo(m_tracker->url());
    const AnnounceResult first = ClientRun::announceOnce(*m_client, started);
    QVERIFY(first.succeeded());
    QVERIFY(!first.exchange.connectionReused);
    const ScrapeResult scrape =
        ClientRun::scrapeOnce(*m_client, scrapeOf(m_tracker->url(), {started.infoHash}));
    QVERIFY(scrape.succeeded());
    QVERIFY(scrape.exchanges[0].connectionReused);
    QCOMPARE(scrape.exchanges[0].connectedMs, -1);
    QCOMPARE(scrape.exchanges[0].upgradedMs, -1);
    QVERIFY(scrape.exchanges[0].requestSentMs >= 0);
    const AnnounceResult stopped =
        ClientRun::announceOnce(*m_client, announceTo(m_tracker->url(), AnnounceEvent::Stopped));
    QVERIFY(stopped.succeeded());
    QVERIFY(stopped.exchange.connectionReused);
    QCOMPARE(m_tracker->connectionCount(), 1);
    QCOMPARE(m_tracker->messages().size(), 3);
}

void TestWebSocketTrackerClient::matchesPipelinedRepliesOutOfOrder()
{
    QVERIFY(m_tracker->listen());
    Step slow;
    slow.delayMs = 150;
    m_tracker->addStep(slow); // the first announce's reply comes last
    QSignalSpy finished(m_client.get(), &TrackerClient::announceFinished);
    QSignalSpy scraped(m_client.get(), &TrackerClient::scrapeFinished);
    QSignalSpy completed(m_client.get(), &TrackerClient::requestCompleted);
    const AnnounceRequest first = announceTo(m_tracker->url(), AnnounceEvent::Started, '\x01');
    const AnnounceRequest second = announceTo(m_tracker->url(), AnnounceEvent::Started, '\x02');
    const quint64 firstId = m_client->announce(first);
    const quint64 secondId = m_client->announce(second);
    const quint64 scrapeId = m_client->scrape(scrapeOf(m_tracker->url(), {second.infoHash}));
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 3, kFakeTrackerReplyWaitMs);
    QCOMPARE(finished.size(), 2);
    QCOMPARE(finished[0][0].toULongLong(), secondId); // overtook the first
    QCOMPARE(finished[1][0].toULongLong(), firstId);
    for (const QList<QVariant> &arguments : std::as_const(finished)) {
        const AnnounceResult result = arguments[1].value<AnnounceResult>();
        QVERIFY(result.succeeded());
        const QByteArray expectedHash =
            arguments[0].toULongLong() == firstId ? first.infoHash : second.infoHash;
        QCOMPARE(WebSocketTrackerMessage::parse(result.exchange.rawReply).infoHash, expectedHash);
    }
    QCOMPARE(scraped.size(), 1);
    QCOMPARE(scraped[0][0].toULongLong(), scrapeId);
    QCOMPARE(m_tracker->connectionCount(), 1);
}

void TestWebSocketTrackerClient::closesIdleConnectionUnlessInASwarm()
{
    QVERIFY(m_tracker->listen());
    QSignalSpy disconnected(m_tracker.get(), &FakeWebSocketTracker::clientDisconnected);
    const AnnounceRequest started = announceTo(m_tracker->url());
    QVERIFY(ClientRun::announceOnce(*m_client, started).succeeded());
    // In the swarm through this connection: it stays open well past the idle time.
    m_clock->advance(kIdleCloseMs * 3);
    QVERIFY(!disconnected.wait(kQuietMs));
    QCOMPARE(m_client->connectionCount(), 1);
    QVERIFY(ClientRun::announceOnce(*m_client, announceTo(m_tracker->url(), AnnounceEvent::Stopped))
                .succeeded());
    // Out of every swarm: closed after the idle time, on the clock.
    m_clock->advance(kIdleCloseMs - 1);
    QCOMPARE(m_client->connectionCount(), 1);
    m_clock->advance(1);
    QCOMPARE(m_client->connectionCount(), 0);
    QVERIFY(disconnected.wait(kFakeTrackerReplyWaitMs));
    QCOMPARE(m_client->connectionCount(), 0);
    QCOMPARE(m_tracker->openConnectionCount(), 0);
}

void TestWebSocketTrackerClient::certificatePolicy_data()
{
    QTest::addColumn<bool>("trusted");
    QTest::addColumn<bool>("ignoreErrors");
    QTest::addColumn<int>("outcome");
    QTest::newRow("trusted CA") << true << false << int(ExchangeOutcome::Success);
    QTest::newRow("untrusted") << false << false << int(ExchangeOutcome::TlsError);
    QTest::newRow("untrusted, ignored by the user")
        << false << true << int(ExchangeOutcome::Success);
}

void TestWebSocketTrackerClient::certificatePolicy()
{
    QFETCH(bool, trusted);
    QFETCH(bool, ignoreErrors);
    QFETCH(int, outcome);
    QSslCertificate certificate;
    QSslKey key;
    QString error;
    QVERIFY2(FakeHttpTracker::makeCertificate(&certificate, &key, &error), qPrintable(error));
    QVERIFY(m_tracker->listenTls(certificate, key));
    WebSocketTrackerSettings settings = slowSettings();
    if (trusted)
        settings.extraCaCertificates = {certificate};
    m_client->setSettings(settings);
    AnnounceRequest request = announceTo(m_tracker->url());
    QCOMPARE(request.trackerUrl.scheme(), QStringLiteral("wss"));
    request.ignoreCertificateErrors = ignoreErrors;
    const AnnounceResult result = ClientRun::announceOnce(*m_client, request);
    QCOMPARE(int(result.outcome), outcome);
    const QString notes = result.notes.join(u' ');
    QCOMPARE(notes.contains(QLatin1String("Certificate errors were ignored")), ignoreErrors);
    QCOMPARE(!result.exchange.ignoredCertificateErrors.isEmpty(), ignoreErrors);
    if (result.succeeded()) {
        QVERIFY(result.exchange.encryptedMs >= result.exchange.connectedMs);
        QVERIFY(result.exchange.upgradedMs >= result.exchange.encryptedMs);
        QCOMPARE(result.seeders, 3);
    } else {
        QVERIFY2(result.errorMessage.contains(QLatin1String("certificate of 127.0.0.1")),
                 qPrintable(result.errorMessage));
        QVERIFY(m_tracker->messages().isEmpty());
    }
}

void TestWebSocketTrackerClient::rejectsUnusableRequests_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<int>("hashSize");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("http URL") << QUrl(QStringLiteral("http://127.0.0.1/announce")) << 20
                              << QStringLiteral("not a ws:// or wss:// URL");
    QTest::newRow("no host") << QUrl(QStringLiteral("ws:///announce")) << 20
                             << QStringLiteral("needs a host");
    QTest::newRow("short hash") << QUrl(QStringLiteral("ws://127.0.0.1:1/")) << 19
                                << QStringLiteral("20 bytes");
}

void TestWebSocketTrackerClient::rejectsUnusableRequests()
{
    QFETCH(QUrl, url);
    QFETCH(int, hashSize);
    QFETCH(QString, messagePart);
    AnnounceRequest request = announceTo(url);
    request.infoHash.resize(hashSize);
    const AnnounceResult result = ClientRun::announceOnce(*m_client, request);
    QCOMPARE(result.outcome, ExchangeOutcome::Unsupported);
    QVERIFY2(result.errorMessage.contains(messagePart), qPrintable(result.errorMessage));
    const ScrapeResult scrape = ClientRun::scrapeOnce(*m_client, scrapeOf(url, {}));
    QCOMPARE(scrape.outcome, ExchangeOutcome::Unsupported);
}

void TestWebSocketTrackerClient::cancelsPendingRequest()
{
    QVERIFY(m_tracker->listen());
    Step silence;
    silence.action = Action::Silence;
    m_tracker->addStep(silence);
    QSignalSpy finished(m_client.get(), &TrackerClient::announceFinished);
    QSignalSpy completed(m_client.get(), &TrackerClient::requestCompleted);
    QSignalSpy received(m_tracker.get(), &FakeWebSocketTracker::messageReceived);
    const quint64 requestId = m_client->announce(announceTo(m_tracker->url()));
    QVERIFY(received.wait(kFakeTrackerReplyWaitMs));
    m_client->cancel(requestId);
    QCOMPARE(finished.size(), 0); // never inside cancel()
    QVERIFY(completed.wait(kFakeTrackerReplyWaitMs));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished[0][1].value<AnnounceResult>().outcome, ExchangeOutcome::Cancelled);
    // Nothing more for it, not even once the reply timeout has passed.
    m_clock->advance(kReplyTimeoutMs * 2);
    QVERIFY(!completed.wait(kQuietMs));
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestWebSocketTrackerClient)
#include "tst_websockettrackerclient.moc"
