// The UDP client against real trackers on loopback: opentracker (IPv4, whitelist) and WebTorrent's
// bittorrent-tracker on [::1].
#include "clientrun.h"
#include "fakehostresolver.h"
#include "realtrackers.h"
#include "testtime.h"
#include "tracker/udp/udptrackerclient.h"

#include <QTest>
#include <QtEndian>

namespace {

QByteArray hashNumber(int number)
{
    QByteArray hash = QByteArray::fromHex("7469756470000000000000000000000000000000");
    qToBigEndian(quint32(number), hash.data() + 16);
    return hash;
}

QByteArray peerIdNumber(int number)
{
    return QByteArray("-TI0001-") + QByteArray::number(number).rightJustified(12, '0');
}

AnnounceRequest announceOf(const QUrl &url, const QByteArray &infoHash, int peer, qint64 left,
                           AnnounceEvent event = AnnounceEvent::Started)
{
    AnnounceRequest request;
    request.trackerUrl = url;
    request.infoHash = infoHash;
    request.peerId = peerIdNumber(peer);
    request.port = quint16(6000 + peer);
    request.left = left;
    request.event = event;
    request.key = quint32(peer);
    return request;
}

} // namespace

class TestUdpRealTrackers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opentrackerPeersSeeEachOther();
    void opentrackerSplitsLargeScrape();
    void webTorrentTrackerOverIpv6();
    void webTorrentTrackerSendsIpv4PeersOverIpv6();

private:
    std::unique_ptr<FakeHostResolver> m_resolver; // URLs here are IP literals
    std::unique_ptr<UdpTrackerClient> m_client;
};

void TestUdpRealTrackers::init()
{
    m_resolver = std::make_unique<FakeHostResolver>();
    m_client = std::make_unique<UdpTrackerClient>(m_resolver.get());
    UdpTrackerSettings settings;
    settings.tryTimeoutMs = 1'000;
    m_client->setSettings(settings);
}

void TestUdpRealTrackers::cleanup()
{
    m_client.reset();
    m_resolver.reset();
}

void TestUdpRealTrackers::opentrackerPeersSeeEachOther()
{
    const QByteArray infoHash = hashNumber(1);
    OpenTrackerServer tracker;
    QString error;
    QVERIFY2(tracker.start({infoHash}, &error), qPrintable(error));
    const QUrl url = tracker.udpAnnounceUrl();

    const AnnounceResult seeder = ClientRun::announceOnce(
        *m_client, announceOf(url, infoHash, 1, 0), kRealTrackerReplyWaitMs);
    QVERIFY2(seeder.succeeded(), qPrintable(seeder.errorMessage));
    QCOMPARE(seeder.exchange.connectTries, 1);
    const AnnounceResult leecher = ClientRun::announceOnce(
        *m_client, announceOf(url, infoHash, 2, 1000), kRealTrackerReplyWaitMs);
    QVERIFY2(leecher.succeeded(), qPrintable(leecher.errorMessage));
    QVERIFY(leecher.exchange.connectionIdReused); // opentracker accepted the cached id
    QCOMPARE(leecher.seeders, 1);
    QCOMPARE(leecher.leechers, 1);
    QVERIFY(leecher.interval > 0);
    QVERIFY2(leecher.peers.contains(TrackerPeer{QHostAddress(QHostAddress::LocalHost), 6001, {}}),
             "the leecher must be told about the seeder");
    const AnnounceResult again = ClientRun::announceOnce(
        *m_client, announceOf(url, infoHash, 1, 0, AnnounceEvent::None), kRealTrackerReplyWaitMs);
    QVERIFY(again.peers.contains(TrackerPeer{QHostAddress(QHostAddress::LocalHost), 6002, {}}));

    ScrapeRequest scrape;
    scrape.trackerUrl = url;
    scrape.infoHashes = {infoHash};
    const ScrapeResult counts = ClientRun::scrapeOnce(*m_client, scrape, kRealTrackerReplyWaitMs);
    QVERIFY2(counts.succeeded(), qPrintable(counts.errorMessage));
    QCOMPARE(counts.entries.size(), 1);
    QVERIFY(counts.entries[0].present);
    QCOMPARE(counts.entries[0].seeders, 1);
    QCOMPARE(counts.entries[0].leechers, 1);

    // A hash off the whitelist: Debian's opentracker answers with a bare 8-byte announce reply.
    // The client drops it as malformed, but says that the tracker did answer.
    const AnnounceResult refused = ClientRun::announceOnce(
        *m_client, announceOf(url, hashNumber(99), 3, 0), kRealTrackerReplyWaitMs);
    QCOMPARE(refused.outcome, ExchangeOutcome::InvalidResponse);
    QVERIFY2(refused.errorMessage.contains(QStringLiteral("does not serve")),
             qPrintable(refused.errorMessage));
    QCOMPARE(refused.exchange.malformedRepliesIgnored, refused.exchange.tries);
    QCOMPARE(refused.exchange.reconnects, 0); // it knew our connection id: no reconnect

    for (const int peer : {1, 2})
        ClientRun::announceOnce(*m_client,
                                announceOf(url, infoHash, peer, 0, AnnounceEvent::Stopped),
                                kRealTrackerReplyWaitMs);
}

void TestUdpRealTrackers::opentrackerSplitsLargeScrape()
{
    constexpr int kHashCount = 200;
    QList<QByteArray> hashes;
    for (int number = 1; number <= kHashCount; ++number)
        hashes.append(hashNumber(number));
    OpenTrackerServer tracker;
    QString error;
    QVERIFY2(tracker.start(hashes, &error), qPrintable(error));
    const QUrl url = tracker.udpAnnounceUrl();
    // One seeder in the first batch, two in the second, a leecher in the last.
    const QList<int> seeded{5, 80, 150};
    for (const int number : seeded)
        QVERIFY(ClientRun::announceOnce(*m_client, announceOf(url, hashes[number], number, 0),
                                        kRealTrackerReplyWaitMs)
                    .succeeded());
    QVERIFY(ClientRun::announceOnce(*m_client, announceOf(url, hashes[150], 1000, 500),
                                    kRealTrackerReplyWaitMs)
                .succeeded());
    QVERIFY(ClientRun::announceOnce(*m_client, announceOf(url, hashes[199], 1001, 500),
                                    kRealTrackerReplyWaitMs)
                .succeeded());

    ScrapeRequest scrape;
    scrape.trackerUrl = url;
    scrape.infoHashes = hashes;
    const ScrapeResult result = ClientRun::scrapeOnce(*m_client, scrape, kRealTrackerReplyWaitMs);
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QCOMPARE(result.exchanges.size(), 3); // 74 + 74 + 52: within opentracker's ~75 per packet
    QCOMPARE(result.entries.size(), kHashCount);
    for (int index = 0; index < kHashCount; ++index) {
        const ScrapeEntry &entry = result.entries[index];
        QVERIFY2(entry.present, qPrintable(QStringLiteral("hash %1 missing").arg(index)));
        QCOMPARE(entry.infoHash, hashes[index]);
        QCOMPARE(entry.seeders, seeded.contains(index) ? 1 : 0);
        QCOMPARE(entry.leechers, (index == 150 || index == 199) ? 1 : 0);
    }
}

void TestUdpRealTrackers::webTorrentTrackerOverIpv6()
{
    WebTorrentTrackerServer tracker;
    QString error;
    QVERIFY2(tracker.start(QStringLiteral("::1"), &error), qPrintable(error));
    const QUrl url = tracker.udpAnnounceUrl();
    QCOMPARE(url.host(), QStringLiteral("::1"));
    const QByteArray infoHash = hashNumber(7);

    const AnnounceResult seeder = ClientRun::announceOnce(
        *m_client, announceOf(url, infoHash, 1, 0), kRealTrackerReplyWaitMs);
    QVERIFY2(seeder.succeeded(), qPrintable(seeder.errorMessage));
    QCOMPARE(seeder.exchange.peerAddress, QHostAddress(QHostAddress::LocalHostIPv6));
    const AnnounceResult leecher = ClientRun::announceOnce(
        *m_client, announceOf(url, infoHash, 2, 1000), kRealTrackerReplyWaitMs);
    QVERIFY2(leecher.succeeded(), qPrintable(leecher.errorMessage));
    QCOMPARE(leecher.seeders, 1);
    QCOMPARE(leecher.leechers, 1);
    QVERIFY(leecher.interval > 0);
    // Its UDP/IPv6 replies carry no peers: a 20-byte reply, accepted as such.
    QCOMPARE(leecher.exchange.malformedRepliesIgnored, 0);
    QCOMPARE(leecher.exchange.rawReply.size(), 20 + leecher.peers.size() * 18);

    ScrapeRequest scrape;
    scrape.trackerUrl = url;
    scrape.infoHashes = {infoHash, hashNumber(8)};
    const ScrapeResult counts = ClientRun::scrapeOnce(*m_client, scrape, kRealTrackerReplyWaitMs);
    QVERIFY2(counts.succeeded(), qPrintable(counts.errorMessage));
    QCOMPARE(counts.entries.size(), 2);
    QVERIFY(counts.entries[0].present);
    QCOMPARE(counts.entries[0].seeders, 1);
    QCOMPARE(counts.entries[0].leechers, 1);
    for (const int peer : {1, 2})
        ClientRun::announceOnce(*m_client,
                                announceOf(url, infoHash, peer, 0, AnnounceEvent::Stopped),
                                kRealTrackerReplyWaitMs);
}

void TestUdpRealTrackers::webTorrentTrackerSendsIpv4PeersOverIpv6()
{
    // WebTorrent's tracker lists IPv4 peers in 6-byte entries even on its IPv6 socket, where
    // BEP 15 asks for 18-byte ones: the reply is read, not thrown away, and the note says so.
    WebTorrentTrackerServer tracker;
    QString error;
    QVERIFY2(tracker.start(QStringLiteral("::1"), &error), qPrintable(error));
    const QUrl overIpv4(QStringLiteral("udp://127.0.0.1:%1").arg(tracker.port()));
    const QUrl overIpv6 = tracker.udpAnnounceUrl();
    const QByteArray infoHash = hashNumber(9);

    const AnnounceResult ipv4Peer = ClientRun::announceOnce(
        *m_client, announceOf(overIpv4, infoHash, 1, 0), kRealTrackerReplyWaitMs);
    QVERIFY2(ipv4Peer.succeeded(), qPrintable(ipv4Peer.errorMessage));
    const AnnounceResult ipv6Peer = ClientRun::announceOnce(
        *m_client, announceOf(overIpv6, infoHash, 2, 1000), kRealTrackerReplyWaitMs);
    QVERIFY2(ipv6Peer.succeeded(), qPrintable(ipv6Peer.errorMessage));
    QCOMPARE(ipv6Peer.exchange.malformedRepliesIgnored, 0);
    QVERIFY2(ipv6Peer.peers.contains(TrackerPeer{QHostAddress(QHostAddress::LocalHost), 6001, {}}),
             qPrintable(QString::number(ipv6Peer.peers.size())));
    QVERIFY(ipv6Peer.notes.join(u' ').contains(QStringLiteral("6-byte IPv4 peer entries")));
    ClientRun::announceOnce(*m_client, announceOf(overIpv4, infoHash, 1, 0, AnnounceEvent::Stopped),
                            kRealTrackerReplyWaitMs);
    ClientRun::announceOnce(*m_client, announceOf(overIpv6, infoHash, 2, 0, AnnounceEvent::Stopped),
                            kRealTrackerReplyWaitMs);
}

QTEST_GUILESS_MAIN(TestUdpRealTrackers)
#include "tst_udprealtrackers.moc"
