#include "bencode/bencodeencoder.h"
#include "errortext.h"
#include "metainfo/metainfoparser.h"

#include <QCryptographicHash>
#include <QTest>
#include <algorithm>

namespace {
// Test torrents are written as QVariant trees: maps (keys in byte order, as QVariantMap keeps
// ASCII keys), lists, byte arrays / strings, and integers.
void writeVariant(BencodeEncoder &encoder, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        encoder.beginDictionary();
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            encoder.writeString(it.key().toUtf8());
            writeVariant(encoder, it.value());
        }
        encoder.end();
        break;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        encoder.beginList();
        for (const QVariant &item : value.toList())
            writeVariant(encoder, item);
        encoder.end();
        break;
    case QMetaType::QByteArray:
        encoder.writeString(value.toByteArray());
        break;
    case QMetaType::QString:
        encoder.writeString(value.toString().toUtf8());
        break;
    default:
        encoder.writeInteger(value.toLongLong());
    }
}

QByteArray encode(const QVariantMap &torrent)
{
    BencodeEncoder encoder;
    writeVariant(encoder, torrent);
    return encoder.data();
}

constexpr qint64 kPiece = 16384;

QVariantMap v1Single()
{
    const QVariantMap info{{QStringLiteral("name"), QStringLiteral("file.bin")},
                           {QStringLiteral("length"), 40000},
                           {QStringLiteral("piece length"), kPiece},
                           {QStringLiteral("pieces"), QByteArray(60, 'p')}};
    return {{QStringLiteral("announce"), QStringLiteral("http://127.0.0.1:6969/announce")},
            {QStringLiteral("info"), info}};
}

QVariantMap fileEntry(const QVariantList &path, qint64 length, const QString &attributes = {})
{
    QVariantMap entry{{QStringLiteral("length"), length}, {QStringLiteral("path"), path}};
    if (!attributes.isEmpty())
        entry.insert(QStringLiteral("attr"), attributes);
    return entry;
}

QVariantMap v1Multi()
{
    const QVariantList files{
        fileEntry({QStringLiteral("a.txt")}, 1000),
        fileEntry({QStringLiteral(".pad"), QStringLiteral("15384")}, 15384, QStringLiteral("p")),
        fileEntry({QStringLiteral("sub"), QStringLiteral("b.txt")}, 2000)};
    const QVariantMap info{{QStringLiteral("name"), QStringLiteral("dir")},
                           {QStringLiteral("files"), files},
                           {QStringLiteral("piece length"), kPiece},
                           {QStringLiteral("pieces"), QByteArray(40, 'p')}};
    return {{QStringLiteral("info"), info}};
}

QVariantMap treeFile(qint64 length, char rootByte)
{
    QVariantMap leaf{{QStringLiteral("length"), length}};
    if (length > 0)
        leaf.insert(QStringLiteral("pieces root"), QByteArray(32, rootByte));
    return {{QString(), leaf}};
}

QVariantMap fileTree()
{
    return {{QStringLiteral("a.txt"), treeFile(1000, 'a')},
            {QStringLiteral("sub"), QVariantMap{{QStringLiteral("b.txt"), treeFile(2000, 'b')}}}};
}

QVariantMap v2Multi()
{
    const QVariantMap info{{QStringLiteral("name"), QStringLiteral("dir")},
                           {QStringLiteral("meta version"), 2},
                           {QStringLiteral("file tree"), fileTree()},
                           {QStringLiteral("piece length"), kPiece}};
    return {{QStringLiteral("info"), info}};
}

QVariantMap hybrid()
{
    QVariantMap torrent = v1Multi();
    QVariantMap info = torrent.value(QStringLiteral("info")).toMap();
    info.insert(QStringLiteral("meta version"), 2);
    info.insert(QStringLiteral("file tree"), fileTree());
    torrent.insert(QStringLiteral("info"), info);
    return torrent;
}

QVariantMap withInfo(QVariantMap torrent, const QString &key, const QVariant &value)
{
    QVariantMap info = torrent.value(QStringLiteral("info")).toMap();
    if (value.isValid())
        info.insert(key, value);
    else
        info.remove(key);
    torrent.insert(QStringLiteral("info"), info);
    return torrent;
}

QVariantMap with(QVariantMap torrent, const QString &key, const QVariant &value)
{
    if (value.isValid())
        torrent.insert(key, value);
    else
        torrent.remove(key);
    return torrent;
}

QVariantList files(const QVariantMap &torrent)
{
    return torrent.value(QStringLiteral("info")).toMap().value(QStringLiteral("files")).toList();
}

QVariantMap withFile(const QVariantMap &torrent, int index, const QVariantMap &entry)
{
    QVariantList list = files(torrent);
    list[index] = entry;
    return withInfo(torrent, QStringLiteral("files"), list);
}

QByteArray infoBytes(const QByteArray &torrent)
{
    // The info value of our generated torrents runs from after "4:info" to the last 'e' but one.
    const qsizetype start = torrent.indexOf("4:info") + 6;
    return torrent.mid(start, torrent.size() - 1 - start);
}
} // namespace

class TestMetainfoParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsVersions_data();
    void readsVersions();
    void hashesExactInfoBytes();
    void readsDescription();
    void readsTrackerTiers_data();
    void readsTrackerTiers();
    void prefersUtf8Names();
    void readsAttributesAndPadFiles();
    void readsSymlinksWithoutLength_data();
    void readsSymlinksWithoutLength();
    void checksPieceLayers();
    void reportsErrors_data();
    void reportsErrors();
    void reportsWarnings_data();
    void reportsWarnings();
    void usesHashWhenNameIsEmpty();
};

void TestMetainfoParser::readsVersions_data()
{
    QTest::addColumn<QByteArray>("torrent");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("fileCount");
    QTest::addColumn<int>("padFileCount");
    QTest::addColumn<qint64>("totalSize");
    QTest::addColumn<qint64>("pieceCount");
    QTest::addColumn<bool>("multiFile");
    QTest::addColumn<QString>("firstPath");

    QTest::newRow("v1 single") << encode(v1Single()) << int(MetainfoVersion::V1) << "file.bin" << 1
                               << 0 << qint64(40000) << qint64(3) << false << "file.bin";
    QTest::newRow("v1 multi") << encode(v1Multi()) << int(MetainfoVersion::V1) << "dir" << 2 << 1
                              << qint64(3000) << qint64(2) << true << "a.txt";
    QTest::newRow("v2 multi") << encode(v2Multi()) << int(MetainfoVersion::V2) << "dir" << 2 << 0
                              << qint64(3000) << qint64(2) << true << "a.txt";
    QTest::newRow("hybrid") << encode(hybrid()) << int(MetainfoVersion::Hybrid) << "dir" << 2 << 1
                            << qint64(3000) << qint64(2) << true << "a.txt";
    const QVariantMap v2Single{
        {QStringLiteral("info"),
         QVariantMap{{QStringLiteral("name"), QStringLiteral("one.iso")},
                     {QStringLiteral("meta version"), 2},
                     {QStringLiteral("piece length"), kPiece},
                     {QStringLiteral("file tree"),
                      QVariantMap{{QStringLiteral("one.iso"), treeFile(5, 'o')}}}}}};
    QTest::newRow("v2 single") << encode(v2Single) << int(MetainfoVersion::V2) << "one.iso" << 1
                               << 0 << qint64(5) << qint64(1) << false << "one.iso";
}

void TestMetainfoParser::readsVersions()
{
    QFETCH(QByteArray, torrent);
    QFETCH(int, version);
    QFETCH(QString, name);
    QFETCH(int, fileCount);
    QFETCH(int, padFileCount);
    QFETCH(qint64, totalSize);
    QFETCH(qint64, pieceCount);
    QFETCH(bool, multiFile);
    QFETCH(QString, firstPath);

    const Expected<Metainfo> result = MetainfoParser::parse(torrent, QStringLiteral("t.torrent"));
    QVERIFY2(result, qPrintable(errorText(result)));
    const Metainfo &metainfo = *result;
    QCOMPARE(int(metainfo.version), version);
    QCOMPARE(metainfo.sourceName, QStringLiteral("t.torrent"));
    QCOMPARE(metainfo.name, name);
    QCOMPARE(metainfo.fileCount, fileCount);
    QCOMPARE(metainfo.padFileCount, padFileCount);
    QCOMPARE(metainfo.files.size(), fileCount + padFileCount);
    QCOMPARE(metainfo.totalSize, totalSize);
    QCOMPARE(metainfo.pieceLength, kPiece);
    QCOMPARE(metainfo.pieceCount, pieceCount);
    QCOMPARE(metainfo.isMultiFile, multiFile);
    QCOMPARE(metainfo.files.first().displayPath(), firstPath);
    QCOMPARE(metainfo.hasV1(), version != int(MetainfoVersion::V2));
    QCOMPARE(metainfo.hasV2(), version != int(MetainfoVersion::V1));
    QCOMPARE(metainfo.infoHashV1.size(), metainfo.hasV1() ? 20 : 0);
    QCOMPARE(metainfo.infoHashV2.size(), metainfo.hasV2() ? 32 : 0);
    QCOMPARE(metainfo.trackerHashV2(), metainfo.infoHashV2.left(20));
    QVERIFY2(metainfo.warnings.isEmpty(), qPrintable(metainfo.warnings.join(u'\n')));
    if (version == int(MetainfoVersion::Hybrid) || version == int(MetainfoVersion::V2))
        QCOMPARE(metainfo.files.first().piecesRoot, QByteArray(32, firstPath.front().toLatin1()));
    else
        QVERIFY(metainfo.files.first().piecesRoot.isEmpty());
}

void TestMetainfoParser::hashesExactInfoBytes()
{
    // Unsorted keys inside info: re-encoding would change the bytes, and so the hash.
    const QByteArray info =
        "d6:pieces20:aaaaaaaaaaaaaaaaaaaa4:name1:x6:lengthi5e12:piece lengthi16384ee";
    const QByteArray torrent = "d4:info" + info + "e";
    const Expected<Metainfo> result = MetainfoParser::parse(torrent, QStringLiteral("t"));
    QVERIFY2(result, qPrintable(errorText(result)));
    QCOMPARE(result->infoHashV1, QCryptographicHash::hash(info, QCryptographicHash::Sha1));
    QCOMPARE(result->infoSize, info.size());
    QVERIFY(!result->warnings.isEmpty()); // the key order is reported

    const QByteArray v2 = encode(v2Multi());
    const Expected<Metainfo> v2Result = MetainfoParser::parse(v2, QStringLiteral("t"));
    QVERIFY2(v2Result, qPrintable(errorText(v2Result)));
    QCOMPARE(v2Result->infoHashV2,
             QCryptographicHash::hash(infoBytes(v2), QCryptographicHash::Sha256));

    const QByteArray both = encode(hybrid());
    const Expected<Metainfo> hybridResult = MetainfoParser::parse(both, QStringLiteral("t"));
    QVERIFY2(hybridResult, qPrintable(errorText(hybridResult)));
    QCOMPARE(hybridResult->infoHashV1,
             QCryptographicHash::hash(infoBytes(both), QCryptographicHash::Sha1));
    QCOMPARE(hybridResult->infoHashV2,
             QCryptographicHash::hash(infoBytes(both), QCryptographicHash::Sha256));
}

void TestMetainfoParser::readsDescription()
{
    QVariantMap torrent = v1Single();
    torrent.insert(QStringLiteral("comment"), QStringLiteral("a comment"));
    torrent.insert(QStringLiteral("created by"), QStringLiteral("maker 1.0"));
    torrent.insert(QStringLiteral("creation date"), 1700000000);
    torrent.insert(QStringLiteral("url-list"),
                   QVariantList{QStringLiteral("http://127.0.0.1/seed/"), QString(),
                                QStringLiteral("http://127.0.0.1/seed/")});
    torrent = withInfo(torrent, QStringLiteral("private"), 1);
    torrent = withInfo(torrent, QStringLiteral("source"), QStringLiteral("SRC"));
    const Expected<Metainfo> result = MetainfoParser::parse(encode(torrent), QStringLiteral("t"));
    QVERIFY2(result, qPrintable(errorText(result)));
    QCOMPARE(result->comment, QStringLiteral("a comment"));
    QCOMPARE(result->createdBy, QStringLiteral("maker 1.0"));
    QCOMPARE(result->creationDate.toSecsSinceEpoch(), 1700000000);
    QCOMPARE(result->urlList, QStringList{QStringLiteral("http://127.0.0.1/seed/")});
    QVERIFY(result->isPrivate);
    QCOMPARE(result->source, QStringLiteral("SRC"));

    torrent.insert(QStringLiteral("url-list"), QStringLiteral(" http://127.0.0.1/one "));
    torrent = withInfo(torrent, QStringLiteral("private"), 0);
    const Expected<Metainfo> second = MetainfoParser::parse(encode(torrent), QStringLiteral("t"));
    QVERIFY(second.hasValue());
    QCOMPARE(second->urlList, QStringList{QStringLiteral("http://127.0.0.1/one")});
    QVERIFY(!second->isPrivate);
}

void TestMetainfoParser::readsTrackerTiers_data()
{
    QTest::addColumn<QVariant>("announce");
    QTest::addColumn<QVariant>("announceList");
    QTest::addColumn<QStringList>("expected"); // tiers joined with ' '
    QTest::addColumn<int>("warningCount");

    const QString a = QStringLiteral("http://127.0.0.1:6969/announce");
    const QString b = QStringLiteral("udp://127.0.0.1:6969/announce");
    const QString c = QStringLiteral("ws://127.0.0.1:8000");
    QTest::newRow("announce only") << QVariant(a) << QVariant() << QStringList{a} << 0;
    QTest::newRow("no trackers") << QVariant() << QVariant() << QStringList() << 0;
    QTest::newRow("list wins over announce")
        // QVariant(...) around the tier: clang (like the standard since CWG 2137) reads
        // QVariantList{QVariantList{...}} with one element as a copy, not as a list of one tier.
        << QVariant(c) << QVariant(QVariantList{QVariant(QVariantList{a, b})})
        << QStringList{QString(a + u' ' + b)} << 0;
    QTest::newRow("empty tiers dropped, trimmed, deduplicated")
        << QVariant(a)
        << QVariant(QVariantList{QVariantList{}, QVariantList{QString(u' ' + a + u' '), QString()},
                                 QVariantList{a, b}, QVariantList{c, b}})
        << QStringList{a, b, c} << 1;
    QTest::newRow("empty list falls back to announce")
        << QVariant(a) << QVariant(QVariantList{QVariantList{}}) << QStringList{a} << 0;
    QTest::newRow("unsupported kept, flagged")
        << QVariant()
        << QVariant(QVariantList{QVariantList{QStringLiteral("dht://x")}, QVariantList{a}})
        << QStringList{QStringLiteral("dht://x"), a} << 1;
    QTest::newRow("malformed tiers skipped")
        << QVariant() << QVariant(QVariantList{QVariant(5), QVariantList{a, 7}}) << QStringList{a}
        << 1;
    QTest::newRow("announce-list not a list")
        << QVariant(a) << QVariant(QStringLiteral("oops")) << QStringList{a} << 1;
}

void TestMetainfoParser::readsTrackerTiers()
{
    QFETCH(QVariant, announce);
    QFETCH(QVariant, announceList);
    QFETCH(QStringList, expected);
    QFETCH(int, warningCount);
    QVariantMap torrent = with(v1Single(), QStringLiteral("announce"), announce);
    torrent = with(torrent, QStringLiteral("announce-list"), announceList);
    const Expected<Metainfo> result = MetainfoParser::parse(encode(torrent), QStringLiteral("t"));
    QVERIFY2(result, qPrintable(errorText(result)));
    QStringList tiers;
    for (const auto &tier : result->trackerTiers) {
        QStringList urls;
        for (const TrackerUrl &url : tier)
            urls.append(url.text());
        tiers.append(urls.join(u' '));
    }
    QCOMPARE(tiers, expected);
    QCOMPARE(result->warnings.size(), warningCount);
}

void TestMetainfoParser::prefersUtf8Names()
{
    QVariantMap torrent = withInfo(v1Multi(), QStringLiteral("name"), QByteArray("\xe9t\xe9"));
    torrent = withInfo(torrent, QStringLiteral("name.utf-8"), QStringLiteral("été 日本"));
    QVariantMap entry = fileEntry({QByteArray("caf\xe9")}, 1000);
    entry.insert(QStringLiteral("path.utf-8"), QVariantList{QStringLiteral("café ☕")});
    torrent = withFile(torrent, 0, entry);
    const Expected<Metainfo> result = MetainfoParser::parse(encode(torrent), QStringLiteral("t"));
    QVERIFY2(result, qPrintable(errorText(result)));
    QCOMPARE(result->name, QStringLiteral("été 日本"));
    QCOMPARE(result->files.first().path, QStringList{QStringLiteral("café ☕")});
    QVERIFY2(result->warnings.isEmpty(), qPrintable(result->warnings.join(u'\n')));
}

void TestMetainfoParser::readsAttributesAndPadFiles()
{
    QVariantMap torrent = withFile(
        v1Multi(), 2,
        fileEntry({QStringLiteral("sub"), QStringLiteral("b.txt")}, 2000, QStringLiteral("xh")));
    QVariantList list = files(torrent);
    // A BitComet-style pad file, and an old-style one with no attr.
    list.append(fileEntry({QStringLiteral("_____padding_file_0_")}, 10));
    torrent = withInfo(torrent, QStringLiteral("files"), list);
    const Expected<Metainfo> result = MetainfoParser::parse(encode(torrent), QStringLiteral("t"));
    QVERIFY2(result, qPrintable(errorText(result)));
    const Metainfo &metainfo = *result;
    QCOMPARE(metainfo.fileCount, 2);
    QCOMPARE(metainfo.padFileCount, 2);
    QCOMPARE(metainfo.totalSize, 3000);
    QCOMPARE(metainfo.paddedSize, 3000 + 15384 + 10);
    QVERIFY(metainfo.files[1].isPadFile);
    QVERIFY(metainfo.files[2].isExecutable);
    QVERIFY(metainfo.files[2].isHidden);
    QVERIFY(metainfo.files[3].isPadFile);
}

// BEP 47: a symlink ("attr" l, "symlink path") holds no data and may come without a length, as
// libtorrent accepts; it is a file of 0 bytes with its target.
void TestMetainfoParser::readsSymlinksWithoutLength_data()
{
    QTest::addColumn<QByteArray>("torrent");
    QTest::addColumn<QString>("linkPath");
    const QVariantMap link{{QStringLiteral("attr"), QStringLiteral("l")},
                           {QStringLiteral("symlink path"),
                            QVariantList{QStringLiteral("sub"), QStringLiteral("b.txt")}},
                           {QStringLiteral("path"), QVariantList{QStringLiteral("link")}}};
    QVariantList list = files(v1Multi());
    list.append(link);
    QTest::newRow("v1") << encode(withInfo(v1Multi(), QStringLiteral("files"), list))
                        << QStringLiteral("link");
    QVariantMap withLength = link;
    withLength.insert(QStringLiteral("length"), 5000); // a symlink still takes no room
    list.last() = withLength;
    QTest::newRow("v1 with a length")
        << encode(withInfo(v1Multi(), QStringLiteral("files"), list)) << QStringLiteral("link");
    const QVariantMap treeLink{
        {QString(), QVariantMap{{QStringLiteral("attr"), QStringLiteral("l")},
                                {QStringLiteral("symlink path"),
                                 QVariantList{QStringLiteral("sub"), QStringLiteral("b.txt")}}}}};
    QVariantMap tree = fileTree();
    tree.insert(QStringLiteral("link"), treeLink);
    QTest::newRow("v2") << encode(withInfo(v2Multi(), QStringLiteral("file tree"), tree))
                        << QStringLiteral("link");
    // A hybrid lists the link in both parts, in the tree's order.
    QVariantList hybridList = files(hybrid());
    hybridList.insert(2, link);
    QTest::newRow("hybrid") << encode(
                                   withInfo(withInfo(hybrid(), QStringLiteral("files"), hybridList),
                                            QStringLiteral("file tree"), tree))
                            << QStringLiteral("link");
}

void TestMetainfoParser::readsSymlinksWithoutLength()
{
    QFETCH(QByteArray, torrent);
    QFETCH(QString, linkPath);
    const Expected<Metainfo> result = MetainfoParser::parse(torrent, QStringLiteral("t"));
    QVERIFY2(result, qPrintable(errorText(result)));
    QCOMPARE(result->fileCount, 3);
    QCOMPARE(result->totalSize, 3000);
    const auto link = std::find_if(result->files.cbegin(), result->files.cend(),
                                   [&](const MetainfoFile &file) { return file.isSymlink; });
    QVERIFY(link != result->files.cend());
    QCOMPARE(link->displayPath(), linkPath);
    QCOMPARE(link->size, 0);
    QCOMPARE(link->symlinkTarget, QStringList({QStringLiteral("sub"), QStringLiteral("b.txt")}));
}

void TestMetainfoParser::checksPieceLayers()
{
    QVariantMap torrent = v2Multi();
    QVariantMap tree = fileTree();
    tree.insert(QStringLiteral("big.bin"), treeFile(3 * kPiece, 'g'));
    torrent = withInfo(torrent, QStringLiteral("file tree"), tree);
    const Expected<Metainfo> missing = MetainfoParser::parse(encode(torrent), QStringLiteral("t"));
    QVERIFY2(missing, qPrintable(errorText(missing)));
    QCOMPARE(missing->pieceCount, 5);
    QCOMPARE(missing->warnings.size(), 1);
    QVERIFY(missing->warnings.first().contains(u"piece layers"));

    torrent.insert(QStringLiteral("piece layers"),
                   QVariantMap{{QString::fromLatin1(QByteArray(32, 'g')), QByteArray(96, 'l')}});
    const Expected<Metainfo> good = MetainfoParser::parse(encode(torrent), QStringLiteral("t"));
    QVERIFY2(good, qPrintable(errorText(good)));
    QVERIFY2(good->warnings.isEmpty(), qPrintable(good->warnings.join(u'\n')));

    torrent.insert(QStringLiteral("piece layers"),
                   QVariantMap{{QString::fromLatin1(QByteArray(32, 'g')), QByteArray(64, 'l')}});
    const Expected<Metainfo> wrong = MetainfoParser::parse(encode(torrent), QStringLiteral("t"));
    QVERIFY(!wrong.hasValue());
    QCOMPARE(wrong.error().describe(),
             QStringLiteral("the piece layer of \"big.bin\" takes 64 bytes instead of 96"));
}

void TestMetainfoParser::reportsErrors_data()
{
    QTest::addColumn<QByteArray>("torrent");
    QTest::addColumn<QString>("error");

    const QVariant none;
    const QString info = QStringLiteral("info");
    QTest::newRow("not bencode") << QByteArray("d4:info")
                                 << QStringLiteral("the file is not valid bencode: unexpected end "
                                                   "of input inside a dictionary at byte 7");
    QTest::newRow("empty") << QByteArray()
                           << QStringLiteral(
                                  "the file is not valid bencode: the input is empty at byte 0");
    QTest::newRow("root is a list")
        << QByteArray("le")
        << QStringLiteral("the file holds no dictionary at its top, so it is not a torrent");
    QTest::newRow("info missing") << encode(with(v1Single(), info, none))
                                  << QStringLiteral("the info dictionary is missing");
    QTest::newRow("info not a dictionary") << encode(with(v1Single(), info, 5))
                                           << QStringLiteral("the info entry is not a dictionary");
    QTest::newRow("name missing") << encode(withInfo(v1Single(), QStringLiteral("name"), none))
                                  << QStringLiteral("the torrent has no name");
    QTest::newRow("name not text") << encode(withInfo(v1Single(), QStringLiteral("name"), 3))
                                   << QStringLiteral("the name is not text");
    const QString pieceLength = QStringLiteral("piece length");
    QTest::newRow("piece length missing") << encode(withInfo(v1Single(), pieceLength, none))
                                          << QStringLiteral("the piece length is missing");
    QTest::newRow("piece length not a number")
        << encode(withInfo(v1Single(), pieceLength, QStringLiteral("16384")))
        << QStringLiteral("the piece length is not a number");
    QTest::newRow("piece length zero")
        << encode(withInfo(v1Single(), pieceLength, 0))
        << QStringLiteral("the piece length 0 is out of range (1 to 1073741823 bytes)");
    QTest::newRow("piece length negative")
        << encode(withInfo(v1Single(), pieceLength, -16384))
        << QStringLiteral("the piece length -16384 is out of range (1 to 1073741823 bytes)");
    QTest::newRow("piece length huge")
        << encode(withInfo(v1Single(), pieceLength, qint64(1) << 40))
        << QStringLiteral("the piece length 1099511627776 is out of range (1 to 1073741823 bytes)");
    const QString pieces = QStringLiteral("pieces");
    QTest::newRow("pieces missing") << encode(withInfo(v1Single(), pieces, none))
                                    << QStringLiteral("the piece hashes (\"pieces\") are missing");
    QTest::newRow("pieces not a string")
        << encode(withInfo(v1Single(), pieces, 1))
        << QStringLiteral("the piece hashes (\"pieces\") are not a byte string");
    QTest::newRow("pieces not a multiple of 20")
        << encode(withInfo(v1Single(), pieces, QByteArray(59, 'p')))
        << QStringLiteral("the piece hashes take 59 bytes, which is not a multiple of 20");
    QTest::newRow("too few pieces")
        << encode(withInfo(v1Single(), pieces, QByteArray(40, 'p')))
        << QStringLiteral(
               "the torrent has 2 piece hashes, but 40000 bytes in pieces of 16384 bytes need 3");
    QTest::newRow("too many pieces")
        << encode(withInfo(v1Single(), pieces, QByteArray(80, 'p')))
        << QStringLiteral(
               "the torrent has 4 piece hashes, but 40000 bytes in pieces of 16384 bytes need 3");
    const QString length = QStringLiteral("length");
    QTest::newRow("no length nor files")
        << encode(withInfo(v1Single(), length, none))
        << QStringLiteral("the info dictionary has neither a file length nor a file list");
    QTest::newRow("negative length") << encode(withInfo(v1Single(), length, -5))
                                     << QStringLiteral("the length of the file is negative (-5)");
    QTest::newRow("length not a number")
        << encode(withInfo(v1Single(), length, QStringLiteral("5")))
        << QStringLiteral("the length of the file is not a number");
    QTest::newRow("length overflowing")
        << encode(withInfo(v1Single(), length, std::numeric_limits<qint64>::max()))
        << QStringLiteral("the length of the file is too large (9223372036854775807 bytes)");
    QTest::newRow("zero size")
        << encode(withInfo(withInfo(v1Single(), length, 0), pieces, QByteArray()))
        << QStringLiteral("the torrent holds no data: its files are all empty");
    const QString filesKey = QStringLiteral("files");
    QTest::newRow("files empty") << encode(withInfo(v1Multi(), filesKey, QVariantList{}))
                                 << QStringLiteral("the file list is empty");
    QTest::newRow("files not a list") << encode(withInfo(v1Multi(), filesKey, 1))
                                      << QStringLiteral("the file list (\"files\") is not a list");
    QTest::newRow("file not a dictionary")
        << encode(withInfo(v1Multi(), filesKey, QVariantList{5}))
        << QStringLiteral("file 1 of the file list is not a dictionary");
    QTest::newRow("file length missing")
        << encode(withFile(v1Multi(), 2,
                           {{QStringLiteral("path"), QVariantList{QStringLiteral("x")}}}))
        << QStringLiteral("file 3 of the file list has no length");
    QTest::newRow("file length negative")
        << encode(withFile(v1Multi(), 0, fileEntry({QStringLiteral("x")}, -1)))
        << QStringLiteral("the length of file 1 of the file list is negative (-1)");
    QTest::newRow("files overflowing")
        << encode(withInfo(v1Multi(), filesKey,
                           QVariantList{fileEntry({QStringLiteral("x")}, qint64(1) << 52),
                                        fileEntry({QStringLiteral("y")}, qint64(1) << 52)}))
        << QStringLiteral("the files add up to more than 4503599627370496 bytes");
    QTest::newRow("path missing") << encode(withFile(v1Multi(), 0, {{length, 5}}))
                                  << QStringLiteral("file 1 of the file list has no path");
    QTest::newRow("path empty") << encode(withFile(v1Multi(), 0, fileEntry({}, 5)))
                                << QStringLiteral("file 1 of the file list has no path");
    QTest::newRow("path not a list")
        << encode(
               withFile(v1Multi(), 0, {{length, 5}, {QStringLiteral("path"), QStringLiteral("x")}}))
        << QStringLiteral("the path of file 1 of the file list is not a list");
    QTest::newRow("path element not text")
        << encode(withFile(v1Multi(), 0, fileEntry({1}, 5)))
        << QStringLiteral("the path of file 1 of the file list holds something other than text");
    const QString metaVersion = QStringLiteral("meta version");
    QTest::newRow("meta version 3")
        << encode(withInfo(v2Multi(), metaVersion, 3))
        << QStringLiteral("the torrent uses meta version 3, which is not supported");
    QTest::newRow("file tree without meta version")
        << encode(withInfo(v2Multi(), metaVersion, none))
        << QStringLiteral("the info dictionary has a file tree but no \"meta version\" 2");
    QTest::newRow("meta version 2 without file tree")
        << encode(withInfo(v2Multi(), QStringLiteral("file tree"), none))
        << QStringLiteral("the torrent is meta version 2 but has no file tree");
    QTest::newRow("v2 piece length not a power of two")
        << encode(withInfo(v2Multi(), pieceLength, 20000))
        << QStringLiteral("the piece length 20000 is not a power of two of at least 16 KiB, as v2 "
                          "torrents need");
    QTest::newRow("v2 piece length too small")
        << encode(withInfo(v2Multi(), pieceLength, 8192))
        << QStringLiteral("the piece length 8192 is not a power of two of at least 16 KiB, as v2 "
                          "torrents need");
    QVariantMap tree = fileTree();
    tree.insert(QStringLiteral("a.txt"), QVariantMap{{QString(), QVariantMap{{length, 5}}}});
    QTest::newRow("v2 pieces root missing")
        << encode(withInfo(v2Multi(), QStringLiteral("file tree"), tree))
        << QStringLiteral("\"a.txt\" has no pieces root");
    tree.insert(QStringLiteral("a.txt"), QVariantMap{{QString(), QVariantMap{{length, -5}}}});
    QTest::newRow("v2 negative length")
        << encode(withInfo(v2Multi(), QStringLiteral("file tree"), tree))
        << QStringLiteral("the length of \"a.txt\" is negative (-5)");
    tree.insert(QStringLiteral("a.txt"), 5);
    QTest::newRow("v2 entry not a dictionary")
        << encode(withInfo(v2Multi(), QStringLiteral("file tree"), tree))
        << QStringLiteral("the file tree entry \"a.txt\" is not a dictionary");
    tree.insert(QStringLiteral("a.txt"), QVariantMap());
    QTest::newRow("v2 empty folder")
        << encode(withInfo(v2Multi(), QStringLiteral("file tree"), tree))
        << QStringLiteral("the folder \"a.txt\" in the file tree is empty");
    QTest::newRow("hybrid sizes disagree")
        << encode(withFile(hybrid(), 2,
                           fileEntry({QStringLiteral("sub"), QStringLiteral("b.txt")}, 2001)))
        << QStringLiteral("the v1 file \"sub/b.txt\" (2001 bytes) does not match the v2 file "
                          "\"sub/b.txt\" (2000 bytes) of this hybrid torrent");
    QTest::newRow("hybrid counts disagree")
        << encode(withInfo(hybrid(), filesKey, QVariantList{files(hybrid()).first()}))
        << QStringLiteral("the v1 file list (1 files) and the v2 file tree (2 files) of this "
                          "hybrid torrent disagree");
    QTest::newRow("hybrid not aligned")
        << encode(withInfo(
               withInfo(hybrid(), filesKey, QVariantList{files(hybrid())[0], files(hybrid())[2]}),
               pieces, QByteArray(20, 'p')))
        << QStringLiteral("the v1 file \"sub/b.txt\" does not start on a piece boundary, as the v2 "
                          "part of this hybrid torrent needs");
}

void TestMetainfoParser::reportsErrors()
{
    QFETCH(QByteArray, torrent);
    QFETCH(QString, error);
    const Expected<Metainfo> result = MetainfoParser::parse(torrent, QStringLiteral("bad.torrent"));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().describe(), error);
    QCOMPARE(result.error().kind(), Error::Kind::Malformed);
    // Broken bencode keeps its byte offset; the rest of a torrent has none to give.
    QCOMPARE(result.error().hasOffset(), error.contains(u"not valid bencode"));
}

void TestMetainfoParser::reportsWarnings_data()
{
    QTest::addColumn<QByteArray>("torrent");
    QTest::addColumn<QString>("warning");

    const auto multiWithPath = [](const QVariantList &path) {
        return encode(withFile(v1Multi(), 0, fileEntry(path, 1000)));
    };
    QTest::newRow("dot dot") << multiWithPath({QStringLiteral(".."), QStringLiteral("evil")})
                             << QStringLiteral(
                                    "the path of file 1 of the file list has a \"..\" path "
                                    "element, which could escape the torrent's folder when saved");
    QTest::newRow("separator")
        << multiWithPath({QStringLiteral("/etc/passwd")})
        << QStringLiteral("the path of file 1 of the file list has a path element containing a "
                          "path separator, which could escape the torrent's folder when saved");
    QTest::newRow("empty element")
        << multiWithPath({QString(), QStringLiteral("x")})
        << QStringLiteral("the path of file 1 of the file list has an empty path element, which "
                          "could escape the torrent's folder when saved");
    QTest::newRow("drive letter")
        << multiWithPath({QStringLiteral("C:")})
        << QStringLiteral("the path of file 1 of the file list has a path element with a drive "
                          "letter, which could escape the torrent's folder when saved");
    QTest::newRow("not UTF-8")
        << multiWithPath({QByteArray("\xff\xfe")})
        << QStringLiteral(
               "1 path elements are not valid UTF-8 and are shown with replacement characters");
    QTest::newRow("name escapes") << encode(withInfo(v1Single(), QStringLiteral("name"),
                                                     QStringLiteral("..")))
                                  << QStringLiteral("the name is a \"..\" path element, which "
                                                    "could escape the download folder when saved");
    QVariantMap tree = fileTree();
    tree.insert(QStringLiteral(".."), QVariantMap{{QStringLiteral("x"), treeFile(1, 'x')}});
    QTest::newRow("v2 dot dot") << encode(withInfo(v2Multi(), QStringLiteral("file tree"), tree))
                                << QStringLiteral(
                                       "the path of \"..\" has a \"..\" path element, which could "
                                       "escape the torrent's folder when saved");
    QTest::newRow("unsorted keys")
        << QByteArray("d4:infod6:lengthi5e4:name1:x12:piece "
                      "lengthi16384e6:pieces20:aaaaaaaaaaaaaaaaaaaae8:announce3:udpe")
        << QStringLiteral("dictionary key \"announce\" is out of order at byte 82");
    QTest::newRow("trailing data")
        << encode(v1Single()) + "xyz"
        << QStringLiteral("trailing data after the end of the value (3 bytes) at byte 177");
    QTest::newRow("private not a number")
        << encode(withInfo(v1Single(), QStringLiteral("private"), QStringLiteral("1")))
        << QStringLiteral("the private flag is not a number; the torrent is treated as public");
    QTest::newRow("creation date not a number")
        << encode(with(v1Single(), QStringLiteral("creation date"), QStringLiteral("today")))
        << QStringLiteral("the creation date is not a valid time; it was ignored");
    QTest::newRow("unsupported tracker")
        << encode(
               with(v1Single(), QStringLiteral("announce"), QStringLiteral("gopher://127.0.0.1/")))
        << QStringLiteral("the tracker \"gopher://127.0.0.1/\" cannot be contacted: unsupported "
                          "protocol \"gopher\"");
    QTest::newRow("announce not text")
        << encode(with(v1Single(), QStringLiteral("announce"), 5))
        << QStringLiteral("the tracker URL (\"announce\") is not text");
}

void TestMetainfoParser::reportsWarnings()
{
    QFETCH(QByteArray, torrent);
    QFETCH(QString, warning);
    const Expected<Metainfo> result = MetainfoParser::parse(torrent, QStringLiteral("odd.torrent"));
    QVERIFY2(result, qPrintable(errorText(result)));
    QVERIFY2(result->warnings.contains(warning), qPrintable(result->warnings.join(u'\n')));
}

void TestMetainfoParser::usesHashWhenNameIsEmpty()
{
    const Expected<Metainfo> result = MetainfoParser::parse(
        encode(withInfo(v1Single(), QStringLiteral("name"), QString())), QStringLiteral("t"));
    QVERIFY2(result, qPrintable(errorText(result)));
    QCOMPARE(result->name, QString::fromLatin1(result->infoHashV1.toHex()));
    QVERIFY(result->warnings.contains(
        QStringLiteral("the name is empty; the info hash is shown instead")));
}

QTEST_GUILESS_MAIN(TestMetainfoParser)
#include "tst_metainfoparser.moc"
