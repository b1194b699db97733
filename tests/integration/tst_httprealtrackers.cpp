// The HTTP/HTTPS tracker client against real trackers nobody here wrote: opentracker (Debian),
// WebTorrent's bittorrent-tracker over IPv6, and nginx with a test CA in front of opentracker.
#include "clientrun.h"
#include "realtrackers.h"
#include "testhashes.h"
#include "testtime.h"
#include "tracker/http/httptrackerclient.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTest>

namespace {
ScrapeRequest scrapeRequest(const QUrl &url, const QList<QByteArray> &infoHashes)
{
    ScrapeRequest request;
    request.trackerUrl = url;
    request.infoHashes = infoHashes;
    return request;
}
} // namespace

class TestHttpRealTrackers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opentrackerPeersSeeEachOtherAndScrapeMatches();
    void opentrackerScrapeLearnsItsHashLimit();
    void opentrackerRefusesUnlistedTorrent();
    void webTorrentTrackerGivesPeers6();
    void nginxHttpsWithTrustedTestCa();
    void nginxHttpsWithoutTheCaFails();

private:
    AnnounceRequest announceRequest(const QUrl &url, quint32 peer, quint16 port) const;

    const QByteArray m_infoHash = TestHashes::infoHash(42);
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<HttpTrackerClient> m_client;
};

void TestHttpRealTrackers::init()
{
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_manager->setProxy(QNetworkProxy::NoProxy);
    m_client = std::make_unique<HttpTrackerClient>(m_manager.get());
}

void TestHttpRealTrackers::cleanup()
{
    m_client.reset();
    m_manager.reset();
}

AnnounceRequest TestHttpRealTrackers::announceRequest(const QUrl &url, quint32 peer,
                                                      quint16 port) const
{
    AnnounceRequest request;
    request.trackerUrl = url;
    request.infoHash = m_infoHash;
    request.peerId = TestHashes::peerId(peer);
    request.port = port;
    request.key = peer;
    request.left = peer == 1 ? 0 : 1000; // the first peer seeds, the others leech
    return request;
}

void TestHttpRealTrackers::opentrackerPeersSeeEachOtherAndScrapeMatches()
{
    OpenTrackerServer tracker;
    QString error;
    QVERIFY2(tracker.start({m_infoHash}, &error), qPrintable(error));
    const QUrl url = tracker.httpAnnounceUrl();

    const AnnounceResult seeder =
        ClientRun::announceOnce(*m_client, announceRequest(url, 1, 6881), kRealTrackerReplyWaitMs);
    QVERIFY2(seeder.succeeded(), qPrintable(seeder.errorMessage));
    const AnnounceResult leecher =
        ClientRun::announceOnce(*m_client, announceRequest(url, 2, 6882), kRealTrackerReplyWaitMs);
    QVERIFY2(leecher.succeeded(), qPrintable(leecher.errorMessage));
    QVERIFY(leecher.compactPeers);
    QVERIFY(leecher.peers.contains(TrackerPeer{QHostAddress::LocalHost, 6881, {}}));
    QCOMPARE(leecher.seeders, 1);
    QCOMPARE(leecher.leechers, 1);
    QVERIFY(leecher.interval > 0);

    AnnounceRequest again = announceRequest(url, 1, 6881);
    again.event = AnnounceEvent::None;
    const AnnounceResult seederAgain =
        ClientRun::announceOnce(*m_client, again, kRealTrackerReplyWaitMs);
    QVERIFY2(seederAgain.succeeded(), qPrintable(seederAgain.errorMessage));
    QVERIFY(seederAgain.peers.contains(TrackerPeer{QHostAddress::LocalHost, 6882, {}}));

    const ScrapeResult scrape =
        ClientRun::scrapeOnce(*m_client, scrapeRequest(url, {m_infoHash}), kRealTrackerReplyWaitMs);
    QVERIFY2(scrape.succeeded(), qPrintable(scrape.errorMessage));
    QCOMPARE(scrape.entries.size(), 1);
    QVERIFY(scrape.entries.constFirst().present);
    QCOMPARE(scrape.entries.constFirst().seeders, seederAgain.seeders);
    QCOMPARE(scrape.entries.constFirst().leechers, seederAgain.leechers);
    QCOMPARE(scrape.exchanges.constFirst().statusLine.left(12), QStringLiteral("HTTP/1.1 200"));
}

void TestHttpRealTrackers::opentrackerScrapeLearnsItsHashLimit()
{
    const QList<QByteArray> hashes = TestHashes::infoHashes(100, 1000);
    OpenTrackerServer tracker;
    QString error;
    QVERIFY2(tracker.start(hashes, &error), qPrintable(error));
    const QUrl url = tracker.httpAnnounceUrl();
    for (const QByteArray &infoHash : hashes) {
        AnnounceRequest request = announceRequest(url, 1, 6881);
        request.infoHash = infoHash;
        const AnnounceResult result =
            ClientRun::announceOnce(*m_client, request, kRealTrackerReplyWaitMs);
        QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    }
    HttpTrackerSettings settings = m_client->settings();
    settings.initialScrapeBatchSize = 100; // more than opentracker reads
    m_client->setSettings(settings);
    const ScrapeResult scrape =
        ClientRun::scrapeOnce(*m_client, scrapeRequest(url, hashes), kRealTrackerReplyWaitMs);
    QVERIFY2(scrape.succeeded(), qPrintable(scrape.errorMessage));
    QCOMPARE(scrape.entries.size(), 100);
    for (const ScrapeEntry &entry : scrape.entries) {
        QVERIFY(entry.present);
        QCOMPARE(entry.seeders, 1);
    }
    const int learned = m_client->scrapeBatchSize(url);
    QVERIFY2(learned < 100 && learned >= 32, qPrintable(QString::number(learned)));
    qInfo("opentracker answered %d hashes per HTTP scrape; %lld requests for 100 hashes", learned,
          qint64(scrape.exchanges.size()));
}

void TestHttpRealTrackers::opentrackerRefusesUnlistedTorrent()
{
    OpenTrackerServer tracker;
    QString error;
    QVERIFY2(tracker.start({TestHashes::infoHash(1)}, &error), qPrintable(error));
    const AnnounceResult result = ClientRun::announceOnce(
        *m_client, announceRequest(tracker.httpAnnounceUrl(), 1, 6881), kRealTrackerReplyWaitMs);
    QCOMPARE(result.outcome, ExchangeOutcome::TrackerFailure);
    QVERIFY2(result.failureReason.contains(QLatin1String("not authorized")),
             qPrintable(result.failureReason));
}

void TestHttpRealTrackers::webTorrentTrackerGivesPeers6()
{
    WebTorrentTrackerServer tracker;
    QString error;
    QVERIFY2(tracker.start(QStringLiteral("::1"), &error), qPrintable(error));
    const QUrl url = tracker.httpAnnounceUrl();
    const AnnounceResult first =
        ClientRun::announceOnce(*m_client, announceRequest(url, 1, 6881), kRealTrackerReplyWaitMs);
    QVERIFY2(first.succeeded(), qPrintable(first.errorMessage));
    const AnnounceResult second =
        ClientRun::announceOnce(*m_client, announceRequest(url, 2, 6882), kRealTrackerReplyWaitMs);
    QVERIFY2(second.succeeded(), qPrintable(second.errorMessage));
    QVERIFY2(second.peers.contains(TrackerPeer{QHostAddress::LocalHostIPv6, 6881, {}}),
             qPrintable(QString::number(second.peers.size())));
    QCOMPARE(second.seeders, 1);
    QCOMPARE(second.leechers, 1);

    const ScrapeResult scrape =
        ClientRun::scrapeOnce(*m_client, scrapeRequest(url, {m_infoHash}), kRealTrackerReplyWaitMs);
    QVERIFY2(scrape.succeeded(), qPrintable(scrape.errorMessage));
    QVERIFY(scrape.entries.constFirst().present); // its UTF-8-mangled keys are read back
    QCOMPARE(scrape.entries.constFirst().seeders, 1);
}

void TestHttpRealTrackers::nginxHttpsWithTrustedTestCa()
{
    OpenTrackerServer tracker;
    NginxTlsProxy proxy;
    QString error;
    QVERIFY2(tracker.start({m_infoHash}, &error), qPrintable(error));
    QVERIFY2(proxy.start(tracker.port(), &error), qPrintable(error));
    HttpTrackerSettings settings = m_client->settings();
    settings.extraCaCertificates = {proxy.caCertificate()};
    m_client->setSettings(settings);
    const AnnounceResult result = ClientRun::announceOnce(
        *m_client, announceRequest(proxy.httpsAnnounceUrl(), 1, 6881), kRealTrackerReplyWaitMs);
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QVERIFY(result.exchange.encryptedMs >= 0);
    QVERIFY(result.exchange.ignoredCertificateErrors.isEmpty());
    const ScrapeResult scrape = ClientRun::scrapeOnce(
        *m_client, scrapeRequest(proxy.httpsAnnounceUrl(), {m_infoHash}), kRealTrackerReplyWaitMs);
    QVERIFY2(scrape.succeeded(), qPrintable(scrape.errorMessage));
    QCOMPARE(scrape.entries.constFirst().seeders, 1);
}

void TestHttpRealTrackers::nginxHttpsWithoutTheCaFails()
{
    OpenTrackerServer tracker;
    NginxTlsProxy proxy;
    QString error;
    QVERIFY2(tracker.start({m_infoHash}, &error), qPrintable(error));
    QVERIFY2(proxy.start(tracker.port(), &error), qPrintable(error));
    const AnnounceResult result = ClientRun::announceOnce(
        *m_client, announceRequest(proxy.httpsAnnounceUrl(), 1, 6881), kRealTrackerReplyWaitMs);
    QCOMPARE(result.outcome, ExchangeOutcome::TlsError);
    QVERIFY2(result.errorMessage.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
             qPrintable(result.errorMessage));
    qInfo("%s", qPrintable(result.errorMessage));
}

QTEST_GUILESS_MAIN(TestHttpRealTrackers)
#include "tst_httprealtrackers.moc"
