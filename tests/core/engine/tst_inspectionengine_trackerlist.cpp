// InspectionEngine::setTrackerList: the edited list is applied as a difference.
#include "engine/inspectionengine.h"
#include "faketrackerclientfactory.h"
#include "faketrackerscript.h"
#include "scriptedengine.h"
#include "testtorrents.h"
#include "trackerat.h"

#include <QSignalSpy>
#include <QTest>

namespace {
constexpr qint64 kStartMs = 1'000'000'000;
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

    void removingATrackerInFlightStopsIt()
    {
        InspectionEngine &engine = makeEngine();
        m_script->setSilent(kTrackerB);
        const quint64 id =
            engine.addTorrent(TestTorrents::metainfo({{kTrackerA}, {kTrackerB}}, kEditedTorrent));
        QTRY_COMPARE(m_script->announceCount(kTrackerB, AnnounceEvent::Started), 1);
        QVERIFY(trackerAt(engine, id, 1)->isBusy());
        engine.setTrackerList(id, TestTorrents::parsedTiers({{kTrackerA}}));
        // The `started` in flight is cancelled, and `stopped` follows in case it arrived.
        QCOMPARE(m_script->cancelledCount, 1);
        QCOMPARE(m_script->announceCount(kTrackerB, AnnounceEvent::Stopped), 1);
        QCOMPARE(engine.torrent(id)->trackers.size(), 1);
        QVERIFY(waitIdle());
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
