#include "engine/exchangelogentry.h"
#include "tracker/websocket/websockettrackermessage.h"
#include "trackers/replydecoder.h"

#include <QHostAddress>
#include <QStandardItemModel>
#include <QTest>
#include <memory>

namespace {
// The rows under item (or the top level), as "field=value".
QStringList rowsOf(const QStandardItemModel &model, QStandardItem *item = nullptr)
{
    QStringList rows;
    QStandardItem *parent = item ? item : model.invisibleRootItem();
    for (int row = 0; row < parent->rowCount(); ++row)
        rows << parent->child(row, 0)->text() + u'=' + parent->child(row, 1)->text();
    return rows;
}

QStandardItem *fieldNamed(const QStandardItemModel &model, const QString &name)
{
    const QList<QStandardItem *> found = model.findItems(name, Qt::MatchExactly, 0);
    return found.isEmpty() ? nullptr : found.constFirst();
}

std::unique_ptr<QStandardItemModel>
decoded(const QByteArray &reply, TrackerProtocol protocol,
        ExchangeLogEntry::Kind kind = ExchangeLogEntry::Kind::Announce)
{
    ExchangeLogEntry entry;
    entry.kind = kind;
    entry.record.rawReply = reply;
    auto model = std::make_unique<QStandardItemModel>();
    ReplyDecoder::fillTree(model.get(), entry, protocol);
    return model;
}
} // namespace

class TestReplyDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesReplies_data();
    void decodesReplies();
    void decodesUdpScrapeCounts();
    void decodesUdpPeersAsTheClientDid();
    void decodesHttpCompactPeersAsAddresses();
    void decodesHttpDictionaryPeers();
    void showsHttpScrapeHashesInHexWithTheirCounts();
    void showsWebSocketScrapeHashesInHex();
    void showsWebSocketAnnounceHashInHex();
    void showsTheParsersNotes();
    void dumpsHex();
};

void TestReplyDecoder::decodesReplies_data()
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
        << QStringList{QStringLiteral("action"), QStringLiteral("interval"),
                       QStringLiteral("complete")}
        << QStringList{QStringLiteral("announce"), QStringLiteral("120"), QStringLiteral("4")};
    QTest::newRow("not bencode") << int(TrackerProtocol::Http) << QByteArray("<html>")
                                 << QStringList{QStringLiteral("(not bencode)")} << QStringList();
}

void TestReplyDecoder::decodesReplies()
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

void TestReplyDecoder::decodesUdpScrapeCounts()
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

void TestReplyDecoder::decodesUdpPeersAsTheClientDid()
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

void TestReplyDecoder::decodesHttpCompactPeersAsAddresses()
{
    // 10.0.0.1:6881 and 192.0.2.9:51413 compact, [2001:db8::1]:6881 in peers6: each key keeps
    // its own peers, read by the client's parser, never shown as raw bytes.
    const QByteArray peers = QByteArray::fromHex("0a0000011ae1c0000209c8d5");
    const QByteArray peers6 = QByteArray::fromHex("20010db80000000000000000000000011ae1");
    const QByteArray reply = "d8:intervali1800e5:peers12:" + peers + "6:peers618:" + peers6 + 'e';
    const std::unique_ptr<QStandardItemModel> model = decoded(reply, TrackerProtocol::Http);
    QStandardItem *ipv4 = fieldNamed(*model, QStringLiteral("peers"));
    QStandardItem *ipv6 = fieldNamed(*model, QStringLiteral("peers6"));
    QVERIFY(ipv4 && ipv6);
    QCOMPARE(rowsOf(*model, ipv4),
             (QStringList{QStringLiteral("=10.0.0.1:6881"), QStringLiteral("=192.0.2.9:51413")}));
    QCOMPARE(rowsOf(*model, ipv6), QStringList{QStringLiteral("=[2001:db8::1]:6881")});
    QVERIFY(rowsOf(*model).contains(QStringLiteral("peers=2 peers (compact, 12 bytes)")));
}

void TestReplyDecoder::decodesHttpDictionaryPeers()
{
    const std::unique_ptr<QStandardItemModel> model =
        decoded("d8:intervali60e5:peersld2:ip9:127.0.0.14:porti7000eeee", TrackerProtocol::Http);
    QStandardItem *peers = fieldNamed(*model, QStringLiteral("peers"));
    QVERIFY(peers);
    QCOMPARE(rowsOf(*model, peers), QStringList{QStringLiteral("=127.0.0.1:7000")});
}

void TestReplyDecoder::showsHttpScrapeHashesInHexWithTheirCounts()
{
    // A 20-byte key that happens to be printable is still an info hash: hex, never text.
    const QByteArray hash(20, 'A');
    const std::unique_ptr<QStandardItemModel> model =
        decoded("d5:filesd20:" + hash + "d8:completei5e10:downloadedi7e10:incompletei9eeee",
                TrackerProtocol::Http, ExchangeLogEntry::Kind::Scrape);
    QStandardItem *files = fieldNamed(*model, QStringLiteral("files"));
    QVERIFY(files);
    QCOMPARE(rowsOf(*model, files),
             QStringList{QStringLiteral("41").repeated(20) +
                         QStringLiteral("=complete 5 · downloaded 7 · incomplete 9")});
    QCOMPARE(rowsOf(*model).size(), 1); // no announce notes on a scrape
}

void TestReplyDecoder::showsWebSocketScrapeHashesInHex()
{
    // WebTorrent's tracker keys "files" by binary strings: shown as the hashes they are.
    const QByteArray hash = QByteArray::fromHex("d513e65fe07b19d536bcacf582909cbe9df9f568");
    const QByteArray reply =
        R"({"action":"scrape","files":{")" + WebSocketTrackerMessage::binaryString(hash).toUtf8() +
        R"(":{"complete":0,"incomplete":1,"downloaded":0}},"flags":{"min_request_interval":600}})";
    const std::unique_ptr<QStandardItemModel> model =
        decoded(reply, TrackerProtocol::WebSocket, ExchangeLogEntry::Kind::Scrape);
    QStandardItem *files = fieldNamed(*model, QStringLiteral("files"));
    QVERIFY(files);
    QCOMPARE(rowsOf(*model, files),
             QStringList{QStringLiteral("d513e65fe07b19d536bcacf582909cbe9df9f568="
                                        "complete 0 · incomplete 1 · downloaded 0")});
    QVERIFY(rowsOf(*model).contains(QStringLiteral("min_request_interval=600")));
}

void TestReplyDecoder::showsWebSocketAnnounceHashInHex()
{
    const QByteArray hash(20, '\xe0');
    const QByteArray reply = R"({"action":"announce","info_hash":")" +
                             WebSocketTrackerMessage::binaryString(hash).toUtf8() +
                             R"(","interval":120,"complete":0,"incomplete":1,"x-odd":true})";
    const QStringList rows = rowsOf(*decoded(reply, TrackerProtocol::WebSocket));
    QVERIFY2(rows.contains(QStringLiteral("info_hash=") + QStringLiteral("e0").repeated(20)),
             qPrintable(rows.join(u'|')));
    QVERIFY(rows.contains(QStringLiteral("incomplete=1")));
    QVERIFY(rows.contains(QStringLiteral("x-odd={\"x-odd\":true}")));
}

void TestReplyDecoder::showsTheParsersNotes()
{
    const QStringList rows = rowsOf(*decoded("d5:peers0:e", TrackerProtocol::Http));
    QVERIFY2(std::any_of(rows.cbegin(), rows.cend(),
                         [](const QString &row) {
                             return row.startsWith(QStringLiteral("note=")) &&
                                    row.contains(QStringLiteral("interval"));
                         }),
             qPrintable(rows.join(u'|')));
}

void TestReplyDecoder::dumpsHex()
{
    const QString dump = ReplyDecoder::hexDump(QByteArray("d8:intervali1800ee\x01", 19));
    QCOMPARE(dump.split(u'\n').at(0),
             QStringLiteral("00000000  64 38 3a 69 6e 74 65 72 76 61 6c 69 31 38 30 30  "
                            "d8:intervali1800"));
    QVERIFY(dump.split(u'\n').at(1).startsWith(QStringLiteral("00000010  65 65 01")));
    QVERIFY(dump.split(u'\n').at(1).endsWith(QStringLiteral("ee.")));
}

QTEST_MAIN(TestReplyDecoder)
#include "tst_replydecoder.moc"
