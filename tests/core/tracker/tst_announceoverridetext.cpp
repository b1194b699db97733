#include "tracker/announceidentity.h"
#include "tracker/announceoverridetext.h"

#include <QTest>
#include <limits>

// The one reader of the chosen announce values, shared by `check` and Announce With…: what it
// accepts, and that every refusal says why.
class TestAnnounceOverrideText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void events_data();
    void events();
    void counts_data();
    void counts();
    void peerIds_data();
    void peerIds();
    void peerIdPrefixIsPaddedLikeOurs();
    void keys_data();
    void keys();
    void addresses_data();
    void addresses();
    void portsAndNumwant();
    void parameters();
    void parameterLinesNameTheBadLine();
    void userAgents();
};

using namespace Qt::StringLiterals;
using Form = AnnounceOverrideText::PeerIdForm;

void TestAnnounceOverrideText::events_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<AnnounceEvent>("event");
    QTest::newRow("started") << u"started"_s << true << AnnounceEvent::Started;
    QTest::newRow("completed, any case") << u"Completed"_s << true << AnnounceEvent::Completed;
    QTest::newRow("stopped") << u"stopped"_s << true << AnnounceEvent::Stopped;
    QTest::newRow("paused") << u"paused"_s << true << AnnounceEvent::Paused;
    QTest::newRow("none") << u"none"_s << true << AnnounceEvent::None;
    QTest::newRow("update") << u"update"_s << true << AnnounceEvent::None;
    QTest::newRow("unknown") << u"finished"_s << false << AnnounceEvent::None;
    QTest::newRow("empty") << QString() << false << AnnounceEvent::None;
}

void TestAnnounceOverrideText::events()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(AnnounceEvent, event);
    const Expected<AnnounceEvent> parsed = AnnounceOverrideText::event(text);
    QCOMPARE(parsed.hasValue(), valid);
    if (valid)
        QCOMPARE(*parsed, event);
    else
        QVERIFY(parsed.error().message().contains(u"unknown event"));
}

void TestAnnounceOverrideText::counts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("value"); // -1: refused
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("large") << u"3000000000"_s << qint64(3'000'000'000LL);
    QTest::newRow("largest") << u"9223372036854775807"_s << std::numeric_limits<qint64>::max();
    QTest::newRow("past 63 bits") << u"9223372036854775808"_s << qint64(-1);
    QTest::newRow("negative") << u"-1"_s << qint64(-1);
    QTest::newRow("not a number") << u"12kB"_s << qint64(-1);
}

void TestAnnounceOverrideText::counts()
{
    QFETCH(QString, text);
    QFETCH(qint64, value);
    const Expected<qint64> parsed = AnnounceOverrideText::count(text, u"uploaded"_s);
    QCOMPARE(parsed.hasValue(), value >= 0);
    if (value >= 0)
        QCOMPARE(*parsed, value);
    else
        QVERIFY(parsed.error().message().startsWith(u"uploaded must be"));
}

void TestAnnounceOverrideText::peerIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("peerId"); // empty: refused
    QTest::newRow("20 bytes of text")
        << u"-qB4630-abcdefghijkl"_s << QByteArray("-qB4630-abcdefghijkl");
    QTest::newRow("40 hex digits")
        << u"2d5452333030302d000102030405060708090aff"_s
        << QByteArray::fromHex("2d5452333030302d000102030405060708090aff");
    QTest::newRow("hex: form") << u"hex:2d5452333030302d000102030405060708090aff"_s
                               << QByteArray::fromHex("2d5452333030302d000102030405060708090aff");
    QTest::newRow("19 bytes") << u"-qB4630-abcdefghijk"_s << QByteArray();
    QTest::newRow("21 bytes") << u"-qB4630-abcdefghijklm"_s << QByteArray();
    QTest::newRow("odd hex") << u"hex:2d5"_s << QByteArray();
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestAnnounceOverrideText::peerIds()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, peerId);
    const Expected<QByteArray> parsed = AnnounceOverrideText::peerId(text, Form::Whole);
    QCOMPARE(parsed.hasValue(), !peerId.isEmpty());
    if (parsed)
        QCOMPARE(*parsed, peerId);
    else
        QVERIFY(parsed.error().message().contains(u"peer id"));
}

void TestAnnounceOverrideText::peerIdPrefixIsPaddedLikeOurs()
{
    const Expected<QByteArray> text = AnnounceOverrideText::peerId(u"-DE13F0-"_s, Form::Prefix);
    QVERIFY(text);
    QCOMPARE(text->size(), AnnounceIdentity::kPeerIdLength);
    QVERIFY(text->startsWith("-DE13F0-"));
    const Expected<QByteArray> hex = AnnounceOverrideText::peerId(u"hex:2d00ff"_s, Form::Prefix);
    QVERIFY(hex);
    QCOMPARE(hex->size(), AnnounceIdentity::kPeerIdLength);
    QVERIFY(hex->startsWith(QByteArray::fromHex("2d00ff")));
    // A whole peer id stays as given; more than 20 bytes is refused in both forms.
    QCOMPARE(*AnnounceOverrideText::peerId(u"-qB4630-abcdefghijkl"_s, Form::Prefix),
             QByteArray("-qB4630-abcdefghijkl"));
    QVERIFY(!AnnounceOverrideText::peerId(u"-qB4630-abcdefghijklm"_s, Form::Prefix));
}

void TestAnnounceOverrideText::keys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint32>("key");
    QTest::newRow("8 digits") << u"DEADBEEF"_s << true << quint32(0xdeadbeef);
    QTest::newRow("0x") << u"0x1a2b"_s << true << quint32(0x1a2b);
    QTest::newRow("9 digits") << u"123456789"_s << false << quint32(0);
    QTest::newRow("not hex") << u"xyz"_s << false << quint32(0);
}

void TestAnnounceOverrideText::keys()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(quint32, key);
    const Expected<quint32> parsed = AnnounceOverrideText::key(text);
    QCOMPARE(parsed.hasValue(), valid);
    if (valid)
        QCOMPARE(*parsed, key);
}

void TestAnnounceOverrideText::addresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address"); // empty: refused
    QTest::newRow("IPv4") << u"192.0.2.7"_s << u"192.0.2.7"_s;
    QTest::newRow("IPv6") << u"2001:db8::1"_s << u"2001:db8::1"_s;
    QTest::newRow("name") << u"peer.example.org"_s << u"peer.example.org"_s;
    QTest::newRow("spaces") << u"peer example"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestAnnounceOverrideText::addresses()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    const Expected<QString> parsed = AnnounceOverrideText::ip(text);
    QCOMPARE(parsed.hasValue(), !address.isEmpty());
    if (parsed)
        QCOMPARE(*parsed, address);
}

void TestAnnounceOverrideText::portsAndNumwant()
{
    QCOMPARE(*AnnounceOverrideText::port(u"51413"_s), quint16(51413));
    QVERIFY(!AnnounceOverrideText::port(u"65536"_s));
    QVERIFY(!AnnounceOverrideText::port(u"-1"_s));
    QCOMPARE(*AnnounceOverrideText::numwant(u"0"_s), 0);
    QVERIFY(!AnnounceOverrideText::numwant(u"-5"_s));
}

void TestAnnounceOverrideText::parameters()
{
    const auto parsed = AnnounceOverrideText::parameter(u"passkey=a b&c=ü"_s);
    QVERIFY(parsed);
    QCOMPARE(parsed->first, QByteArray("passkey"));
    QCOMPARE(parsed->second, QByteArray("a b&c=\xc3\xbc"));
    QCOMPARE(AnnounceOverrideText::parameter(u"flag="_s)->second, QByteArray());
    QVERIFY(!AnnounceOverrideText::parameter(u"=value"_s));
    QVERIFY(!AnnounceOverrideText::parameter(u"novalue"_s));
}

void TestAnnounceOverrideText::parameterLinesNameTheBadLine()
{
    const auto parsed = AnnounceOverrideText::parameterLines(u"a=1\n\n  b=2  \n"_s);
    QVERIFY(parsed);
    QCOMPARE(parsed->size(), 2);
    QCOMPARE(parsed->at(1).first, QByteArray("b"));
    QCOMPARE(parsed->at(1).second, QByteArray("2"));
    const auto bad = AnnounceOverrideText::parameterLines(u"a=1\nbroken\n"_s);
    QVERIFY(!bad);
    QVERIFY(bad.error().message().startsWith(u"line 2:"));
}

void TestAnnounceOverrideText::userAgents()
{
    QCOMPARE(*AnnounceOverrideText::userAgent(u"qBittorrent/4.6.3"_s),
             QByteArray("qBittorrent/4.6.3"));
    QVERIFY(!AnnounceOverrideText::userAgent(u"two\nlines"_s));
    QVERIFY(!AnnounceOverrideText::userAgent(u"  "_s));
}

QTEST_GUILESS_MAIN(TestAnnounceOverrideText)
#include "tst_announceoverridetext.moc"
