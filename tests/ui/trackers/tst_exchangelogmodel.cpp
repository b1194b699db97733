#include "testtorrents.h"
#include "trackerat.h"
#include "trackers/exchangelogmodel.h"
#include "trackers/replydecoder.h"
#include "trackers/trackertablemodel.h"
#include "uitestengine.h"

#include <QAbstractItemModelTester>
#include <QHostAddress>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

namespace {
const QString kTracker = QStringLiteral("http://127.0.0.1:6969/announce");
} // namespace

class TestExchangeLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester();
    void insertsNewestFirst();
    void scrapeWithoutTheTorrentIsAWarning();
    void decodesReplies_data();
    void decodesReplies();
    void decodesUdpScrapeCounts();
    void decodesUdpPeersAsTheClientDid();
    void dumpsHex();
};

void TestExchangeLogModel::passesModelTester()
{
    UiTestEngine engine;
    ExchangeLogModel model(&engine.engine);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const quint64 id = engine.engine.addTorrent(TestTorrents::metainfo(
        TestTorrents::tierPerTracker({kTracker}), {.name = QStringLiteral("log")}));
    model.setTracker(id, trackerIdAt(engine.engine, id, 0));
    QTRY_VERIFY(model.rowCount() >= 1);
    engine.passSafetyFloor();
    engine.engine.reannounce(id);
    QTRY_VERIFY(model.rowCount() >= 2);
    engine.engine.removeTorrent(id);
    QCOMPARE(model.rowCount(), 0);
}

void TestExchangeLogModel::insertsNewestFirst()
{
    UiTestEngine engine;
    ExchangeLogModel model(&engine.engine);
    const quint64 id = engine.engine.addTorrent(TestTorrents::metainfo(
        TestTorrents::tierPerTracker({kTracker}), {.name = QStringLiteral("log")}));
    model.setTracker(id, trackerIdAt(engine.engine, id, 0));
    QTRY_VERIFY(engine.engine.isIdle());
    const int before = model.rowCount();
    QVERIFY(before >= 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    engine.passSafetyFloor();
    engine.engine.sendEvent(AnnounceEvent::Completed, id, trackerIdAt(engine.engine, id, 0));
    QTRY_COMPARE(model.rowCount(), before + 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 0); // at the top
    QCOMPARE(model.index(0, ExchangeLogModel::RequestColumn).data().toString(),
             QStringLiteral("announce (completed)"));
    QCOMPARE(model.index(0, ExchangeLogModel::OutcomeColumn).data().toString(),
             QStringLiteral("Working"));
}

// A scrape reply that leaves the torrent out: "Warning", and no made-up counts.
void TestExchangeLogModel::scrapeWithoutTheTorrentIsAWarning()
{
    UiTestEngine engine;
    ScrapeResult reply;
    ScrapeEntry absent;
    absent.present = false;
    reply.entries = {absent};
    engine.script->setScrapeResult(kTracker, reply);
    ExchangeLogModel model(&engine.engine);
    TrackerTableModel table(&engine.engine);
    const quint64 id = engine.engine.addTorrent(TestTorrents::metainfo(
        TestTorrents::tierPerTracker({kTracker}), {.name = QStringLiteral("log")}));
    model.setTracker(id, trackerIdAt(engine.engine, id, 0));
    table.setTorrent(id);
    QTRY_VERIFY(trackerAt(engine.engine, id, 0)->scrape.lastScrapeMs >= 0);
    int scrapeRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.entry(row)->kind == ExchangeLogEntry::Kind::Scrape)
            scrapeRow = row;
    }
    QVERIFY(scrapeRow >= 0);
    QCOMPARE(model.index(scrapeRow, ExchangeLogModel::OutcomeColumn).data().toString(),
             trackerStatusText(TrackerStatus::Warning));
    const QString summary =
        model.index(scrapeRow, ExchangeLogModel::SummaryColumn).data().toString();
    QVERIFY2(summary.contains(QStringLiteral("not in the reply")), qPrintable(summary));
    QVERIFY(!summary.contains(QStringLiteral("-1")));
    QTRY_COMPARE(table.index(0, TrackerTableModel::ScrapeColumn).data().toString(),
                 QStringLiteral("–"));
}

void TestExchangeLogModel::decodesReplies_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("http bencode") << int(TrackerProtocol::Http)
                                  << QByteArray("d8:completei5e8:intervali1800e5:peers0:e")
                                  << QStringList{QStringLiteral("complete"),
                                                 QStringLiteral("interval"),
                                                 QStringLiteral("peers")}
                                  << QStringList{QStringLiteral("5"), QStringLiteral("1800"),
                                                 QString()};
    QByteArray udp = QByteArray::fromHex("00000001"
                                         "12345678"
                                         "00000708"
                                         "00000002"
                                         "00000003"
                                         "0a000001"
                                         "1ae1");
    QTest::newRow("udp announce") << int(TrackerProtocol::Udp) << udp
                                  << QStringList{QStringLiteral("action"),
                                                 QStringLiteral("transaction id"),
                                                 QStringLiteral("interval"),
                                                 QStringLiteral("leechers"),
                                                 QStringLiteral("seeders"),
                                                 QStringLiteral("peers")}
                                  << QStringList{QStringLiteral("1 (announce)"),
                                                 QStringLiteral("0x12345678"),
                                                 QStringLiteral("1800"),
                                                 QStringLiteral("2"),
                                                 QStringLiteral("3"),
                                                 QStringLiteral("1 peer")};
    const QByteArray udpScrape = QByteArray::fromHex("00000002"
                                                     "0badcafe"
                                                     "00000005"
                                                     "00000007"
                                                     "00000009");
    QTest::newRow("udp scrape") << int(TrackerProtocol::Udp) << udpScrape
                                << QStringList{QStringLiteral("action"),
                                               QStringLiteral("transaction id"),
                                               QStringLiteral("torrents")}
                                << QStringList{QStringLiteral("2 (scrape)"),
                                               QStringLiteral("0x0badcafe"),
                                               QStringLiteral("1 torrent")};
    // opentracker's answer for a hash it does not serve: 8 bytes, said so, not guessed at.
    QTest::newRow("udp announce without counts")
        << int(TrackerProtocol::Udp) << QByteArray::fromHex("0000000112345678")
        << QStringList{QStringLiteral("action"), QStringLiteral("transaction id"),
                       QStringLiteral("(not a valid reply)")}
        << QStringList{QStringLiteral("1 (announce)"), QStringLiteral("0x12345678")};
    QTest::newRow("websocket json")
        << int(TrackerProtocol::WebSocket)
        << QByteArray(R"({"action":"announce","complete":4,"interval":120})")
        << QStringList{QStringLiteral("action"), QStringLiteral("complete"),
                       QStringLiteral("interval")}
        << QStringList{QStringLiteral("announce"), QStringLiteral("4"), QStringLiteral("120")};
    QTest::newRow("not bencode") << int(TrackerProtocol::Http) << QByteArray("<html>")
                                 << QStringList{QStringLiteral("(not bencode)")} << QStringList();
}

void TestExchangeLogModel::decodesReplies()
{
    QFETCH(int, protocol);
    QFETCH(QByteArray, reply);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, values);
    ExchangeLogEntry entry;
    entry.record.rawReply = reply;
    QStandardItemModel model;
    ReplyDecoder::fillTree(&model, entry, TrackerProtocol(protocol));
    QStringList shownFields;
    for (int row = 0; row < model.rowCount(); ++row)
        shownFields << model.item(row, 0)->text();
    QCOMPARE(shownFields, fields);
    for (int row = 0; row < values.size(); ++row) {
        if (!values.at(row).isEmpty())
            QCOMPARE(model.item(row, 1)->text(), values.at(row));
    }
}

void TestExchangeLogModel::decodesUdpScrapeCounts()
{
    ExchangeLogEntry entry;
    entry.record.rawReply = QByteArray::fromHex("00000002"
                                                "0badcafe"
                                                "00000005"
                                                "00000007"
                                                "00000009"
                                                "00000001"
                                                "00000002"
                                                "00000003");
    QStandardItemModel model;
    ReplyDecoder::fillTree(&model, entry, TrackerProtocol::Udp);
    QStandardItem *torrents = model.item(2, 0);
    QCOMPARE(model.item(2, 1)->text(), QStringLiteral("2 torrents"));
    QCOMPARE(torrents->rowCount(), 2);
    QStandardItem *second = torrents->child(1, 0);
    QCOMPARE(second->child(0, 0)->text(), QStringLiteral("seeders"));
    QCOMPARE(second->child(0, 1)->text(), QStringLiteral("1"));
    QCOMPARE(second->child(1, 1)->text(), QStringLiteral("2"));
    QCOMPARE(second->child(2, 0)->text(), QStringLiteral("leechers"));
    QCOMPARE(second->child(2, 1)->text(), QStringLiteral("3"));
}

void TestExchangeLogModel::decodesUdpPeersAsTheClientDid()
{
    // Over IPv6, 18-byte entries: [2001:db8::1]:6881; an IPv4 endpoint would read the same 18
    // bytes as three 6-byte entries. The endpoint's address family decides, as in the client.
    ExchangeLogEntry entry;
    entry.record.peerAddress = QHostAddress(QStringLiteral("::1"));
    entry.record.rawReply = QByteArray::fromHex("00000001"
                                                "00000001"
                                                "00000708"
                                                "00000000"
                                                "00000001"
                                                "20010db8000000000000000000000001"
                                                "1ae1");
    QStandardItemModel model;
    ReplyDecoder::fillTree(&model, entry, TrackerProtocol::Udp);
    QStandardItem *peers = model.item(5, 0);
    QCOMPARE(model.item(5, 1)->text(), QStringLiteral("1 peer"));
    QCOMPARE(peers->child(0, 1)->text(), QStringLiteral("[2001:db8::1]:6881"));
}

void TestExchangeLogModel::dumpsHex()
{
    const QString dump = ReplyDecoder::hexDump(QByteArray("d8:intervali1800ee\x01", 19));
    QCOMPARE(dump.split(u'\n').at(0),
             QStringLiteral("00000000  64 38 3a 69 6e 74 65 72 76 61 6c 69 31 38 30 30  "
                            "d8:intervali1800"));
    QVERIFY(dump.split(u'\n').at(1).startsWith(QStringLiteral("00000010  65 65 01")));
    QVERIFY(dump.split(u'\n').at(1).endsWith(QStringLiteral("ee.")));
}

QTEST_MAIN(TestExchangeLogModel)
#include "tst_exchangelogmodel.moc"
