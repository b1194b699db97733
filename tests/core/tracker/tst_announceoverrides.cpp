#include "fakehostresolver.h"
#include "tracker/announceoverrides.h"
#include "tracker/http/httptrackerclient.h"
#include "tracker/http/trackerrequesturl.h"
#include "tracker/udp/udptrackerclient.h"
#include "tracker/udp/udptrackerpacket.h"
#include "tracker/websocket/websockettrackerclient.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;

// The chosen values on the wire of each protocol, and what each says it cannot carry.
class TestAnnounceOverrides : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applyToSetsOnlyWhatWasChosen();
    void describeListsTheValuesSent();
    void httpAnnounceCarriesEveryChosenValue();
    void udpAnnounceCarriesIpv4AndUrlData();
    void udpSaysWhatItCannotCarry();
    void webSocketSaysWhatItCannotCarry();
    void httpCarriesEverything();
};

namespace {

AnnounceRequest baseRequest(const QString &url)
{
    AnnounceRequest request;
    request.trackerUrl = QUrl(url);
    request.infoHash = QByteArray(20, '\x11');
    request.peerId = QByteArray("-TI0010-abcdefghijkl");
    request.port = 6881;
    request.uploaded = 0;
    request.downloaded = 0;
    request.left = 1000;
    request.event = AnnounceEvent::Started;
    request.numwant = 50;
    request.key = 0x01020304;
    return request;
}

AnnounceOverrides everything()
{
    AnnounceOverrides overrides;
    overrides.event = AnnounceEvent::Paused;
    overrides.uploaded = 111;
    overrides.downloaded = 222;
    overrides.left = 0;
    overrides.numwant = 7;
    overrides.port = 51413;
    overrides.peerId = QByteArray("-qB4630-\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c");
    overrides.key = 0xdeadbeef;
    overrides.compact = false;
    overrides.ip = u"peer.example.org"_s;
    overrides.extraParameters = {{"passkey", "a b&c"}, {"x", ""}};
    overrides.userAgent = QByteArray("qBittorrent/4.6.3");
    return overrides;
}

// name=value pairs of the URL's query as a tracker decodes them, in order.
QList<QPair<QByteArray, QByteArray>> queryPairs(const QUrl &url)
{
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &pair : url.query(QUrl::FullyEncoded).toLatin1().split('&')) {
        const qsizetype equals = pair.indexOf('=');
        pairs.append({QByteArray::fromPercentEncoding(pair.first(equals)),
                      QByteArray::fromPercentEncoding(pair.mid(equals + 1))});
    }
    return pairs;
}

QByteArray valueOf(const QList<QPair<QByteArray, QByteArray>> &pairs, const QByteArray &name)
{
    for (const auto &[key, value] : pairs) {
        if (key == name)
            return value;
    }
    return "(absent)";
}

} // namespace

void TestAnnounceOverrides::applyToSetsOnlyWhatWasChosen()
{
    AnnounceRequest request = baseRequest(u"http://127.0.0.1/announce"_s);
    AnnounceOverrides overrides;
    overrides.uploaded = 5;
    overrides.compact = false;
    QVERIFY(!overrides.isEmpty());
    overrides.applyTo(request);
    QCOMPARE(request.uploaded, 5);
    QVERIFY(!request.compact);
    QCOMPARE(request.event, AnnounceEvent::Started); // kept
    QCOMPARE(request.peerId, QByteArray("-TI0010-abcdefghijkl"));
    QCOMPARE(request.key, quint32(0x01020304));
    QVERIFY(AnnounceOverrides().isEmpty());
}

void TestAnnounceOverrides::describeListsTheValuesSent()
{
    const QStringList described = everything().describe();
    QVERIFY(described.contains(u"uploaded=111"_s));
    QVERIFY(described.contains(u"left=0"_s));
    QVERIFY(described.contains(u"compact=0"_s));
    QVERIFY(described.contains(u"event=paused"_s));
    QVERIFY(described.contains(u"key=deadbeef"_s));
    QVERIFY(described.contains(u"peer_id=2d7142343633302d0102030405060708090a0b0c"_s));
    QVERIFY(described.contains(u"passkey=a b&c"_s));
    QVERIFY(described.contains(u"User-Agent: qBittorrent/4.6.3"_s));
}

void TestAnnounceOverrides::httpAnnounceCarriesEveryChosenValue()
{
    AnnounceRequest request = baseRequest(u"http://127.0.0.1:6969/announce?pk=1"_s);
    everything().applyTo(request);
    const QUrl url = TrackerRequestUrl::announceUrl(request);
    const auto pairs = queryPairs(url);
    QCOMPARE(pairs.first().first, QByteArray("pk")); // the tracker's own query first
    QCOMPARE(valueOf(pairs, "peer_id"), *everything().peerId);
    QCOMPARE(valueOf(pairs, "port"), QByteArray("51413"));
    QCOMPARE(valueOf(pairs, "uploaded"), QByteArray("111"));
    QCOMPARE(valueOf(pairs, "downloaded"), QByteArray("222"));
    QCOMPARE(valueOf(pairs, "left"), QByteArray("0"));
    QCOMPARE(valueOf(pairs, "compact"), QByteArray("0"));
    QCOMPARE(valueOf(pairs, "numwant"), QByteArray("7"));
    QCOMPARE(valueOf(pairs, "key"), QByteArray("deadbeef"));
    QCOMPARE(valueOf(pairs, "event"), QByteArray("paused"));
    QCOMPARE(valueOf(pairs, "ip"), QByteArray("peer.example.org"));
    QCOMPARE(valueOf(pairs, "passkey"), QByteArray("a b&c"));
    QCOMPARE(valueOf(pairs, "x"), QByteArray(""));
    // Percent-encoded: the '&' inside a value never splits it.
    QVERIFY(url.query(QUrl::FullyEncoded).contains(u"passkey=a%20b%26c"_s));
    QCOMPARE(pairs.last().first, QByteArray("x")); // the chosen ones last
}

void TestAnnounceOverrides::udpAnnounceCarriesIpv4AndUrlData()
{
    AnnounceRequest request = baseRequest(u"udp://127.0.0.1:6969/announce?pk=1"_s);
    AnnounceOverrides overrides = everything();
    overrides.ip = u"192.0.2.7"_s;
    overrides.applyTo(request);
    const QByteArray packet = UdpTrackerPacket::announceRequest(1, 2, request);
    constexpr int kIpOffset = 84;
    QCOMPARE(packet.mid(kIpOffset, 4), QByteArray::fromHex("c0000207"));
    QCOMPARE(packet.mid(36, 20), *overrides.peerId);
    QCOMPARE(packet.mid(88, 4), QByteArray::fromHex("deadbeef")); // key
    QCOMPARE(packet.mid(96, 2), QByteArray::fromHex("c8d5"));     // port 51413
    const QByteArray urlData = "/announce?pk=1&passkey=a%20b%26c&x=";
    QCOMPARE(packet.mid(UdpTrackerPacket::kAnnounceRequestSize),
             QByteArray("\x02") + char(urlData.size()) + urlData + QByteArray(1, '\0'));
    // A host name or an IPv6 address leaves the field 0: the source address.
    QCOMPARE(UdpTrackerPacket::ipv4Field(u"peer.example.org"_s), quint32(0));
    QCOMPARE(UdpTrackerPacket::ipv4Field(u"2001:db8::1"_s), quint32(0));
    // Parameters with no path in the URL: the URL data starts at "/".
    AnnounceRequest bare = baseRequest(u"udp://127.0.0.1:6969"_s);
    bare.extraParameters = {{"a", "1"}};
    QCOMPARE(UdpTrackerPacket::urlData(bare), QByteArray("/?a=1"));
}

void TestAnnounceOverrides::udpSaysWhatItCannotCarry()
{
    FakeHostResolver resolver;
    const UdpTrackerClient client(&resolver);
    const QStringList unsent = client.unsentOverrides(everything());
    QCOMPARE(unsent.size(), 5);
    QVERIFY(unsent.join(u'\n').contains(u"User-Agent"));
    QVERIFY(unsent.join(u'\n').contains(u"compact=0"));
    QVERIFY(unsent.join(u'\n').contains(u"event=paused"));
    QVERIFY(unsent.join(u'\n').contains(u"ip=peer.example.org"));
    QVERIFY(unsent.join(u'\n').contains(u"BEP 41"));
    AnnounceOverrides carried;
    carried.ip = u"192.0.2.7"_s;
    carried.event = AnnounceEvent::Completed;
    carried.uploaded = 1;
    QVERIFY(client.unsentOverrides(carried).isEmpty());
}

void TestAnnounceOverrides::webSocketSaysWhatItCannotCarry()
{
    FakeHostResolver resolver;
    const WebSocketTrackerClient client(&resolver);
    QCOMPARE(client.unsentOverrides(everything()).size(), 7);
    AnnounceOverrides carried;
    carried.event = AnnounceEvent::Paused;
    carried.uploaded = 1;
    carried.downloaded = 2;
    carried.left = 0;
    carried.peerId = *everything().peerId;
    QVERIFY(client.unsentOverrides(carried).isEmpty());
}

void TestAnnounceOverrides::httpCarriesEverything()
{
    QNetworkAccessManager network;
    const HttpTrackerClient client(&network);
    QVERIFY(client.unsentOverrides(everything()).isEmpty());
}

QTEST_GUILESS_MAIN(TestAnnounceOverrides)
#include "tst_announceoverrides.moc"
