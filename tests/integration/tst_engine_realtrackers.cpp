// The engine with the real HTTP and UDP clients against two opentrackers on loopback: peers
// announced by other engines are attributed to exactly the trackers that returned them.
#include "engine/inspectionengine.h"
#include "engine/networktrackerclientfactory.h"
#include "fakehostresolver.h"
#include "realtrackers.h"
#include "testclock.h"
#include "testtime.h"
#include "testtorrents.h"
#include "trackerat.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {
const QByteArray kInfoHash = QByteArray::fromHex("54494547494e4500000000000000000000000001");

const TestTorrents::TorrentOptions kEngineTorrent{
    .name = QStringLiteral("engine test"), .infoHashV1 = kInfoHash, .totalSize = 1 << 20};
} // namespace

class TestEngineRealTrackers : public QObject
{
    Q_OBJECT

private:
    OpenTrackerServer m_first;
    OpenTrackerServer m_second;
    QNetworkAccessManager m_network;
    FakeHostResolver m_resolver; // every URL here is an IP literal

    std::unique_ptr<InspectionEngine> makeEngine(quint16 port, EngineSettings::ContactMode mode)
    {
        auto engine = std::make_unique<InspectionEngine>(
            std::make_unique<NetworkTrackerClientFactory>(&m_network, &m_resolver),
            std::make_unique<TestClock>());
        EngineSettings settings;
        settings.contactMode = mode;
        settings.identity.port = port;
        settings.requestTimeoutMs = 5000;
        settings.changeSignalDelayMs = 0;
        engine->setSettings(settings);
        return engine;
    }
    // Adds the test's torrent with one tier for each tracker and waits for the round to end.
    static bool runRound(InspectionEngine &engine, const QList<QUrl> &trackers, quint64 *id)
    {
        QSignalSpy idle(&engine, &InspectionEngine::becameIdle);
        *id = engine.addTorrent(TestTorrents::metainfo(
            TestTorrents::tierPerTracker(TestTorrents::urlTexts(trackers)), kEngineTorrent));
        return idle.wait(kRealTrackerRoundWaitMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        // A tracker that cannot start is a failure, never a skip: CI must not pass without it.
        QVERIFY2(m_first.start({kInfoHash}, &error), qPrintable(error));
        QVERIFY2(m_second.start({kInfoHash}, &error), qPrintable(error));
    }

    void peersAreAttributedToTheRightTrackers()
    {
        // Peer 7101 joins the first tracker only, peer 7102 the second only (and they stay).
        quint64 id = 0;
        auto onlyFirst = makeEngine(7101, EngineSettings::ContactMode::SingleRound);
        QVERIFY(runRound(*onlyFirst, {m_first.httpAnnounceUrl()}, &id));
        QCOMPARE(trackerAt(*onlyFirst, id, 0)->status, TrackerStatus::Working);
        auto onlySecond = makeEngine(7102, EngineSettings::ContactMode::SingleRound);
        QVERIFY(runRound(*onlySecond, {m_second.udpAnnounceUrl()}, &id));
        QCOMPARE(trackerAt(*onlySecond, id, 0)->status, TrackerStatus::Working);

        // The inspector asks both trackers, over HTTP and UDP.
        auto inspector = makeEngine(7103, EngineSettings::ContactMode::Passive);
        const QList<QUrl> both{m_first.httpAnnounceUrl(), m_first.udpAnnounceUrl(),
                               m_second.httpAnnounceUrl()};
        QVERIFY(runRound(*inspector, both, &id));
        const std::optional<TorrentSnapshot> torrent = inspector->torrent(id);
        QVERIFY(torrent);
        for (const TrackerState &tracker : torrent->trackers) {
            QCOMPARE(tracker.status, TrackerStatus::Working);
            QVERIFY(tracker.bestEndpoint()->interval > 0);
            QVERIFY(tracker.bestEndpoint()->latencyMs >= 0);
            QCOMPARE(tracker.scrape.status, TrackerStatus::Working);
        }
        QCOMPARE(torrent->peerCount, 2);
        const PeerRegistry *peers = inspector->peers(id);
        QVERIFY(peers);
        const TrackerPeer first{QHostAddress(QHostAddress::LocalHost), 7101, {}};
        const TrackerPeer second{QHostAddress(QHostAddress::LocalHost), 7102, {}};
        const PeerRecord *fromFirst = peers->find(first);
        const PeerRecord *fromSecond = peers->find(second);
        QVERIFY(fromFirst && fromSecond);
        QCOMPARE(QList<TrackerId>(fromFirst->sources.begin(), fromFirst->sources.end()),
                 QList<TrackerId>({torrent->trackers[0].id, torrent->trackers[1].id}));
        QCOMPARE(QList<TrackerId>(fromSecond->sources.begin(), fromSecond->sources.end()),
                 QList<TrackerId>({torrent->trackers[2].id}));
        QCOMPARE(torrent->trackers[2].uniquePeersContributed, 1);
        QCOMPARE(torrent->trackers[0].uniquePeersContributed, 0);
        // Passive: the inspector left the swarm again.
        QCOMPARE(torrent->trackers[0].announceSlots[0].registered, false);
    }

    void reannouncesAndStopsOnRemoval()
    {
        auto engine = makeEngine(7104, EngineSettings::ContactMode::Continuous);
        quint64 id = 0;
        QVERIFY(runRound(*engine, {m_first.udpAnnounceUrl()}, &id));
        QVERIFY(trackerAt(*engine, id, 0)->announceSlots[0].registered);
        engine->reannounce(id);
        // The forced announce waits for the safety floor; move the clock past it.
        TestClock *clock = testClockOf(*engine);
        clock->freeze(clock->nowMs() + engine->settings().safetyFloorSeconds * 1000);
        QSignalSpy idle(engine.get(), &InspectionEngine::becameIdle);
        clock->advance(1);
        QVERIFY(idle.wait(kRealTrackerRoundWaitMs));
        QCOMPARE(trackerAt(*engine, id, 0)->statistics.announceCount(), 2);
        QSignalSpy removed(engine.get(), &InspectionEngine::torrentRemoved);
        engine->removeTorrent(id);
        QCOMPARE(removed.count(), 1);
        QVERIFY(idle.wait(kRealTrackerRoundWaitMs));
        // Another engine no longer sees peer 7104.
        auto observer = makeEngine(7105, EngineSettings::ContactMode::Passive);
        quint64 observed = 0;
        QVERIFY(runRound(*observer, {m_first.udpAnnounceUrl()}, &observed));
        QVERIFY(!observer->peers(observed)->find(
            TrackerPeer{QHostAddress(QHostAddress::LocalHost), 7104, {}}));
    }
};

QTEST_GUILESS_MAIN(TestEngineRealTrackers)
#include "tst_engine_realtrackers.moc"
