#include "tracker/udp/udptrackerpacket.h"
#include "tracker/udp/udptrackerrequestreader.h"

#include <QTest>

class TestUdpTrackerRequestReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheAnnounceThePacketBuilderWrote();
    void readsEveryHashOfAScrape();
    void readsAConnectsHeader();
    void refusesMalformedRequests_data();
    void refusesMalformedRequests();
};

void TestUdpTrackerRequestReader::readsTheAnnounceThePacketBuilderWrote()
{
    AnnounceRequest request;
    request.trackerUrl = QUrl(QStringLiteral("udp://tracker.example:6969/announce?passkey=abc"));
    request.infoHash = QByteArray(20, '\x11');
    request.peerId = QByteArray("-TI0100-") + QByteArray(12, '\x7f');
    request.port = 51413;
    request.uploaded = 3;
    request.downloaded = 1234567890123;
    request.left = 100152;
    request.event = AnnounceEvent::Stopped;
    request.numwant = -1;
    request.key = 0xdeadbeef;
    const QByteArray packet =
        UdpTrackerPacket::announceRequest(0x0102030405060708ULL, 0xcafef00d, request);
    const Expected<UdpTrackerRequestFields> fields = UdpTrackerRequestReader::read(packet);
    QVERIFY(fields);
    QCOMPARE(fields->connectionId, 0x0102030405060708ULL);
    QCOMPARE(fields->actionNumber, quint32(UdpTrackerAction::Announce));
    QCOMPARE(fields->transactionId, 0xcafef00du);
    QCOMPARE(fields->infoHashes, QList<QByteArray>{request.infoHash});
    QCOMPARE(fields->peerId, request.peerId);
    QCOMPARE(fields->uploaded, 3);
    QCOMPARE(fields->downloaded, 1234567890123);
    QCOMPARE(fields->left, 100152);
    QCOMPARE(fields->eventNumber, UdpTrackerPacket::eventNumber(AnnounceEvent::Stopped));
    QCOMPARE(fields->ipAddress, 0u);
    QCOMPARE(fields->key, 0xdeadbeefu);
    QCOMPARE(fields->numWant, -1);
    QCOMPARE(fields->port, quint16(51413));
    QCOMPARE(fields->urlData, QByteArray("/announce?passkey=abc")); // BEP 41
}

void TestUdpTrackerRequestReader::readsEveryHashOfAScrape()
{
    const QList<QByteArray> hashes{QByteArray(20, 'a'), QByteArray(20, '\xfe')};
    const Expected<UdpTrackerRequestFields> fields =
        UdpTrackerRequestReader::read(UdpTrackerPacket::scrapeRequest(7, 9, hashes));
    QVERIFY(fields);
    QCOMPARE(fields->actionNumber, quint32(UdpTrackerAction::Scrape));
    QCOMPARE(fields->transactionId, 9u);
    QCOMPARE(fields->infoHashes, hashes);
    QCOMPARE(fields->port, quint16(0)); // not in a scrape
}

void TestUdpTrackerRequestReader::readsAConnectsHeader()
{
    const Expected<UdpTrackerRequestFields> fields =
        UdpTrackerRequestReader::read(UdpTrackerPacket::connectRequest(0x42));
    QVERIFY(fields);
    QCOMPARE(fields->connectionId, UdpTrackerPacket::kProtocolId);
    QCOMPARE(fields->actionNumber, quint32(UdpTrackerAction::Connect));
    QCOMPARE(fields->transactionId, 0x42u);
    QVERIFY(fields->infoHashes.isEmpty());
}

void TestUdpTrackerRequestReader::refusesMalformedRequests_data()
{
    QTest::addColumn<QByteArray>("packet");
    AnnounceRequest request;
    request.infoHash = QByteArray(20, 'h');
    request.peerId = QByteArray(20, 'p');
    request.trackerUrl = QUrl(QStringLiteral("udp://t.example:1/announce"));
    const QByteArray announce = UdpTrackerPacket::announceRequest(1, 2, request);
    QTest::newRow("shorter than a header") << QByteArray(15, '\0');
    QTest::newRow("announce cut short")
        << announce.left(UdpTrackerPacket::kAnnounceRequestSize - 1);
    QByteArray overrun = announce.left(UdpTrackerPacket::kAnnounceRequestSize);
    overrun.append(char(UdpTrackerPacket::kOptionUrlData)).append(char(200)).append("/a");
    QTest::newRow("option past the end") << overrun;
    QTest::newRow("scrape hash cut short")
        << UdpTrackerPacket::scrapeRequest(1, 2, {QByteArray(20, 'x')}).chopped(1);
}

void TestUdpTrackerRequestReader::refusesMalformedRequests()
{
    QFETCH(QByteArray, packet);
    const Expected<UdpTrackerRequestFields> fields = UdpTrackerRequestReader::read(packet);
    QVERIFY(!fields);
    QCOMPARE(fields.error().kind(), Error::Kind::Malformed);
    QVERIFY(fields.error().hasOffset());
    QVERIFY(!fields.error().message().isEmpty());
}

QTEST_GUILESS_MAIN(TestUdpTrackerRequestReader)
#include "tst_udptrackerrequestreader.moc"
