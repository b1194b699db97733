#include "errortext.h"
#include "tracker/udp/udptrackerpacket.h"

#include <QTest>
#include <QtEndian>

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

QByteArray replyHeader(quint32 action, quint32 transactionId)
{
    QByteArray out(8, '\0');
    qToBigEndian(action, out.data());
    qToBigEndian(transactionId, out.data() + 4);
    return out;
}

UdpReplyExpectation expecting(UdpTrackerAction action, int peerEntrySize = 6, int hashes = 0)
{
    UdpReplyExpectation expected;
    expected.transactionId = 0x01020304;
    expected.action = action;
    expected.peerEntrySize = peerEntrySize;
    expected.requestedHashCount = hashes;
    return expected;
}

} // namespace

class TestUdpTrackerPacket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedRepliesReadByTheSameRules();
    void connectRequestLayout();
    void announceRequestLayout();
    void announceEventNumbers_data();
    void announceEventNumbers();
    void urlDataOptions_data();
    void urlDataOptions();
    void scrapeRequestLayout();
    void parsesConnectReply();
    void parsesIpv4AnnounceReply();
    void parsesIpv6AnnounceReply();
    void parsesAnnounceReplyWithoutPeers();
    void readsIpv4EntriesSentOverIpv6();
    void keepsCompleteEntriesOfRaggedPeerLists_data();
    void keepsCompleteEntriesOfRaggedPeerLists();
    void dropsUnusableAndExcessPeers();
    void parsesScrapeReply();
    void parsesErrorReply_data();
    void parsesErrorReply();
    void rejectsMalformedReplies_data();
    void rejectsMalformedReplies();
};

void TestUdpTrackerPacket::connectRequestLayout()
{
    QCOMPARE(UdpTrackerPacket::connectRequest(0xdeadbeef),
             hex("00000417 27101980 00000000 deadbeef"));
}

void TestUdpTrackerPacket::announceRequestLayout()
{
    AnnounceRequest request;
    request.trackerUrl = QUrl(QStringLiteral("udp://127.0.0.1:6969"));
    request.infoHash = QByteArray(20, '\x11');
    request.peerId = QByteArray("-TI0001-abcdefghijkl");
    request.downloaded = 0x0102030405060708LL;
    request.left = 1000;
    request.uploaded = 5;
    request.event = AnnounceEvent::Started;
    request.key = 0xcafebabe;
    request.numwant = -1;
    request.port = 6881;
    const QByteArray packet =
        UdpTrackerPacket::announceRequest(0x1122334455667788ULL, 0x0a0b0c0d, request);
    const QByteArray expected = hex("1122334455667788 00000001 0a0b0c0d") + QByteArray(20, '\x11') +
                                QByteArray("-TI0001-abcdefghijkl") +
                                hex("0102030405060708 00000000000003e8 0000000000000005"
                                    "00000002 00000000 cafebabe ffffffff 1ae1");
    QCOMPARE(packet.size(), UdpTrackerPacket::kAnnounceRequestSize);
    QCOMPARE(packet, expected);
}

void TestUdpTrackerPacket::announceEventNumbers_data()
{
    QTest::addColumn<int>("event");
    QTest::addColumn<quint32>("number");
    QTest::newRow("none") << int(AnnounceEvent::None) << 0U;
    QTest::newRow("completed") << int(AnnounceEvent::Completed) << 1U;
    QTest::newRow("started") << int(AnnounceEvent::Started) << 2U;
    QTest::newRow("stopped") << int(AnnounceEvent::Stopped) << 3U;
    QTest::newRow("paused is none") << int(AnnounceEvent::Paused) << 0U;
}

void TestUdpTrackerPacket::announceEventNumbers()
{
    QFETCH(int, event);
    QFETCH(quint32, number);
    AnnounceRequest request;
    request.event = AnnounceEvent(event);
    const QByteArray packet = UdpTrackerPacket::announceRequest(1, 2, request);
    QCOMPARE(qFromBigEndian<quint32>(packet.constData() + 80), number);
}

void TestUdpTrackerPacket::urlDataOptions_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("options");
    QTest::newRow("no path") << QStringLiteral("udp://tracker.example:1337") << QByteArray();
    QTest::newRow("path") << QStringLiteral("udp://tracker.example:1337/announce")
                          << QByteArray("\x02\x09/announce\x00", 12);
    QTest::newRow("passkey") << QStringLiteral("udp://t.example:80/announce?passkey=abc")
                             << QByteArray("\x02\x15/announce?passkey=abc\x00", 24);
    QTest::newRow("fragment dropped")
        << QStringLiteral("udp://t.example:80/a?b=c#frag") << QByteArray("\x02\x06/a?b=c\x00", 9);
    QTest::newRow("percent-encoded kept")
        << QStringLiteral("udp://t.example:80/p%20q") << QByteArray("\x02\x06/p%20q\x00", 9);
    const QByteArray path255 = '/' + QByteArray(254, 'a');
    QTest::newRow("255 bytes: one chunk")
        << QStringLiteral("udp://t.example:80") + QString::fromLatin1(path255)
        << QByteArray("\x02\xff") + path255 + QByteArray(1, '\0');
    const QByteArray path256 = '/' + QByteArray(255, 'b');
    QTest::newRow("256 bytes: two chunks")
        << QStringLiteral("udp://t.example:80") + QString::fromLatin1(path256)
        << QByteArray("\x02\xff") + path256.left(255) + QByteArray("\x02\x01") + path256.mid(255) +
               QByteArray(1, '\0');
    const QByteArray path600 = "/announce?k=" + QByteArray(588, 'c');
    QTest::newRow("600 bytes: three chunks")
        << QStringLiteral("udp://t.example:80") + QString::fromLatin1(path600)
        << QByteArray("\x02\xff") + path600.left(255) + QByteArray("\x02\xff") +
               path600.mid(255, 255) + QByteArray("\x02\x5a") + path600.mid(510) +
               QByteArray(1, '\0');
}

void TestUdpTrackerPacket::urlDataOptions()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, options);
    QCOMPARE(UdpTrackerPacket::urlDataOptions(QUrl(url)), options);
    AnnounceRequest request;
    request.trackerUrl = QUrl(url);
    const QByteArray packet = UdpTrackerPacket::announceRequest(1, 2, request);
    QCOMPARE(packet.mid(UdpTrackerPacket::kAnnounceRequestSize), options);
}

void TestUdpTrackerPacket::scrapeRequestLayout()
{
    const QList<QByteArray> hashes{QByteArray(20, 'a'), QByteArray(20, 'b')};
    QCOMPARE(UdpTrackerPacket::scrapeRequest(0x0102030405060708ULL, 0x99887766, hashes),
             hex("0102030405060708 00000002 99887766") + hashes[0] + hashes[1]);
}

void TestUdpTrackerPacket::parsesConnectReply()
{
    const QByteArray packet = replyHeader(0, 0x01020304) + hex("fedcba9876543210");
    const Expected<UdpTrackerReply> reply =
        UdpTrackerPacket::parseReply(packet, expecting(UdpTrackerAction::Connect));
    QVERIFY2(reply, qPrintable(errorText(reply)));
    QCOMPARE(reply->action, UdpTrackerAction::Connect);
    QCOMPARE(reply->connectionId, 0xfedcba9876543210ULL);
}

void TestUdpTrackerPacket::parsesIpv4AnnounceReply()
{
    const QByteArray packet = replyHeader(1, 0x01020304) + hex("00000708 00000003 00000005") +
                              hex("7f000001 1ae1 0a000002 c350");
    const Expected<UdpTrackerReply> reply =
        UdpTrackerPacket::parseReply(packet, expecting(UdpTrackerAction::Announce));
    QVERIFY2(reply, qPrintable(errorText(reply)));
    QCOMPARE(reply->interval, 1800);
    QCOMPARE(reply->leechers, 3);
    QCOMPARE(reply->seeders, 5);
    const QList<TrackerPeer> expected{{QHostAddress(QStringLiteral("127.0.0.1")), 6881, {}},
                                      {QHostAddress(QStringLiteral("10.0.0.2")), 50000, {}}};
    QCOMPARE(reply->peers, expected);
    QCOMPARE(reply->peersDropped, 0);
}

void TestUdpTrackerPacket::parsesIpv6AnnounceReply()
{
    const QByteArray packet = replyHeader(1, 0x01020304) + hex("00000708 00000001 00000001") +
                              hex("00000000000000000000000000000001 1ae1") +
                              hex("00000000000000000000ffff0a000002 1ae2");
    const Expected<UdpTrackerReply> reply =
        UdpTrackerPacket::parseReply(packet, expecting(UdpTrackerAction::Announce, 18));
    QVERIFY2(reply, qPrintable(errorText(reply)));
    QCOMPARE(reply->peers.size(), 2);
    QCOMPARE(reply->peers[0].address, QHostAddress(QStringLiteral("::1")));
    QCOMPARE(reply->peers[0].port, 6881);
    QCOMPARE(reply->peers[1].address.protocol(), QAbstractSocket::IPv4Protocol);
    QCOMPARE(reply->peers[1].address, QHostAddress(QStringLiteral("10.0.0.2")));
}

void TestUdpTrackerPacket::parsesAnnounceReplyWithoutPeers()
{
    const QByteArray packet = replyHeader(1, 0x01020304) + hex("00000708 00000000 00000001");
    for (const int entrySize : {6, 18}) {
        const Expected<UdpTrackerReply> reply =
            UdpTrackerPacket::parseReply(packet, expecting(UdpTrackerAction::Announce, entrySize));
        QVERIFY2(reply, qPrintable(errorText(reply)));
        QVERIFY(reply->peers.isEmpty());
        QCOMPARE(reply->seeders, 1);
    }
}

void TestUdpTrackerPacket::readsIpv4EntriesSentOverIpv6()
{
    // WebTorrent's tracker answers on its IPv6 socket with 6-byte IPv4 entries: two peers, 12
    // bytes, which no count of 18-byte entries fits.
    const QByteArray twoIpv4 = replyHeader(1, 0x01020304) + hex("00000708 00000001 00000001") +
                               hex("7f000001 1ae1 7f000002 1ae2");
    Expected<UdpTrackerReply> reply =
        UdpTrackerPacket::parseReply(twoIpv4, expecting(UdpTrackerAction::Announce, 18));
    QVERIFY2(reply, qPrintable(errorText(reply)));
    QVERIFY(reply->ipv4EntriesOverIpv6);
    QCOMPARE(reply->peers.size(), 2);
    QCOMPARE(reply->peers[0].address, QHostAddress(QStringLiteral("127.0.0.1")));
    QCOMPARE(reply->peers[1].port, quint16(0x1ae2));

    // 18 bytes fit one IPv6 entry and three IPv4 ones: the BEP's reading wins.
    const QByteArray oneIpv6 = replyHeader(1, 0x01020304) + hex("00000708 00000000 00000001") +
                               hex("00000000 00000000 00000000 00000001 1ae1");
    reply = UdpTrackerPacket::parseReply(oneIpv6, expecting(UdpTrackerAction::Announce, 18));
    QVERIFY(reply);
    QVERIFY(!reply->ipv4EntriesOverIpv6);
    QCOMPARE(reply->peers.size(), 1);
    QCOMPARE(reply->peers[0].address, QHostAddress(QStringLiteral("::1")));

    // Over IPv4 nothing changes: 18 bytes are three IPv4 entries. 7 bytes fit neither size:
    // they stay stray bytes of an 18-byte list, not a 6-byte entry and a stray byte.
    reply = UdpTrackerPacket::parseReply(oneIpv6, expecting(UdpTrackerAction::Announce, 6));
    QVERIFY(!reply->ipv4EntriesOverIpv6);
    const QByteArray seven =
        replyHeader(1, 0x01020304) + hex("00000708 00000000 00000001") + hex("7f000001 1ae1 00");
    reply = UdpTrackerPacket::parseReply(seven, expecting(UdpTrackerAction::Announce, 18));
    QVERIFY2(reply, qPrintable(errorText(reply)));
    QVERIFY(!reply->ipv4EntriesOverIpv6);
    QVERIFY(reply->peers.isEmpty());
    QCOMPARE(reply->strayPeerBytes->entrySize, 18);
    QCOMPARE(reply->strayPeerBytes->bytes.size(), 7);
}

void TestUdpTrackerPacket::keepsCompleteEntriesOfRaggedPeerLists_data()
{
    QTest::addColumn<QByteArray>("peerBytes");
    QTest::addColumn<int>("entrySize");
    QTest::addColumn<int>("peerCount");
    QTest::addColumn<QByteArray>("stray");
    QTest::newRow("IPv4, a byte over") << hex("7f000001 1ae1 7f") << 6 << 1 << hex("7f");
    QTest::newRow("IPv4, five bytes over")
        << hex("7f000001 1ae1 0a000002 1ae2 0a000003 1a") << 6 << 2 << hex("0a000003 1a");
    QTest::newRow("IPv6, an entry and 4 bytes")
        << hex("00000000000000000000000000000001 1ae1 20010db8") << 18 << 1 << hex("20010db8");
    QTest::newRow("IPv4, whole") << hex("7f000001 1ae1") << 6 << 1 << QByteArray();
}

void TestUdpTrackerPacket::keepsCompleteEntriesOfRaggedPeerLists()
{
    QFETCH(QByteArray, peerBytes);
    QFETCH(int, entrySize);
    QFETCH(int, peerCount);
    QFETCH(QByteArray, stray);
    const QByteArray packet =
        replyHeader(1, 0x01020304) + hex("00000708 00000000 00000001") + peerBytes;
    const Expected<UdpTrackerReply> reply =
        UdpTrackerPacket::parseReply(packet, expecting(UdpTrackerAction::Announce, entrySize));
    QVERIFY2(reply, qPrintable(errorText(reply)));
    QCOMPARE(reply->peers.size(), peerCount);
    QCOMPARE(reply->peersDropped, 0);
    QCOMPARE(reply->seeders, 1);
    QCOMPARE(reply->strayPeerBytes.has_value(), !stray.isEmpty());
    if (stray.isEmpty())
        return;
    QCOMPARE(reply->strayPeerBytes->bytes, stray);
    QCOMPARE(reply->strayPeerBytes->entrySize, entrySize);
    QCOMPARE(reply->strayPeerBytes->listSize, peerBytes.size());
}

void TestUdpTrackerPacket::dropsUnusableAndExcessPeers()
{
    const QByteArray packet = replyHeader(1, 0x01020304) + hex("00000708 00000000 00000000") +
                              hex("7f000001 0000 00000000 1ae1 7f000001 0001 7f000002 0002"
                                  "7f000003 0003");
    UdpReplyExpectation expected = expecting(UdpTrackerAction::Announce);
    expected.maxPeersKept = 2;
    const Expected<UdpTrackerReply> reply = UdpTrackerPacket::parseReply(packet, expected);
    QVERIFY(reply);
    QCOMPARE(reply->peers.size(), 2);
    QCOMPARE(reply->peers[1].address, QHostAddress(QStringLiteral("127.0.0.2")));
    QCOMPARE(reply->peersDropped, 3); // port 0, address 0.0.0.0, one over the cap
}

void TestUdpTrackerPacket::parsesScrapeReply()
{
    const QByteArray packet = replyHeader(2, 0x01020304) + hex("00000001 00000002 00000003") +
                              hex("0000000a 0000000b 0000000c");
    const Expected<UdpTrackerReply> reply =
        UdpTrackerPacket::parseReply(packet, expecting(UdpTrackerAction::Scrape, 6, 3));
    QVERIFY2(reply, qPrintable(errorText(reply)));
    QCOMPARE(reply->scrapeCounts.size(), 2); // the third hash was left out
    QCOMPARE(reply->scrapeCounts[0].seeders, 1);
    QCOMPARE(reply->scrapeCounts[0].completed, 2);
    QCOMPARE(reply->scrapeCounts[0].leechers, 3);
    QCOMPARE(reply->scrapeCounts[1].leechers, 12);
}

void TestUdpTrackerPacket::parsesErrorReply_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("plain") << QByteArray("Connection ID missmatch.")
                           << QStringLiteral("Connection ID missmatch.");
    QTest::newRow("C string") << QByteArray("not authorized\0\0", 16)
                              << QStringLiteral("not authorized");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("UTF-8") << QByteArray("d\xc3\xa9j\xc3\xa0") << QStringLiteral("déjà");
}

void TestUdpTrackerPacket::parsesErrorReply()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    for (const UdpTrackerAction action :
         {UdpTrackerAction::Connect, UdpTrackerAction::Announce, UdpTrackerAction::Scrape}) {
        const Expected<UdpTrackerReply> reply = UdpTrackerPacket::parseReply(
            QByteArray(replyHeader(3, 0x01020304) + text), expecting(action));
        QVERIFY(reply);
        QCOMPARE(reply->action, UdpTrackerAction::Error);
        QCOMPARE(reply->errorMessage, message);
    }
}

void TestUdpTrackerPacket::rejectsMalformedReplies_data()
{
    QTest::addColumn<QByteArray>("packet");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("peerEntrySize");
    QTest::addColumn<QString>("problem");
    const int connect = int(UdpTrackerAction::Connect);
    const int announce = int(UdpTrackerAction::Announce);
    const int scrape = int(UdpTrackerAction::Scrape);
    const QByteArray counts = hex("00000708 00000000 00000000");
    QTest::newRow("empty") << QByteArray() << connect << 6
                           << QStringLiteral("a packet of 0 byte(s) is too short for a reply");
    QTest::newRow("7 bytes") << hex("00000000 010203") << connect << 6
                             << QStringLiteral("a packet of 7 byte(s) is too short for a reply");
    QTest::newRow("wrong transaction id")
        << replyHeader(0, 0x01020305) + QByteArray(8, '\0') << connect << 6
        << QStringLiteral("transaction id 01020305 does not match the request's 01020304");
    QTest::newRow("wrong action") << replyHeader(2, 0x01020304) + counts << announce << 6
                                  << QStringLiteral(
                                         "a reply of action \"scrape\" to the announce request");
    QTest::newRow("unknown action")
        << replyHeader(7, 0x01020304) + counts << announce << 6
        << QStringLiteral("a reply of action \"7\" to the announce request");
    QTest::newRow("short connect") << replyHeader(0, 0x01020304) + hex("0011223344") << connect << 6
                                   << QStringLiteral("a connect reply of 13 byte(s); it needs 16");
    QTest::newRow("short announce")
        << replyHeader(1, 0x01020304) + hex("00000708 00000000") << announce << 6
        << QStringLiteral("an announce reply of 16 bytes is shorter than the 20 bytes of its "
                          "counts");
    QTest::newRow("bare announce header (opentracker, hash not served)")
        << replyHeader(1, 0x01020304) << announce << 6
        << QStringLiteral("an announce reply of 8 bytes, without counts or peers (opentracker "
                          "answers so for an info hash it does not serve)");
    // (Ragged peer lists keep their complete entries: see keepsCompleteEntriesOfRaggedPeerLists.)
    QTest::newRow("ragged scrape")
        << replyHeader(2, 0x01020304) + hex("00000001 00000002") << scrape << 6
        << QStringLiteral("a scrape reply of 16 bytes is not 8 + a multiple of 12");
    QTest::newRow("more scrape entries than hashes")
        << replyHeader(2, 0x01020304) + QByteArray(36, '\0') << scrape << 6
        << QStringLiteral("a scrape reply with 3 entries for 2 info hashes");
}

void TestUdpTrackerPacket::rejectsMalformedReplies()
{
    QFETCH(QByteArray, packet);
    QFETCH(int, action);
    QFETCH(int, peerEntrySize);
    QFETCH(QString, problem);
    const Expected<UdpTrackerReply> reply =
        UdpTrackerPacket::parseReply(packet, expecting(UdpTrackerAction(action), peerEntrySize, 2));
    QVERIFY(!reply);
    QCOMPARE(reply.error().kind(), Error::Kind::Malformed);
    QCOMPARE(reply.error().message(), problem);
}

void TestUdpTrackerPacket::storedRepliesReadByTheSameRules()
{
    // A scrape reply of two entries: counts in BEP 15 order, its own transaction id.
    const QByteArray scrape = QByteArray::fromHex("00000002cafef00d"
                                                  "000000050000000700000009"
                                                  "000000010000000200000003");
    Expected<UdpTrackerReply> reply = UdpTrackerPacket::parseStoredReply(scrape, false, 10);
    QVERIFY(reply);
    QCOMPARE(reply->transactionId, 0xcafef00dU);
    QCOMPARE(reply->action, UdpTrackerAction::Scrape);
    QCOMPARE(reply->scrapeCounts.size(), 2);
    QCOMPARE(reply->scrapeCounts[1].seeders, 1);
    QCOMPARE(reply->scrapeCounts[1].completed, 2);
    QCOMPARE(reply->scrapeCounts[1].leechers, 3);
    // The same 18 peer bytes: one IPv6 entry over IPv6, three IPv4 entries over IPv4.
    const QByteArray announce = QByteArray::fromHex("0000000100000001"
                                                    "000007080000000000000001"
                                                    "20010db80000000000000000000000011ae1");
    const Expected<UdpTrackerReply> overIpv6 =
        UdpTrackerPacket::parseStoredReply(announce, true, 10);
    QCOMPARE(overIpv6->peers.size(), 1);
    QCOMPARE(overIpv6->peers[0].toString(), QStringLiteral("[2001:db8::1]:6881"));
    const Expected<UdpTrackerReply> overIpv4 =
        UdpTrackerPacket::parseStoredReply(announce, false, 10);
    QCOMPARE(overIpv4->peers.size() + overIpv4->peersDropped, 3); // two have port 0
    // Malformed stays malformed, with the reason; an unknown action keeps its number.
    reply = UdpTrackerPacket::parseStoredReply(QByteArray::fromHex("0000000112345678"), false, 10);
    QVERIFY(!reply);
    QVERIFY(reply.error().message().contains(QLatin1String("8 bytes")));
    const QByteArray unknown = QByteArray::fromHex("0000000712345678");
    QVERIFY(!UdpTrackerPacket::parseStoredReply(unknown, false, 10));
    QCOMPARE(UdpTrackerPacket::readHeader(unknown)->actionNumber, 7U);
    QCOMPARE(UdpTrackerPacket::readHeader(unknown)->transactionId, 0x12345678U);
    QVERIFY(!UdpTrackerPacket::readHeader(QByteArray(7, '\0')));
    QCOMPARE(UdpTrackerPacket::actionName(7), QStringLiteral("7"));
}

QTEST_GUILESS_MAIN(TestUdpTrackerPacket)
#include "tst_udptrackerpacket.moc"
