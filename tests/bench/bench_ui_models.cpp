// The UI's models and views fed by the engine: one torrent with 1,000 scripted trackers that
// return 100 unique peers each (100k peers). A 1 ms timer probe measures the longest stall of
// the event loop while the round runs and the views follow it; the target is under 50 ms.
#include "engine/inspectionengine.h"
#include "faketrackerclientfactory.h"
#include "faketrackerscript.h"
#include "peers/peerpanel.h"
#include "peers/peertablemodel.h"
#include "stallprobe.h"
#include "testclock.h"
#include "testtorrents.h"
#include "trackerat.h"
#include "trackers/trackerpanel.h"
#include "trackers/trackertablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>
#include <cstdio>

namespace {
constexpr int kTrackerCount = 1000;
constexpr int kPeersPerTracker = 100;
constexpr int kMaximumRunMs = 60'000;

// Scripts the trackers, each with its own peers, and returns their URLs.
QStringList scriptTrackers(FakeTrackerScript &script)
{
    QStringList urls;
    for (int tracker = 0; tracker < kTrackerCount; ++tracker) {
        const QString url = QStringLiteral("udp://127.0.0.1:%1").arg(10000 + tracker);
        QList<TrackerPeer> peers;
        for (int peer = 0; peer < kPeersPerTracker; ++peer)
            peers.append(FakeTrackerScript::peer(
                QStringLiteral("10.%1.%2.1").arg(tracker / 250).arg(tracker % 250),
                quint16(1024 + peer)));
        script.setAnnounceResults(
            url, {FakeTrackerScript::working(QHostAddress::LocalHost, 1800, -1, peers)});
        urls.append(url);
    }
    return urls;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    auto script = std::make_shared<FakeTrackerScript>();
    InspectionEngine engine(std::make_unique<FakeTrackerClientFactory>(script),
                            std::make_unique<TestClock>());
    // Its v1 hash is the SHA-1 of its name.
    const Metainfo metainfo = TestTorrents::metainfo(
        TestTorrents::tierPerTracker(scriptTrackers(*script)), {.name = QStringLiteral("bench")});
    TrackerPanel trackers(&engine);
    PeerPanel peers(&engine);
    trackers.resize(1280, 600);
    peers.resize(1280, 600);
    trackers.show();
    peers.show();

    StallProbe probe;
    QElapsedTimer elapsed;
    elapsed.start();
    probe.start();
    // With --engine-only the views stay empty: the stall the engine alone causes.
    const bool engineOnly = app.arguments().contains(QStringLiteral("--engine-only"));
    const quint64 id = engine.addTorrent(metainfo);
    if (!engineOnly) {
        trackers.setTorrent(id);
        peers.setTorrent(id);
    }
    while (elapsed.elapsed() < kMaximumRunMs &&
           (engine.torrent(id)->peerCount < kTrackerCount * kPeersPerTracker || !engine.isIdle()))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const qint64 roundMs = elapsed.elapsed();
    const qint64 roundStall = probe.stop();
    std::printf("round: %d trackers, %d peers in the model, %d tracker rows, %lld ms\n",
                kTrackerCount, peers.model()->rowCount(), trackers.model()->rowCount(),
                static_cast<long long>(roundMs));
    std::printf("longest event-loop stall during the round: %lld ms (target < 50 ms)\n",
                static_cast<long long>(roundStall));
    if (engineOnly)
        return 0;

    // User actions on the big tables: sort peers by address, filter by one tracker, sort trackers.
    const auto timed = [&probe](const char *what, const std::function<void()> &action) {
        QElapsedTimer clock;
        clock.start();
        action();
        const qint64 ms = clock.elapsed();
        probe.start();
        QCoreApplication::processEvents();
        probe.stop();
        std::printf("%s: %lld ms\n", what, static_cast<long long>(ms));
    };
    timed("sort 100k peers by address",
          [&] { peers.view()->sortByColumn(PeerTableModel::AddressColumn, Qt::AscendingOrder); });
    timed("filter peers by one tracker",
          [&] { peers.setTrackerFilter(trackerIdAt(engine, id, 500)); });
    timed("sort 1,000 trackers by latency", [&] {
        trackers.view()->sortByColumn(TrackerTableModel::LatencyColumn, Qt::DescendingOrder);
    });
    // A reannounce of every tracker with the tables sorted: the views follow live.
    peers.setTrackerFilter(TrackerId{});
    TestClock *clock = testClockOf(engine);
    clock->freeze(clock->nowMs());
    clock->advance(60'000);
    probe.start();
    elapsed.restart();
    engine.reannounce(id);
    while (elapsed.elapsed() < kMaximumRunMs &&
           trackerAt(engine, id, kTrackerCount - 1)->statistics.announceCount() < 2)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    while (!engine.isIdle() && elapsed.elapsed() < kMaximumRunMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    std::printf("reannounce all with sorted views: %lld ms, longest stall %lld ms\n",
                static_cast<long long>(elapsed.elapsed()), static_cast<long long>(probe.stop()));
    // An edit of the list that removes every other tracker (Remove All Not Working does this).
    QList<QList<TrackerUrl>> kept;
    for (int tracker = 0; tracker < kTrackerCount; tracker += 2)
        kept.append({metainfo.trackerTiers.at(tracker).first()});
    timed("remove 500 of 1,000 trackers (100k peers) with the views open",
          [&] { engine.setTrackerList(id, kept); });
    std::printf("after removal: %d tracker rows, %d peers\n", trackers.model()->rowCount(),
                peers.model()->rowCount());
    return 0;
}
