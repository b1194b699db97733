#include "engine/torrentstate.h"
#include "report/collectioncheckreport.h"

#include <QJsonArray>
#include <QTest>

namespace {
TorrentState torrentWith(char hashByte, const QList<TrackerStatus> &statuses)
{
    TorrentState torrent;
    torrent.metainfo.name = QStringLiteral("torrent ") + QLatin1Char(hashByte);
    torrent.metainfo.infoHashV1 = QByteArray(20, hashByte);
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        TrackerState tracker;
        tracker.id = TrackerId{quint64(i + 1)};
        tracker.url = TrackerUrl::parse(QStringLiteral("udp://t%1.example:1").arg(i));
        tracker.status = statuses[i];
        torrent.trackers.append(tracker);
    }
    return torrent;
}
} // namespace

class TestCollectionCheckReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonHasEachTorrentAndASummary()
    {
        const TorrentState first =
            torrentWith('a', {TrackerStatus::Working, TrackerStatus::Timeout});
        const TorrentState second = torrentWith('b', {TrackerStatus::Timeout});
        const CollectionCheckReport report({first.snapshot(), second.snapshot()},
                                           {&first.peers, &second.peers}, 77);
        const QJsonObject json = report.toJson();
        const QJsonArray torrents = json.value(QStringLiteral("torrents")).toArray();
        QCOMPARE(torrents.size(), 2);
        // Each element is what `check` prints for one torrent.
        QCOMPARE(torrents[0].toObject(), CheckReport(first, first.peers, 77).toJson());
        const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("torrents")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("trackers")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("working")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("tracker_urls")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("working_tracker_urls")).toInt(), 1);
        const QJsonObject firstUrl =
            json.value(QStringLiteral("tracker_urls")).toArray().first().toObject();
        QCOMPARE(firstUrl.value(QStringLiteral("url")).toString(),
                 QStringLiteral("udp://t0.example:1"));
        QCOMPARE(firstUrl.value(QStringLiteral("torrents")).toInt(), 2);
        QCOMPARE(firstUrl.value(QStringLiteral("working")).toInt(), 1);
    }

    void csvAndTable()
    {
        const TorrentState first = torrentWith('a', {TrackerStatus::Working});
        const TorrentState second = torrentWith('b', {TrackerStatus::Working});
        CollectionCheckReport report({first.snapshot(), second.snapshot()},
                                     {&first.peers, &second.peers}, 0);
        const QStringList lines = report.toCsv().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QStringLiteral("info_hash,url,tier,")));
        QVERIFY(lines[2].startsWith(QString::fromLatin1(QByteArray(20, 'b').toHex()) +
                                    QStringLiteral(",udp://t0.example:1,")));
        const QString table = report.toTable(false);
        QVERIFY(table.contains(QStringLiteral("Torrent: torrent a")));
        QVERIFY(table.contains(QStringLiteral("Torrent: torrent b")));
        QVERIFY(table.contains(QStringLiteral("2 torrents: 2 of 2 trackers working")));
    }

    // A tracker's message with a line break stays inside its quoted field: the second torrent's
    // row still starts with its hash, and no line of the message gets a hash of its own.
    void csvKeepsLineBreaksInsideFields()
    {
        TorrentState first = torrentWith('a', {TrackerStatus::TrackerError});
        first.trackers[0].message = QStringLiteral("line one\r\nline two");
        const TorrentState second = torrentWith('b', {TrackerStatus::Working});
        const CollectionCheckReport report({first.snapshot(), second.snapshot()},
                                           {&first.peers, &second.peers}, 0);
        const QString hashA = QString::fromLatin1(QByteArray(20, 'a').toHex());
        const QString hashB = QString::fromLatin1(QByteArray(20, 'b').toHex());
        const QString csv = report.toCsv();
        QVERIFY2(csv.contains(QStringLiteral("\"line one\r\nline two\"")), qPrintable(csv));
        QVERIFY2(!csv.contains(hashA + QStringLiteral(",line two")), qPrintable(csv));
        QCOMPARE(csv.count(hashA + u','), 1);
        QVERIFY(
            csv.contains(QStringLiteral("\r\n") + hashB + QStringLiteral(",udp://t0.example:1,")));
    }
};

QTEST_GUILESS_MAIN(TestCollectionCheckReport)
#include "tst_collectioncheckreport.moc"
