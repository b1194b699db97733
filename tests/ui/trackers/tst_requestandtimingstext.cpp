#include "engine/exchangelogentry.h"
#include "tracker/http/trackerrequesturl.h"
#include "tracker/udp/udptrackerpacket.h"
#include "tracker/websocket/websockettrackermessage.h"
#include "trackers/requestandtimingstext.h"

#include <QTest>

namespace {
const QByteArray kInfoHash = QByteArray::fromHex("e00321904ecef03dd4a7781988a020be6a371028");

AnnounceRequest announceTo(const QString &url)
{
    AnnounceRequest request;
    request.trackerUrl = QUrl(url);
    request.infoHash = kInfoHash;
    request.peerId = QByteArray("-TI0100-") + QByteArray(12, '\x01');
    request.port = 51413;
    request.left = 100152;
    request.event = AnnounceEvent::Started;
    request.numwant = 50;
    return request;
}

QStringList fieldNames(const QList<RequestAndTimingsText::Field> &fields)
{
    QStringList names;
    for (const auto &[name, value] : fields)
        names << name;
    return names;
}

QString valueOf(const QList<RequestAndTimingsText::Field> &fields, const QString &wanted)
{
    for (const auto &[name, value] : fields) {
        if (name == wanted)
            return value;
    }
    return QString();
}
} // namespace

class TestRequestAndTimingsText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void udpRequestShowsEveryField();
    void webSocketRequestShowsEveryField();
    void httpRequestShowsTheQuery();
    void everyProtocolHasTheSameSections_data();
    void everyProtocolHasTheSameSections();
};

void TestRequestAndTimingsText::udpRequestShowsEveryField()
{
    ExchangeRecord record;
    record.rawRequest = UdpTrackerPacket::announceRequest(
        7, 9, announceTo(QStringLiteral("udp://127.0.0.1:6969/announce")));
    const QList<RequestAndTimingsText::Field> fields =
        RequestAndTimingsText::requestFields(record, TrackerProtocol::Udp);
    for (const char *name : {"connection_id", "action", "transaction_id", "info_hash", "peer_id",
                             "downloaded", "left", "uploaded", "event", "key", "num_want", "port"})
        QVERIFY2(fieldNames(fields).contains(QLatin1String(name)), name);
    QCOMPARE(valueOf(fields, QStringLiteral("info_hash")), QString::fromLatin1(kInfoHash.toHex()));
    QCOMPARE(valueOf(fields, QStringLiteral("port")), QStringLiteral("51413"));
    QCOMPARE(valueOf(fields, QStringLiteral("event")), QStringLiteral("2 (started)"));
    QCOMPARE(valueOf(fields, QStringLiteral("left")), QStringLiteral("100152"));
}

void TestRequestAndTimingsText::webSocketRequestShowsEveryField()
{
    ExchangeRecord record;
    record.rawRequest =
        WebSocketTrackerMessage::announce(announceTo(QStringLiteral("ws://127.0.0.1:8000")));
    const QList<RequestAndTimingsText::Field> fields =
        RequestAndTimingsText::requestFields(record, TrackerProtocol::WebSocket);
    // Binary strings as the bytes they stand for, in hex, never as Latin-1 garbage.
    QCOMPARE(valueOf(fields, QStringLiteral("info_hash")), QString::fromLatin1(kInfoHash.toHex()));
    QCOMPARE(
        valueOf(fields, QStringLiteral("peer_id")),
        QString::fromLatin1(QByteArray(QByteArray("-TI0100-") + QByteArray(12, '\x01')).toHex()));
    QCOMPARE(valueOf(fields, QStringLiteral("event")), QStringLiteral("started"));
    QCOMPARE(valueOf(fields, QStringLiteral("left")), QStringLiteral("100152"));
    ExchangeRecord scrape;
    scrape.rawRequest = WebSocketTrackerMessage::scrape({kInfoHash, QByteArray(20, '\xff')});
    const QList<RequestAndTimingsText::Field> scrapeFields =
        RequestAndTimingsText::requestFields(scrape, TrackerProtocol::WebSocket);
    QCOMPARE(fieldNames(scrapeFields).count(QStringLiteral("info_hash")), 2); // one a line
}

void TestRequestAndTimingsText::httpRequestShowsTheQuery()
{
    ExchangeRecord record;
    record.requestDescription =
        TrackerRequestUrl::announceUrl(announceTo(QStringLiteral("http://127.0.0.1:6969/announce")))
            .toString(QUrl::FullyEncoded);
    const QList<RequestAndTimingsText::Field> fields =
        RequestAndTimingsText::requestFields(record, TrackerProtocol::Http);
    QCOMPARE(valueOf(fields, QStringLiteral("info_hash")), QString::fromLatin1(kInfoHash.toHex()));
    QCOMPARE(valueOf(fields, QStringLiteral("port")), QStringLiteral("51413"));
    QCOMPARE(valueOf(fields, QStringLiteral("event")), QStringLiteral("started"));
}

void TestRequestAndTimingsText::everyProtocolHasTheSameSections_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QByteArray>("rawRequest");
    QTest::addColumn<QString>("description");
    const AnnounceRequest request = announceTo(QStringLiteral("udp://127.0.0.1:6969/announce"));
    QTest::newRow("udp") << int(TrackerProtocol::Udp)
                         << UdpTrackerPacket::announceRequest(1, 2, request)
                         << QStringLiteral("udp://127.0.0.1:6969/announce announce started");
    QTest::newRow("websocket") << int(TrackerProtocol::WebSocket)
                               << WebSocketTrackerMessage::announce(request)
                               << QStringLiteral("ws://127.0.0.1:8000 announce started");
    QTest::newRow("http") << int(TrackerProtocol::Http) << QByteArray()
                          << TrackerRequestUrl::announceUrl(request).toString();
}

void TestRequestAndTimingsText::everyProtocolHasTheSameSections()
{
    QFETCH(int, protocol);
    QFETCH(QByteArray, rawRequest);
    QFETCH(QString, description);
    ExchangeLogEntry entry;
    entry.summary = QStringLiteral("1 peer(s), interval 1800 s");
    entry.record.requestDescription = description;
    entry.record.rawRequest = rawRequest;
    entry.record.rawReply = QByteArray(26, 'r');
    entry.record.firstByteMs = 3;
    entry.record.finishedMs = 4;
    const QString text =
        RequestAndTimingsText::text(entry, TrackerProtocol(protocol), QStringLiteral("1.2.3.4:5"));
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.at(0), QStringLiteral("Request"));
    QVERIFY(lines.contains(QStringLiteral("Reply")));
    QVERIFY(lines.contains(QStringLiteral("Timings (from the start of the request)")));
    QVERIFY2(text.contains(QString::fromLatin1(kInfoHash.toHex())), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("1.2.3.4:5")));
    QVERIFY(text.contains(QStringLiteral("26 bytes")));
    QVERIFY(text.contains(QStringLiteral("3 ms")));
    QVERIFY(text.contains(entry.summary));
}

QTEST_MAIN(TestRequestAndTimingsText)
#include "tst_requestandtimingstext.moc"
