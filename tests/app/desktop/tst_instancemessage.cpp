#include "desktop/instancemessage.h"

#include <QTest>
#include <QtEndian>

namespace {
QByteArray framed(const QByteArray &payload)
{
    QByteArray prefix(InstanceMessage::kLengthPrefixBytes, Qt::Uninitialized);
    qToBigEndian(quint32(payload.size()), prefix.data());
    return prefix + payload;
}

QByteArray payloadOf(QByteArray frame)
{
    QByteArray payload;
    if (InstanceMessage::takeFrame(frame, payload) != InstanceMessage::FrameStatus::Complete)
        return QByteArray();
    return payload;
}
} // namespace

class TestInstanceMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsRoundTrip_data();
    void requestsRoundTrip();
    void refusesRequests_data();
    void refusesRequests();
    void acknowledgementsRoundTrip();
    void readsFramesPiecewise();
    void refusesOversizedFrames();
    void splitsLongListsIntoRequests_data();
    void splitsLongListsIntoRequests();
    void leavesOutSourcesNoFrameHolds();
};

void TestInstanceMessage::requestsRoundTrip_data()
{
    QTest::addColumn<QStringList>("sources");
    QTest::addColumn<QString>("token");
    QTest::newRow("nothing: show the window") << QStringList() << QString();
    QTest::newRow("file and magnet")
        << QStringList{QStringLiteral("/home/a/b c.torrent"),
                       QStringLiteral(
                           "magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567")}
        << QStringLiteral("activation-token-1");
    QTest::newRow("odd characters")
        << QStringList{QStringLiteral("/tmp/ünï \"quoted\"\n.torrent")} << QString();
}

void TestInstanceMessage::requestsRoundTrip()
{
    QFETCH(QStringList, sources);
    QFETCH(QString, token);
    const QByteArray payload = payloadOf(InstanceMessage::encodeRequest({sources, token}));
    const std::optional<InstanceRequest> decoded = InstanceMessage::decodeRequest(payload);
    QVERIFY(decoded);
    QCOMPARE(decoded->sources, sources);
    QCOMPARE(decoded->activationToken, token);
}

void TestInstanceMessage::refusesRequests_data()
{
    QTest::addColumn<QByteArray>("payload");
    QString tooMany = QStringLiteral(R"({"type":"open","sources":[)");
    for (qsizetype index = 0; index <= InstanceMessage::kMaximumSources; ++index)
        tooMany += (index > 0 ? u"," : u"") + QStringLiteral("\"/x%1\"").arg(index);
    tooMany += u"]}";
    QTest::newRow("not JSON") << QByteArray("hello there");
    QTest::newRow("array") << QByteArray(R"(["/a.torrent"])");
    QTest::newRow("wrong type") << QByteArray(R"({"type":"opened","sources":[]})");
    QTest::newRow("no sources") << QByteArray(R"({"type":"open"})");
    QTest::newRow("source not a string") << QByteArray(R"({"type":"open","sources":[1]})");
    QTest::newRow("empty source") << QByteArray(R"({"type":"open","sources":[""]})");
    QTest::newRow("token not a string")
        << QByteArray(R"({"type":"open","sources":[],"activation_token":3})");
    QTest::newRow("too many sources") << tooMany.toUtf8();
    QTest::newRow("empty") << QByteArray();
}

void TestInstanceMessage::refusesRequests()
{
    QFETCH(QByteArray, payload);
    QVERIFY(!InstanceMessage::decodeRequest(payload));
}

void TestInstanceMessage::acknowledgementsRoundTrip()
{
    QCOMPARE(InstanceMessage::decodeAcknowledgement(
                 payloadOf(InstanceMessage::encodeAcknowledgement(7))),
             7);
    QCOMPARE(InstanceMessage::decodeAcknowledgement(
                 payloadOf(InstanceMessage::encodeRequest({{QStringLiteral("/a")}, {}}))),
             -1);
    QCOMPARE(InstanceMessage::decodeAcknowledgement(R"({"type":"opened","count":-2})"), -1);
    QCOMPARE(InstanceMessage::decodeAcknowledgement("garbage"), -1);
}

void TestInstanceMessage::readsFramesPiecewise()
{
    const QByteArray first = InstanceMessage::encodeRequest({{QStringLiteral("/a")}, {}});
    const QByteArray second = InstanceMessage::encodeAcknowledgement(1);
    const QByteArray stream = first + second;
    QByteArray buffer;
    QByteArray payload;
    QList<QByteArray> payloads;
    for (char byte : stream) { // one byte at a time, as a slow socket might deliver them
        buffer.append(byte);
        while (InstanceMessage::takeFrame(buffer, payload) ==
               InstanceMessage::FrameStatus::Complete)
            payloads.append(payload);
    }
    QCOMPARE(payloads.size(), 2);
    QCOMPARE(payloads.at(0), first.mid(InstanceMessage::kLengthPrefixBytes));
    QCOMPARE(payloads.at(1), second.mid(InstanceMessage::kLengthPrefixBytes));
    QVERIFY(buffer.isEmpty());
}

void TestInstanceMessage::refusesOversizedFrames()
{
    QByteArray buffer("\xff\xff\xff\xff", 4);
    QByteArray payload;
    QCOMPARE(InstanceMessage::takeFrame(buffer, payload), InstanceMessage::FrameStatus::Oversized);
    buffer = framed(QByteArray(InstanceMessage::kMaximumMessageBytes + 1, 'x')).left(8);
    QCOMPARE(InstanceMessage::takeFrame(buffer, payload), InstanceMessage::FrameStatus::Oversized);
    buffer = framed(QByteArray(InstanceMessage::kMaximumMessageBytes, 'x'));
    QCOMPARE(InstanceMessage::takeFrame(buffer, payload), InstanceMessage::FrameStatus::Complete);
}

void TestInstanceMessage::splitsLongListsIntoRequests_data()
{
    QTest::addColumn<int>("sourceCount");
    QTest::addColumn<int>("sourceLength");
    QTest::addColumn<int>("requestCount");
    QTest::newRow("none") << 0 << 10 << 1;
    QTest::newRow("a few") << 3 << 100 << 1;
    QTest::newRow("more than one request holds")
        << int(InstanceMessage::kMaximumSources * 2 + 1) << 20 << 3;
    QTest::newRow("long paths fill frames by size") << 100 << 4096 << 3;
}

void TestInstanceMessage::splitsLongListsIntoRequests()
{
    QFETCH(int, sourceCount);
    QFETCH(int, sourceLength);
    QFETCH(int, requestCount);
    QStringList sources;
    for (int index = 0; index < sourceCount; ++index)
        sources.append(QString::number(index).leftJustified(sourceLength, u'x'));
    QStringList skipped;
    const QList<InstanceRequest> requests =
        InstanceMessage::splitIntoRequests(sources, QStringLiteral("token"), &skipped);
    QCOMPARE(requests.size(), requestCount);
    QVERIFY(skipped.isEmpty());
    QStringList rejoined;
    for (const InstanceRequest &request : requests) {
        QCOMPARE(request.activationToken, QStringLiteral("token"));
        const QByteArray frame = InstanceMessage::encodeRequest(request);
        QVERIFY(frame.size() <=
                InstanceMessage::kLengthPrefixBytes + InstanceMessage::kMaximumMessageBytes);
        QVERIFY(InstanceMessage::decodeRequest(payloadOf(frame))); // the receiver accepts it
        rejoined += request.sources;
    }
    QCOMPARE(rejoined, sources);
}

void TestInstanceMessage::leavesOutSourcesNoFrameHolds()
{
    const QString huge(InstanceMessage::kMaximumMessageBytes, u'x');
    QStringList skipped;
    const QList<InstanceRequest> requests = InstanceMessage::splitIntoRequests(
        {QStringLiteral("/a"), huge, QStringLiteral("/b")}, QString(), &skipped);
    QCOMPARE(skipped, QStringList{huge});
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().sources, (QStringList{QStringLiteral("/a"), QStringLiteral("/b")}));
}

QTEST_GUILESS_MAIN(TestInstanceMessage)
#include "tst_instancemessage.moc"
