// bench_check: the engine's cost for a huge torrent, without the network — 1,000 trackers that
// each return 100 distinct peers (100k unique peers), through scripted clients. Prints the round's
// wall time and the process's resident memory before and after. bench_check.py times the whole
// `check` process against real opentrackers and WebTorrent's client.
#include "engine/inspectionengine.h"
#include "faketrackerclientfactory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTextStream>

namespace {
constexpr int kTrackerCount = 1000;
constexpr int kPeersPerTracker = 100;
constexpr int kRoundWaitMs = 120'000;

qint64 residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QList<TrackerPeer> peersOf(int tracker)
{
    QList<TrackerPeer> peers;
    for (int i = 0; i < kPeersPerTracker; ++i) {
        const quint32 number = quint32(tracker * kPeersPerTracker + i);
        peers.append(TrackerPeer{QHostAddress(0x0a000000u + number), quint16(1024 + i % 60000),
                                 QByteArray()});
    }
    return peers;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    auto script = std::make_shared<FakeTrackerScript>();
    Metainfo metainfo;
    metainfo.name = QStringLiteral("bench");
    metainfo.infoHashV1 = QByteArray(20, 'b');
    for (int i = 0; i < kTrackerCount; ++i) {
        const QString url = QStringLiteral("http://tracker%1.example/announce").arg(i);
        metainfo.trackerTiers.append({TrackerUrl::parse(url)});
        AnnounceResult result = FakeTrackerScript::working(QHostAddress(0xc0000200u + quint32(i)),
                                                           1800, 900, peersOf(i));
        result.exchange.rawReply = QByteArray(kPeersPerTracker * 6 + 64, 'x'); // a compact reply
        script->setAnnounceResults(url, {result});
        script->setScrapeCounts(url, 10, 20, 30);
    }
    const qint64 before = residentKilobytes();
    InspectionEngine engine(std::make_unique<FakeTrackerClientFactory>(script));
    EngineSettings settings;
    settings.contactMode = EngineSettings::ContactMode::Continuous;
    engine.setSettings(settings);
    QSignalSpy idle(&engine, &InspectionEngine::becameIdle);
    QElapsedTimer timer;
    timer.start();
    const quint64 id = engine.addTorrent(metainfo);
    if (!idle.wait(kRoundWaitMs)) {
        out << "the round did not finish\n";
        return 1;
    }
    const qint64 elapsed = timer.elapsed();
    const qint64 after = residentKilobytes();
    const std::optional<TorrentSnapshot> torrent = engine.torrent(id);
    out << "trackers: " << torrent->trackers.size() << ", unique peers: " << torrent->peerCount
        << ", round: " << elapsed << " ms\n"
        << "resident memory: " << before / 1024 << " MB before, " << after / 1024
        << " MB after (engine state ~" << (after - before) / 1024 << " MB)\n";
    return torrent->peerCount == kTrackerCount * kPeersPerTracker ? 0 : 1;
}
