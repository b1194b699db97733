// The WebSocket client against WebTorrent's own tracker server (npm bittorrent-tracker) on
// loopback, over IPv4 and IPv6: counts that change when a second peer joins and fall on stopped,
// scrapes of one and several torrents, downloaded == complete, and WebRTC offers relayed to us.
#include "clientrun.h"
#include "fakehostresolver.h"
#include "testhashes.h"
#include "testtime.h"
#include "tracker/websocket/websockettrackerclient.h"
#include "webtorrenttrackerserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

namespace {

AnnounceRequest announceOf(const QUrl &url, const QByteArray &infoHash, quint32 peerSeed,
                           AnnounceEvent event, qint64 left)
{
    AnnounceRequest request;
    request.trackerUrl = url;
    request.infoHash = infoHash;
    request.peerId = TestHashes::peerId(peerSeed);
    request.event = event;
    request.left = left;
    return request;
}

} // namespace

class TestWebSocketRealTrackers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void countsFollowPeersJoiningAndLeaving_data();
    void countsFollowPeersJoiningAndLeaving();
    void scrapesSeveralTorrents();
    void countsOffersRelayedByTheTracker();
    void readsWebTorrentsBareFailure();

private:
    ScrapeRequest scrapeOf(const QList<QByteArray> &infoHashes) const;
    bool startTracker(const QString &host);

    std::unique_ptr<FakeHostResolver> m_resolver; // IP literals only: never asked
    std::unique_ptr<WebSocketTrackerClient> m_client;
    std::unique_ptr<WebTorrentTrackerServer> m_server;
};

void TestWebSocketRealTrackers::init()
{
    m_resolver = std::make_unique<FakeHostResolver>();
    m_client = std::make_unique<WebSocketTrackerClient>(m_resolver.get());
    WebSocketTrackerSettings settings;
    settings.connectTimeoutMs = 5'000;
    settings.replyTimeoutMs = 5'000;
    m_client->setSettings(settings);
    m_server = std::make_unique<WebTorrentTrackerServer>();
}

void TestWebSocketRealTrackers::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_resolver.reset();
}

ScrapeRequest TestWebSocketRealTrackers::scrapeOf(const QList<QByteArray> &infoHashes) const
{
    ScrapeRequest request;
    request.trackerUrl = m_server->webSocketUrl();
    request.infoHashes = infoHashes;
    return request;
}

bool TestWebSocketRealTrackers::startTracker(const QString &host)
{
    QString error;
    const bool started = m_server->start(host, &error);
    if (!started)
        qWarning("%s", qPrintable(error));
    return started;
}

void TestWebSocketRealTrackers::countsFollowPeersJoiningAndLeaving_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("ws 127.0.0.1") << QStringLiteral("127.0.0.1");
    QTest::newRow("ws [::1]") << QStringLiteral("::1");
}

void TestWebSocketRealTrackers::countsFollowPeersJoiningAndLeaving()
{
    QFETCH(QString, host);
    QVERIFY(startTracker(host));
    const QUrl url = m_server->webSocketUrl();
    const QByteArray infoHash = TestHashes::infoHash(71);
    // We join as a leecher: the swarm is us.
    const AnnounceResult first = ClientRun::announceOnce(
        *m_client, announceOf(url, infoHash, 1, AnnounceEvent::Started, 500),
        kRealTrackerReplyWaitMs);
    QVERIFY2(first.succeeded(), qPrintable(first.errorMessage));
    QCOMPARE(first.seeders, 0);
    QCOMPARE(first.leechers, 1);
    QCOMPARE(first.interval, 120); // WebTorrent's WebSocket interval: a fifth of HTTP's
    QCOMPARE(first.offersReceived, 0);
    QCOMPARE(first.exchange.peerAddress, QHostAddress(host));
    QVERIFY(first.exchange.upgradedMs >= 0);
    // A second peer (its own peer id, hence its own connection) joins as a seeder.
    const AnnounceResult second =
        ClientRun::announceOnce(*m_client, announceOf(url, infoHash, 2, AnnounceEvent::Started, 0),
                                kRealTrackerReplyWaitMs);
    QVERIFY2(second.succeeded(), qPrintable(second.errorMessage));
    QCOMPARE(second.seeders, 1);
    QCOMPARE(second.leechers, 1);
    QVERIFY(!second.exchange.connectionReused);
    ScrapeResult counts =
        ClientRun::scrapeOnce(*m_client, scrapeOf({infoHash}), kRealTrackerReplyWaitMs);
    QVERIFY2(counts.succeeded(), qPrintable(counts.errorMessage));
    QCOMPARE(counts.entries.size(), 1);
    QVERIFY(counts.entries[0].present);
    QCOMPARE(counts.entries[0].seeders, 1);
    QCOMPARE(counts.entries[0].leechers, 1);
    QCOMPARE(counts.entries[0].completed, 1); // WebTorrent: downloaded = complete
    QVERIFY(counts.downloadedMirrorsComplete);
    QVERIFY(counts.exchanges[0].connectionReused);
    // The seeder leaves: the tracker answers the stopped announce with lower counts.
    const AnnounceResult leaving =
        ClientRun::announceOnce(*m_client, announceOf(url, infoHash, 2, AnnounceEvent::Stopped, 0),
                                kRealTrackerReplyWaitMs);
    QVERIFY2(leaving.succeeded(), qPrintable(leaving.errorMessage));
    QCOMPARE(leaving.seeders, 0);
    QCOMPARE(leaving.leechers, 1);
    QVERIFY(leaving.exchange.connectionReused);
    counts = ClientRun::scrapeOnce(*m_client, scrapeOf({infoHash}), kRealTrackerReplyWaitMs);
    QCOMPARE(counts.entries[0].seeders, 0);
    QCOMPARE(counts.entries[0].leechers, 1);
    // And so do we.
    const AnnounceResult gone = ClientRun::announceOnce(
        *m_client, announceOf(url, infoHash, 1, AnnounceEvent::Stopped, 500),
        kRealTrackerReplyWaitMs);
    QVERIFY2(gone.succeeded(), qPrintable(gone.errorMessage));
    QCOMPARE(gone.leechers, 0);
    counts = ClientRun::scrapeOnce(*m_client, scrapeOf({infoHash}), kRealTrackerReplyWaitMs);
    QCOMPARE(counts.entries[0].seeders, 0);
    QCOMPARE(counts.entries[0].leechers, 0);
    QVERIFY(!counts.downloadedMirrorsComplete); // all zero: no evidence either way
}

void TestWebSocketRealTrackers::scrapesSeveralTorrents()
{
    QVERIFY(startTracker(QStringLiteral("127.0.0.1")));
    const QUrl url = m_server->webSocketUrl();
    const QList<QByteArray> hashes = TestHashes::infoHashes(3, 200);
    QVERIFY(ClientRun::announceOnce(*m_client,
                                    announceOf(url, hashes[0], 1, AnnounceEvent::Started, 0),
                                    kRealTrackerReplyWaitMs)
                .succeeded());
    QVERIFY(ClientRun::announceOnce(*m_client,
                                    announceOf(url, hashes[1], 1, AnnounceEvent::Started, 10),
                                    kRealTrackerReplyWaitMs)
                .succeeded());
    QVERIFY(ClientRun::announceOnce(*m_client,
                                    announceOf(url, hashes[1], 2, AnnounceEvent::Started, 10),
                                    kRealTrackerReplyWaitMs)
                .succeeded());
    const ScrapeResult result =
        ClientRun::scrapeOnce(*m_client, scrapeOf(hashes), kRealTrackerReplyWaitMs);
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QCOMPARE(result.entries.size(), 3);
    QCOMPARE(result.entries[0].seeders, 1);
    QCOMPARE(result.entries[0].leechers, 0);
    QCOMPARE(result.entries[1].seeders, 0);
    QCOMPARE(result.entries[1].leechers, 2);
    // WebTorrent answers unknown torrents with zeros rather than leaving them out.
    QVERIFY(result.entries[2].present);
    QCOMPARE(result.entries[2].seeders, 0);
    QVERIFY(result.minRequestInterval > 0);
    const QJsonObject sent = QJsonDocument::fromJson(result.exchanges[0].rawRequest).object();
    QCOMPARE(sent.value(u"info_hash").toArray().size(), 3);
}

void TestWebSocketRealTrackers::countsOffersRelayedByTheTracker()
{
    QVERIFY(startTracker(QStringLiteral("::1")));
    const QUrl url = m_server->webSocketUrl();
    const QByteArray infoHash = TestHashes::infoHash(300);
    QVERIFY(ClientRun::announceOnce(*m_client,
                                    announceOf(url, infoHash, 1, AnnounceEvent::Started, 100),
                                    kRealTrackerReplyWaitMs)
                .succeeded());
    // A browser peer joins with two WebRTC offers; the tracker relays one to each other peer (us).
    QWebSocket browser;
    QSignalSpy connected(&browser, &QWebSocket::connected);
    QSignalSpy replied(&browser, &QWebSocket::textMessageReceived);
    browser.open(url);
    QVERIFY(connected.wait(kRealTrackerReplyWaitMs));
    const QJsonArray offers{
        QJsonObject{{QStringLiteral("offer"), QJsonObject{{QStringLiteral("type"), u"offer"_qs},
                                                          {QStringLiteral("sdp"), u"v=0"_qs}}},
                    {QStringLiteral("offer_id"), QStringLiteral("aaaaaaaaaaaaaaaaaaaa")}},
        QJsonObject{{QStringLiteral("offer"), QJsonObject{{QStringLiteral("type"), u"offer"_qs},
                                                          {QStringLiteral("sdp"), u"v=0"_qs}}},
                    {QStringLiteral("offer_id"), QStringLiteral("bbbbbbbbbbbbbbbbbbbb")}}};
    const QJsonObject browserAnnounce{
        {QStringLiteral("action"), QStringLiteral("announce")},
        {QStringLiteral("info_hash"), QString::fromLatin1(infoHash)},
        {QStringLiteral("peer_id"), QString::fromLatin1(TestHashes::peerId(9))},
        {QStringLiteral("event"), QStringLiteral("started")},
        {QStringLiteral("left"), 100},
        {QStringLiteral("numwant"), 2},
        {QStringLiteral("offers"), offers}};
    browser.sendTextMessage(
        QString::fromUtf8(QJsonDocument(browserAnnounce).toJson(QJsonDocument::Compact)));
    QVERIFY(replied.wait(kRealTrackerReplyWaitMs)); // its reply comes after the offer went to us
    AnnounceRequest regular = announceOf(url, infoHash, 1, AnnounceEvent::None, 100);
    const AnnounceResult result =
        ClientRun::announceOnce(*m_client, regular, kRealTrackerReplyWaitMs);
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QCOMPARE(result.offersReceived, 1); // one offer per other peer, and we are the only one
    QCOMPARE(result.leechers, 2);
    browser.abort();
}

void TestWebSocketRealTrackers::readsWebTorrentsBareFailure()
{
    QVERIFY(startTracker(QStringLiteral("127.0.0.1")));
    // Our client never sends a bad hash, so a raw socket does: what WebTorrent answers a message
    // it cannot read must parse as a bare failure (the client gives it to the oldest request).
    QWebSocket raw;
    QSignalSpy connected(&raw, &QWebSocket::connected);
    QSignalSpy replied(&raw, &QWebSocket::textMessageReceived);
    raw.open(m_server->webSocketUrl());
    QVERIFY(connected.wait(kRealTrackerReplyWaitMs));
    raw.sendTextMessage(QStringLiteral("{\"action\":\"announce\",\"info_hash\":\"short\"}"));
    QVERIFY(replied.wait(kRealTrackerReplyWaitMs));
    const WebSocketTrackerReply reply =
        WebSocketTrackerMessage::parse(replied[0][0].toString().toUtf8());
    QCOMPARE(int(reply.kind), int(WebSocketTrackerReply::Kind::FailureOnly));
    QCOMPARE(reply.failureReason, QStringLiteral("invalid info_hash"));
}

QTEST_GUILESS_MAIN(TestWebSocketRealTrackers)
#include "tst_websocketrealtrackers.moc"
