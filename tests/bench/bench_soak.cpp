// bench_soak: a soak of the engine against real trackers (issue #8). Starts WebTorrent's
// bittorrent-tracker servers (HTTP, UDP and WebSocket in turn, one port each, short interval) and,
// as a control, one opentracker (30-minute interval), loads a few torrents listing all of them
// into an InspectionEngine on the real network clients, and lets it re-announce for a bounded
// time. Every few seconds it samples resident memory, open file descriptors, announces, failures
// and peers; at the end it removes the torrents (`stopped`) and checks the engine is idle and
// the trackers hold none of its peers. Exits 1 when memory or descriptors grew after the warm-up,
// a tracker stopped being re-announced or working, the peer registry changed, or the teardown
// left work behind; 2 when it could not start.
//
//   bench_soak [--short] [--seconds 180] [--trackers 100] [--interval 5] [--torrents 3]
//              [--sample-seconds 10] [--warmup 60] [--peers 5] [--scrape-interval 30]
//              [--rss-tolerance-kb 8192] [--heap-tolerance-kb 1024] [--fd-tolerance 8]
//              [--no-opentracker]
// --short: 30 s, 12 trackers every 2 s, 2 torrents, samples every 3 s, 15 s warm-up (ctest).
#include "engine/inspectionengine.h"
#include "engine/networktrackerclientfactory.h"
#include "opentrackerserver.h"
#include "processresources.h"
#include "soakmonitor.h"
#include "soaktrackerfarm.h"
#include "testtorrents.h"
#include "tracker/systemhostresolver.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <functional>

namespace {
// The soak lowers the engine's safety floor so that a 1 s interval is honoured as given.
constexpr int kSoakSafetyFloorSeconds = 1;
constexpr int kSoakRequestTimeoutMs = 10'000;
constexpr int kSoakStopWaitMs = 5'000;
// Bounded logs and histories fill within the warm-up, so growth after it is not their filling.
constexpr int kSoakRecordCapacity = 8;
constexpr int kLifetimeMarginSeconds = 120; // the servers outlive the run by this much
constexpr int kTeardownMarginMs = 5'000;
constexpr int kPollMs = 100;
constexpr int kPeerCountWaitMs = 5'000;

struct SoakOptions
{
    int seconds = 180;
    int trackers = 100;
    int intervalSeconds = 5;
    int torrents = 3;
    int sampleSeconds = 10;
    int warmupSeconds = 60;
    int peersPerServer = 5;
    int scrapeIntervalSeconds = 30;
    qint64 residentToleranceKilobytes = SoakMonitor::Limits().residentToleranceKilobytes;
    qint64 heapToleranceKilobytes = SoakMonitor::Limits().heapToleranceKilobytes;
    int fileDescriptorTolerance = SoakMonitor::Limits().fileDescriptorTolerance;
    bool openTracker = true;
};

void applyShortForm(SoakOptions &options)
{
    options.seconds = 30;
    options.trackers = 12;
    options.intervalSeconds = 2;
    options.torrents = 2;
    options.sampleSeconds = 3;
    options.warmupSeconds = 15;
    options.scrapeIntervalSeconds = 10;
}

QList<std::pair<QString, int *>> numberOptions(SoakOptions &options)
{
    return {{QStringLiteral("--seconds"), &options.seconds},
            {QStringLiteral("--trackers"), &options.trackers},
            {QStringLiteral("--interval"), &options.intervalSeconds},
            {QStringLiteral("--torrents"), &options.torrents},
            {QStringLiteral("--sample-seconds"), &options.sampleSeconds},
            {QStringLiteral("--warmup"), &options.warmupSeconds},
            {QStringLiteral("--peers"), &options.peersPerServer},
            {QStringLiteral("--scrape-interval"), &options.scrapeIntervalSeconds},
            {QStringLiteral("--fd-tolerance"), &options.fileDescriptorTolerance}};
}

bool checkOptions(const SoakOptions &options, QString *error)
{
    if (options.trackers < 1 || options.torrents < 1 || options.intervalSeconds < 1 ||
        options.sampleSeconds < 1 || options.seconds < options.warmupSeconds) {
        *error = QStringLiteral("need at least one tracker, torrent, a 1 s interval and sample "
                                "period, and --seconds no shorter than --warmup");
        return false;
    }
    return true;
}

// --short sets its figures first; the other options (in any order) change them.
bool parseOptions(const QStringList &arguments, SoakOptions &options, QString *error)
{
    if (arguments.contains(QStringLiteral("--short")))
        applyShortForm(options);
    const QList<std::pair<QString, int *>> numbers = numberOptions(options);
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == u"--short" || argument == u"--no-opentracker") {
            options.openTracker = options.openTracker && argument != u"--no-opentracker";
            continue;
        }
        bool ok = false;
        const int value = i + 1 < arguments.size() ? arguments[++i].toInt(&ok) : -1;
        const auto number = std::find_if(numbers.cbegin(), numbers.cend(), [&](const auto &entry) {
            return entry.first == argument;
        });
        if (!ok || value < 0) {
            *error = QStringLiteral("%1 needs a whole number (or is unknown)").arg(argument);
            return false;
        }
        if (argument == u"--rss-tolerance-kb" || argument == u"--heap-tolerance-kb") {
            (argument == u"--rss-tolerance-kb" ? options.residentToleranceKilobytes
                                               : options.heapToleranceKilobytes) = value;
        } else if (number != numbers.cend()) {
            *number->second = value;
        } else {
            *error = QStringLiteral("unknown option %1").arg(argument);
            return false;
        }
    }
    return checkOptions(options, error);
}

QList<QByteArray> makeInfoHashes(int count)
{
    QList<QByteArray> hashes;
    for (int number = 1; number <= count; ++number)
        hashes.append(QCryptographicHash::hash(
            QStringLiteral("tracker-inspector soak torrent %1").arg(number).toUtf8(),
            QCryptographicHash::Sha1));
    return hashes;
}

EngineSettings soakSettings(const SoakOptions &options)
{
    EngineSettings settings;
    settings.contactMode = EngineSettings::ContactMode::Continuous;
    settings.safetyFloorSeconds = kSoakSafetyFloorSeconds;
    settings.requestTimeoutMs = kSoakRequestTimeoutMs;
    settings.stopWaitMs = kSoakStopWaitMs;
    settings.scrapeIntervalSeconds = options.scrapeIntervalSeconds;
    settings.exchangeLogCapacity = kSoakRecordCapacity;
    settings.historyCapacity = kSoakRecordCapacity;
    settings.latencySampleCapacity = kSoakRecordCapacity;
    return settings;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    while (!condition()) {
        if (elapsed.hasExpired(timeoutMs))
            return false;
        QEventLoop loop;
        QTimer::singleShot(kPollMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// The trackers to list: the farm's, then the control's (when opentracker runs).
QList<QUrl> startTrackers(const SoakOptions &options, const QList<QByteArray> &hashes,
                          SoakTrackerFarm &farm, OpenTrackerServer &control, QTextStream &out)
{
    SoakTrackerFarm::Options farmOptions;
    farmOptions.trackerCount = options.trackers;
    farmOptions.intervalSeconds = options.intervalSeconds;
    farmOptions.lifetimeSeconds = options.seconds + kLifetimeMarginSeconds;
    farmOptions.seededPeersPerServer = options.peersPerServer;
    farmOptions.infoHashes = hashes;
    QString error;
    if (!farm.start(farmOptions, &error)) {
        out << "could not start the trackers: " << error << '\n';
        return {};
    }
    QList<QUrl> urls;
    for (const SoakTrackerFarm::Tracker &tracker : farm.trackers())
        urls.append(tracker.url);
    out << "trackers: " << farm.trackerCount(QStringLiteral("http")) << " HTTP, "
        << farm.trackerCount(QStringLiteral("udp")) << " UDP, "
        << farm.trackerCount(QStringLiteral("ws")) << " WebSocket (bittorrent-tracker, interval "
        << options.intervalSeconds << " s)";
    if (options.openTracker && control.start(hashes, &error)) {
        urls << control.httpAnnounceUrl() << control.udpAnnounceUrl();
        out << ", opentracker HTTP + UDP as a control\n";
    } else {
        if (options.openTracker)
            out << "; no opentracker control: " << error;
        out << '\n';
    }
    return urls;
}

// Lets the engine re-announce for options.seconds, sampling every options.sampleSeconds.
qint64 runSoak(SoakMonitor &monitor, const SoakOptions &options, const QElapsedTimer &sinceAdded,
               QTextStream &out)
{
    out << SoakMonitor::sampleHeader();
    out.flush();
    QEventLoop loop;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &loop, [&] {
        monitor.takeSample(sinceAdded.elapsed() / 1000);
        out << SoakMonitor::sampleRow(monitor.samples().last());
        out.flush();
    });
    sampler.start(options.sampleSeconds * 1000);
    QTimer::singleShot(options.seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    sampler.stop();
    const qint64 elapsedSeconds = sinceAdded.elapsed() / 1000;
    if (monitor.samples().isEmpty() || monitor.samples().last().elapsedSeconds != elapsedSeconds) {
        monitor.takeSample(elapsedSeconds);
        out << SoakMonitor::sampleRow(monitor.samples().last());
    }
    return elapsedSeconds;
}

// Removes the torrents and checks that the engine forgets them, goes idle, and that the
// bittorrent-tracker servers got `stopped` everywhere (none holds a peer of ours).
QStringList tearDown(InspectionEngine &engine, SoakTrackerFarm &farm, QTextStream &out)
{
    QStringList problems;
    QElapsedTimer elapsed;
    elapsed.start();
    for (const quint64 id : engine.torrentIds())
        engine.removeTorrent(id);
    const bool idle = waitUntil(
        [&] {
            return engine.torrentIds().isEmpty() && engine.isIdle() &&
                   engine.requestsInFlight() == 0;
        },
        engine.settings().stopWaitMs + kTeardownMarginMs);
    if (!idle)
        problems.append(QStringLiteral("after removing the torrents the engine still has %1 "
                                       "torrents and %2 requests in flight")
                            .arg(engine.torrentIds().size())
                            .arg(engine.requestsInFlight()));
    QSignalSpy counted(&farm, &SoakTrackerFarm::clientPeersCounted);
    farm.requestClientPeerCount();
    const int leftBehind = counted.wait(kPeerCountWaitMs) ? counted.first().first().toInt() : -1;
    if (leftBehind != 0)
        problems.append(QStringLiteral("after `stopped` the trackers still hold %1 of our peers")
                            .arg(leftBehind));
    out << "teardown: torrents removed, engine idle " << (idle ? "yes" : "no") << " after "
        << elapsed.elapsed() << " ms, peers of ours left on the trackers: " << leftBehind << '\n';
    return problems;
}

SoakMonitor::Limits limitsFor(const SoakOptions &options, const SoakTrackerFarm &farm)
{
    SoakMonitor::Limits limits;
    limits.warmupSeconds = options.warmupSeconds;
    limits.residentToleranceKilobytes = options.residentToleranceKilobytes;
    limits.heapToleranceKilobytes = options.heapToleranceKilobytes;
    limits.fileDescriptorTolerance = options.fileDescriptorTolerance;
    limits.expectedUniquePeers = farm.expectedUniquePeers();
    return limits;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    SoakOptions options;
    QString error;
    if (!parseOptions(app.arguments(), options, &error)) {
        out << "bench_soak: " << error << '\n';
        return 2;
    }
    const QList<QByteArray> hashes = makeInfoHashes(options.torrents);
    SoakTrackerFarm farm;
    OpenTrackerServer control;
    const QList<QUrl> trackers = startTrackers(options, hashes, farm, control, out);
    if (trackers.isEmpty())
        return 2;
    QNetworkAccessManager network;
    SystemHostResolver resolver;
    InspectionEngine engine(std::make_unique<NetworkTrackerClientFactory>(&network, &resolver));
    engine.setSettings(soakSettings(options));
    out << "before loading: RSS " << ProcessResources::residentKilobytes() << " KB, "
        << ProcessResources::openFileDescriptors() << " open file descriptors\n";
    QList<quint64> ids;
    QElapsedTimer sinceAdded;
    sinceAdded.start();
    for (qsizetype number = 0; number < hashes.size(); ++number) {
        const TestTorrents::TorrentOptions torrent{
            .name = QStringLiteral("soak %1").arg(number + 1), .infoHashV1 = hashes[number]};
        ids.append(engine.addTorrent(TestTorrents::metainfo(
            TestTorrents::tierPerTracker(TestTorrents::urlTexts(trackers)), torrent)));
    }
    SoakMonitor monitor(engine, ids, limitsFor(options, farm));
    monitor.watchObjects({&engine, &network, &resolver});
    const qint64 elapsedSeconds = runSoak(monitor, options, sinceAdded, out);
    out << monitor.announceTable(elapsedSeconds) << monitor.summary();
    QStringList problems = monitor.problems(elapsedSeconds);
    problems += tearDown(engine, farm, out);
    for (const QString &problem : std::as_const(problems))
        out << "PROBLEM: " << problem << '\n';
    out << (problems.isEmpty() ? "soak passed\n" : "soak FAILED\n");
    return problems.isEmpty() ? 0 : 1;
}
