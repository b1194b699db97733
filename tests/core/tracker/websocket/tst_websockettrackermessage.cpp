#include "tracker/websocket/websockettrackermessage.h"
#include "tracker/websocket/websockettrackerreplyreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Kind = WebSocketTrackerReply::Kind;

namespace {

QByteArray allByteValues(int first)
{
    QByteArray bytes(20, '\0');
    for (int index = 0; index < bytes.size(); ++index)
        bytes[index] = char((first + index * 13) & 0xFF);
    return bytes;
}

QString binary(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QByteArray kHash = allByteValues(0xF0); // contains 0x00..0x1F, 0x7F..0xFF values
const QByteArray kOtherHash(20, '\x11');

} // namespace

class TestWebSocketTrackerMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void binaryStringsRoundTripEveryByte();
    void binaryStringsRefuseWideCharactersAndWrongLengths_data();
    void binaryStringsRefuseWideCharactersAndWrongLengths();
    void announceCarriesWebTorrentFields_data();
    void announceCarriesWebTorrentFields();
    void announceBytesAreUtf8OfTheBinaryString();
    void scrapeSendsStringOrArray_data();
    void scrapeSendsStringOrArray();
    void parsesMessages_data();
    void parsesMessages();
    void notesValuesOfTheWrongType_data();
    void notesValuesOfTheWrongType();
    void readsScrapeFiles();
    void readerFillsAnnounceResult();
    void readerFillsScrapeResultInRequestOrder();
    void flagsDownloadedMirroringComplete_data();
    void flagsDownloadedMirroringComplete();
};

void TestWebSocketTrackerMessage::binaryStringsRoundTripEveryByte()
{
    for (int first = 0; first < 256; first += 20) {
        QByteArray bytes(20, '\0');
        for (int index = 0; index < 20; ++index)
            bytes[index] = char((first + index) & 0xFF);
        const QString text = WebSocketTrackerMessage::binaryString(bytes);
        QCOMPARE(text.size(), 20);
        for (int index = 0; index < 20; ++index)
            QCOMPARE(int(text.at(index).unicode()), int(quint8(bytes[index])));
        QCOMPARE(WebSocketTrackerMessage::bytesFromBinaryString(text, 20).value_or(QByteArray()),
                 bytes);
    }
}

void TestWebSocketTrackerMessage::binaryStringsRefuseWideCharactersAndWrongLengths_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("wide character") << (QString(19, u'a') + QChar(0x0100));
    QTest::newRow("emoji (UTF-8 mangled hash)")
        << (QString(18, u'a') + QStringLiteral("\U0001F600"));
    QTest::newRow("19 units") << QString(19, u'a');
    QTest::newRow("21 units") << QString(21, u'a');
    QTest::newRow("empty") << QString();
}

void TestWebSocketTrackerMessage::binaryStringsRefuseWideCharactersAndWrongLengths()
{
    QFETCH(QString, text);
    QVERIFY(!WebSocketTrackerMessage::bytesFromBinaryString(text, 20).has_value());
}

void TestWebSocketTrackerMessage::announceCarriesWebTorrentFields_data()
{
    QTest::addColumn<int>("event");
    QTest::addColumn<QString>("expectedEvent"); // empty: no "event" key
    QTest::newRow("started") << int(AnnounceEvent::Started) << QStringLiteral("started");
    QTest::newRow("stopped") << int(AnnounceEvent::Stopped) << QStringLiteral("stopped");
    QTest::newRow("completed") << int(AnnounceEvent::Completed) << QStringLiteral("completed");
    QTest::newRow("paused") << int(AnnounceEvent::Paused) << QStringLiteral("paused");
    QTest::newRow("regular") << int(AnnounceEvent::None) << QString();
}

void TestWebSocketTrackerMessage::announceCarriesWebTorrentFields()
{
    QFETCH(int, event);
    QFETCH(QString, expectedEvent);
    AnnounceRequest request;
    request.infoHash = kHash;
    request.peerId = QByteArray("-TI0001-\x01\xff\x7f\x80zzzzzzzz", 20);
    request.uploaded = 123;
    request.downloaded = 4'000'000'000'000;
    request.left = 77;
    request.numwant = 50; // never sent: we want no WebRTC peers
    request.event = AnnounceEvent(event);
    const QByteArray message = WebSocketTrackerMessage::announce(request);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(message, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.value(u"action").toString(), QStringLiteral("announce"));
    QCOMPARE(object.value(u"info_hash").toString(), binary(kHash));
    QCOMPARE(object.value(u"peer_id").toString(), binary(request.peerId));
    QCOMPARE(object.value(u"numwant").toInteger(-1), 0);
    QCOMPARE(object.value(u"uploaded").toInteger(), 123);
    QCOMPARE(object.value(u"downloaded").toInteger(), 4'000'000'000'000);
    QCOMPARE(object.value(u"left").toInteger(), 77);
    QVERIFY(object.value(u"offers").isArray());
    QVERIFY(object.value(u"offers").toArray().isEmpty());
    QCOMPARE(object.contains(u"event"), !expectedEvent.isEmpty());
    QCOMPARE(object.value(u"event").toString(), expectedEvent);
}

void TestWebSocketTrackerMessage::announceBytesAreUtf8OfTheBinaryString()
{
    AnnounceRequest request;
    request.infoHash = QByteArray("\x00\xff\x80\x22\x5c"
                                  "aaaaaaaaaaaaaaa",
                                  20);
    request.peerId = QByteArray(20, 'p');
    const QByteArray message = WebSocketTrackerMessage::announce(request);
    // U+0000 escaped, U+00FF and U+0080 as two UTF-8 bytes each, quote and backslash escaped:
    // what JSON.stringify + UTF-8 gives in a browser.
    QVERIFY2(message.contains(QByteArray("\"info_hash\":\"\\u0000\xc3\xbf\xc2\x80\\\"\\\\aaa")),
             message.constData());
}

void TestWebSocketTrackerMessage::scrapeSendsStringOrArray_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("one") << 1;
    QTest::newRow("two") << 2;
    QTest::newRow("fifty") << 50;
}

void TestWebSocketTrackerMessage::scrapeSendsStringOrArray()
{
    QFETCH(int, count);
    QList<QByteArray> hashes;
    for (int index = 0; index < count; ++index)
        hashes.append(allByteValues(index * 7));
    const QJsonObject object =
        QJsonDocument::fromJson(WebSocketTrackerMessage::scrape(hashes)).object();
    QCOMPARE(object.value(u"action").toString(), QStringLiteral("scrape"));
    const QJsonValue value = object.value(u"info_hash");
    if (count == 1) {
        QCOMPARE(value.toString(), binary(hashes.constFirst()));
        return;
    }
    const QJsonArray array = value.toArray();
    QCOMPARE(array.size(), count);
    for (int index = 0; index < count; ++index)
        QCOMPARE(array.at(index).toString(), binary(hashes.at(index)));
}

void TestWebSocketTrackerMessage::parsesMessages_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("infoHash");
    QTest::addColumn<qint64>("complete");
    QTest::addColumn<qint64>("incomplete");
    QTest::addColumn<int>("interval");
    QTest::addColumn<QString>("failureReason");
    QTest::addColumn<QString>("errorPart"); // of `error`, for Invalid

    const QJsonObject announce{{QStringLiteral("action"), QStringLiteral("announce")},
                               {QStringLiteral("info_hash"), binary(kHash)},
                               {QStringLiteral("complete"), 3},
                               {QStringLiteral("incomplete"), 7},
                               {QStringLiteral("interval"), 120}};
    QTest::newRow("WebTorrent announce reply")
        << json(announce) << int(Kind::AnnounceReply) << kHash << qint64(3) << qint64(7) << 120
        << QString() << QString();
    QJsonObject failure{{QStringLiteral("action"), QStringLiteral("announce")},
                        {QStringLiteral("info_hash"), binary(kHash)},
                        {QStringLiteral("failure reason"), QStringLiteral("torrent not allowed")}};
    QTest::newRow("announce failure")
        << json(failure) << int(Kind::AnnounceReply) << kHash << qint64(-1) << qint64(-1) << -1
        << QStringLiteral("torrent not allowed") << QString();
    QTest::newRow("bare failure") << QByteArray(R"({"failure reason":"invalid info_hash"})")
                                  << int(Kind::FailureOnly) << QByteArray() << qint64(-1)
                                  << qint64(-1) << -1 << QStringLiteral("invalid info_hash")
                                  << QString();
    QJsonObject noAction = announce;
    noAction.remove(QStringLiteral("action"));
    QTest::newRow("announce without action")
        << json(noAction) << int(Kind::AnnounceReply) << kHash << qint64(3) << qint64(7) << 120
        << QString() << QString();
    QJsonObject offer{{QStringLiteral("action"), QStringLiteral("announce")},
                      {QStringLiteral("info_hash"), binary(kHash)},
                      {QStringLiteral("offer"), QJsonObject{{QStringLiteral("sdp"), u"v=0"_qs}}},
                      {QStringLiteral("offer_id"), QStringLiteral("abc")},
                      {QStringLiteral("peer_id"), binary(kOtherHash)}};
    QTest::newRow("offer") << json(offer) << int(Kind::Offer) << kHash << qint64(-1) << qint64(-1)
                           << -1 << QString() << QString();
    QJsonObject answer = offer;
    answer.remove(QStringLiteral("offer"));
    answer.insert(QStringLiteral("answer"), QJsonObject());
    QTest::newRow("answer") << json(answer) << int(Kind::Answer) << kHash << qint64(-1)
                            << qint64(-1) << -1 << QString() << QString();
    QTest::newRow("scrape") << QByteArray(R"({"action":"scrape","files":{}})")
                            << int(Kind::ScrapeReply) << QByteArray() << qint64(-1) << qint64(-1)
                            << -1 << QString() << QString();
    QTest::newRow("not JSON") << QByteArray("<html>502</html>") << int(Kind::Invalid)
                              << QByteArray() << qint64(-1) << qint64(-1) << -1 << QString()
                              << QStringLiteral("not JSON");
    QTest::newRow("truncated JSON")
        << json(announce).left(30) << int(Kind::Invalid) << QByteArray() << qint64(-1) << qint64(-1)
        << -1 << QString() << QStringLiteral("not JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << int(Kind::Invalid) << QByteArray()
                           << qint64(-1) << qint64(-1) << -1 << QString()
                           << QStringLiteral("not an object");
    QTest::newRow("empty object") << QByteArray("{}") << int(Kind::Invalid) << QByteArray()
                                  << qint64(-1) << qint64(-1) << -1 << QString()
                                  << QStringLiteral("not a tracker message");
    QTest::newRow("unknown action")
        << QByteArray(R"({"action":"connect"})") << int(Kind::Invalid) << QByteArray() << qint64(-1)
        << qint64(-1) << -1 << QString() << QStringLiteral("unknown action");
    QTest::newRow("empty") << QByteArray() << int(Kind::Invalid) << QByteArray() << qint64(-1)
                           << qint64(-1) << -1 << QString() << QStringLiteral("not JSON");
}

void TestWebSocketTrackerMessage::parsesMessages()
{
    QFETCH(QByteArray, message);
    QFETCH(int, kind);
    QFETCH(QByteArray, infoHash);
    QFETCH(qint64, complete);
    QFETCH(qint64, incomplete);
    QFETCH(int, interval);
    QFETCH(QString, failureReason);
    QFETCH(QString, errorPart);
    const WebSocketTrackerReply reply = WebSocketTrackerMessage::parse(message);
    QCOMPARE(int(reply.kind), kind);
    QCOMPARE(reply.infoHash, infoHash);
    QCOMPARE(reply.complete, complete);
    QCOMPARE(reply.incomplete, incomplete);
    QCOMPARE(reply.interval, interval);
    QCOMPARE(reply.failureReason, failureReason);
    QVERIFY2(reply.error.contains(errorPart), qPrintable(reply.error));
    QCOMPARE(reply.error.isEmpty(), errorPart.isEmpty());
    if (reply.kind == Kind::Offer) {
        QCOMPARE(reply.offerId, QByteArray("abc"));
        QCOMPARE(reply.fromPeerId, kOtherHash);
    }
}

void TestWebSocketTrackerMessage::notesValuesOfTheWrongType_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("problemPart");
    QTest::newRow("text count") << QByteArray(R"({"action":"announce","complete":"3"})")
                                << QStringLiteral("\"complete\" is not a count");
    QTest::newRow("negative") << QByteArray(R"({"action":"announce","incomplete":-1})")
                              << QStringLiteral("\"incomplete\" is not a count");
    QTest::newRow("fraction") << QByteArray(R"({"action":"announce","complete":1.5})")
                              << QStringLiteral("\"complete\" is not a count");
    QTest::newRow("beyond 2^53") << QByteArray(R"({"action":"announce","downloaded":1e300})")
                                 << QStringLiteral("\"downloaded\" is not a count");
    QTest::newRow("interval beyond int")
        << QByteArray(R"({"action":"announce","interval":4294967296})")
        << QStringLiteral("\"interval\" is not a count");
    QTest::newRow("short hash") << QByteArray(R"({"action":"announce","info_hash":"abc"})")
                                << QStringLiteral("\"info_hash\" is not a 20-byte binary string");
    QTest::newRow("wide hash") << QByteArray("{\"action\":\"announce\",\"info_hash\":\"\xe2\x82\xac"
                                             "aaaaaaaaaaaaaaaaaaa\"}")
                               << QStringLiteral("\"info_hash\" is not a 20-byte binary string");
    QTest::newRow("object failure") << QByteArray(R"({"failure reason":{"a":1}})")
                                    << QStringLiteral("\"failure reason\" is not text");
    QTest::newRow("files list") << QByteArray(R"({"action":"scrape","files":[]})")
                                << QStringLiteral("\"files\" is not a dictionary");
    QTest::newRow("files key") << QByteArray(R"({"action":"scrape","files":{"abc":{}}})")
                               << QStringLiteral("a \"files\" entry is not");
    QTest::newRow("unknown keys") << QByteArray(R"({"action":"announce","peers":[],"x":1})")
                                  << QString();
}

void TestWebSocketTrackerMessage::notesValuesOfTheWrongType()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, problemPart);
    const WebSocketTrackerReply reply = WebSocketTrackerMessage::parse(message);
    if (problemPart.isEmpty()) {
        QCOMPARE(reply.unknownKeys, QStringList({QStringLiteral("peers"), QStringLiteral("x")}));
        QVERIFY(reply.problems.isEmpty());
        return;
    }
    QVERIFY2(reply.problems.join(u'|').contains(problemPart),
             qPrintable(reply.problems.join(u'|')));
    QCOMPARE(reply.complete, qint64(-1));
    QCOMPARE(reply.incomplete, qint64(-1));
    QCOMPARE(reply.downloaded, qint64(-1));
    QCOMPARE(reply.interval, -1);
}

void TestWebSocketTrackerMessage::readsScrapeFiles()
{
    const QJsonObject files{{binary(kHash), QJsonObject{{QStringLiteral("complete"), 4},
                                                        {QStringLiteral("incomplete"), 2},
                                                        {QStringLiteral("downloaded"), 4}}},
                            {binary(kOtherHash), QJsonObject{{QStringLiteral("complete"), 0},
                                                             {QStringLiteral("incomplete"), 1},
                                                             {QStringLiteral("downloaded"), 9},
                                                             {QStringLiteral("downloaders"), 1}}}};
    const QByteArray message = json(
        {{QStringLiteral("action"), QStringLiteral("scrape")},
         {QStringLiteral("files"), files},
         {QStringLiteral("flags"), QJsonObject{{QStringLiteral("min_request_interval"), 600}}}});
    const WebSocketTrackerReply reply = WebSocketTrackerMessage::parse(message);
    QCOMPARE(int(reply.kind), int(Kind::ScrapeReply));
    QCOMPARE(reply.minRequestInterval, 600);
    QCOMPARE(reply.files.size(), 2);
    for (const WebSocketScrapeFile &file : reply.files) {
        const bool first = file.infoHash == kHash;
        QVERIFY(first || file.infoHash == kOtherHash);
        QCOMPARE(file.complete, first ? 4 : 0);
        QCOMPARE(file.incomplete, first ? 2 : 1);
        QCOMPARE(file.downloaded, first ? 4 : 9);
        QCOMPARE(file.downloaders, first ? -1 : 1);
    }
    QVERIFY(reply.problems.isEmpty());
}

void TestWebSocketTrackerMessage::readerFillsAnnounceResult()
{
    WebSocketTrackerReply reply;
    reply.kind = Kind::AnnounceReply;
    reply.complete = 2;
    reply.incomplete = 9;
    reply.interval = 120;
    reply.warningMessage = QStringLiteral("be nice");
    reply.unknownKeys = {QStringLiteral("peers")};
    AnnounceResult result;
    WebSocketTrackerReplyReader::readAnnounce(reply, &result);
    QVERIFY(result.succeeded());
    QCOMPARE(result.seeders, 2);
    QCOMPARE(result.leechers, 9);
    QCOMPARE(result.downloaded, -1);
    QCOMPARE(result.interval, 120);
    QCOMPARE(result.warningMessage, QStringLiteral("be nice"));
    QVERIFY(result.notes.join(u' ').contains(QLatin1String("peers")));

    reply.failureReason = QStringLiteral("go away");
    AnnounceResult failed;
    WebSocketTrackerReplyReader::readAnnounce(reply, &failed);
    QCOMPARE(failed.outcome, ExchangeOutcome::TrackerFailure);
    QCOMPARE(failed.failureReason, QStringLiteral("go away"));
    QVERIFY(failed.errorMessage.contains(QLatin1String("go away")));
    QCOMPARE(failed.seeders, -1);
}

void TestWebSocketTrackerMessage::readerFillsScrapeResultInRequestOrder()
{
    WebSocketTrackerReply reply;
    reply.kind = Kind::ScrapeReply;
    reply.files = {WebSocketScrapeFile{kOtherHash, 1, 2, 3, -1},
                   WebSocketScrapeFile{kHash, 5, 6, 5, -1},
                   WebSocketScrapeFile{QByteArray(20, 'z'), 0, 0, 0, -1}};
    const QByteArray absent(20, 'q');
    ScrapeResult result;
    WebSocketTrackerReplyReader::readScrape(reply, {kHash, absent, kOtherHash}, &result);
    QVERIFY(result.succeeded());
    QCOMPARE(result.entries.size(), 3);
    QCOMPARE(result.entries[0].infoHash, kHash);
    QCOMPARE(result.entries[0].seeders, 5);
    QCOMPARE(result.entries[0].leechers, 6);
    QCOMPARE(result.entries[0].completed, 5);
    QVERIFY(!result.entries[1].present);
    QCOMPARE(result.entries[1].seeders, -1);
    QCOMPARE(result.entries[2].seeders, 1);
    QCOMPARE(result.entries[2].completed, 3);
    const QString notes = result.notes.join(u' ');
    QVERIFY2(notes.contains(QLatin1String("left out 1 of 3")), qPrintable(notes));
    QVERIFY2(notes.contains(QLatin1String("added 1")), qPrintable(notes));
    QVERIFY(!result.downloadedMirrorsComplete); // 1 != 3
}

void TestWebSocketTrackerMessage::flagsDownloadedMirroringComplete_data()
{
    QTest::addColumn<QList<qint64>>("seedersAndCompleted"); // pairs
    QTest::addColumn<bool>("flagged");
    QTest::newRow("WebTorrent: equal, seeded") << QList<qint64>{3, 3, 0, 0} << true;
    QTest::newRow("all zero: no evidence") << QList<qint64>{0, 0, 0, 0} << false;
    QTest::newRow("one differs") << QList<qint64>{3, 3, 1, 4} << false;
    QTest::newRow("unknown downloaded") << QList<qint64>{3, -1} << false;
}

void TestWebSocketTrackerMessage::flagsDownloadedMirroringComplete()
{
    QFETCH(QList<qint64>, seedersAndCompleted);
    QFETCH(bool, flagged);
    QList<ScrapeEntry> entries;
    for (qsizetype index = 0; index + 1 < seedersAndCompleted.size(); index += 2) {
        ScrapeEntry entry;
        entry.present = true;
        entry.seeders = seedersAndCompleted[index];
        entry.completed = seedersAndCompleted[index + 1];
        entries.append(entry);
    }
    entries.append(ScrapeEntry{QByteArray(20, 'a')}); // absent entries do not count
    QCOMPARE(WebSocketTrackerReplyReader::downloadedMirrorsComplete(entries), flagged);
}

QTEST_GUILESS_MAIN(TestWebSocketTrackerMessage)
#include "tst_websockettrackermessage.moc"
