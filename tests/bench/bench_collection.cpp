// bench_collection: a collection of 1,000 torrents with 50 trackers each (drawn from 200 tracker
// URLs, as real collections share their trackers), loaded one per turn of the event loop as the
// window's loader delivers them, and checked by scripted clients that answer at once. The
// torrent list (1,000 rows) and the tracker table of one torrent follow the engine. Prints the
// longest event-loop stall (target < 50 ms), the peak resident memory (target < 300 MB), the
// time until every tracker of every torrent answered, and the time of the reports `check` prints
// for such a collection. --engine-only leaves the views out.
#include "engine/inspectionengine.h"
#include "faketrackerclientfactory.h"
#include "faketrackerscript.h"
#include "processresources.h"
#include "report/collectioncheckreport.h"
#include "report/workingtrackerranking.h"
#include "stallprobe.h"
#include "testclock.h"
#include "torrents/torrentlistmodel.h"
#include "trackers/trackerpanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonDocument>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>
#include <cstdio>

namespace {
constexpr int kTorrentCount = 1000;
constexpr int kTrackersPerTorrent = 50;
constexpr int kTrackerUrlCount = 200;
constexpr int kPeersPerTracker = 5;
constexpr quint16 kPeerPort = 6881;
constexpr int kMaximumRunMs = 300'000;

QString trackerUrl(int index)
{
    return QStringLiteral("udp://127.0.0.%1:%2/announce").arg(1 + index % 200).arg(10000 + index);
}

void scriptTrackers(FakeTrackerScript &script)
{
    for (int tracker = 0; tracker < kTrackerUrlCount; ++tracker) {
        QList<TrackerPeer> peers; // a few peers of its own
        for (int peer = 1; peer <= kPeersPerTracker; ++peer)
            peers.append(FakeTrackerScript::peer(
                QStringLiteral("10.1.%1.%2").arg(tracker).arg(peer), kPeerPort));
        script.setAnnounceResults(
            trackerUrl(tracker),
            {FakeTrackerScript::working(QHostAddress::LocalHost, 1800, -1, peers)});
        script.setScrapeCounts(trackerUrl(tracker), 10, 20, 30);
    }
}

// Torrent number's metainfo: its own hash, 50 of the 200 tracker URLs.
Metainfo torrentNumber(int number)
{
    Metainfo metainfo;
    metainfo.name = QStringLiteral("torrent %1").arg(number);
    metainfo.infoHashV1 = QByteArray::number(number).leftJustified(20, '#');
    metainfo.version = MetainfoVersion::MagnetOnly;
    for (int tracker = 0; tracker < kTrackersPerTorrent; ++tracker)
        metainfo.trackerTiers.append(
            {TrackerUrl::parse(trackerUrl((number * 7 + tracker) % kTrackerUrlCount))});
    return metainfo;
}

bool everyTrackerAnswered(const InspectionEngine &engine)
{
    const QList<quint64> ids = engine.torrentIds();
    if (ids.size() < kTorrentCount || !engine.isIdle())
        return false;
    const std::optional<TorrentSnapshot> last = engine.torrent(ids.last());
    for (const TrackerState &tracker : last->trackers) {
        if (!trackerStatusIsWorking(tracker.status))
            return false;
    }
    return true;
}

void printReports(const InspectionEngine &engine)
{
    QElapsedTimer clock;
    clock.start();
    QList<TorrentSnapshot> torrents;
    QList<const PeerRegistry *> peers;
    for (const quint64 id : engine.torrentIds()) {
        torrents.append(*engine.torrent(id));
        peers.append(engine.peers(id));
    }
    const qint64 snapshotsMs = clock.restart();
    int scraped = 0; // every tracker is scraped once on load, batched with the others at its URL
    int logEntries = 0;
    for (const TorrentSnapshot &torrent : std::as_const(torrents)) {
        for (const TrackerState &tracker : torrent.trackers) {
            scraped += tracker.scrape.status == TrackerStatus::Working ? 1 : 0;
            logEntries += int(tracker.exchangeLog.size());
        }
    }
    std::printf("scraped: %d trackers, %d exchange log entries\n", scraped, logEntries);
    clock.restart();
    const CollectionCheckReport report(torrents, peers, 0);
    const QByteArray json = QJsonDocument(report.toJson()).toJson();
    const qint64 jsonMs = clock.restart();
    const auto ranked =
        WorkingTrackerRanking::rank(torrents, WorkingTrackerRanking::FamilyChoice::Both);
    std::printf("reports: snapshots %lld ms, JSON %lld ms (%lld kB, %d of %d trackers working), "
                "ranked list %lld ms (%lld URLs)\n",
                static_cast<long long>(snapshotsMs), static_cast<long long>(jsonMs),
                static_cast<long long>(json.size() / 1024), report.workingCount(),
                report.trackerCount(), static_cast<long long>(clock.elapsed()),
                static_cast<long long>(ranked.size()));
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool engineOnly = app.arguments().contains(QStringLiteral("--engine-only"));
    auto script = std::make_shared<FakeTrackerScript>();
    scriptTrackers(*script);
    InspectionEngine engine(std::make_unique<FakeTrackerClientFactory>(script),
                            std::make_unique<TestClock>());
    TorrentListModel torrentList(&engine);
    QSortFilterProxyModel torrentProxy; // the main window's torrent view, as it is set up there
    torrentProxy.setSourceModel(&torrentList);
    torrentProxy.setSortRole(TorrentListModel::SortRole);
    QTreeView torrentView;
    torrentView.setRootIsDecorated(false);
    torrentView.setUniformRowHeights(true);
    torrentView.setAlternatingRowColors(true);
    torrentView.setSortingEnabled(true);
    torrentView.header()->setSortIndicatorClearable(true);
    torrentView.header()->setSortIndicator(-1, Qt::AscendingOrder);
    TrackerPanel trackers(&engine);
    if (!engineOnly) {
        torrentView.setModel(&torrentProxy);
        torrentView.resize(1280, 400);
        trackers.resize(1280, 400);
        torrentView.show();
        trackers.show();
    }
    const qint64 startKilobytes = ProcessResources::residentKilobytes();

    StallProbe probe;
    QElapsedTimer elapsed;
    elapsed.start();
    probe.start();
    int added = 0;
    QTimer loader; // one torrent per turn, as TorrentLoader delivers them
    loader.setInterval(0);
    QObject::connect(&loader, &QTimer::timeout, &loader, [&] {
        const quint64 id = engine.addTorrent(torrentNumber(added));
        if (added++ == kTorrentCount / 2 && !engineOnly)
            trackers.setTorrent(id);
        if (added == kTorrentCount)
            loader.stop();
    });
    loader.start();
    while (elapsed.elapsed() < kMaximumRunMs && !everyTrackerAnswered(engine))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const qint64 roundMs = elapsed.elapsed();
    const qint64 stall = probe.stop();
    std::printf("%d torrents x %d trackers (%d URLs)%s: %lld ms, %d rows in the torrent list\n",
                kTorrentCount, kTrackersPerTorrent, kTrackerUrlCount,
                engineOnly ? " (engine only)" : "", static_cast<long long>(roundMs),
                torrentList.rowCount());
    std::printf("longest event-loop stall: %lld ms (target < 50 ms)\n",
                static_cast<long long>(stall));
    std::printf("resident memory: %lld MB at start, peak %lld MB (target < 300 MB)\n",
                static_cast<long long>(startKilobytes / 1024),
                static_cast<long long>(ProcessResources::peakResidentKilobytes() / 1024));
    printReports(engine);
    return roundMs < kMaximumRunMs ? 0 : 1;
}
