#include "engine/inspectionengine.h"
#include "faketrackerclientfactory.h"
#include "scriptedengine.h"
#include "testclock.h"
#include "testtime.h"
#include "testtorrents.h"
#include "trackerat.h"

#include <QSignalSpy>
#include <QTest>

namespace {
constexpr qint64 kStartMs = 1'000'000'000;
const QString kTrackerA = QStringLiteral("http://a.example/announce");
const QString kTrackerB = QStringLiteral("http://b.example/announce");
const QString kTrackerC = QStringLiteral("udp://c.example:6969/announce");

// The suite's torrents: 1,000 bytes with the v1 hash twenty 'a' (the requests are checked against
// it); the second has twenty 'b', the hybrid adds the v2 hash thirty-two 'b'.
const TestTorrents::TorrentOptions kTorrent{.infoHashV1 = QByteArray(20, 'a'), .totalSize = 1000};
const TestTorrents::TorrentOptions kSecondTorrent{.infoHashV1 = QByteArray(20, 'b'),
                                                  .totalSize = 1000};
const TestTorrents::TorrentOptions kHybridTorrent{
    .infoHashV1 = QByteArray(20, 'a'), .infoHashV2 = QByteArray(32, 'b'), .totalSize = 1000};
} // namespace

class TestInspectionEngine : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<FakeTrackerScript> m_script;
    std::unique_ptr<InspectionEngine> m_engine;

    InspectionEngine &makeEngine(EngineSettings settings = {})
    {
        m_script = std::make_shared<FakeTrackerScript>();
        m_engine = makeScriptedEngine(m_script, settings, kStartMs);
        return *m_engine;
    }
    bool waitIdle()
    {
        if (m_engine->isIdle())
            return true;
        QSignalSpy idle(m_engine.get(), &InspectionEngine::becameIdle);
        return idle.wait(5000);
    }
    void advanceSeconds(qint64 seconds)
    {
        testClockOf(*m_engine)->advance(seconds * 1000);
        QVERIFY(waitIdle());
    }

private Q_SLOTS:
    void init() { m_engine.reset(); }

    // Readers get values: a snapshot taken before a round keeps what it said, and a new one
    // shows the round; nothing of the request in flight is in either.
    void snapshotsAreValues()
    {
        InspectionEngine &engine = makeEngine();
        const quint64 id = engine.addTorrent(TestTorrents::metainfo({{kTrackerA}}, kTorrent));
        const std::optional<TorrentSnapshot> before = engine.torrent(id);
        const std::optional<TrackerState> trackerBefore = trackerAt(engine, id, 0);
        QVERIFY(before && trackerBefore);
        QCOMPARE(trackerBefore->status, TrackerStatus::NotContacted);
        QVERIFY(waitIdle());
        QCOMPARE(trackerAt(engine, id, 0)->status, TrackerStatus::Working);
        QCOMPARE(engine.torrent(id)->trackers[0].status, TrackerStatus::Working);
        QVERIFY(!engine.torrent(id)->trackers[0].isBusy());
        QCOMPARE(trackerBefore->status, TrackerStatus::NotContacted);
        QCOMPARE(before->trackers[0].status, TrackerStatus::NotContacted);
        QVERIFY(before->trackers[0].exchangeLog.isEmpty());
        QVERIFY(!engine.torrent(id)->trackers[0].exchangeLog.isEmpty());
        engine.removeTorrent(id);
        QVERIFY(!engine.torrent(id));
        QCOMPARE(before->id, id); // still readable after the engine forgot the torrent
    }

    void contactsEveryTrackerOfEveryTier()
    {
        InspectionEngine &engine = makeEngine();
        QSignalSpy added(&engine, &InspectionEngine::torrentAdded);
        const quint64 id = engine.addTorrent(
            TestTorrents::metainfo({{kTrackerA, kTrackerB}, {kTrackerC}}, kTorrent));
        QCOMPARE(added.count(), 1);
        QVERIFY(waitIdle());
        for (const QString &url : {kTrackerA, kTrackerB, kTrackerC})
            QCOMPARE(m_script->announceCount(url, AnnounceEvent::Started), 1);
        const std::optional<TorrentSnapshot> torrent = engine.torrent(id);
        QVERIFY(torrent);
        QCOMPARE(torrent->trackers.size(), 3);
        for (const TrackerState &tracker : torrent->trackers) {
            QCOMPARE(tracker.status, TrackerStatus::Working);
            QCOMPARE(tracker.endpoints.size(), 1);
            QCOMPARE(tracker.endpoints[0].interval, 1800);
            QCOMPARE(tracker.nextAnnounceMs(), kStartMs + 1'800'000);
            QCOMPARE(tracker.statistics.announceCount(), 1);
            QCOMPARE(tracker.exchangeLog.size(), 2); // the announce and the scrape
        }
        const AnnounceRequest &request = m_script->announces.first().request;
        QCOMPARE(request.peerId, engine.peerId());
        QCOMPARE(request.peerId.size(), 20);
        QVERIFY(request.peerId.startsWith("-TI"));
        QCOMPARE(request.infoHash, QByteArray(20, 'a'));
        QCOMPARE(request.left, 1000);
        QVERIFY(request.key != 0);
    }

    void endpointStatus_data()
    {
        QTest::addColumn<AnnounceResult>("result");
        QTest::addColumn<TrackerStatus>("status");
        QTest::addColumn<QString>("message");
        const QHostAddress local(QHostAddress::LocalHost);
        AnnounceResult warning = FakeTrackerScript::working(local, 1800);
        warning.warningMessage = QStringLiteral("slow down");
        QTest::newRow("working") << FakeTrackerScript::working(local, 1800)
                                 << TrackerStatus::Working << QString();
        QTest::newRow("warning") << warning << TrackerStatus::Warning
                                 << QStringLiteral("slow down");
        QTest::newRow("failure reason")
            << FakeTrackerScript::failed(ExchangeOutcome::TrackerFailure,
                                         QStringLiteral("not registered"), local)
            << TrackerStatus::TrackerError << QStringLiteral("not registered");
        QTest::newRow("garbage") << FakeTrackerScript::failed(ExchangeOutcome::InvalidResponse,
                                                              QStringLiteral("not bencode"), local)
                                 << TrackerStatus::InvalidResponse << QStringLiteral("not bencode");
        QTest::newRow("http 404") << FakeTrackerScript::failed(ExchangeOutcome::HttpError,
                                                               QStringLiteral("404"), local)
                                  << TrackerStatus::InvalidResponse << QStringLiteral("404");
        QTest::newRow("dns") << FakeTrackerScript::failed(ExchangeOutcome::DnsFailure,
                                                          QStringLiteral("no such host"))
                             << TrackerStatus::Unreachable << QStringLiteral("no such host");
        QTest::newRow("refused") << FakeTrackerScript::failed(ExchangeOutcome::ConnectionRefused,
                                                              QStringLiteral("refused"), local)
                                 << TrackerStatus::Unreachable << QStringLiteral("refused");
        QTest::newRow("client timeout")
            << FakeTrackerScript::failed(ExchangeOutcome::Timeout, QStringLiteral("late"), local)
            << TrackerStatus::Timeout << QStringLiteral("late");
    }
    void endpointStatus()
    {
        QFETCH(AnnounceResult, result);
        QFETCH(TrackerStatus, status);
        QFETCH(QString, message);
        InspectionEngine &engine = makeEngine();
        m_script->setAnnounceResults(kTrackerA, {result});
        QSignalSpy changed(&engine, &InspectionEngine::trackerChanged);
        const quint64 id = engine.addTorrent(TestTorrents::metainfo({{kTrackerA}}, kTorrent));
        QVERIFY(waitIdle());
        const std::optional<TrackerState> tracker = trackerAt(engine, id, 0);
        QCOMPARE(tracker->status, status);
        QCOMPARE(tracker->message, message);
        QCOMPARE(tracker->endpoints.size(), 1);
        QCOMPARE(tracker->endpoints[0].status, status);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).toULongLong(), id);
    }

    void silentTrackerTimesOut()
    {
        EngineSettings settings;
        settings.requestTimeoutMs = 3000;
        InspectionEngine &engine = makeEngine(settings);
        m_script->setSilent(kTrackerA);
        const quint64 id =
            engine.addTorrent(TestTorrents::metainfo({{kTrackerA, kTrackerB}}, kTorrent));
        QTRY_COMPARE(trackerAt(engine, id, 1)->status, TrackerStatus::Working);
        QCOMPARE(trackerAt(engine, id, 0)->status, TrackerStatus::Updating);
        QVERIFY(!engine.isIdle());
        testClockOf(engine)->advance(3000);
        QVERIFY(waitIdle());
        QCOMPARE(trackerAt(engine, id, 0)->status, TrackerStatus::Timeout);
        QVERIFY(trackerAt(engine, id, 0)->message.contains(u'3'));
        QVERIFY(m_script->cancelledCount >= 1);
        QCOMPARE(engine.requestsInFlight(), 0);
        // Only the tracker that answered is scraped after its announce; a dead one is not asked
        // twice.
        QCOMPARE(m_script->scrapes.size(), 1);
        QCOMPARE(m_script->scrapes.first().request.trackerUrl.toString(), kTrackerB);
    }

    void unsupportedUrl()
    {
        InspectionEngine &engine = makeEngine();
        const quint64 id =
            engine.addTorrent(TestTorrents::metainfo({{QStringLiteral("gopher://x/")}}, kTorrent));
        QVERIFY(waitIdle());
        QCOMPARE(trackerAt(engine, id, 0)->status, TrackerStatus::Unsupported);
        QVERIFY(!trackerAt(engine, id, 0)->message.isEmpty());
        QVERIFY(m_script->announces.isEmpty());
    }

    void reannouncesOnInterval_data()
    {
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("minInterval");
        QTest::addColumn<int>("expectedSeconds");
        QTest::newRow("interval") << 600 << 300 << 600;
        QTest::newRow("min interval wins") << 100 << 400 << 400;
        QTest::newRow("safety floor") << 5 << -1 << 30;
    }
    void reannouncesOnInterval()
    {
        QFETCH(int, interval);
        QFETCH(int, minInterval);
        QFETCH(int, expectedSeconds);
        EngineSettings settings;
        settings.scrapeIntervalSeconds = 0;
        InspectionEngine &engine = makeEngine(settings);
        m_script->setAnnounceResults(
            kTrackerA, {FakeTrackerScript::working(QHostAddress(QHostAddress::LocalHost), interval,
                                                   minInterval)});
        engine.addTorrent(TestTorrents::metainfo({{kTrackerA}}, kTorrent));
        QVERIFY(waitIdle());
        QCOMPARE(m_script->announceCount(kTrackerA), 1);
        advanceSeconds(expectedSeconds - 1);
        QCOMPARE(m_script->announceCount(kTrackerA), 1);
        advanceSeconds(1);
        QCOMPARE(m_script->announceCount(kTrackerA), 2);
        QCOMPARE(m_script->events(kTrackerA),
                 QList<AnnounceEvent>({AnnounceEvent::Started, AnnounceEvent::None}));
    }

    void backsOffOnFailures()
    {
        EngineSettings settings;
        settings.scrapeIntervalSeconds = 0;
        InspectionEngine &engine = makeEngine(settings);
        m_script->setAnnounceResults(kTrackerA,
                                     {FakeTrackerScript::failed(ExchangeOutcome::ConnectionRefused,
                                                                QStringLiteral("refused"))});
        const quint64 id = engine.addTorrent(TestTorrents::metainfo({{kTrackerA}}, kTorrent));
        QVERIFY(waitIdle());
        // 5 + 12.5·n² s: 17 -> floor 30, then 55, then 117.
        const QList<int> waits = {30, 55, 117};
        for (int i = 0; i < waits.size(); ++i) {
            advanceSeconds(waits[i] - 1);
            QCOMPARE(m_script->announceCount(kTrackerA), i + 1);
            advanceSeconds(1);
            QCOMPARE(m_script->announceCount(kTrackerA), i + 2);
        }
        // Never joined: every retry is a `started`.
        QCOMPARE(m_script->announceCount(kTrackerA, AnnounceEvent::Started), 4);
        QCOMPARE(trackerAt(engine, id, 0)->announceSlots[0].consecutiveFailures, 4);
        QCOMPARE(trackerAt(engine, id, 0)->statistics.failureCount(), 4);
    }

    void honoursRetryIn()
    {
        EngineSettings settings;
        settings.scrapeIntervalSeconds = 0;
        InspectionEngine &engine = makeEngine(settings);
        AnnounceResult later =
            FakeTrackerScript::failed(ExchangeOutcome::TrackerFailure, QStringLiteral("busy"));
        later.retryInMinutes = 10;
        AnnounceResult never =
            FakeTrackerScript::failed(ExchangeOutcome::TrackerFailure, QStringLiteral("banned"));
        never.retryNever = true;
        m_script->setAnnounceResults(kTrackerA, {later});
        m_script->setAnnounceResults(kTrackerB, {never});
        const quint64 id =
            engine.addTorrent(TestTorrents::metainfo({{kTrackerA, kTrackerB}}, kTorrent));
        QVERIFY(waitIdle());
        QCOMPARE(trackerAt(engine, id, 0)->nextAnnounceMs(), kStartMs + 600'000);
        QCOMPARE(trackerAt(engine, id, 1)->nextAnnounceMs(), qint64(-1));
        advanceSeconds(600);
        QCOMPARE(m_script->announceCount(kTrackerA), 2);
        QCOMPARE(m_script->announceCount(kTrackerB), 1);
        // A manual announce overrides "never".
        engine.reannounce(id, trackerIdAt(engine, id, 1));
        QVERIFY(waitIdle());
        QCOMPARE(m_script->announceCount(kTrackerB), 2);
    }

    void manualReannounceWaitsForSafetyFloor()
    {
        EngineSettings settings;
        settings.safetyFloorSeconds = 20;
        InspectionEngine &engine = makeEngine(settings);
        const quint64 id = engine.addTorrent(TestTorrents::metainfo({{kTrackerA}}, kTorrent));
        QVERIFY(waitIdle());
        engine.reannounce(id);
        QVERIFY(waitIdle());
        QCOMPARE(trackerAt(engine, id, 0)->nextAnnounceMs(), kStartMs + 20'000);
        QCOMPARE(m_script->announceCount(kTrackerA), 1);
        advanceSeconds(20);
        QCOMPARE(m_script->events(kTrackerA),
                 QList<AnnounceEvent>({AnnounceEvent::Started, AnnounceEvent::None}));
        engine.sendEvent(AnnounceEvent::Completed, id);
        QVERIFY(waitIdle());
        QCOMPARE(m_script->announceCount(kTrackerA, AnnounceEvent::Completed), 1);
    }

    void stoppedOnRemoval()
    {
        InspectionEngine &engine = makeEngine();
        m_script->setAnnounceResults(
            kTrackerB, {FakeTrackerScript::failed(ExchangeOutcome::TrackerFailure,
                                                  QStringLiteral("unregistered torrent"))});
        const quint64 id =
            engine.addTorrent(TestTorrents::metainfo({{kTrackerA, kTrackerB}}, kTorrent));
        QVERIFY(waitIdle());
        QSignalSpy removed(&engine, &InspectionEngine::torrentRemoved);
        engine.removeTorrent(id);
        QCOMPARE(removed.count(), 1);
        QVERIFY(!engine.torrent(id));
        QVERIFY(engine.torrentIds().isEmpty());
        QVERIFY(waitIdle());
        QCOMPARE(m_script->announceCount(kTrackerA, AnnounceEvent::Stopped), 1);
        // B never accepted `started`: it hears nothing more.
        QCOMPARE(m_script->announceCount(kTrackerB, AnnounceEvent::Stopped), 0);
        QCOMPARE(m_script->announces.last().request.numwant, 0);
    }

    void stoppedWaitsForStartedInFlight()
    {
        InspectionEngine &engine = makeEngine();
        const quint64 id = engine.addTorrent(TestTorrents::metainfo({{kTrackerA}}, kTorrent));
        QTRY_COMPARE(m_script->announceCount(kTrackerA), 1);
        engine.removeTorrent(id); // `started` is still on its way
        QVERIFY(waitIdle());
        QCOMPARE(m_script->events(kTrackerA),
                 QList<AnnounceEvent>({AnnounceEvent::Started, AnnounceEvent::Stopped}));
    }

    void shutdownSendsStoppedAndFinishes()
    {
        InspectionEngine &engine = makeEngine();
        engine.addTorrent(TestTorrents::metainfo({{kTrackerA}}, kTorrent));
        engine.addTorrent(TestTorrents::metainfo({{kTrackerB}}, kSecondTorrent));
        QVERIFY(waitIdle());
        QSignalSpy finished(&engine, &InspectionEngine::shutdownFinished);
        engine.shutdown();
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_script->announceCount(kTrackerA, AnnounceEvent::Stopped), 1);
        QCOMPARE(m_script->announceCount(kTrackerB, AnnounceEvent::Stopped), 1);
    }

    void shutdownIsBoundedBySilentTrackers()
    {
        EngineSettings settings;
        settings.stopWaitMs = 2000;
        InspectionEngine &engine = makeEngine(settings);
        engine.addTorrent(TestTorrents::metainfo({{kTrackerA}}, kTorrent));
        QVERIFY(waitIdle());
        m_script->setSilent(kTrackerA);
        QSignalSpy finished(&engine, &InspectionEngine::shutdownFinished);
        engine.shutdown();
        QTRY_COMPARE(m_script->announceCount(kTrackerA, AnnounceEvent::Stopped), 1);
        QCOMPARE(finished.count(), 0);
        testClockOf(engine)->advance(2000);
        QVERIFY(finished.wait(5000));
    }

    // A load that ends once shutdown began adds nothing: no `started`, and the exit is not held
    // up waiting for that torrent's `stopped`.
    void noTorrentIsAddedDuringShutdown()
    {
        InspectionEngine &engine = makeEngine();
        engine.addTorrent(TestTorrents::metainfo({{kTrackerA}}, kTorrent));
        QVERIFY(waitIdle());
        QSignalSpy started(&engine, &InspectionEngine::shutdownStarted);
        QSignalSpy finished(&engine, &InspectionEngine::shutdownFinished);
        QSignalSpy added(&engine, &InspectionEngine::torrentAdded);
        QVERIFY(!engine.isShuttingDown());
        engine.shutdown();
        QVERIFY(engine.isShuttingDown());
        QCOMPARE(started.count(), 1);
        QCOMPARE(engine.addTorrent(TestTorrents::metainfo({{kTrackerB}}, kSecondTorrent)), 0u);
        QCOMPARE(added.count(), 0);
        QVERIFY(engine.torrentIds().isEmpty());
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_script->announceCount(kTrackerB), 0);
        engine.shutdown(); // again: no second start
        QCOMPARE(started.count(), 1);
    }

    void passiveModeStartsAndStops()
    {
        EngineSettings settings;
        settings.contactMode = EngineSettings::ContactMode::Passive;
        InspectionEngine &engine = makeEngine(settings);
        const quint64 id = engine.addTorrent(TestTorrents::metainfo({{kTrackerA}}, kTorrent));
        QVERIFY(waitIdle());
        QCOMPARE(m_script->events(kTrackerA),
                 QList<AnnounceEvent>({AnnounceEvent::Started, AnnounceEvent::Stopped}));
        // The verdict of `started` stays on show; nothing more is planned.
        QCOMPARE(trackerAt(engine, id, 0)->status, TrackerStatus::Working);
        QCOMPARE(trackerAt(engine, id, 0)->nextAnnounceMs(), qint64(-1));
        advanceSeconds(3600);
        QCOMPARE(m_script->announceCount(kTrackerA), 2);
    }

    void scrapeOnlyModeNeverAnnounces()
    {
        EngineSettings settings;
        settings.contactMode = EngineSettings::ContactMode::ScrapeOnly;
        InspectionEngine &engine = makeEngine(settings);
        m_script->setScrapeCounts(kTrackerA, 7, 8, 9);
        const quint64 id = engine.addTorrent(TestTorrents::metainfo({{kTrackerA}}, kTorrent));
        QVERIFY(waitIdle());
        QVERIFY(m_script->announces.isEmpty());
        QCOMPARE(m_script->scrapes.size(), 1);
        const std::optional<TrackerState> tracker = trackerAt(engine, id, 0);
        QCOMPARE(tracker->scrape.seeders, 7);
        QCOMPARE(tracker->scrape.leechers, 8);
        QCOMPARE(tracker->scrape.completed, 9);
        QCOMPARE(tracker->seeders(), 7); // no announce: the scrape's figures
    }

    void scrapesAreBatchedAcrossTorrents()
    {
        InspectionEngine &engine = makeEngine();
        m_script->setScrapeCounts(kTrackerA, 1, 2, 3);
        const quint64 first = engine.addTorrent(TestTorrents::metainfo({{kTrackerA}}, kTorrent));
        const quint64 second =
            engine.addTorrent(TestTorrents::metainfo({{kTrackerA, kTrackerB}}, kSecondTorrent));
        QVERIFY(waitIdle());
        int scrapesOfA = 0;
        for (const FakeTrackerScript::ScrapeCall &call : m_script->scrapes) {
            if (call.request.trackerUrl.toString() != kTrackerA)
                continue;
            ++scrapesOfA;
            QCOMPARE(call.request.infoHashes,
                     QList<QByteArray>({QByteArray(20, 'a'), QByteArray(20, 'b')}));
        }
        QCOMPARE(scrapesOfA, 1);
        QCOMPARE(trackerAt(engine, first, 0)->scrape.seeders, 1);
        QCOMPARE(trackerAt(engine, second, 0)->scrape.seeders, 1);
    }

    void laterTorrentsAreScrapedWithoutTheEarlierOnes()
    {
        InspectionEngine &engine = makeEngine();
        m_script->setScrapeCounts(kTrackerA, 1, 2, 3);
        const quint64 first = engine.addTorrent(TestTorrents::metainfo({{kTrackerA}}, kTorrent));
        QVERIFY(waitIdle());
        const quint64 second =
            engine.addTorrent(TestTorrents::metainfo({{kTrackerA}}, kSecondTorrent));
        QVERIFY(waitIdle());
        QList<QList<QByteArray>> scrapedHashes;
        for (const FakeTrackerScript::ScrapeCall &call : m_script->scrapes)
            scrapedHashes.append(call.request.infoHashes);
        QCOMPARE(scrapedHashes,
                 QList<QList<QByteArray>>({{QByteArray(20, 'a')}, {QByteArray(20, 'b')}}));
        QCOMPARE(trackerAt(engine, second, 0)->scrape.seeders, 1);
        // The first torrent's log holds its own scrape once, not one for every torrent added.
        const QList<ExchangeLogEntry> log = trackerAt(engine, first, 0)->exchangeLog;
        QCOMPARE(std::count_if(log.cbegin(), log.cend(),
                               [](const ExchangeLogEntry &entry) {
                                   return entry.kind == ExchangeLogEntry::Kind::Scrape;
                               }),
                 1);
    }

    void peersAreAttributedToTrackers()
    {
        InspectionEngine &engine = makeEngine();
        const QHostAddress local(QHostAddress::LocalHost);
        const TrackerPeer one = FakeTrackerScript::peer(QStringLiteral("198.51.100.1"), 1);
        const TrackerPeer two = FakeTrackerScript::peer(QStringLiteral("198.51.100.2"), 2);
        const TrackerPeer three = FakeTrackerScript::peer(QStringLiteral("2001:db8::3"), 3);
        m_script->setAnnounceResults(kTrackerA,
                                     {FakeTrackerScript::working(local, 1800, -1, {one, two})});
        m_script->setAnnounceResults(kTrackerB,
                                     {FakeTrackerScript::working(local, 1800, -1, {two, three})});
        QSignalSpy peersChanged(&engine, &InspectionEngine::peersChanged);
        const quint64 id =
            engine.addTorrent(TestTorrents::metainfo({{kTrackerA}, {kTrackerB}}, kTorrent));
        QVERIFY(waitIdle());
        QVERIFY(!peersChanged.isEmpty());
        QCOMPARE(peersChanged.last().at(1).toInt(), 3);
        const PeerRegistry *peers = engine.peers(id);
        QVERIFY(peers);
        QCOMPARE(peers->count(), 3);
        QCOMPARE(engine.torrent(id)->peerCount, 3);
        const PeerRecord *shared = peers->find(two);
        QCOMPARE(QList<TrackerId>(shared->sources.begin(), shared->sources.end()),
                 QList<TrackerId>({trackerIdAt(engine, id, 0), trackerIdAt(engine, id, 1)}));
        QCOMPARE(trackerAt(engine, id, 0)->peerCount, 2);
        QCOMPARE(trackerAt(engine, id, 0)->uniquePeersContributed, 1);
        QCOMPARE(trackerAt(engine, id, 1)->uniquePeersContributed, 1);
        QCOMPARE(trackerAt(engine, id, 1)->endpoints[0].lastPeers.size(), 2);
    }

    void findingsAreRecorded()
    {
        InspectionEngine &engine = makeEngine();
        const QHostAddress shared(QStringLiteral("203.0.113.5"));
        AnnounceResult shortInterval = FakeTrackerScript::working(shared, 60);
        shortInterval.exchange.peerPort = 80;
        m_script->setAnnounceResults(kTrackerA, {shortInterval});
        m_script->setAnnounceResults(kTrackerB, {shortInterval});
        const quint64 id =
            engine.addTorrent(TestTorrents::metainfo({{kTrackerA, kTrackerB}}, kTorrent));
        QVERIFY(waitIdle());
        QStringList codes;
        const std::optional<TrackerState> tracker = trackerAt(engine, id, 0);
        for (const Finding &finding : tracker->findings)
            codes.append(finding.code);
        QVERIFY2(codes.contains(QStringLiteral("interval_out_of_range")),
                 qPrintable(codes.join(u' ')));
        QVERIFY(codes.contains(QStringLiteral("min_interval_missing")));
        QVERIFY(codes.contains(QStringLiteral("duplicate_tracker")));
    }

    void hybridAnnouncesBothHashes()
    {
        InspectionEngine &engine = makeEngine();
        const quint64 id = engine.addTorrent(TestTorrents::metainfo({{kTrackerA}}, kHybridTorrent));
        QVERIFY(waitIdle());
        QCOMPARE(m_script->announceCount(kTrackerA, AnnounceEvent::Started), 2);
        QSet<QByteArray> hashes;
        for (const FakeTrackerScript::AnnounceCall &call : m_script->announces)
            hashes.insert(call.request.infoHash);
        QCOMPARE(hashes, QSet<QByteArray>({QByteArray(20, 'a'), QByteArray(20, 'b')}));
        const std::optional<TrackerState> tracker = trackerAt(engine, id, 0);
        QCOMPARE(tracker->endpoints.size(), 2);
        QVERIFY(tracker->endpoints[0].hashVersion != tracker->endpoints[1].hashVersion);
    }

    void tlsPolicyReachesRequests_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<bool>("ignoreCertificateErrors");
        QTest::newRow("verify") << int(EngineSettings::TlsPolicy::Verify) << false;
        QTest::newRow("report and continue")
            << int(EngineSettings::TlsPolicy::ReportAndContinue) << true;
    }

    void tlsPolicyReachesRequests()
    {
        QFETCH(int, policy);
        QFETCH(bool, ignoreCertificateErrors);
        EngineSettings settings;
        settings.tlsPolicy = EngineSettings::TlsPolicy(policy);
        InspectionEngine &engine = makeEngine(settings);
        engine.addTorrent(TestTorrents::metainfo({{kTrackerA}}, kTorrent));
        QVERIFY(waitIdle());
        QVERIFY(!m_script->announces.isEmpty());
        for (const FakeTrackerScript::AnnounceCall &call : m_script->announces)
            QCOMPARE(call.request.ignoreCertificateErrors, ignoreCertificateErrors);
        QVERIFY(!m_script->scrapes.isEmpty());
        for (const FakeTrackerScript::ScrapeCall &call : m_script->scrapes)
            QCOMPARE(call.request.ignoreCertificateErrors, ignoreCertificateErrors);
    }

    // One tracker's certificate errors can be let through while every other tracker still
    // fails on its own; turning it off again applies from the next request.
    void certificateExceptionForOneTracker()
    {
        InspectionEngine &engine = makeEngine();
        const quint64 id =
            engine.addTorrent(TestTorrents::metainfo({{kTrackerA}, {kTrackerB}}, kTorrent));
        engine.setTrackerIgnoresCertificateErrors(id, trackerIdAt(engine, id, 1), true);
        QVERIFY(trackerAt(engine, id, 1)->ignoresCertificateErrors);
        QVERIFY(waitIdle());
        const auto ignoredFor = [this](const QString &url) {
            bool announced = false;
            for (const FakeTrackerScript::AnnounceCall &call : m_script->announces) {
                if (call.request.trackerUrl.toString() == url &&
                    !call.request.ignoreCertificateErrors)
                    return false;
                announced = announced || call.request.trackerUrl.toString() == url;
            }
            for (const FakeTrackerScript::ScrapeCall &call : m_script->scrapes) {
                if (call.request.trackerUrl.toString() == url &&
                    !call.request.ignoreCertificateErrors)
                    return false;
            }
            return announced;
        };
        QVERIFY(ignoredFor(kTrackerB));
        for (const FakeTrackerScript::AnnounceCall &call : m_script->announces) {
            if (call.request.trackerUrl.toString() == kTrackerA)
                QVERIFY(!call.request.ignoreCertificateErrors);
        }
        engine.setTrackerIgnoresCertificateErrors(id, trackerIdAt(engine, id, 1), false);
        m_script->announces.clear();
        engine.reannounce(id, trackerIdAt(engine, id, 1));
        advanceSeconds(60); // past the safety floor
        QVERIFY(!m_script->announces.isEmpty());
        QVERIFY(!m_script->announces.last().request.ignoreCertificateErrors);
    }

    void endpointsPerAddress()
    {
        InspectionEngine &engine = makeEngine();
        m_script->setAnnounceResults(
            kTrackerC,
            {FakeTrackerScript::working(QHostAddress(QStringLiteral("127.0.0.1")), 1800),
             FakeTrackerScript::failed(ExchangeOutcome::Timeout, QStringLiteral("no reply"),
                                       QHostAddress(QStringLiteral("::1")))});
        const quint64 id = engine.addTorrent(TestTorrents::metainfo({{kTrackerC}}, kTorrent));
        QVERIFY(waitIdle());
        const std::optional<TrackerState> tracker = trackerAt(engine, id, 0);
        QCOMPARE(tracker->endpoints.size(), 2);
        QCOMPARE(tracker->endpoints[0].status, TrackerStatus::Working);
        QCOMPARE(tracker->endpoints[1].status, TrackerStatus::Timeout);
        QCOMPARE(tracker->status, TrackerStatus::Working); // the best endpoint
    }

    void privateTorrentGuardsExtraTrackers_data()
    {
        QTest::addColumn<bool>("allow");
        QTest::newRow("guarded") << false;
        QTest::newRow("allowed by the user") << true;
    }
    void privateTorrentGuardsExtraTrackers()
    {
        QFETCH(bool, allow);
        EngineSettings settings;
        settings.allowExtraTrackersOnPrivate = allow;
        InspectionEngine &engine = makeEngine(settings);
        Metainfo metainfo = TestTorrents::metainfo({{kTrackerA}}, kTorrent);
        metainfo.isPrivate = true;
        const quint64 id = engine.addTorrent(metainfo, {{TrackerUrl::parse(kTrackerB)}});
        QVERIFY(waitIdle());
        QCOMPARE(m_script->announceCount(kTrackerA), 1);
        QCOMPARE(m_script->announceCount(kTrackerB), allow ? 1 : 0);
        QCOMPARE(trackerAt(engine, id, 1)->status,
                 allow ? TrackerStatus::Working : TrackerStatus::Disabled);
        QVERIFY(trackerAt(engine, id, 1)->addedByUser);
    }

    void behavesLikeAClient()
    {
        EngineSettings settings;
        settings.behaveLikeClient = true;
        settings.scrapeOnLoad = false;
        InspectionEngine &engine = makeEngine(settings);
        const AnnounceResult refused = FakeTrackerScript::failed(ExchangeOutcome::ConnectionRefused,
                                                                 QStringLiteral("refused"));
        m_script->setAnnounceResults(kTrackerA, {refused});
        m_script->setAnnounceResults(kTrackerB, {refused});
        const quint64 id = engine.addTorrent(
            TestTorrents::metainfo({{kTrackerA, kTrackerB}, {kTrackerC}}, kTorrent));
        QVERIFY(waitIdle());
        // One tracker at a time: the whole first tier failed, so the second tier was tried.
        QCOMPARE(m_script->announceCount(kTrackerA), 1);
        QCOMPARE(m_script->announceCount(kTrackerB), 1);
        QCOMPARE(m_script->announceCount(kTrackerC), 1);
        QCOMPARE(m_script->announces.last().request.trackerUrl.toString(), kTrackerC);
        QCOMPARE(trackerAt(engine, id, 2)->status, TrackerStatus::Working);
        advanceSeconds(1800);
        QCOMPARE(m_script->announceCount(kTrackerA), 1);
        QCOMPARE(m_script->announceCount(kTrackerC), 2);
    }

    void concurrencyIsLimited()
    {
        EngineSettings settings;
        settings.concurrencyLimit = 2;
        settings.scrapeOnLoad = false;
        InspectionEngine &engine = makeEngine(settings);
        QList<QStringList> tiers;
        for (int i = 0; i < 5; ++i) {
            const QString url = QStringLiteral("http://t%1.example/announce").arg(i);
            m_script->setSilent(url);
            tiers.append({url});
        }
        engine.addTorrent(TestTorrents::metainfo(tiers, kTorrent));
        QTRY_COMPARE(m_script->announces.size(), 2);
        QCOMPARE(engine.requestsInFlight(), 2);
        testClockOf(engine)->advance(settings.requestTimeoutMs);
        QTRY_COMPARE(m_script->announces.size(), 4);
        QCOMPARE(engine.requestsInFlight(), 2);
    }

    void signalTrafficIsBounded()
    {
        // A window that never ends within the test: what is gathered is signalled when the
        // engine becomes idle, so the count does not depend on how fast the machine works
        // through the round (with a short window, a slow machine spreads it over more windows).
        constexpr int kEndlessWindowMs = 3'600'000;
        InspectionEngine &engine = makeEngine();
        EngineSettings settings = engine.settings();
        settings.changeSignalDelayMs = kEndlessWindowMs; // makeEngine() signals without delay
        engine.setSettings(settings);
        QList<QStringList> tiers;
        for (int i = 0; i < 300; ++i)
            tiers.append({QStringLiteral("http://t%1.example/announce").arg(i)});
        QSignalSpy changed(&engine, &InspectionEngine::trackerChanged);
        const quint64 id = engine.addTorrent(TestTorrents::metainfo(tiers, kTorrent));
        QVERIFY(waitIdle());
        QCOMPARE(trackerAt(engine, id, 299)->status, TrackerStatus::Working);
        // Each tracker changes several times (queued, updating, answered, scraped), but the
        // signals are gathered: a few per tracker, not one per change; and none is lost.
        QSet<TrackerId> signalled;
        for (const QList<QVariant> &arguments : std::as_const(changed))
            signalled.insert(arguments.at(1).value<TrackerId>());
        QCOMPARE(signalled.size(), 300);
        QVERIFY2(changed.count() <= 3 * 300, qPrintable(QString::number(changed.count())));
    }

    void addAndRemoveTrackers()
    {
        InspectionEngine &engine = makeEngine();
        const quint64 id = engine.addTorrent(TestTorrents::metainfo({{kTrackerA}}, kTorrent));
        QVERIFY(waitIdle());
        QSignalSpy added(&engine, &InspectionEngine::trackerAdded);
        const TrackerId addedId = engine.addTracker(id, TrackerUrl::parse(kTrackerB), 1);
        QCOMPARE(addedId, trackerIdAt(engine, id, 1));
        QCOMPARE(added.constFirst().at(1).value<TrackerId>(), addedId);
        QCOMPARE(added.count(), 1);
        QVERIFY(waitIdle());
        QCOMPARE(m_script->announceCount(kTrackerB, AnnounceEvent::Started), 1);
        engine.setTrackerEnabled(id, trackerIdAt(engine, id, 1), false);
        QVERIFY(waitIdle());
        QCOMPARE(m_script->announceCount(kTrackerB, AnnounceEvent::Stopped), 1);
        QCOMPARE(trackerAt(engine, id, 1)->status, TrackerStatus::Disabled);
        QSignalSpy removed(&engine, &InspectionEngine::trackerRemoved);
        const TrackerId firstId = trackerIdAt(engine, id, 0);
        engine.removeTracker(id, firstId);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.constFirst().at(1).value<TrackerId>(), firstId);
        QCOMPARE(engine.torrent(id)->trackers.size(), 1);
        // The other tracker keeps its id: nothing is renumbered.
        QCOMPARE(trackerIdAt(engine, id, 0), addedId);
        QCOMPARE(engine.tracker(id, addedId)->url.text(), kTrackerB);
        QVERIFY(!engine.tracker(id, firstId));
    }

    void exchangeLogIsBounded()
    {
        EngineSettings settings;
        settings.exchangeLogCapacity = 3;
        settings.safetyFloorSeconds = 1;
        settings.scrapeOnLoad = false;
        InspectionEngine &engine = makeEngine(settings);
        m_script->setAnnounceResults(
            kTrackerA, {FakeTrackerScript::working(QHostAddress(QHostAddress::LocalHost), 1)});
        const quint64 id = engine.addTorrent(TestTorrents::metainfo({{kTrackerA}}, kTorrent));
        QVERIFY(waitIdle());
        for (int i = 0; i < 5; ++i)
            advanceSeconds(1);
        QCOMPARE(m_script->announceCount(kTrackerA), 6);
        QCOMPARE(trackerAt(engine, id, 0)->exchangeLog.size(), 3);
        QCOMPARE(trackerAt(engine, id, 0)->statistics.announceCount(), 6);
    }
};

QTEST_GUILESS_MAIN(TestInspectionEngine)
#include "tst_inspectionengine.moc"
