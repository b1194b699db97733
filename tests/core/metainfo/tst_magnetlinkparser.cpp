#include "errortext.h"
#include "metainfo/magnetlinkparser.h"

#include <QTest>

namespace {
const QByteArray kHashHex = "c12fe1c06bba254a9dc9f519b335aa7c1367a88a";
const QByteArray kHashV2Hex = "d8dd32ac93357c368556af3ac1d95c9d76bd0dff6fa9833ecdac3d53134efabb";

QStringList tierTexts(const Metainfo &metainfo)
{
    QStringList result;
    for (const auto &tier : metainfo.trackerTiers) {
        QStringList urls;
        for (const TrackerUrl &url : tier)
            urls.append(url.text());
        result.append(urls.join(u' '));
    }
    return result;
}
} // namespace

class TestMagnetLinkParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesMagnets_data();
    void recognisesMagnets();
    void readsHashes_data();
    void readsHashes();
    void readsParameters();
    void keepsEveryTrackerInItsOwnTier();
    void reportsErrors_data();
    void reportsErrors();
    void decodesPercentEscapes_data();
    void decodesPercentEscapes();
};

void TestMagnetLinkParser::recognisesMagnets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("magnet");
    QTest::newRow("plain") << QStringLiteral("magnet:?xt=urn:btih:x") << true;
    QTest::newRow("upper case, spaces") << QStringLiteral("  MAGNET:?xt=x ") << true;
    QTest::newRow("file") << QStringLiteral("/tmp/magnet.torrent") << false;
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1/magnet:") << false;
}

void TestMagnetLinkParser::recognisesMagnets()
{
    QFETCH(QString, text);
    QFETCH(bool, magnet);
    QCOMPARE(MagnetLinkParser::looksLikeMagnet(text), magnet);
}

void TestMagnetLinkParser::readsHashes_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QByteArray>("v1");
    QTest::addColumn<QByteArray>("v2");

    const QString hex = QString::fromLatin1(kHashHex);
    QTest::newRow("hex") << u"magnet:?xt=urn:btih:" + hex << kHashHex << QByteArray();
    QTest::newRow("hex upper case")
        << u"magnet:?xt=urn:BTIH:" + hex.toUpper() << kHashHex << QByteArray();
    // The same 20 bytes in base32 (RFC 4648).
    QTest::newRow("base32") << QStringLiteral(
                                   "magnet:?xt=urn:btih:YEX6DQDLXISUVHOJ6UM3GNNKPQJWPKEK")
                            << kHashHex << QByteArray();
    QTest::newRow("base32 lower case")
        << QStringLiteral("magnet:?xt=urn:btih:yex6dqdlxisuvhoj6um3gnnkpqjwpkek") << kHashHex
        << QByteArray();
    QTest::newRow("v2") << u"magnet:?xt=urn:btmh:1220" + QString::fromLatin1(kHashV2Hex)
                        << QByteArray() << kHashV2Hex;
    QTest::newRow("hybrid") << u"magnet:?xt=urn:btih:" + hex + u"&xt=urn:btmh:1220" +
                                   QString::fromLatin1(kHashV2Hex)
                            << kHashHex << kHashV2Hex;
    QTest::newRow("no question mark") << u"magnet:xt=urn:btih:" + hex << kHashHex << QByteArray();
    QTest::newRow("other topics ignored")
        << u"magnet:?xt=urn:ed2k:31D6CFE0D16AE931B73C59D7E0C089C0&xt=urn:btih:" + hex << kHashHex
        << QByteArray();
}

void TestMagnetLinkParser::readsHashes()
{
    QFETCH(QString, uri);
    QFETCH(QByteArray, v1);
    QFETCH(QByteArray, v2);
    const Expected<Metainfo> result = MagnetLinkParser::parse(uri);
    QVERIFY2(result, qPrintable(errorText(result)));
    QCOMPARE(result->infoHashV1.toHex(), v1);
    QCOMPARE(result->infoHashV2.toHex(), v2);
    QCOMPARE(result->version, MetainfoVersion::MagnetOnly);
    QCOMPARE(result->fileCount, -1);
    QCOMPARE(result->pieceLength, -1);
}

void TestMagnetLinkParser::readsParameters()
{
    const QString uri = u"magnet:?xt=urn:btih:" + QString::fromLatin1(kHashHex) +
                        u"&dn=Caf%C3%A9+%E2%98%95%20demo&xl=12345&x.pe=127.0.0.1:6881"
                        u"&x.pe=%5B::1%5D:6881&ws=http%3A%2F%2F127.0.0.1%2Fseed&so=0-3&foo=bar";
    const Expected<Metainfo> result = MagnetLinkParser::parse(uri);
    QVERIFY2(result, qPrintable(errorText(result)));
    const Metainfo &metainfo = *result;
    QCOMPARE(metainfo.name, QStringLiteral("Café ☕ demo"));
    QCOMPARE(metainfo.totalSize, 12345);
    QCOMPARE(metainfo.peerAddresses,
             (QStringList{QStringLiteral("127.0.0.1:6881"), QStringLiteral("[::1]:6881")}));
    QCOMPARE(metainfo.urlList, QStringList{QStringLiteral("http://127.0.0.1/seed")});
    QCOMPARE(metainfo.sourceName, QStringLiteral("magnet link"));
    QVERIFY(metainfo.warnings.isEmpty());
}

void TestMagnetLinkParser::keepsEveryTrackerInItsOwnTier()
{
    const QString uri = u"magnet:?xt=urn:btih:" + QString::fromLatin1(kHashHex) +
                        u"&tr=http%3A%2F%2F127.0.0.1%3A6969%2Fannounce%3Fpasskey%3Da%2Bb"
                        u"&tr.1=udp://127.0.0.1:6969/announce&tr.2=ws%3A%2F%2F127.0.0.1%3A8000"
                        u"&tr=udp%3A%2F%2F127.0.0.1%3A6969%2Fannounce&tr=";
    const Expected<Metainfo> result = MagnetLinkParser::parse(uri);
    QVERIFY2(result, qPrintable(errorText(result)));
    QCOMPARE(tierTexts(*result),
             (QStringList{QStringLiteral("http://127.0.0.1:6969/announce?passkey=a+b"),
                          QStringLiteral("udp://127.0.0.1:6969/announce"),
                          QStringLiteral("ws://127.0.0.1:8000")}));
    QCOMPARE(result->warnings,
             QStringList{QStringLiteral("1 repeated tracker URLs were left out")});
}

void TestMagnetLinkParser::reportsErrors_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("error");

    QTest::newRow("not a magnet")
        << QStringLiteral("http://127.0.0.1/")
        << QStringLiteral("this is not a magnet link: it does not start with \"magnet:\"");
    QTest::newRow("no hash")
        << QStringLiteral("magnet:?dn=x&tr=udp://127.0.0.1:1")
        << QStringLiteral(
               "the magnet link has no BitTorrent info hash (xt=urn:btih:… or xt=urn:btmh:…)");
    QTest::newRow("empty")
        << QStringLiteral("magnet:?")
        << QStringLiteral(
               "the magnet link has no BitTorrent info hash (xt=urn:btih:… or xt=urn:btmh:…)");
    QTest::newRow("short hash") << QStringLiteral("magnet:?xt=urn:btih:abcd")
                                << QStringLiteral(
                                       "the info hash \"abcd\" in the magnet link is neither 40 "
                                       "hexadecimal nor 32 base32 characters");
    QTest::newRow("bad hex")
        << QStringLiteral("magnet:?xt=urn:btih:g12fe1c06bba254a9dc9f519b335aa7c1367a88a")
        << QStringLiteral("the info hash \"g12fe1c06bba254a9dc9f519b335aa7c1367a88a\" in the "
                          "magnet link is neither 40 hexadecimal nor 32 base32 characters");
    QTest::newRow("bad base32")
        << QStringLiteral("magnet:?xt=urn:btih:YEX6DQDLXISUVHOJ6UM3GNNKPQJWPKE1")
        << QStringLiteral("the info hash \"YEX6DQDLXISUVHOJ6UM3GNNKPQJWPKE1\" in the magnet link "
                          "is neither 40 hexadecimal nor 32 base32 characters");
    QTest::newRow("btmh not sha256")
        << QStringLiteral("magnet:?xt=urn:btmh:1114") + QString(64, u'a')
        << QStringLiteral("the v2 info hash (urn:btmh) in the magnet link is not \"1220\" followed "
                          "by 64 hexadecimal characters");
    QTest::newRow("btmh short") << QStringLiteral("magnet:?xt=urn:btmh:1220abcd")
                                << QStringLiteral(
                                       "the v2 info hash (urn:btmh) in the magnet link is not "
                                       "\"1220\" followed by 64 hexadecimal characters");
    QTest::newRow("broken escape")
        << QStringLiteral("magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&dn=%zz")
        << QStringLiteral("the magnet link has a malformed percent escape in \"dn\"");
    QTest::newRow("truncated escape")
        << QStringLiteral("magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&tr=%4")
        << QStringLiteral("the magnet link has a malformed percent escape in \"tr\"");
    QTest::newRow("too long") << u"magnet:?dn=" + QString(MagnetLinkParser::kMaxLength, u'a')
                              << QStringLiteral("the magnet link is longer than 65536 characters");
}

void TestMagnetLinkParser::reportsErrors()
{
    QFETCH(QString, uri);
    QFETCH(QString, error);
    const Expected<Metainfo> result = MagnetLinkParser::parse(uri);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().describe(), error);
    QCOMPARE(result.error().kind(), Error::Kind::Malformed);
}

void TestMagnetLinkParser::decodesPercentEscapes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("plusIsSpace");
    QTest::addColumn<QByteArray>("output");
    QTest::newRow("plain") << QByteArray("abc") << false << QByteArray("abc");
    QTest::newRow("escapes") << QByteArray("a%20b%2fc%2F") << false << QByteArray("a b/c/");
    QTest::newRow("plus kept") << QByteArray("a+b") << false << QByteArray("a+b");
    QTest::newRow("plus is space") << QByteArray("a+b") << true << QByteArray("a b");
    QTest::newRow("escaped plus") << QByteArray("a%2Bb") << true << QByteArray("a+b");
    QTest::newRow("nul byte") << QByteArray("%00") << false << QByteArray("\0", 1);
    QTest::newRow("utf-8") << QByteArray("%C3%A9") << false << QByteArray("\xc3\xa9");
}

void TestMagnetLinkParser::decodesPercentEscapes()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, plusIsSpace);
    QFETCH(QByteArray, output);
    const std::optional<QByteArray> decoded = MagnetLinkParser::percentDecode(input, plusIsSpace);
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, output);
}

QTEST_GUILESS_MAIN(TestMagnetLinkParser)
#include "tst_magnetlinkparser.moc"
