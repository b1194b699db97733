// InspectionEngine::setTrackerList: the edited list is applied as a difference.
#include "engine/inspectionengine.h"
#include "engine/trackerclientfactory.h"
#include "faketrackerclientfactory.h"
#include "faketrackerscript.h"
#include "scriptedengine.h"
#include "testclock.h"
#include "testtime.h"
#include "testtorrents.h"
#include "tracker/trackerclient.h"
#include "trackerat.h"

#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

namespace {
constexpr qint64 kStartMs = 1'000'000'000;
// The engine's deadline and the time `stopped` may take, in the tests on the recorded wire.
constexpr int kWireTimeoutMs = 3000;
constexpr int kWireStopWaitMs = 2000;
const QString kTrackerA = QStringLiteral("http://a.example/announce");
const QString kTrackerB = QStringLiteral("http://b.example/announce?passkey=123");
const QString kTrackerC = QStringLiteral("udp://c.example:6969/announce");
const QString kTrackerD = QStringLiteral("wss://d.example/announce");

using TestTorrents::UrlTiers;

const TestTorrents::TorrentOptions kEditedTorrent{
    .name = QStringLiteral("edited torrent"), .infoHashV1 = QByteArray(20, 'e'), .totalSize = 1000};
const TestTorrents::TorrentOptions kPrivateEditedTorrent{.name = QStringLiteral("edited torrent"),
                                                         .infoHashV1 = QByteArray(20, 'e'),
                                                         .totalSize = 1000,
                                                         .isPrivate = true};

// The engine's list as tiers of URL texts, in the order of the tracker indexes within a tier.
UrlTiers listOf(const TorrentSnapshot &torrent)
{
    UrlTiers tiers;
    for (const TrackerState &tracker : torrent.trackers) {
        while (tiers.size() <= tracker.tier)
            tiers.append(QStringList());
        tiers[tracker.tier].append(tracker.url.text());
    }
    return tiers;
}

// A client that holds every announce open until the test answers it, and writes down what goes
// on the wire: each request as it leaves, and its end (answered, or cancelled by the engine).
class WireRecordingClient final : public TrackerClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WireRecordingClient)

public:
    struct WireEvent
    {
        enum class Kind { Sent, Ended };
        Kind kind = Kind::Sent;
        quint64 requestId = 0;
        QString url;
        AnnounceEvent event = AnnounceEvent::None;
    };

    using TrackerClient::TrackerClient;

    quint64 announce(const AnnounceRequest &request) override
    {
        const quint64 requestId = nextRequestId();
        m_open.insert(requestId, request);
        wire.append(
            {WireEvent::Kind::Sent, requestId, request.trackerUrl.toString(), request.event});
        return requestId;
    }
    quint64 scrape(const ScrapeRequest &request) override
    {
        Q_UNUSED(request);
        const quint64 requestId = nextRequestId();
        ScrapeResult refused;
        refused.outcome = ExchangeOutcome::ConnectionRefused;
        reportResultsLater(requestId, {refused});
        return requestId;
    }
    void cancel(quint64 requestId) override
    {
        if (!m_open.contains(requestId))
            return;
        end(requestId);
        AnnounceResult cancelled;
        cancelled.outcome = ExchangeOutcome::Cancelled;
        reportResultsLater(requestId, {cancelled});
    }

    // The open announce to url with event, or 0.
    quint64 openRequest(const QString &url, AnnounceEvent event) const
    {
        for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
            if (it->trackerUrl.toString() == url && it->event == event)
                return it.key();
        }
        return 0;
    }
    // Ends an open announce with an answer from one endpoint: working, or a failure reason.
    // False when no such announce is open.
    bool answer(quint64 requestId, bool accepted)
    {
        if (!m_open.contains(requestId))
            return false;
        end(requestId);
        const QHostAddress local(QHostAddress::LocalHost);
        reportResults(requestId, {accepted ? FakeTrackerScript::working(local, 1800)
                                           : FakeTrackerScript::failed(
                                                 ExchangeOutcome::TrackerFailure,
                                                 QStringLiteral("unregistered"), local)});
        return true;
    }
    int sentCount(const QString &url, AnnounceEvent event) const
    {
        return int(std::count_if(wire.cbegin(), wire.cend(), [&](const WireEvent &entry) {
            return entry.kind == WireEvent::Kind::Sent && entry.url == url && entry.event == event;
        }));
    }
    // True when no announce to url left while another announce to url was still open.
    bool requestsFollowOneAnother(const QString &url) const
    {
        QSet<quint64> open;
        for (const WireEvent &entry : wire) {
            if (entry.url != url)
                continue;
            if (entry.kind == WireEvent::Kind::Ended) {
                open.remove(entry.requestId);
                continue;
            }
            if (!open.isEmpty())
                return false;
            open.insert(entry.requestId);
        }
        return true;
    }

    QList<WireEvent> wire;

private:
    void end(quint64 requestId)
    {
        const AnnounceRequest request = m_open.take(requestId);
        wire.append(
            {WireEvent::Kind::Ended, requestId, request.trackerUrl.toString(), request.event});
    }

    QHash<quint64, AnnounceRequest> m_open;
};

// Makes the one WireRecordingClient (the tests use HTTP trackers only).
class WireRecordingClientFactory final : public TrackerClientFactory
{
public:
    WireRecordingClient *client = nullptr;

    void configureClient(TrackerClient *, TrackerProtocol, const EngineSettings &) override {}

protected:
    TrackerClient *makeClient(TrackerProtocol protocol, QObject *parent) override
    {
        if (protocol != TrackerProtocol::Http || client)
            return nullptr;
        client = new WireRecordingClient(parent);
        return client;
    }
};
} // namespace

class TestInspectionEngineTrackerList : public QObject
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
    // Edits can leave the engine idle without a new becameIdle: wait for the state itself, then
    // let the gathered change signals (delay 0) go out.
    bool waitIdle()
    {
        if (!QTest::qWaitFor([this] { return m_engine->isIdle(); }, 5000))
            return false;
        QCoreApplication::processEvents();
        return true;
    }

    // An engine whose one client records the wire (no scrapes), with a torrent of A and B:
    // A's `started` answered, B's still open. Nullptr when that did not come about.
    WireRecordingClient *startOnTheWire()
    {
        EngineSettings settings;
        settings.scrapeOnLoad = false;
        settings.scrapeIntervalSeconds = 0;
        settings.changeSignalDelayMs = 0;
        settings.requestTimeoutMs = kWireTimeoutMs;
        settings.stopWaitMs = kWireStopWaitMs;
        auto factory = std::make_unique<WireRecordingClientFactory>();
        WireRecordingClientFactory *clients = factory.get();
        auto clock = std::make_unique<TestClock>();
        clock->freeze(kStartMs);
        m_engine = std::make_unique<InspectionEngine>(std::move(factory), std::move(clock));
        m_engine->setSettings(settings);
        m_engine->addTorrent(TestTorrents::metainfo({{kTrackerA}, {kTrackerB}}, kEditedTorrent));
        if (!QTest::qWaitFor([clients] {
                return clients->client &&
                       clients->client->openRequest(kTrackerA, AnnounceEvent::Started) &&
                       clients->client->openRequest(kTrackerB, AnnounceEvent::Started);
            }))
            return nullptr;
        WireRecordingClient *client = clients->client;
        return client->answer(client->openRequest(kTrackerA, AnnounceEvent::Started), true)
                   ? client
                   : nullptr;
    }

private Q_SLOTS:
    void init() { m_engine.reset(); }

    void appliesTheDifference_data()
    {
        QTest::addColumn<UrlTiers>("before");
        QTest::addColumn<UrlTiers>("edited");
        QTest::addColumn<UrlTiers>("after");
        QTest::addColumn<int>("removed");
        QTest::addColumn<int>("added");
        QTest::addColumn<QStringList>("stopped");

        const UrlTiers three{{kTrackerA, kTrackerB}, {kTrackerC}};
        QTest::newRow("unchanged") << three << three << three << 0 << 0 << QStringList();
        QTest::newRow("one removed")
            << three << UrlTiers{{kTrackerA}, {kTrackerC}} << UrlTiers{{kTrackerA}, {kTrackerC}}
            << 1 << 0 << QStringList{kTrackerB};
        QTest::newRow("one added to a tier")
            << three << UrlTiers{{kTrackerA, kTrackerB}, {kTrackerC, kTrackerD}}
            << UrlTiers{{kTrackerA, kTrackerB}, {kTrackerC, kTrackerD}} << 0 << 1 << QStringList();
        QTest::newRow("one added as a new first tier")
            << three << UrlTiers{{kTrackerD}, {kTrackerA, kTrackerB}, {kTrackerC}}
            << UrlTiers{{kTrackerD}, {kTrackerA, kTrackerB}, {kTrackerC}} << 0 << 1
            << QStringList();
        QTest::newRow("tiers swapped")
            << three << UrlTiers{{kTrackerC}, {kTrackerA, kTrackerB}}
            << UrlTiers{{kTrackerC}, {kTrackerA, kTrackerB}} << 0 << 0 << QStringList();
        QTest::newRow("merged into one tier")
            << three << UrlTiers{{kTrackerC, kTrackerA, kTrackerB}}
            << UrlTiers{{kTrackerA, kTrackerB, kTrackerC}} << 0 << 0 << QStringList();
        QTest::newRow("empty tiers and repeats dropped")
            << three << UrlTiers{{}, {kTrackerA, kTrackerA}, {}, {kTrackerC, kTrackerA}}
            << UrlTiers{{kTrackerA}, {kTrackerC}} << 1 << 0 << QStringList{kTrackerB};
        QTest::newRow("everything removed") << three << UrlTiers() << UrlTiers() << 3 << 0
                                            << QStringList{kTrackerA, kTrackerB, kTrackerC};
        QTest::newRow("all replaced") << UrlTiers{{kTrackerA}} << UrlTiers{{kTrackerD}}
                                      << UrlTiers{{kTrackerD}} << 1 << 1 << QStringList{kTrackerA};
    }

    void appliesTheDifference()
    {
        QFETCH(UrlTiers, before);
        QFETCH(UrlTiers, edited);
        QFETCH(UrlTiers, after);
        QFETCH(int, removed);
        QFETCH(int, added);
        QFETCH(QStringList, stopped);

        InspectionEngine &engine = makeEngine();
        const quint64 id = engine.addTorrent(TestTorrents::metainfo(before, kEditedTorrent));
        QVERIFY(waitIdle());
        QSignalSpy removedSpy(&engine, &InspectionEngine::trackerRemoved);
        QSignalSpy addedSpy(&engine, &InspectionEngine::trackerAdded);
        engine.setTrackerList(id, TestTorrents::parsedTiers(edited));
        QVERIFY(waitIdle());
        const std::optional<TorrentSnapshot> torrent = engine.torrent(id);
        QVERIFY(torrent);
        QCOMPARE(listOf(*torrent), after);
        QCOMPARE(removedSpy.count(), removed);
        QCOMPARE(addedSpy.count(), added);
        for (const QString &url : {kTrackerA, kTrackerB, kTrackerC, kTrackerD}) {
            QCOMPARE(m_script->announceCount(url, AnnounceEvent::Stopped),
                     stopped.contains(url) ? 1 : 0);
        }
        // Every tracker of the new list was asked exactly once: none started over.
        for (const TrackerState &tracker : torrent->trackers) {
            QCOMPARE(m_script->announceCount(tracker.url.text(), AnnounceEvent::Started), 1);
            QCOMPARE(tracker.status, TrackerStatus::Working);
        }
        // The BEP 12 order holds each remaining tracker once, in its own tier.
        const QList<QList<TrackerId>> order = engine.announceOrder(id);
        QCOMPARE(order.size(), after.size());
        for (qsizetype tier = 0; tier < order.size(); ++tier) {
            QCOMPARE(order[tier].size(), after[tier].size());
            for (const TrackerId trackerId : order[tier]) {
                QVERIFY(engine.tracker(id, trackerId));
                QCOMPARE(engine.tracker(id, trackerId)->tier, int(tier));
            }
        }
    }

    void movedTrackersKeepTheirState()
    {
        InspectionEngine &engine = makeEngine();
        const quint64 id = engine.addTorrent(
            TestTorrents::metainfo({{kTrackerA}, {kTrackerB}, {kTrackerC}}, kEditedTorrent));
        QVERIFY(waitIdle());
        const TrackerState before = *trackerAt(engine, id, 2);
        QVERIFY(before.exchangeLog.size() > 0);
        QSignalSpy changed(&engine, &InspectionEngine::trackerChanged);
        QSignalSpy removed(&engine, &InspectionEngine::trackerRemoved);
        engine.setTrackerList(id, TestTorrents::parsedTiers({{kTrackerC, kTrackerA}, {kTrackerB}}));
        QTRY_VERIFY(changed.count() > 0);
        QCOMPARE(removed.count(), 0);
        const std::optional<TrackerState> moved = trackerAt(engine, id, 2);
        QCOMPARE(moved->url.text(), kTrackerC);
        QCOMPARE(moved->tier, 0);
        QCOMPARE(moved->status, before.status);
        QCOMPARE(moved->exchangeLog.size(), before.exchangeLog.size());
        QCOMPARE(moved->statistics.announceCount(), before.statistics.announceCount());
        QCOMPARE(moved->nextAnnounceMs(), before.nextAnnounceMs());
        QVERIFY(moved->announceSlots.first().registered);
        QCOMPARE(trackerAt(engine, id, 1)->tier, 1);
        // The signals name only the tracker that moved (C, tier 2 → 0); A and B stay where they
        // were.
        QList<TrackerId> changedIds;
        for (const QList<QVariant> &arguments : std::as_const(changed))
            changedIds.append(arguments.at(1).value<TrackerId>());
        QVERIFY(changedIds.contains(trackerIdAt(engine, id, 2)));
        QVERIFY(!changedIds.contains(trackerIdAt(engine, id, 0)));
        QVERIFY(!changedIds.contains(trackerIdAt(engine, id, 1)));
    }

    void unchangedListSignalsNothing()
    {
        InspectionEngine &engine = makeEngine();
        const UrlTiers list{{kTrackerA, kTrackerB}, {kTrackerC}};
        const quint64 id = engine.addTorrent(TestTorrents::metainfo(list, kEditedTorrent));
        QVERIFY(waitIdle());
        const int requests = int(m_script->announces.size() + m_script->scrapes.size());
        QSignalSpy changed(&engine, &InspectionEngine::trackerChanged);
        QSignalSpy added(&engine, &InspectionEngine::trackerAdded);
        QSignalSpy removed(&engine, &InspectionEngine::trackerRemoved);
        engine.setTrackerList(id, TestTorrents::parsedTiers(list));
        QVERIFY(waitIdle());
        QCoreApplication::processEvents();
        QCOMPARE(changed.count() + added.count() + removed.count(), 0);
        QCOMPARE(int(m_script->announces.size() + m_script->scrapes.size()), requests);
    }

    // Issue #16: a tracker removed during its first announce hears `stopped` only once that
    // `started` has ended on the wire (answered, or given up by the engine and cancelled):
    // otherwise `stopped` can overtake it and the tracker keeps us listed. A `started` refused
    // needs no `stopped`.
    void stoppedFollowsStartedInFlight_data()
    {
        QTest::addColumn<bool>("throughList");
        QTest::addColumn<QString>("startedEnds");
        QTest::addColumn<bool>("stopped");
        for (const bool throughList : {true, false}) {
            const char *how = throughList ? "list edit" : "removeTracker";
            QTest::addRow("%s, accepted", how) << throughList << QStringLiteral("accepted") << true;
            QTest::addRow("%s, refused", how) << throughList << QStringLiteral("refused") << false;
            // No answer in time: the tracker may have taken it, so `stopped` all the same.
            QTest::addRow("%s, silent", how) << throughList << QStringLiteral("silent") << true;
        }
    }

    void stoppedFollowsStartedInFlight()
    {
        QFETCH(bool, throughList);
        QFETCH(QString, startedEnds);
        QFETCH(bool, stopped);
        WireRecordingClient *recorder = startOnTheWire();
        QVERIFY(recorder);
        WireRecordingClient &client = *recorder;
        InspectionEngine &engine = *m_engine;
        const quint64 id = engine.torrentIds().constFirst();
        const quint64 started = client.openRequest(kTrackerB, AnnounceEvent::Started);
        QSignalSpy removed(&engine, &InspectionEngine::trackerRemoved);
        if (throughList)
            engine.setTrackerList(id, TestTorrents::parsedTiers({{kTrackerA}}));
        else
            engine.removeTracker(id, trackerIdAt(engine, id, 1));
        // Gone for readers at once; its `started` goes on.
        QCOMPARE(removed.count(), 1);
        QCOMPARE(engine.torrent(id)->trackers.size(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(client.sentCount(kTrackerB, AnnounceEvent::Stopped), 0);
        if (startedEnds == u"silent")
            testClockOf(engine)->advance(kWireTimeoutMs);
        else
            QVERIFY(client.answer(started, startedEnds == u"accepted"));
        if (stopped) {
            QTRY_COMPARE(client.sentCount(kTrackerB, AnnounceEvent::Stopped), 1);
            QVERIFY(client.answer(client.openRequest(kTrackerB, AnnounceEvent::Stopped), true));
        }
        QVERIFY(waitIdle());
        QCOMPARE(client.sentCount(kTrackerB, AnnounceEvent::Stopped), stopped ? 1 : 0);
        QVERIFY(client.requestsFollowOneAnother(kTrackerB));
        QCOMPARE(engine.requestsInFlight(), 0);
        QCOMPARE(engine.torrent(id)->trackers.size(), 1);
    }

    // A tracker still leaving holds a shutdown up no longer than stopWaitMs, as a torrent does.
    void shutdownIsBoundedByLeavingTrackers()
    {
        WireRecordingClient *client = startOnTheWire();
        QVERIFY(client);
        InspectionEngine &engine = *m_engine;
        const quint64 id = engine.torrentIds().constFirst();
        engine.removeTracker(id, trackerIdAt(engine, id, 1)); // its `started` stays silent
        QSignalSpy finished(&engine, &InspectionEngine::shutdownFinished);
        engine.shutdown();
        QTRY_COMPARE(client->sentCount(kTrackerA, AnnounceEvent::Stopped), 1);
        QVERIFY(client->answer(client->openRequest(kTrackerA, AnnounceEvent::Stopped), true));
        testClockOf(engine)->advance(kWireStopWaitMs);
        QVERIFY(finished.wait(kFakeTrackerReplyWaitMs));
        QCOMPARE(engine.requestsInFlight(), 0);
    }

    void neverJoinedTrackerHearsNothing()
    {
        EngineSettings settings;
        settings.contactMode = EngineSettings::ContactMode::ScrapeOnly;
        InspectionEngine &engine = makeEngine(settings);
        const quint64 id =
            engine.addTorrent(TestTorrents::metainfo({{kTrackerA}, {kTrackerB}}, kEditedTorrent));
        QVERIFY(waitIdle());
        engine.setTrackerList(id, TestTorrents::parsedTiers({{kTrackerA}}));
        QVERIFY(waitIdle());
        QCOMPARE(m_script->announceCount(kTrackerB), 0);
        QCOMPARE(engine.torrent(id)->trackers.size(), 1);
    }

    void privateTorrentKeepsAddedTrackersDisabled()
    {
        InspectionEngine &engine = makeEngine();
        const quint64 id =
            engine.addTorrent(TestTorrents::metainfo({{kTrackerA}}, kPrivateEditedTorrent));
        QVERIFY(waitIdle());
        engine.setTrackerList(id, TestTorrents::parsedTiers({{kTrackerA}, {kTrackerD}}));
        QVERIFY(waitIdle());
        QCOMPARE(trackerAt(engine, id, 1)->url.text(), kTrackerD);
        QVERIFY(trackerAt(engine, id, 1)->disabled);
        QVERIFY(trackerAt(engine, id, 1)->addedByUser);
        QCOMPARE(m_script->announceCount(kTrackerD), 0);
    }

    void clientModeKeepsAnnouncing()
    {
        // Behaving like a client, one tracker is used at a time; removing it moves to the next.
        EngineSettings settings;
        settings.behaveLikeClient = true;
        InspectionEngine &engine = makeEngine(settings);
        const quint64 id =
            engine.addTorrent(TestTorrents::metainfo({{kTrackerA}, {kTrackerB}}, kEditedTorrent));
        QVERIFY(waitIdle());
        QCOMPARE(m_script->announceCount(kTrackerA, AnnounceEvent::Started), 1);
        QCOMPARE(m_script->announceCount(kTrackerB), 0);
        engine.setTrackerList(id, TestTorrents::parsedTiers({{kTrackerB}}));
        QVERIFY(waitIdle());
        QCOMPARE(m_script->announceCount(kTrackerA, AnnounceEvent::Stopped), 1);
        QCOMPARE(m_script->announceCount(kTrackerB, AnnounceEvent::Started), 1);
    }

    void unknownTorrentIsIgnored()
    {
        InspectionEngine &engine = makeEngine();
        QSignalSpy added(&engine, &InspectionEngine::trackerAdded);
        engine.setTrackerList(42, TestTorrents::parsedTiers({{kTrackerA}}));
        QCOMPARE(added.count(), 0);
        QVERIFY(engine.torrentIds().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInspectionEngineTrackerList)
#include "tst_inspectionengine_trackerlist.moc"
