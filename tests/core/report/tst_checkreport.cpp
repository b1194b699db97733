#include "engine/torrentstate.h"
#include "report/checkreport.h"

#include <QJsonArray>
#include <QTest>

namespace {
TorrentState sampleTorrent()
{
    TorrentState torrent;
    torrent.metainfo.name = QStringLiteral("sample");
    torrent.metainfo.infoHashV1 = QByteArray(20, '\x11');
    TrackerState working;
    working.url = TrackerUrl::parse(QStringLiteral("udp://tracker.example:6969/announce"));
    working.status = TrackerStatus::Working;
    TrackerEndpointState endpoint;
    endpoint.address = QHostAddress(QStringLiteral("2001:db8::1"));
    endpoint.port = 6969;
    endpoint.status = TrackerStatus::Working;
    endpoint.latencyMs = 42;
    endpoint.interval = 1800;
    endpoint.seeders = 3;
    endpoint.leechers = 4;
    endpoint.lastPeers = {TrackerPeer{QHostAddress(QStringLiteral("198.51.100.1")), 51413, {}}};
    working.endpoints.append(endpoint);
    working.findings.append(Finding{QStringLiteral("min_interval_missing"), Finding::Severity::Info,
                                    QStringLiteral("No min interval.")});
    TrackerState failing;
    failing.url = TrackerUrl::parse(QStringLiteral("http://down.example/announce"));
    failing.tier = 1;
    failing.status = TrackerStatus::TrackerError;
    failing.message = QStringLiteral("torrent not registered, \"really\"");
    TrackerEndpointState failed;
    failed.status = TrackerStatus::TrackerError;
    failed.message = failing.message;
    failing.endpoints.append(failed);
    working.id = TrackerId{1};
    failing.id = TrackerId{2};
    torrent.trackers = {working, failing};
    torrent.peers.add(working.endpoints[0].lastPeers, working.id, 1);
    return torrent;
}
} // namespace

class TestCheckReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json()
    {
        const TorrentState torrent = sampleTorrent();
        const QJsonObject report = CheckReport(torrent, torrent.peers, 123).toJson();
        const QJsonObject info = report.value(QStringLiteral("torrent")).toObject();
        QCOMPARE(info.value(QStringLiteral("name")).toString(), QStringLiteral("sample"));
        QCOMPARE(info.value(QStringLiteral("info_hash_v1")).toString(), QString(40, u'1'));
        QVERIFY(info.value(QStringLiteral("info_hash_v2")).isNull());

        const QJsonArray trackers = report.value(QStringLiteral("trackers")).toArray();
        QCOMPARE(trackers.size(), 2);
        const QJsonObject first = trackers[0].toObject();
        QCOMPARE(first.value(QStringLiteral("protocol")).toString(), QStringLiteral("udp"));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("working"));
        QVERIFY(first.value(QStringLiteral("message")).isNull());
        QCOMPARE(first.value(QStringLiteral("seeders")).toInt(), 3);
        QCOMPARE(first.value(QStringLiteral("leechers")).toInt(), 4);
        QVERIFY(first.value(QStringLiteral("downloaded")).isNull()); // unknown, not 0
        QCOMPARE(first.value(QStringLiteral("interval")).toInt(), 1800);
        QVERIFY(first.value(QStringLiteral("min_interval")).isNull());
        QCOMPARE(first.value(QStringLiteral("latency_ms")).toInt(), 42);
        QCOMPARE(first.value(QStringLiteral("peer_count")).toInt(), 1);
        const QJsonObject endpoint =
            first.value(QStringLiteral("endpoints")).toArray().first().toObject();
        QCOMPARE(endpoint.value(QStringLiteral("address")).toString(),
                 QStringLiteral("[2001:db8::1]:6969"));
        QCOMPARE(endpoint.value(QStringLiteral("peers")).toArray(),
                 QJsonArray({QStringLiteral("198.51.100.1:51413")}));
        const QJsonObject finding =
            first.value(QStringLiteral("findings")).toArray().first().toObject();
        QCOMPARE(finding.value(QStringLiteral("code")).toString(),
                 QStringLiteral("min_interval_missing"));
        QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("info"));

        const QJsonObject second = trackers[1].toObject();
        QCOMPARE(second.value(QStringLiteral("status")).toString(),
                 QStringLiteral("tracker_error"));
        QCOMPARE(second.value(QStringLiteral("tier")).toInt(), 1);
        QVERIFY(second.value(QStringLiteral("latency_ms")).isNull());
        // No address is known: the URL's host and port stand in.
        QCOMPARE(second.value(QStringLiteral("endpoints"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("address"))
                     .toString(),
                 QStringLiteral("down.example:80"));

        const QJsonObject peer = report.value(QStringLiteral("peers")).toArray().first().toObject();
        QCOMPARE(peer.value(QStringLiteral("address")).toString(),
                 QStringLiteral("198.51.100.1:51413"));
        QCOMPARE(peer.value(QStringLiteral("sources")).toArray(),
                 QJsonArray({QStringLiteral("udp://tracker.example:6969/announce")}));
        const QJsonObject summary = report.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("trackers")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("working")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("unique_peers")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("elapsed_ms")).toInt(), 123);
    }

    // A BEP 3 peer given by name is written name:port, with its name under a key of its own.
    void peersGivenByHostName()
    {
        TorrentState torrent = sampleTorrent();
        TrackerPeer named;
        named.hostName = QStringLiteral("seed.example.org");
        named.port = 6881;
        torrent.trackers[0].endpoints[0].lastPeers.append(named);
        torrent.peers.add({named}, torrent.trackers[0].id, 2);
        const QJsonObject report = CheckReport(torrent, torrent.peers, 0).toJson();
        const QJsonObject endpoint = report.value(QStringLiteral("trackers"))
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(QStringLiteral("endpoints"))
                                         .toArray()
                                         .first()
                                         .toObject();
        QCOMPARE(endpoint.value(QStringLiteral("peers")).toArray(),
                 QJsonArray({QStringLiteral("198.51.100.1:51413"),
                             QStringLiteral("seed.example.org:6881")}));
        const QJsonArray peers = report.value(QStringLiteral("peers")).toArray();
        QCOMPARE(peers.size(), 2);
        QVERIFY(!peers[0].toObject().contains(QStringLiteral("host_name")));
        QCOMPARE(peers[1].toObject().value(QStringLiteral("address")).toString(),
                 QStringLiteral("seed.example.org:6881"));
        QCOMPARE(peers[1].toObject().value(QStringLiteral("host_name")).toString(),
                 QStringLiteral("seed.example.org"));
    }

    void csvQuotesFields()
    {
        const TorrentState torrent = sampleTorrent();
        const QStringList lines = CheckReport(torrent, torrent.peers, 0)
                                      .toCsv()
                                      .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[1], QStringLiteral("udp://tracker.example:6969/announce,0,udp,working,3,4,,"
                                          "1800,,42,1,,,works,"));
        QCOMPARE(lines[2], QStringLiteral("http://down.example/announce,1,http,tracker_error,,,,,,"
                                          ",0,\"torrent not registered, \"\"really\"\"\",,,"));
    }

    void tableColourOnlyWhenAsked()
    {
        const TorrentState torrent = sampleTorrent();
        const CheckReport report(torrent, torrent.peers, 5);
        const QString plain = report.toTable(false);
        QVERIFY(!plain.contains(u'\x1b'));
        QVERIFY(plain.contains(QStringLiteral("udp://tracker.example:6969/announce")));
        QVERIFY(plain.contains(QStringLiteral("torrent not registered")));
        QVERIFY(plain.contains(QStringLiteral("1 of 2 trackers working")));
        // Tiers for people are counted from 1 (the JSON's "tier" from 0): the second tracker
        // is in tier index 1, shown as 2.
        const QStringList lines = plain.split(u'\n');
        const auto failingLine =
            std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
                return line.contains(QStringLiteral("http://down.example"));
            });
        QVERIFY(failingLine != lines.cend());
        QCOMPARE(failingLine->simplified().section(u' ', 1, 1), QStringLiteral("2"));
        QVERIFY(report.toTable(true).contains(QStringLiteral("\x1b[32mworking")));
    }

    void familiesAndAliases()
    {
        TorrentState torrent = sampleTorrent();
        TrackerState alias = torrent.trackers.first();
        alias.id = TrackerId{3};
        alias.url = TrackerUrl::parse(QStringLiteral("udp://tracker.example:6969"));
        torrent.trackers.append(alias);
        const CheckReport report(torrent, torrent.peers, 0);
        const QJsonObject json = report.toJson();
        QCOMPARE(
            json.value(QStringLiteral("torrent")).toObject().value(QStringLiteral("tracker_list")),
            QJsonValue(false));
        const QJsonArray trackers = json.value(QStringLiteral("trackers")).toArray();
        QCOMPARE(trackers.size(), 3); // every URL keeps its object
        const QJsonObject first = trackers[0].toObject();
        QVERIFY(first.value(QStringLiteral("ipv4")).isNull());
        QCOMPARE(first.value(QStringLiteral("ipv6")).toString(), QStringLiteral("works"));
        QCOMPARE(first.value(QStringLiteral("aliases")).toArray(),
                 QJsonArray({QStringLiteral("udp://tracker.example:6969")}));
        QCOMPARE(trackers[1].toObject().value(QStringLiteral("aliases")).toArray(), QJsonArray());
        // The table shows the tracker once, naming the other URL.
        const QString table = report.toTable(false);
        QCOMPARE(table.count(QStringLiteral("udp://tracker.example:6969")), 2);
        QVERIFY(table.contains(QStringLiteral("also listed as udp://tracker.example:6969\n")));
        QVERIFY(table.contains(QStringLiteral("IPv6")));
    }

    void workingOnly()
    {
        TorrentState torrent = sampleTorrent();
        torrent.metainfo.isTrackerList = true;
        CheckReport report(torrent, torrent.peers, 0);
        report.setWorkingOnly(true);
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("trackers")).toArray().size(), 1);
        QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("trackers")),
                 QJsonValue(2));
        QVERIFY(json.value(QStringLiteral("torrent"))
                    .toObject()
                    .value(QStringLiteral("tracker_list"))
                    .toBool());
        QVERIFY(!report.toTable(false).contains(QStringLiteral("down.example")));
        QVERIFY(report.toTable(false).startsWith(QStringLiteral("Tracker list: sample\n")));
        QCOMPARE(report.toCsv().count(QStringLiteral("\r\n")), 2);
    }
};

QTEST_GUILESS_MAIN(TestCheckReport)
#include "tst_checkreport.moc"
