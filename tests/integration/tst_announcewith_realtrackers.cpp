// Announce With… and `check`'s announce options against real trackers on loopback: WebTorrent's
// npm server (HTTP, UDP, WebSocket; its /debug/swarm lists what each peer told it) must see the
// values we sent, custom parameters and User-Agent included; opentracker (HTTP, UDP) must count a
// chosen `completed` in the scrape's downloaded count and hand out the chosen port.
#include "checkcommandrun.h"
#include "engine/inspectionengine.h"
#include "engine/networktrackerclientfactory.h"
#include "fakehostresolver.h"
#include "realtrackers.h"
#include "testtime.h"
#include "testtorrents.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int kProcessWaitMs = 30'000;
const QByteArray kNpmHash = QByteArray::fromHex("414e4e4f554e43455749544852454131000000aa");
const QByteArray kOpenHttpHash = QByteArray::fromHex("414e4e4f554e43455749544852454131000000b1");
const QByteArray kOpenUdpHash = QByteArray::fromHex("414e4e4f554e43455749544852454131000000b2");
const QByteArray kCliHash = QByteArray::fromHex("414e4e4f554e43455749544852454131000000c1");

QString hexOf(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// The values every npm case sends: who, where, the counts and the event.
AnnounceOverrides peerOverrides(const QByteArray &peerId, quint16 port,
                                const QList<qint64> &uploadedDownloadedLeft, AnnounceEvent event)
{
    AnnounceOverrides overrides;
    overrides.peerId = peerId;
    overrides.port = port;
    overrides.uploaded = uploadedDownloadedLeft.value(0);
    overrides.downloaded = uploadedDownloadedLeft.value(1);
    overrides.left = uploadedDownloadedLeft.value(2);
    overrides.event = event;
    return overrides;
}

// The fields of the server's record that differ from what was expected; empty when none does.
QStringList mismatches(const QJsonObject &record, const QList<QPair<QString, QString>> &expected)
{
    QStringList differing;
    for (const auto &[name, value] : expected) {
        const QString seen = record[name].toString();
        if (seen != value)
            differing << name + u": the server saw \""_s + seen + u"\", we sent \""_s + value +
                             u'"';
    }
    return differing;
}
} // namespace

class TestAnnounceWithRealTrackers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void npmHttpSeesTheValuesSent();
    void npmNoCompactShowsPeerIds();
    void npmUdpSeesTheValuesSent();
    void npmWebSocketSeesTheValuesSent();
    void opentrackerCountsCompletedAndHandsOutThePort_data();
    void opentrackerCountsCompletedAndHandsOutThePort();
    void checkSendsTheOptions();
    void checkRefusesBadValues_data();
    void checkRefusesBadValues();

private:
    std::unique_ptr<InspectionEngine> makeEngine();
    quint64 addTorrent(InspectionEngine &engine, const QUrl &tracker, const QByteArray &infoHash);
    bool announceWith(InspectionEngine &engine, quint64 torrentId,
                      const AnnounceOverrides &overrides);
    // The npm server's record of the peer with this id, or an empty object.
    QJsonObject npmPeer(const QByteArray &peerId);

    WebTorrentTrackerServer m_npm;
    OpenTrackerServer m_opentracker;
    QNetworkAccessManager m_network;
    FakeHostResolver m_resolver; // every URL here is an IP literal
};

void TestAnnounceWithRealTrackers::initTestCase()
{
    QString error;
    // A tracker that cannot start is a failure, never a skip: CI must not pass without it.
    QVERIFY2(m_npm.start(u"127.0.0.1"_s, &error), qPrintable(error));
    QVERIFY2(m_opentracker.start({kOpenHttpHash, kOpenUdpHash, kCliHash}, &error),
             qPrintable(error));
}

std::unique_ptr<InspectionEngine> TestAnnounceWithRealTrackers::makeEngine()
{
    auto engine = std::make_unique<InspectionEngine>(
        std::make_unique<NetworkTrackerClientFactory>(&m_network, &m_resolver));
    EngineSettings settings;
    // No regular announces: what the trackers see comes from the chosen ones alone.
    settings.contactMode = EngineSettings::ContactMode::ScrapeOnly;
    settings.requestTimeoutMs = 5000;
    settings.changeSignalDelayMs = 0;
    engine->setSettings(settings);
    return engine;
}

quint64 TestAnnounceWithRealTrackers::addTorrent(InspectionEngine &engine, const QUrl &tracker,
                                                 const QByteArray &infoHash)
{
    QSignalSpy idle(&engine, &InspectionEngine::becameIdle);
    const quint64 id = engine.addTorrent(TestTorrents::metainfo(
        {{tracker.toString()}},
        {.name = u"announce with"_s, .infoHashV1 = infoHash, .totalSize = 1 << 20}));
    return idle.wait(kRealTrackerRoundWaitMs) ? id : 0;
}

bool TestAnnounceWithRealTrackers::announceWith(InspectionEngine &engine, quint64 torrentId,
                                                const AnnounceOverrides &overrides)
{
    QSignalSpy idle(&engine, &InspectionEngine::becameIdle);
    return engine.announceWith(torrentId, {}, overrides) > 0 && idle.wait(kRealTrackerRoundWaitMs);
}

QJsonObject TestAnnounceWithRealTrackers::npmPeer(const QByteArray &peerId)
{
    QNetworkReply *reply =
        m_network.get(QNetworkRequest(m_npm.httpAnnounceUrl().resolved(QUrl(u"/debug/swarm"_s))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(kRealTrackerRoundWaitMs))
        return {};
    reply->deleteLater();
    const QJsonArray peers = QJsonDocument::fromJson(reply->readAll())[u"peers"].toArray();
    for (const QJsonValue &peer : peers) {
        if (peer[u"peer_id"].toString() == hexOf(peerId))
            return peer.toObject();
    }
    return {};
}

void TestAnnounceWithRealTrackers::npmHttpSeesTheValuesSent()
{
    auto engine = makeEngine();
    const quint64 id = addTorrent(*engine, m_npm.httpAnnounceUrl(), kNpmHash);
    QVERIFY(id != 0);
    AnnounceOverrides overrides =
        peerOverrides("-XX0001-httppeer0001", 7201, {1111, 2222, 3333}, AnnounceEvent::Started);
    overrides.extraParameters = {{"custom", "hello world&more"}};
    overrides.userAgent = QByteArray("Inspector-Test/1");
    QVERIFY(announceWith(*engine, id, overrides));
    const QJsonObject peer = npmPeer(*overrides.peerId);
    QVERIFY2(!peer.isEmpty(), "the npm server does not list our peer");
    // "custom" arrives in a real server's query.
    QCOMPARE(mismatches(peer, {{u"type"_s, u"http"_s},
                               {u"event"_s, u"started"_s},
                               {u"uploaded"_s, u"1111"_s},
                               {u"downloaded"_s, u"2222"_s},
                               {u"left"_s, u"3333"_s},
                               {u"port"_s, u"7201"_s},
                               {u"custom"_s, u"hello world&more"_s},
                               {u"user_agent"_s, u"Inspector-Test/1"_s}}),
             QStringList());
    QCOMPARE(engine->torrent(id)->trackers.constFirst().status, TrackerStatus::Working);
}

void TestAnnounceWithRealTrackers::npmNoCompactShowsPeerIds()
{
    // The peer of npmHttpSeesTheValuesSent is in the swarm; compact=0 returns it with its id.
    auto engine = makeEngine();
    const quint64 id = addTorrent(*engine, m_npm.httpAnnounceUrl(), kNpmHash);
    QVERIFY(id != 0);
    AnnounceOverrides overrides;
    overrides.compact = false;
    overrides.port = 7202;
    overrides.peerId = QByteArray("-XX0001-httppeer0002");
    QVERIFY(announceWith(*engine, id, overrides));
    const PeerRegistry *peers = engine->peers(id);
    QVERIFY(peers);
    const PeerRecord *first =
        peers->find(TrackerPeer{QHostAddress(QHostAddress::LocalHost), 7201, {}});
    QVERIFY2(first, "the earlier peer is not in the reply");
    QCOMPARE(first->peer.peerId, QByteArray("-XX0001-httppeer0001"));
    QVERIFY(!engine->torrent(id)->trackers.constFirst().bestEndpoint()->lastPeers.isEmpty());
}

void TestAnnounceWithRealTrackers::npmUdpSeesTheValuesSent()
{
    auto engine = makeEngine();
    const quint64 id = addTorrent(*engine, m_npm.udpAnnounceUrl(), kNpmHash);
    QVERIFY(id != 0);
    AnnounceOverrides overrides =
        peerOverrides("-XX0001-udppeer00001", 7203, {5555, 6666, 0}, AnnounceEvent::Completed);
    overrides.key = 0xcafe1234;
    overrides.compact = false; // not carried: said, and the announce goes all the same
    const QStringList unsent =
        engine->unsentOverrides(id, engine->torrent(id)->trackers.constFirst().id, overrides);
    QCOMPARE(unsent.size(), 1);
    QVERIFY(unsent.constFirst().contains(u"compact=0"));
    QVERIFY(announceWith(*engine, id, overrides));
    const QJsonObject peer = npmPeer(*overrides.peerId);
    QVERIFY2(!peer.isEmpty(), "the npm server does not list our peer");
    QCOMPARE(mismatches(peer, {{u"type"_s, u"udp"_s},
                               {u"event"_s, u"completed"_s},
                               {u"uploaded"_s, u"5555"_s},
                               {u"downloaded"_s, u"6666"_s},
                               {u"left"_s, u"0"_s},
                               {u"port"_s, u"7203"_s},
                               {u"key"_s, QString::number(0xcafe1234u)}}),
             QStringList());
    // The log row names what was not sent.
    const TrackerState tracker = engine->torrent(id)->trackers.constFirst();
    QVERIFY(std::any_of(tracker.exchangeLog.cbegin(), tracker.exchangeLog.cend(),
                        [](const ExchangeLogEntry &entry) {
                            return entry.summary.contains(u"Not sent: compact=0");
                        }));
}

void TestAnnounceWithRealTrackers::npmWebSocketSeesTheValuesSent()
{
    auto engine = makeEngine();
    const quint64 id = addTorrent(*engine, m_npm.webSocketUrl(), kNpmHash);
    QVERIFY(id != 0);
    AnnounceOverrides overrides =
        peerOverrides("-XX0001-wspeer000001", 0, {7777, 8888, 9999}, AnnounceEvent::Started);
    overrides.port.reset(); // WebTorrent peers have no port to give
    QVERIFY(engine->unsentOverrides(id, engine->torrent(id)->trackers.constFirst().id, overrides)
                .isEmpty());
    QVERIFY(announceWith(*engine, id, overrides));
    const QJsonObject peer = npmPeer(*overrides.peerId);
    QVERIFY2(!peer.isEmpty(), "the npm server does not list our peer");
    QCOMPARE(mismatches(peer, {{u"type"_s, u"ws"_s},
                               {u"event"_s, u"started"_s},
                               {u"uploaded"_s, u"7777"_s},
                               {u"downloaded"_s, u"8888"_s},
                               {u"left"_s, u"9999"_s}}),
             QStringList());
}

void TestAnnounceWithRealTrackers::opentrackerCountsCompletedAndHandsOutThePort_data()
{
    QTest::addColumn<bool>("udp");
    QTest::addColumn<QByteArray>("infoHash");
    QTest::newRow("HTTP") << false << kOpenHttpHash;
    QTest::newRow("UDP") << true << kOpenUdpHash;
}

void TestAnnounceWithRealTrackers::opentrackerCountsCompletedAndHandsOutThePort()
{
    QFETCH(bool, udp);
    QFETCH(QByteArray, infoHash);
    auto engine = makeEngine();
    const QUrl url = udp ? m_opentracker.udpAnnounceUrl() : m_opentracker.httpAnnounceUrl();
    const quint64 id = addTorrent(*engine, url, infoHash);
    QVERIFY(id != 0);
    QVERIFY(engine->torrent(id)->trackers.constFirst().scrape.completed <= 0);
    AnnounceOverrides seeder;
    seeder.event = AnnounceEvent::Completed;
    seeder.left = 0;
    seeder.port = 7301;
    seeder.peerId = QByteArray("-XX0001-seeder000001");
    QVERIFY(announceWith(*engine, id, seeder));
    // The scrape after it: one download completed, one seeder (left=0).
    const TrackerScrapeState scrape = engine->torrent(id)->trackers.constFirst().scrape;
    QCOMPARE(scrape.completed, 1);
    QCOMPARE(scrape.seeders, 1);
    AnnounceOverrides leecher;
    leecher.event = AnnounceEvent::Started;
    leecher.port = 7302;
    leecher.peerId = QByteArray("-XX0001-leecher00001");
    QVERIFY(announceWith(*engine, id, leecher));
    const QList<TrackerPeer> peers =
        engine->torrent(id)->trackers.constFirst().bestEndpoint()->lastPeers;
    QVERIFY2(std::any_of(peers.cbegin(), peers.cend(),
                         [](const TrackerPeer &peer) { return peer.port == 7301; }),
             "opentracker does not hand out the chosen port");
}

void TestAnnounceWithRealTrackers::checkSendsTheOptions()
{
    const QString magnet = CheckCommandRun::magnet(
        kCliHash, u"cli"_s,
        {m_npm.httpAnnounceUrl().toString(), m_opentracker.udpAnnounceUrl().toString()});
    const CheckCommandRun::Report report = CheckCommandRun::check(
        QStringLiteral(TI_EXECUTABLE),
        {magnet, u"--event"_s, u"completed"_s, u"--uploaded"_s, u"4242"_s, u"--left"_s, u"0"_s,
         u"--peer-id"_s, u"-XX0001-clipeer00001"_s, u"--param"_s, u"from=cli"_s, u"--user-agent"_s,
         u"Cli-Agent/3"_s, u"--port"_s, u"7401"_s},
        kProcessWaitMs);
    QVERIFY2(report.exitCode == 0, report.errors.constData());
    // UDP cannot carry the User-Agent nor take the parameter but as URL data: said on stderr.
    const QByteArray warning =
        "warning: " + m_opentracker.udpAnnounceUrl().toString().toUtf8() + ": not sent: User-Agent";
    QVERIFY2(report.errors.contains(warning), report.errors.constData());
    const QJsonObject peer = npmPeer("-XX0001-clipeer00001");
    QVERIFY2(!peer.isEmpty(), "the npm server does not list the CLI's peer");
    QCOMPARE(mismatches(peer, {{u"event"_s, u"completed"_s},
                               {u"uploaded"_s, u"4242"_s},
                               {u"left"_s, u"0"_s},
                               {u"from"_s, u"cli"_s},
                               {u"user_agent"_s, u"Cli-Agent/3"_s},
                               {u"port"_s, u"7401"_s}}),
             QStringList());
    // No `stopped` follows: the peer stays in the swarm.
    const QJsonObject udp =
        CheckCommandRun::trackerNamed(report.json, m_opentracker.udpAnnounceUrl().toString());
    QVERIFY(!udp.isEmpty());
}

void TestAnnounceWithRealTrackers::checkRefusesBadValues_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("short peer id")
        << QStringList{u"--peer-id"_s, u"-XX0001-"_s} << QByteArray("20 bytes");
    QTest::newRow("negative count")
        << QStringList{u"--uploaded"_s, u"-1"_s} << QByteArray("--uploaded: uploaded must be");
    QTest::newRow("unknown event")
        << QStringList{u"--event"_s, u"finished"_s} << QByteArray("unknown event");
    QTest::newRow("parameter without =")
        << QStringList{u"--param"_s, u"novalue"_s} << QByteArray("name=value");
    QTest::newRow("with --scrape-only")
        << QStringList{u"--scrape-only"_s, u"--left"_s, u"0"_s} << QByteArray("--scrape-only");
}

void TestAnnounceWithRealTrackers::checkRefusesBadValues()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, reason);
    const QString magnet =
        CheckCommandRun::magnet(kCliHash, u"cli"_s, {m_opentracker.udpAnnounceUrl().toString()});
    const CheckCommandRun::Report report = CheckCommandRun::check(
        QStringLiteral(TI_EXECUTABLE), QStringList{magnet} + options, kProcessWaitMs);
    QCOMPARE(report.exitCode, 2);
    QVERIFY2(report.errors.contains(reason), report.errors.constData());
}

QTEST_GUILESS_MAIN(TestAnnounceWithRealTrackers)
#include "tst_announcewith_realtrackers.moc"
