// Real BitTorrent clients in a swarm: Transmission (transmission-daemon) and a libtorrent session
// seed one torrent through opentracker, over HTTP and over UDP, inside a network namespace of the
// test's own (nothing can leave it). `tracker-inspector check` must see each client as a peer from
// both trackers, and report the seeder count Transmission itself reports for each tracker.
#include "checkcommandrun.h"
#include "dnsmasqserver.h"
#include "libtorrentpeer.h"
#include "privatenetworknamespace.h"
#include "realtrackers.h"
#include "testtime.h"
#include "transmissionpeer.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {
using CheckCommandRun::trackerNamed;

constexpr qint64 kTorrentBytes = 300'000;
constexpr int kSeeders = 2; // Transmission and libtorrent
constexpr int kCheckWaitMs = scaledWaitMs(30'000);
// Transmission checks the data, announces, and scrapes the UDP tracker some seconds after the
// HTTP one; libtorrent announces as soon as it seeds.
constexpr int kClientsAnnouncedWaitMs = scaledWaitMs(60'000);
const QString kZone = QStringLiteral("example.org");
// Two names for the one opentracker: Transmission puts trackers on the same host and port in one
// tier and asks only one of them, but each client must announce over HTTP and over UDP.
const QString kHttpName = QStringLiteral("http-tracker.example.org");
const QString kUdpName = QStringLiteral("udp-tracker.example.org");
const QString kInspectorPort = QStringLiteral("7401");

// Transmission names a tracker by scheme, host and port: "udp://tracker.example.org:6969".
QString shownByTransmission(const QString &url)
{
    return url.section(u'/', 0, 2);
}

QStringList sourcesOf(const QJsonObject &report, const QString &peer)
{
    for (const QJsonValue &value : report.value(QStringLiteral("peers")).toArray()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("address")).toString() != peer)
            continue;
        QStringList sources;
        for (const QJsonValue &source : entry.value(QStringLiteral("sources")).toArray())
            sources.append(source.toString());
        sources.sort();
        return sources;
    }
    return {};
}
} // namespace

class TestRealClientSwarm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void inspectorSeesBothClientsOnBothTrackers();

private:
    bool transmissionCountsBothClients();

    QTemporaryDir m_directory;
    DnsmasqServer m_nameServer;
    OpenTrackerServer m_tracker;
    LibtorrentPeer m_libtorrent;
    TransmissionPeer m_transmission;
    QString m_torrentFile;
    QString m_httpTracker;
    QString m_udpTracker;
    QMap<QString, int> m_transmissionSeeders; // by tracker, as Transmission shows it
    QString m_transmissionView;               // what transmission-remote printed last
};

void TestRealClientSwarm::initTestCase()
{
    TI_REQUIRE_PRIVATE_NETWORK();
    QVERIFY(m_directory.isValid());
    QString error;
    const QHostAddress loopback(QHostAddress::LocalHost);
    // A client or server that cannot start is a failure, never a skip.
    QVERIFY2(m_nameServer.start(kZone, {{kHttpName, {loopback}}, {kUdpName, {loopback}}}, &error),
             qPrintable(error));
    QVERIFY2(m_tracker.start({}, &error), qPrintable(error));
    m_httpTracker = QStringLiteral("http://%1:%2/announce").arg(kHttpName).arg(m_tracker.port());
    m_udpTracker = QStringLiteral("udp://%1:%2/announce").arg(kUdpName).arg(m_tracker.port());

    const QDir directory(m_directory.path());
    QVERIFY(directory.mkpath(QStringLiteral("libtorrent")) &&
            directory.mkpath(QStringLiteral("transmission")));
    const QString dataFile = directory.filePath(QStringLiteral("libtorrent/swarm.bin"));
    m_torrentFile = directory.filePath(QStringLiteral("swarm.torrent"));
    const QByteArray infoHash = LibtorrentPeer::makeTorrent(dataFile, kTorrentBytes, m_torrentFile,
                                                            {m_httpTracker, m_udpTracker}, &error);
    QVERIFY2(!infoHash.isEmpty(), qPrintable(error));
    QVERIFY(QFile::copy(dataFile, directory.filePath(QStringLiteral("transmission/swarm.bin"))));
    QVERIFY2(m_tracker.setWhitelist({infoHash}, &error), qPrintable(error));

    QVERIFY2(
        m_libtorrent.seed(m_torrentFile, directory.filePath(QStringLiteral("libtorrent")), &error),
        qPrintable(error));
    QVERIFY2(m_libtorrent.waitForAnnounce(m_httpTracker, kClientsAnnouncedWaitMs, &error) &&
                 m_libtorrent.waitForAnnounce(m_udpTracker, kClientsAnnouncedWaitMs, &error),
             qPrintable(error));
    QVERIFY2(m_transmission.start(&error), qPrintable(error));
    QVERIFY2(m_transmission.addTorrent(m_torrentFile,
                                       directory.filePath(QStringLiteral("transmission")), &error),
             qPrintable(error));
}

// Transmission's own view (`transmission-remote PORT -t1 -it`): both trackers scraped, each
// counting both clients as seeders.
bool TestRealClientSwarm::transmissionCountsBothClients()
{
    QString error;
    m_transmissionSeeders = m_transmission.trackerSeeders(&error);
    m_transmissionView = error + QString::fromUtf8(m_transmission.remote(
                                     {QStringLiteral("-t1"), QStringLiteral("-it")}, &error));
    return m_transmissionSeeders.size() == 2 &&
           m_transmissionSeeders.value(shownByTransmission(m_httpTracker)) == kSeeders &&
           m_transmissionSeeders.value(shownByTransmission(m_udpTracker)) == kSeeders;
}

void TestRealClientSwarm::inspectorSeesBothClientsOnBothTrackers()
{
    QTRY_VERIFY2_WITH_TIMEOUT(transmissionCountsBothClients(), qPrintable(m_transmissionView),
                              kClientsAnnouncedWaitMs);

    const CheckCommandRun::Report report =
        CheckCommandRun::check(QStringLiteral(TI_EXECUTABLE),
                               {m_torrentFile, QStringLiteral("--timeout"), QStringLiteral("5"),
                                QStringLiteral("--port"), kInspectorPort},
                               kCheckWaitMs);
    QVERIFY2(report.exitCode == 0, report.errors.constData());
    for (const QString &url : {m_httpTracker, m_udpTracker}) {
        const QJsonObject tracker = trackerNamed(report.json, url);
        QCOMPARE(tracker.value(QStringLiteral("status")).toString(), QStringLiteral("working"));
        const int seeders = m_transmissionSeeders.value(shownByTransmission(url));
        qInfo("%s: Transmission shows %d seeders, the inspector %d", qPrintable(url), seeders,
              tracker.value(QStringLiteral("seeders")).toInt());
        QCOMPARE(tracker.value(QStringLiteral("seeders")).toInt(), seeders);
        const QJsonObject scrape = tracker.value(QStringLiteral("scrape")).toObject();
        QCOMPARE(scrape.value(QStringLiteral("seeders")).toInt(), seeders);
    }
    QStringList both{m_httpTracker, m_udpTracker};
    both.sort();
    for (const quint16 port : {m_libtorrent.port(), m_transmission.peerPort()}) {
        const QString peer = QStringLiteral("127.0.0.1:%1").arg(port);
        QCOMPARE(sourcesOf(report.json, peer), both);
    }
}

TI_PRIVATE_NETWORK_TEST_MAIN(TestRealClientSwarm)
#include "tst_realclientswarm.moc"
