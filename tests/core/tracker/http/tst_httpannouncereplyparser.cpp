#include "tracker/http/httpannouncereplyparser.h"

#include <QTest>

class TestHttpAnnounceReplyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outcome_data();
    void outcome();
    void readsEveryField();
    void compactPeers();
    void dictionaryPeersKeepPeerId();
    void dictionaryPeersByHostName_data();
    void dictionaryPeersByHostName();
    void peersOverTheCapAreDropped();
    void peers6AndExternalIpv6();
    void retryIn_data();
    void retryIn();
    void unknownKeysKeptRaw();
    void missingIntervalIsNoted();
    void survivesHostileInput_data();
    void survivesHostileInput();
};

namespace {

QByteArray bencodedString(const QByteArray &bytes)
{
    return QByteArray::number(bytes.size()) + ':' + bytes;
}

AnnounceResult parsed(const QByteArray &body,
                      int maxPeers = HttpAnnounceReplyParser::kDefaultMaxPeers)
{
    AnnounceResult result;
    HttpAnnounceReplyParser::parse(body, result, maxPeers);
    return result;
}

} // namespace

void TestHttpAnnounceReplyParser::outcome_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ExchangeOutcome>("outcome");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty peers") << QByteArray("d8:intervali900e5:peers0:e")
                                 << ExchangeOutcome::Success << QString();
    QTest::newRow("only peers6") << QByteArray("d8:intervali900e6:peers60:e")
                                 << ExchangeOutcome::Success << QString();
    QTest::newRow("failure") << QByteArray("d14:failure reason14:not authorizede")
                             << ExchangeOutcome::TrackerFailure << QStringLiteral("not authorized");
    QTest::newRow("failure wins over peers")
        << QByteArray("d14:failure reason3:no!5:peers0:e") << ExchangeOutcome::TrackerFailure
        << QStringLiteral("no!");
    QTest::newRow("not bencode, html")
        << QByteArray("<html><title>Welcome to nginx</title></html>")
        << ExchangeOutcome::InvalidResponse << QStringLiteral("Welcome to nginx");
    QTest::newRow("not bencode, text")
        << QByteArray("tracker offline\r\n") << ExchangeOutcome::InvalidResponse
        << QStringLiteral("it reads: tracker offline");
    QTest::newRow("empty body") << QByteArray() << ExchangeOutcome::InvalidResponse
                                << QStringLiteral("not bencode");
    QTest::newRow("truncated") << QByteArray("d8:intervali900e5:peers6:abc")
                               << ExchangeOutcome::InvalidResponse << QStringLiteral("not bencode");
    QTest::newRow("list root") << QByteArray("li1ee") << ExchangeOutcome::InvalidResponse
                               << QStringLiteral("not a dictionary");
    QTest::newRow("no peers") << QByteArray("d8:intervali900ee") << ExchangeOutcome::InvalidResponse
                              << QStringLiteral("neither \"peers\" nor \"peers6\"");
    QTest::newRow("peers integer") << QByteArray("d5:peersi3ee") << ExchangeOutcome::InvalidResponse
                                   << QStringLiteral("\"peers\" is neither");
}

void TestHttpAnnounceReplyParser::outcome()
{
    QFETCH(QByteArray, body);
    QFETCH(ExchangeOutcome, outcome);
    QFETCH(QString, messagePart);
    const AnnounceResult result = parsed(body);
    QCOMPARE(result.outcome, outcome);
    if (messagePart.isEmpty())
        QVERIFY(result.errorMessage.isEmpty());
    else
        QVERIFY2(result.errorMessage.contains(messagePart), qPrintable(result.errorMessage));
}

void TestHttpAnnounceReplyParser::readsEveryField()
{
    const QByteArray body =
        QByteArrayLiteral("d8:completei5e10:downloadedi12e11:external ip4:\x0a\x00\x00\x07"
                          "10:incompletei3e8:intervali1800e12:min intervali60e"
                          "5:peers6:\x7f\x00\x00\x01\x1a\xe1"
                          "10:tracker id5:abc\xff\x01"
                          "15:warning message9:be nice!!e");
    const AnnounceResult result = parsed(body);
    QCOMPARE(result.outcome, ExchangeOutcome::Success);
    QCOMPARE(result.seeders, 5);
    QCOMPARE(result.leechers, 3);
    QCOMPARE(result.downloaded, 12);
    QCOMPARE(result.interval, 1800);
    QCOMPARE(result.minInterval, 60);
    QCOMPARE(result.trackerId, QByteArray("abc\xff\x01"));
    QCOMPARE(result.warningMessage, QStringLiteral("be nice!!"));
    QCOMPARE(result.externalIp, QHostAddress(QStringLiteral("10.0.0.7")));
    QCOMPARE(result.peers.size(), 1);
    QCOMPARE(result.peers.constFirst().toString(), QStringLiteral("127.0.0.1:6881"));
    QVERIFY(result.compactPeers);
    QVERIFY(result.unknownKeys.isEmpty());
    QVERIFY(result.notes.isEmpty());
}

void TestHttpAnnounceReplyParser::compactPeers()
{
    const QByteArray peers = QByteArray::fromHex("0102030404d2"
                                                 "050607080000"
                                                 "0a0b0c0dffff"
                                                 "0102");
    const AnnounceResult result = parsed("d8:intervali60e5:peers" + bencodedString(peers) + "e");
    QCOMPARE(result.outcome, ExchangeOutcome::Success);
    QCOMPARE(result.peers.size(), 2);
    QCOMPARE(result.peers.at(0).toString(), QStringLiteral("1.2.3.4:1234"));
    QCOMPARE(result.peers.at(1).toString(), QStringLiteral("10.11.12.13:65535"));
    QCOMPARE(result.peersDropped, 1); // port 0; the 2 trailing bytes are no peer entry
    QVERIFY(!result.notes.isEmpty());
    QCOMPARE(result.strayPeerBytes.size(), 1);
    QCOMPARE(result.strayPeerBytes[0].bytes, QByteArray::fromHex("0102"));
    QCOMPARE(result.strayPeerBytes[0].entrySize, 6);
    QCOMPARE(result.strayPeerBytes[0].listSize, 20);
    QCOMPARE(CompactPeerList::describe(result.strayPeerBytes[0]),
             QStringLiteral("The compact peer list is 20 bytes long, not a multiple of 6: its "
                            "last 2 byte(s) (01 02) make no whole entry and were left out; the "
                            "complete entries were kept."));
}

void TestHttpAnnounceReplyParser::dictionaryPeersKeepPeerId()
{
    const QByteArray body = "d8:intervali60e5:peersl"
                            "d2:ip9:127.0.0.27:peer id20:-qB4250-abcdefghijkl4:porti6881ee"
                            "d2:ip8:2001:db84:porti51413ee"
                            "d2:ip11:example.com4:porti1ee"
                            "d4:porti5ee"
                            "d2:ip8:10.0.0.14:porti70000eeee";
    const AnnounceResult result = parsed(body);
    QCOMPARE(result.outcome, ExchangeOutcome::Success);
    QVERIFY(!result.compactPeers);
    QCOMPARE(result.peers.size(), 2);
    QCOMPARE(result.peers.at(0).toString(), QStringLiteral("127.0.0.2:6881"));
    QCOMPARE(result.peers.at(0).peerId, QByteArray("-qB4250-abcdefghijkl"));
    QCOMPARE(result.peers.at(1).toString(), QStringLiteral("example.com:1")); // BEP 3 allows names
    QCOMPARE(result.peersDropped, 3); // "2001:db8" is no address nor name, no ip, bad port
}

void TestHttpAnnounceReplyParser::dictionaryPeersByHostName_data()
{
    QTest::addColumn<QByteArray>("ip");
    QTest::addColumn<QString>("hostName"); // empty: the entry is dropped
    QTest::newRow("name") << QByteArray("peer.example.org") << QStringLiteral("peer.example.org");
    QTest::newRow("upper case, final dot")
        << QByteArray("Seed-1.Example.NET.") << QStringLiteral("seed-1.example.net");
    QTest::newRow("one label") << QByteArray("seedbox") << QStringLiteral("seedbox");
    QTest::newRow("broken IPv4 literal") << QByteArray("1.2.3.999") << QString();
    QTest::newRow("underscore") << QByteArray("bad_name.example") << QString();
    QTest::newRow("leading hyphen") << QByteArray("-bad.example") << QString();
    QTest::newRow("empty label") << QByteArray("a..example") << QString();
    QTest::newRow("not ASCII") << QByteArray("p\xc3\xa9"
                                             "er.example")
                               << QString();
    QTest::newRow("label too long") << QByteArray(64, 'a') + ".example" << QString();
    QTest::newRow("name too long")
        << QByteArray(QByteArray(63, 'a') + '.').repeated(4) + "example" << QString();
}

void TestHttpAnnounceReplyParser::dictionaryPeersByHostName()
{
    QFETCH(QByteArray, ip);
    QFETCH(QString, hostName);
    const AnnounceResult result =
        parsed("d8:intervali60e5:peersld2:ip" + bencodedString(ip) + "4:porti6881eeee");
    QCOMPARE(result.outcome, ExchangeOutcome::Success);
    if (hostName.isEmpty()) {
        QVERIFY(result.peers.isEmpty());
        QCOMPARE(result.peersDropped, 1);
        return;
    }
    QCOMPARE(result.peersDropped, 0);
    QCOMPARE(result.peers.size(), 1);
    QCOMPARE(result.peers[0].hostName, hostName);
    QVERIFY(result.peers[0].address.isNull()); // not resolved by us
    QCOMPARE(result.peers[0].toString(), hostName + QStringLiteral(":6881"));
}

void TestHttpAnnounceReplyParser::peersOverTheCapAreDropped()
{
    QByteArray peers;
    for (int index = 1; index <= 30; ++index)
        peers += QByteArray::fromHex("7f000001") + char(0) + char(index);
    const AnnounceResult result =
        parsed("d8:intervali60e5:peers" + bencodedString(peers) + "e", 10);
    QCOMPARE(result.peers.size(), 10);
    QCOMPARE(result.peersDropped, 20);
    QCOMPARE(result.peers.last().port, 10);
}

void TestHttpAnnounceReplyParser::peers6AndExternalIpv6()
{
    const QByteArray peer6 = QByteArray::fromHex("20010db8000000000000000000000001"
                                                 "1ae1");
    const QByteArray external = QByteArray::fromHex("fe800000000000000000000000000099");
    const QByteArray body = "d11:external ip" + bencodedString(external) +
                            "8:intervali60e5:peers6:" + QByteArray::fromHex("010101010050") +
                            "6:peers6" + bencodedString(peer6) + "e";
    const AnnounceResult result = parsed(body);
    QCOMPARE(result.outcome, ExchangeOutcome::Success);
    QCOMPARE(result.peers.size(), 2);
    QCOMPARE(result.peers.at(1).toString(), QStringLiteral("[2001:db8::1]:6881"));
    QCOMPARE(result.externalIp, QHostAddress(QStringLiteral("fe80::99")));
}

void TestHttpAnnounceReplyParser::retryIn_data()
{
    QTest::addColumn<QByteArray>("retryIn");
    QTest::addColumn<int>("minutes"); // -1: none
    QTest::addColumn<bool>("never");
    QTest::newRow("absent") << QByteArray() << -1 << false;
    QTest::newRow("integer") << QByteArray("i30e") << 30 << false;
    QTest::newRow("digits") << QByteArray("2:45") << 45 << false;
    QTest::newRow("never") << QByteArray("5:never") << -1 << true;
    QTest::newRow("zero") << QByteArray("i0e") << -1 << false;
    QTest::newRow("garbage") << QByteArray("4:soon") << -1 << false;
}

void TestHttpAnnounceReplyParser::retryIn()
{
    QFETCH(QByteArray, retryIn);
    QFETCH(int, minutes);
    QFETCH(bool, never);
    QByteArray body = "d14:failure reason4:gone";
    if (!retryIn.isEmpty())
        body += "8:retry in" + retryIn;
    const AnnounceResult result = parsed(body + "e");
    QCOMPARE(result.outcome, ExchangeOutcome::TrackerFailure);
    QCOMPARE(result.failureReason, QStringLiteral("gone"));
    QCOMPARE(result.retryInMinutes.value_or(-1), minutes);
    QCOMPARE(result.retryNever, never);
}

void TestHttpAnnounceReplyParser::unknownKeysKeptRaw()
{
    const AnnounceResult result = parsed("d8:intervali60e5:peers0:3:xyzli1e1:ae12:crypto_flags0:e");
    QCOMPARE(result.unknownKeys.size(), 2);
    QCOMPARE(result.unknownKeys.value("xyz"), QByteArray("li1e1:ae"));
    QCOMPARE(result.unknownKeys.value("crypto_flags"), QByteArray("0:"));
}

void TestHttpAnnounceReplyParser::missingIntervalIsNoted()
{
    const AnnounceResult result = parsed("d8:completei-1e8:intervali-5e5:peers0:e");
    QCOMPARE(result.outcome, ExchangeOutcome::Success);
    QCOMPARE(result.interval, -1);
    QCOMPARE(result.seeders, -1); // negative counts are unknown, not numbers
    QCOMPARE(result.leechers, -1);
    QVERIFY(result.notes.join(u'\n').contains(QLatin1String("1800")));
}

void TestHttpAnnounceReplyParser::survivesHostileInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("deep nesting") << QByteArray(100'000, 'l');
    QTest::newRow("huge length") << QByteArray("d5:peers99999999999999:e");
    QTest::newRow("peers list of junk") << QByteArray("d5:peersli1e3:abcleleedeee");
    QTest::newRow("peer ip list") << QByteArray("d5:peersld2:ipli1ee4:porti1eeee");
    QTest::newRow("external ip odd") << QByteArray("d11:external ip3:abc5:peers0:e");
    QTest::newRow("binary") << QByteArray::fromHex("00ff64ff3a00");
}

void TestHttpAnnounceReplyParser::survivesHostileInput()
{
    QFETCH(QByteArray, body);
    const AnnounceResult result = parsed(body);
    QVERIFY(result.outcome == ExchangeOutcome::Success ||
            result.outcome == ExchangeOutcome::InvalidResponse);
    QVERIFY(result.outcome == ExchangeOutcome::Success || !result.errorMessage.isEmpty());
}

QTEST_GUILESS_MAIN(TestHttpAnnounceReplyParser)
#include "tst_httpannouncereplyparser.moc"
