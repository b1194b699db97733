// `tracker-inspector check` over a tracker list without a torrent, and over several torrents at
// once: the real executable against opentracker (IPv4 only) and WebTorrent's tracker on ::1, and
// a fake HTTP tracker that counts the requests it gets.
#include "checkcommandrun.h"
#include "fakehttptracker.h"
#include "realtrackers.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kProcessWaitMs = 30'000;
const QByteArray kListHash = QByteArray::fromHex("4c495354434845434b0000000000000000000001");
const QByteArray kSecondHash = QByteArray::fromHex("4c495354434845434b0000000000000000000002");

struct Run : CheckCommandRun::Output
{
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run run(const QStringList &arguments)
{
    return Run{CheckCommandRun::run(QStringLiteral(TI_EXECUTABLE), arguments, kProcessWaitMs)};
}

QString magnet(const QByteArray &infoHash, const QStringList &trackers)
{
    QString uri = QStringLiteral("magnet:?xt=urn:btih:") + QString::fromLatin1(infoHash.toHex());
    for (const QString &tracker : trackers)
        uri += QStringLiteral("&tr=") + QString::fromLatin1(QUrl::toPercentEncoding(tracker));
    return uri;
}

// A one-file torrent with this tracker; returns its info hash.
QByteArray writeTorrent(const QString &path, const QString &tracker, const QByteArray &name)
{
    const QByteArray info = "d6:lengthi1e4:name" + QByteArray::number(name.size()) + ':' + name +
                            "12:piece lengthi16384e6:pieces20:" + QByteArray(20, 'p') + 'e';
    const QByteArray announce = tracker.toUtf8();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QByteArray();
    file.write("d8:announce" + QByteArray::number(announce.size()) + ':' + announce + "4:info" +
               info + 'e');
    return QCryptographicHash::hash(info, QCryptographicHash::Sha1);
}

using CheckCommandRun::trackerNamed;

QStringList lines(const QByteArray &out)
{
    return QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
}
} // namespace

class TestCheckCommandLists : public QObject
{
    Q_OBJECT

private:
    OpenTrackerServer m_tracker;
    WebTorrentTrackerServer m_ipv6Tracker;
    QTemporaryDir m_directory;
    QString m_listPath;

    QString udp() const { return m_tracker.udpAnnounceUrl().toString(); }
    QString http() const { return m_tracker.httpAnnounceUrl().toString(); }
    // The same opentracker under another name of the same address (/etc/hosts: 127.0.0.1).
    QString udpByName() const { return QStringLiteral("udp://localhost:%1").arg(m_tracker.port()); }
    // opentracker listens on IPv4 only: over IPv6 nothing answers at its port.
    QString udpOverIPv6() const
    {
        return QStringLiteral("udp://[::1]:%1/announce").arg(m_tracker.port());
    }
    QString ipv6Tracker() const { return m_ipv6Tracker.udpAnnounceUrl().toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(TI_EXECUTABLE)));
        QString error;
        QVERIFY2(m_tracker.start({kListHash, kSecondHash}, &error), qPrintable(error));
        QVERIFY2(m_ipv6Tracker.start(QStringLiteral("::1"), &error), qPrintable(error));
        m_listPath = m_directory.filePath(QStringLiteral("best.txt"));
        QFile list(m_listPath);
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(QStringLiteral("# best trackers\n%1\n\n%2\n%3\n\n# IPv6\n%4\n%5\n")
                       .arg(udp(), http(), udpByName(), udpOverIPv6(), ipv6Tracker())
                       .toUtf8());
    }

    void checksAListWithAHashOfItsOwn()
    {
        const Run result =
            run({QStringLiteral("--trackers-file"), m_listPath, QStringLiteral("--info-hash"),
                 QString::fromLatin1(kListHash.toHex()), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject report = result.json();
        const QJsonObject torrent = report.value(QStringLiteral("torrent")).toObject();
        QVERIFY(torrent.value(QStringLiteral("tracker_list")).toBool());
        QCOMPARE(torrent.value(QStringLiteral("name")).toString(), QStringLiteral("best.txt"));
        QCOMPARE(torrent.value(QStringLiteral("info_hash_v1")).toString(),
                 QString::fromLatin1(kListHash.toHex()));
        const QJsonArray trackers = report.value(QStringLiteral("trackers")).toArray();
        QCOMPARE(trackers.size(), 5);
        for (int i = 0; i < trackers.size(); ++i) // each its own tier: all are announced
            QCOMPARE(trackers[i].toObject().value(QStringLiteral("tier")).toInt(), i);
        QCOMPARE(trackerNamed(report, udp()).value(QStringLiteral("status")).toString(),
                 QStringLiteral("working"));
        QCOMPARE(trackerNamed(report, http()).value(QStringLiteral("status")).toString(),
                 QStringLiteral("working"));
    }

    void verdictsPerAddressFamily()
    {
        const Run result =
            run({QStringLiteral("--trackers-file"), m_listPath, QStringLiteral("--info-hash"),
                 QString::fromLatin1(kListHash.toHex()), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject report = result.json();
        const QJsonObject overIPv4 = trackerNamed(report, udp());
        QCOMPARE(overIPv4.value(QStringLiteral("ipv4")).toString(), QStringLiteral("works"));
        QVERIFY(overIPv4.value(QStringLiteral("ipv6")).isNull());
        const QJsonObject overIPv6 = trackerNamed(report, udpOverIPv6());
        QVERIFY(overIPv6.value(QStringLiteral("ipv4")).isNull());
        QCOMPARE(overIPv6.value(QStringLiteral("ipv6")).toString(), QStringLiteral("fails"));
        const QJsonObject ipv6Working = trackerNamed(report, ipv6Tracker());
        QCOMPARE(ipv6Working.value(QStringLiteral("ipv6")).toString(), QStringLiteral("works"));
        QVERIFY(ipv6Working.value(QStringLiteral("ipv4")).isNull());
    }

    void aliasesAreReportedOnce()
    {
        const Run json =
            run({QStringLiteral("--trackers-file"), m_listPath, QStringLiteral("--info-hash"),
                 QString::fromLatin1(kListHash.toHex()), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        // udp://localhost:P answered from 127.0.0.1:P, as udp://127.0.0.1:P/announce did.
        QCOMPARE(trackerNamed(json.json(), udp()).value(QStringLiteral("aliases")).toArray(),
                 QJsonArray({udpByName()}));
        QCOMPARE(trackerNamed(json.json(), udpByName()).value(QStringLiteral("aliases")).toArray(),
                 QJsonArray({udp()}));
        QVERIFY(
            trackerNamed(json.json(), http()).value(QStringLiteral("aliases")).toArray().isEmpty());

        const Run table =
            run({QStringLiteral("--trackers-file"), m_listPath, QStringLiteral("--info-hash"),
                 QString::fromLatin1(kListHash.toHex())});
        QCOMPARE(table.exitCode, 0);
        const QString text = QString::fromUtf8(table.out);
        QVERIFY2(text.startsWith(QStringLiteral("Tracker list: best.txt\n")), table.out);
        QVERIFY2(text.contains(QStringLiteral("also listed as ") + udpByName()), table.out);
        // One row for the two URLs: the alias appears only in the "also listed as" line.
        QCOMPARE(text.count(udpByName()), 1);
    }

    void listFormatBestFirstPerFamily()
    {
        const QStringList base = {
            QStringLiteral("--trackers-file"), m_listPath,
            QStringLiteral("--info-hash"),     QString::fromLatin1(kListHash.toHex()),
            QStringLiteral("--format"),        QStringLiteral("list")};
        const Run both = run(base);
        QCOMPARE(both.exitCode, 0);
        QStringList all = lines(both.out);
        all.sort();
        QStringList expected{udp(), http(), ipv6Tracker()};
        expected.sort();
        QCOMPARE(all, expected); // working ones only, each alias group once

        const Run ipv4 =
            run(base + QStringList{QStringLiteral("--family"), QStringLiteral("ipv4")});
        QCOMPARE(ipv4.exitCode, 0);
        QStringList four = lines(ipv4.out);
        four.sort();
        expected = QStringList{udp(), http()};
        expected.sort();
        QCOMPARE(four, expected);
        const Run ipv6 =
            run(base + QStringList{QStringLiteral("--family"), QStringLiteral("ipv6")});
        QCOMPARE(lines(ipv6.out), QStringList{ipv6Tracker()});
    }

    void workingOnly()
    {
        const Run result =
            run({QStringLiteral("--trackers-file"), m_listPath, QStringLiteral("--info-hash"),
                 QString::fromLatin1(kListHash.toHex()), QStringLiteral("--working-only"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray trackers = result.json().value(QStringLiteral("trackers")).toArray();
        QCOMPARE(trackers.size(), 4); // all but udp://[::1]
        for (const QJsonValue &tracker : trackers)
            QCOMPARE(tracker.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("working"));
    }

    void randomHashIsRefusedByAWhitelist()
    {
        // opentracker knows only its whitelist; WebTorrent's tracker is left out, as it accepts
        // any hash.
        const Run result = run({QStringLiteral("--tracker"), udp(), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 1);
        const QJsonObject torrent = result.json().value(QStringLiteral("torrent")).toObject();
        const QString hash = torrent.value(QStringLiteral("info_hash_v1")).toString();
        QCOMPARE(hash.size(), 40);
        QVERIFY(hash != QString::fromLatin1(kListHash.toHex()));
    }

    void severalTorrentsAndADirectory()
    {
        QTemporaryDir directory;
        const QByteArray first =
            writeTorrent(directory.filePath(QStringLiteral("a.torrent")), http(), "a");
        const QByteArray second =
            writeTorrent(directory.filePath(QStringLiteral("b.torrent")), udp(), "b");
        QFile other(directory.filePath(QStringLiteral("notes.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(m_tracker.setWhitelist({kListHash, kSecondHash, first, second}, &error),
                 qPrintable(error));
        const Run result =
            run({directory.path(), magnet(kSecondHash, {udp()}), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject report = result.json();
        const QJsonArray torrents = report.value(QStringLiteral("torrents")).toArray();
        QCOMPARE(torrents.size(), 3);
        QCOMPARE(torrents[0]
                     .toObject()
                     .value(QStringLiteral("torrent"))
                     .toObject()
                     .value(QStringLiteral("info_hash_v1")),
                 QJsonValue(QString::fromLatin1(first.toHex())));
        for (const QJsonValue &torrent : torrents) {
            const QJsonObject summary =
                torrent.toObject().value(QStringLiteral("summary")).toObject();
            QCOMPARE(summary.value(QStringLiteral("working")).toInt(), 1);
        }
        const QJsonObject summary = report.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("torrents")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("working")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("tracker_urls")).toInt(), 2);
    }

    void eachTrackerIsScrapedOncePerRound()
    {
        FakeHttpTracker tracker;
        QVERIFY(tracker.start());
        tracker.setHandler([](const FakeHttpTracker::Request &request) {
            if (request.path().endsWith("/scrape")) {
                QByteArray files;
                for (const QByteArray &hash : request.queryValues("info_hash"))
                    files += "20:" + hash + "d8:completei1e10:downloadedi0e10:incompletei0ee";
                return FakeHttpTracker::Response::bencoded("d5:filesd" + files + "ee");
            }
            return FakeHttpTracker::Response::bencoded("d8:intervali1800e5:peers0:e");
        });
        const QString url = tracker.url().toString();
        const QList<QByteArray> hashes = {QByteArray(20, '\x01'), QByteArray(20, '\x02'),
                                          QByteArray(20, '\x03')};
        QStringList arguments;
        for (const QByteArray &hash : hashes)
            arguments.append(magnet(hash, {url}));
        const Run result = run(arguments + QStringList{QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        int scrapes = 0;
        int announces = 0;
        for (const FakeHttpTracker::Request &request : tracker.requests()) {
            if (request.path().endsWith("/scrape")) {
                ++scrapes;
                QCOMPARE(request.queryValues("info_hash").size(), hashes.size());
            } else {
                ++announces;
            }
        }
        QCOMPARE(scrapes, 1);
        QCOMPARE(announces, 2 * int(hashes.size())); // started and stopped, per torrent
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString list = QStringLiteral("--trackers-file");
        QTest::newRow("short hash")
            << QStringList{QStringLiteral("--tracker"), udp(), QStringLiteral("--info-hash"),
                           QStringLiteral("abcd")};
        QTest::newRow("hash with a torrent")
            << QStringList{magnet(kListHash, {udp()}), QStringLiteral("--info-hash"),
                           QString::fromLatin1(kListHash.toHex())};
        QTest::newRow("unreadable list") << QStringList{list, QStringLiteral("/nonexistent.txt")};
        QTest::newRow("empty list")
            << QStringList{list, m_directory.filePath(QStringLiteral("empty.txt"))};
        QTest::newRow("directory without torrents") << QStringList{m_directory.path()};
        QTest::newRow("unknown format") << QStringList{
            QStringLiteral("--tracker"), udp(), QStringLiteral("--format"), QStringLiteral("yaml")};
        QTest::newRow("unknown family") << QStringList{
            QStringLiteral("--tracker"), udp(), QStringLiteral("--family"), QStringLiteral("ipx")};
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFile empty(m_directory.filePath(QStringLiteral("empty.txt")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.write("# nothing here\n\n");
        empty.close();
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
        QVERIFY(result.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCheckCommandLists)
#include "tst_checkcommandlists.moc"
