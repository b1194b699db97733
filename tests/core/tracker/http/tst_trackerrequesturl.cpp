#include "tracker/http/trackerrequesturl.h"

#include <QTest>
#include <QUrlQuery>

class TestTrackerRequestUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentEncodesEveryByte();
    void binaryRoundTripsThroughUrl_data();
    void binaryRoundTripsThroughUrl();
    void urlQueryAloneWouldMangleBinary();
    void announceUrlCarriesEveryParameter();
    void announceUrlKeepsExistingQuery_data();
    void announceUrlKeepsExistingQuery();
    void announceEvent_data();
    void announceEvent();
    void scrapeUrl_data();
    void scrapeUrl();
    void scrapeBatchRepeatsInfoHash();
};

namespace {

QByteArray allBytes()
{
    QByteArray bytes;
    for (int value = 0; value < 256; ++value)
        bytes += char(value);
    return bytes;
}

// The raw query values of `name` as a tracker decodes them: split on '&', percent-decode.
QList<QByteArray> rawValues(const QUrl &url, QByteArrayView name)
{
    QList<QByteArray> values;
    const QByteArray query = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority |
                                           QUrl::RemovePath | QUrl::RemoveFragment)
                                 .mid(1);
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        if (equals >= 0 && QByteArrayView(pair).first(equals) == name)
            values.append(QByteArray::fromPercentEncoding(pair.mid(equals + 1)));
    }
    return values;
}

AnnounceRequest sampleRequest(const QByteArray &infoHash)
{
    AnnounceRequest request;
    request.trackerUrl = QUrl(QStringLiteral("http://127.0.0.1:6969/announce"));
    request.infoHash = infoHash;
    request.peerId = QByteArrayLiteral("-TI0001-\x01\x02\xff\xfe+ &=%?#/");
    request.port = 51413;
    request.uploaded = 1;
    request.downloaded = 2;
    request.left = 3'000'000'000LL;
    request.numwant = 80;
    request.key = 0x00c0ffee;
    return request;
}

} // namespace

void TestTrackerRequestUrl::percentEncodesEveryByte()
{
    QCOMPARE(TrackerRequestUrl::percentEncode("aZ09-._~"), QByteArray("aZ09-._~"));
    QCOMPARE(TrackerRequestUrl::percentEncode(QByteArrayLiteral("\x00\xff+ /")),
             QByteArray("%00%FF%2B%20%2F"));
    const QByteArray encoded = TrackerRequestUrl::percentEncode(allBytes());
    QCOMPARE(QByteArray::fromPercentEncoding(encoded), allBytes());
}

void TestTrackerRequestUrl::binaryRoundTripsThroughUrl_data()
{
    QTest::addColumn<QByteArray>("infoHash");
    QTest::newRow("low bytes") << allBytes().mid(0, 20);
    QTest::newRow("reserved characters") << QByteArray("+&=%?#/ ;:@$,[]!'()*");
    QTest::newRow("high bytes") << allBytes().mid(236, 20);
    QTest::newRow("invalid UTF-8")
        << QByteArray::fromHex("c3ffc0afeda080f8888080800000000000000000");
    for (int start = 20; start < 236; start += 20)
        QTest::addRow("bytes %d..%d", start, start + 19) << allBytes().mid(start, 20);
}

void TestTrackerRequestUrl::binaryRoundTripsThroughUrl()
{
    QFETCH(QByteArray, infoHash);
    const AnnounceRequest request = sampleRequest(infoHash);
    const QUrl url = TrackerRequestUrl::announceUrl(request);
    QVERIFY(url.isValid());
    // What goes on the wire is url.toEncoded(); parse it back as a tracker would.
    const QUrl onTheWire = QUrl::fromEncoded(url.toEncoded());
    QCOMPARE(rawValues(onTheWire, "info_hash"), QList<QByteArray>{infoHash});
    QCOMPARE(rawValues(onTheWire, "peer_id"), QList<QByteArray>{request.peerId});
    QVERIFY(!url.toEncoded().contains('+')); // '+' would read as a space to some trackers
}

void TestTrackerRequestUrl::urlQueryAloneWouldMangleBinary()
{
    // The reason this class exists: QUrlQuery turns bytes over 0x7f into U+FFFD.
    const QByteArray infoHash = QByteArray::fromHex("ff00c3aa8090a0b0c0d0e0f0010203040506078f");
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("info_hash"), QString::fromUtf8(infoHash));
    QUrl mangled(QStringLiteral("http://127.0.0.1/announce"));
    mangled.setQuery(query);
    QVERIFY(rawValues(mangled, "info_hash").value(0) != infoHash);
    const QUrl ours = TrackerRequestUrl::announceUrl(sampleRequest(infoHash));
    QCOMPARE(rawValues(ours, "info_hash").value(0), infoHash);
}

void TestTrackerRequestUrl::announceUrlCarriesEveryParameter()
{
    AnnounceRequest request = sampleRequest(QByteArray(20, 'a'));
    request.trackerId = "tracker id!";
    const QUrl url = TrackerRequestUrl::announceUrl(request);
    QCOMPARE(url.path(), QStringLiteral("/announce"));
    QCOMPARE(rawValues(url, "port"), QList<QByteArray>{"51413"});
    QCOMPARE(rawValues(url, "uploaded"), QList<QByteArray>{"1"});
    QCOMPARE(rawValues(url, "downloaded"), QList<QByteArray>{"2"});
    QCOMPARE(rawValues(url, "left"), QList<QByteArray>{"3000000000"});
    QCOMPARE(rawValues(url, "compact"), QList<QByteArray>{"1"});
    QCOMPARE(rawValues(url, "numwant"), QList<QByteArray>{"80"});
    QCOMPARE(rawValues(url, "key"), QList<QByteArray>{"00c0ffee"});
    QCOMPARE(rawValues(url, "event"), QList<QByteArray>{"started"});
    QCOMPARE(rawValues(url, "trackerid"), QList<QByteArray>{"tracker id!"});

    request.numwant = -1;
    request.trackerId.clear();
    const QUrl plain = TrackerRequestUrl::announceUrl(request);
    QVERIFY(rawValues(plain, "numwant").isEmpty());
    QVERIFY(rawValues(plain, "trackerid").isEmpty());
}

void TestTrackerRequestUrl::announceUrlKeepsExistingQuery_data()
{
    QTest::addColumn<QString>("trackerUrl");
    QTest::addColumn<QByteArray>("expectedStart");
    QTest::newRow("passkey") << QStringLiteral("https://t.example/a1b2/announce?passkey=x%2By")
                             << QByteArray(
                                    "https://t.example/a1b2/announce?passkey=x%2By&info_hash=");
    QTest::newRow("trailing ampersand")
        << QStringLiteral("http://127.0.0.1/announce.php?uid=5&")
        << QByteArray("http://127.0.0.1/announce.php?uid=5&info_hash=");
    QTest::newRow("no query") << QStringLiteral("http://127.0.0.1:80/announce#frag")
                              << QByteArray("http://127.0.0.1:80/announce?info_hash=");
}

void TestTrackerRequestUrl::announceUrlKeepsExistingQuery()
{
    QFETCH(QString, trackerUrl);
    QFETCH(QByteArray, expectedStart);
    AnnounceRequest request = sampleRequest(QByteArray(20, 'b'));
    request.trackerUrl = QUrl(trackerUrl);
    const QByteArray encoded = TrackerRequestUrl::announceUrl(request).toEncoded();
    QVERIFY2(encoded.startsWith(expectedStart), encoded.constData());
    QVERIFY(!encoded.contains('#'));
}

void TestTrackerRequestUrl::announceEvent_data()
{
    QTest::addColumn<AnnounceEvent>("event");
    QTest::addColumn<QList<QByteArray>>("expected");
    QTest::newRow("none") << AnnounceEvent::None << QList<QByteArray>{};
    QTest::newRow("started") << AnnounceEvent::Started << QList<QByteArray>{"started"};
    QTest::newRow("completed") << AnnounceEvent::Completed << QList<QByteArray>{"completed"};
    QTest::newRow("stopped") << AnnounceEvent::Stopped << QList<QByteArray>{"stopped"};
    QTest::newRow("paused") << AnnounceEvent::Paused << QList<QByteArray>{"paused"};
}

void TestTrackerRequestUrl::announceEvent()
{
    QFETCH(AnnounceEvent, event);
    QFETCH(QList<QByteArray>, expected);
    AnnounceRequest request = sampleRequest(QByteArray(20, 'c'));
    request.event = event;
    QCOMPARE(rawValues(TrackerRequestUrl::announceUrl(request), "event"), expected);
}

void TestTrackerRequestUrl::scrapeUrl_data()
{
    QTest::addColumn<QString>("announceUrl");
    QTest::addColumn<QString>("expected"); // empty: no scrape
    QTest::newRow("plain") << QStringLiteral("http://example.com/announce")
                           << QStringLiteral("http://example.com/scrape");
    QTest::newRow("x prefix") << QStringLiteral("http://example.com/x/announce")
                              << QStringLiteral("http://example.com/x/scrape");
    QTest::newRow("php") << QStringLiteral("http://example.com/announce.php")
                         << QStringLiteral("http://example.com/scrape.php");
    QTest::newRow("query kept") << QStringLiteral("https://example.com/announce?x2%0644")
                                << QStringLiteral("https://example.com/scrape?x2%0644");
    QTest::newRow("passkey segment") << QStringLiteral("http://example.com:81/pk123/announce")
                                     << QStringLiteral("http://example.com:81/pk123/scrape");
    QTest::newRow("not last segment")
        << QStringLiteral("http://example.com/announce/x") << QString();
    QTest::newRow("no announce") << QStringLiteral("http://example.com/a") << QString();
    QTest::newRow("slash in query") << QStringLiteral("http://example.com/announce?x=2/4")
                                    << QStringLiteral("http://example.com/scrape?x=2/4");
    QTest::newRow("inside segment") << QStringLiteral("http://example.com/x%064announce")
                                    << QStringLiteral("http://example.com/x%064scrape");
    QTest::newRow("no path") << QStringLiteral("http://example.com") << QString();
    // Found by fuzz_trackerurl: an invalid URL still has a path with "announce" in it.
    QTest::newRow("invalid url") << QStringLiteral("1:/announce") << QString();
}

void TestTrackerRequestUrl::scrapeUrl()
{
    QFETCH(QString, announceUrl);
    QFETCH(QString, expected);
    const Expected<QUrl> scrape = TrackerRequestUrl::scrapeUrl(QUrl(announceUrl));
    QCOMPARE(scrape.hasValue(), !expected.isEmpty());
    if (expected.isEmpty())
        QVERIFY(scrape.error().message().contains(QLatin1String("no scrape")));
    else
        QCOMPARE(scrape->toString(QUrl::FullyEncoded), expected);
}

void TestTrackerRequestUrl::scrapeBatchRepeatsInfoHash()
{
    const QList<QByteArray> hashes{QByteArray(20, '\x01'), QByteArray(20, '\xfe'),
                                   QByteArray(20, '+')};
    const QUrl url = TrackerRequestUrl::scrapeBatchUrl(
        QUrl(QStringLiteral("http://127.0.0.1/scrape?passkey=1")), hashes);
    QCOMPARE(rawValues(url, "info_hash"), hashes);
    QCOMPARE(rawValues(url, "passkey"), QList<QByteArray>{"1"});
}

QTEST_GUILESS_MAIN(TestTrackerRequestUrl)
#include "tst_trackerrequesturl.moc"
