// `tracker-inspector check` end to end: the real executable against opentracker on loopback, its
// JSON validated key by key, CSV, tiers from a file, exit statuses.
#include "checkcommandrun.h"
#include "realtrackers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kProcessWaitMs = 20'000;
const QByteArray kInfoHash = QByteArray::fromHex("5449434845434b00000000000000000000000001");

using Run = CheckCommandRun::Output;

QString magnet(const QStringList &trackers)
{
    QString uri = QStringLiteral("magnet:?xt=urn:btih:") + QString::fromLatin1(kInfoHash.toHex()) +
                  QStringLiteral("&dn=check%20test");
    for (const QString &tracker : trackers)
        uri += QStringLiteral("&tr=") + QString::fromLatin1(QUrl::toPercentEncoding(tracker));
    return uri;
}

// A UDP port on loopback where nothing listens (ICMP port unreachable comes back at once).
QString deadUdpTracker()
{
    return QStringLiteral("udp://127.0.0.1:%1/announce")
        .arg(ServerProcess::findFreePort(QHostAddress(QHostAddress::LocalHost)));
}
} // namespace

class TestCheckCommand : public QObject
{
    Q_OBJECT

private:
    OpenTrackerServer m_tracker;

    static Run run(const QStringList &arguments)
    {
        return CheckCommandRun::run(QStringLiteral(TI_EXECUTABLE), arguments, kProcessWaitMs);
    }

    static QJsonObject trackerNamed(const QJsonObject &report, const QString &url)
    {
        for (const QJsonValue &tracker : report.value(QStringLiteral("trackers")).toArray()) {
            if (tracker.toObject().value(QStringLiteral("url")).toString() == url)
                return tracker.toObject();
        }
        return QJsonObject();
    }

    static void verifyTrackerKeys(const QJsonObject &tracker)
    {
        static const QStringList keys = {
            QStringLiteral("url"),        QStringLiteral("tier"),
            QStringLiteral("protocol"),   QStringLiteral("status"),
            QStringLiteral("message"),    QStringLiteral("seeders"),
            QStringLiteral("leechers"),   QStringLiteral("downloaded"),
            QStringLiteral("interval"),   QStringLiteral("min_interval"),
            QStringLiteral("latency_ms"), QStringLiteral("peer_count"),
            QStringLiteral("endpoints"),  QStringLiteral("findings")};
        for (const QString &key : keys)
            QVERIFY2(tracker.contains(key), qPrintable(key));
        static const QStringList statuses = {
            QStringLiteral("working"),       QStringLiteral("warning"),
            QStringLiteral("tracker_error"), QStringLiteral("invalid_response"),
            QStringLiteral("timeout"),       QStringLiteral("unreachable"),
            QStringLiteral("unsupported"),   QStringLiteral("disabled")};
        QVERIFY(statuses.contains(tracker.value(QStringLiteral("status")).toString()));
        for (const QJsonValue &value : tracker.value(QStringLiteral("endpoints")).toArray()) {
            const QJsonObject endpoint = value.toObject();
            for (const QString &key :
                 {QStringLiteral("address"), QStringLiteral("status"), QStringLiteral("message"),
                  QStringLiteral("latency_ms"), QStringLiteral("peers")})
                QVERIFY2(endpoint.contains(key), qPrintable(key));
        }
        for (const QJsonValue &value : tracker.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject finding = value.toObject();
            QVERIFY(!finding.value(QStringLiteral("code")).toString().isEmpty());
            QVERIFY(!finding.value(QStringLiteral("severity")).toString().isEmpty());
            QVERIFY(!finding.value(QStringLiteral("message")).toString().isEmpty());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(TI_EXECUTABLE)));
        QString error;
        // A tracker that cannot start is a failure, never a skip: CI must not pass without it.
        QVERIFY2(m_tracker.start({kInfoHash}, &error), qPrintable(error));
    }

    void webSocketTracker()
    {
        // WebTorrent's tracker over ws: announced, scraped and left again like the others.
        WebTorrentTrackerServer webTorrent;
        QString error;
        QVERIFY2(webTorrent.start(QStringLiteral("127.0.0.1"), &error), qPrintable(error));
        const QString ws = webTorrent.webSocketUrl().toString();
        const Run result =
            run({magnet({ws}), QStringLiteral("--json"), QStringLiteral("--timeout"),
                 QStringLiteral("5"), QStringLiteral("--port"), QStringLiteral("7003")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(result.out).object();
        const QJsonObject tracker = trackerNamed(report, ws);
        verifyTrackerKeys(tracker);
        QCOMPARE(tracker.value(QStringLiteral("protocol")).toString(), QStringLiteral("ws"));
        QCOMPARE(tracker.value(QStringLiteral("status")).toString(), QStringLiteral("working"));
        QVERIFY(tracker.value(QStringLiteral("interval")).toInt() > 0);
        // The tracker counts us, and only us, while we are in the swarm.
        QCOMPARE(tracker.value(QStringLiteral("seeders")).toInt() +
                     tracker.value(QStringLiteral("leechers")).toInt(),
                 1);
    }

    void jsonReport()
    {
        const QString http = m_tracker.httpAnnounceUrl().toString();
        const QString udp = m_tracker.udpAnnounceUrl().toString();
        const QString dead = deadUdpTracker();
        const QString gopher = QStringLiteral("gopher://127.0.0.1/announce");
        // A peer that stays in the swarm (--keep), so that the report has one to attribute.
        const Run keeper =
            run({magnet({http, udp}), QStringLiteral("--keep"), QStringLiteral("--port"),
                 QStringLiteral("7001"), QStringLiteral("--json")});
        QCOMPARE(keeper.exitCode, 0);

        const Run result =
            run({magnet({http, udp, dead}), QStringLiteral("--tracker"), gopher,
                 QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("3"),
                 QStringLiteral("--port"), QStringLiteral("7002")});
        QCOMPARE(result.exitCode, 0);
        QJsonParseError parseError;
        const QJsonObject report = QJsonDocument::fromJson(result.out, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError,
                 qPrintable(parseError.errorString()));

        const QJsonObject torrent = report.value(QStringLiteral("torrent")).toObject();
        QCOMPARE(torrent.value(QStringLiteral("name")).toString(), QStringLiteral("check test"));
        QCOMPARE(torrent.value(QStringLiteral("info_hash_v1")).toString(),
                 QString::fromLatin1(kInfoHash.toHex()));
        QVERIFY(torrent.contains(QStringLiteral("info_hash_v2")));
        QVERIFY(torrent.value(QStringLiteral("info_hash_v2")).isNull());

        const QJsonArray trackers = report.value(QStringLiteral("trackers")).toArray();
        QCOMPARE(trackers.size(), 4);
        for (const QJsonValue &tracker : trackers)
            verifyTrackerKeys(tracker.toObject());

        const QJsonObject httpTracker = trackerNamed(report, http);
        QCOMPARE(httpTracker.value(QStringLiteral("status")).toString(), QStringLiteral("working"));
        QCOMPARE(httpTracker.value(QStringLiteral("protocol")).toString(), QStringLiteral("http"));
        QCOMPARE(httpTracker.value(QStringLiteral("tier")).toInt(), 0);
        QVERIFY(httpTracker.value(QStringLiteral("interval")).toInt() > 0);
        QVERIFY(httpTracker.value(QStringLiteral("latency_ms")).toInt() >= 0);
        QVERIFY(httpTracker.value(QStringLiteral("message")).isNull());
        QCOMPARE(httpTracker.value(QStringLiteral("peer_count")).toInt(), 1);
        const QJsonObject udpTracker = trackerNamed(report, udp);
        QCOMPARE(udpTracker.value(QStringLiteral("status")).toString(), QStringLiteral("working"));
        QCOMPARE(udpTracker.value(QStringLiteral("protocol")).toString(), QStringLiteral("udp"));
        const QJsonObject udpEndpoint =
            udpTracker.value(QStringLiteral("endpoints")).toArray().first().toObject();
        QCOMPARE(udpEndpoint.value(QStringLiteral("address")).toString(),
                 QStringLiteral("127.0.0.1:%1").arg(m_tracker.port()));
        // The endpoint lists the peers as the tracker sent them (ourselves included); the
        // torrent's peer list leaves us out.
        QVERIFY(udpEndpoint.value(QStringLiteral("peers"))
                    .toArray()
                    .contains(QJsonValue(QStringLiteral("127.0.0.1:7001"))));
        const QJsonObject deadTracker = trackerNamed(report, dead);
        QCOMPARE(deadTracker.value(QStringLiteral("status")).toString(),
                 QStringLiteral("unreachable"));
        QVERIFY(!deadTracker.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(deadTracker.value(QStringLiteral("seeders")).isNull());
        const QJsonObject gopherTracker = trackerNamed(report, gopher);
        QCOMPARE(gopherTracker.value(QStringLiteral("status")).toString(),
                 QStringLiteral("unsupported"));

        // The kept peer, attributed to both trackers that returned it.
        const QJsonArray peers = report.value(QStringLiteral("peers")).toArray();
        QCOMPARE(peers.size(), 1);
        const QJsonObject peer = peers.first().toObject();
        QCOMPARE(peer.value(QStringLiteral("address")).toString(),
                 QStringLiteral("127.0.0.1:7001"));
        QStringList sources;
        for (const QJsonValue &source : peer.value(QStringLiteral("sources")).toArray())
            sources.append(source.toString());
        sources.sort();
        QStringList expected{http, udp};
        expected.sort();
        QCOMPARE(sources, expected);

        const QJsonObject summary = report.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("trackers")).toInt(), 4);
        QCOMPARE(summary.value(QStringLiteral("working")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("unique_peers")).toInt(), 1);
        QVERIFY(summary.value(QStringLiteral("elapsed_ms")).toInt() >= 0);
        QVERIFY(summary.value(QStringLiteral("elapsed_ms")).toInt() < 3000);
    }

    void scrapeOnly()
    {
        const QString http = m_tracker.httpAnnounceUrl().toString();
        const Run result =
            run({magnet({http}), QStringLiteral("--scrape-only"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(result.out).object();
        const QJsonObject tracker = trackerNamed(report, http);
        QCOMPARE(tracker.value(QStringLiteral("status")).toString(), QStringLiteral("working"));
        QVERIFY(tracker.value(QStringLiteral("endpoints")).toArray().isEmpty());
        QVERIFY(tracker.value(QStringLiteral("seeders")).isDouble()); // from the scrape
    }

    void trackersFileTiersAndCsv()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("trackers.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString http = m_tracker.httpAnnounceUrl().toString();
        const QString udp = m_tracker.udpAnnounceUrl().toString();
        file.write((QStringLiteral("# two tiers\n") + http + QStringLiteral("\n\n\n") + udp +
                    QStringLiteral("\n"))
                       .toUtf8());
        file.close();
        const QString bare =
            QStringLiteral("magnet:?xt=urn:btih:") + QString::fromLatin1(kInfoHash.toHex());
        const Run result =
            run({bare, QStringLiteral("--trackers-file"), path, QStringLiteral("--csv")});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines =
            QString::fromUtf8(result.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QStringLiteral("url,tier,protocol,status,")));
        QVERIFY(lines[1].startsWith(http + QStringLiteral(",0,http,working,")));
        QVERIFY(lines[2].startsWith(udp + QStringLiteral(",1,udp,working,")));
    }

    void exitStatus_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no tracker works") << QStringList{magnet({deadUdpTracker()})} << 1;
        QTest::newRow("no input") << QStringList{} << 2;
        QTest::newRow("unknown option")
            << QStringList{magnet({deadUdpTracker()}), QStringLiteral("--bogus")} << 2;
        QTest::newRow("bad timeout")
            << QStringList{magnet({deadUdpTracker()}), QStringLiteral("--timeout"),
                           QStringLiteral("zero")}
            << 2;
        QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent.torrent")} << 2;
        QTest::newRow("magnet without trackers")
            << QStringList{QStringLiteral("magnet:?xt=urn:btih:") +
                           QString::fromLatin1(kInfoHash.toHex())}
            << 2;
    }
    void exitStatus()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        if (exitCode == 2)
            QVERIFY(!result.err.isEmpty());
        else
            QVERIFY(result.out.contains("0 of 1 trackers working"));
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
