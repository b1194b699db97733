#include "bencode/bencodedecoder.h"
#include "bencode/bencodeencoder.h"
#include "errortext.h"
#include "metainfo/magnetlinkparser.h"
#include "metainfo/metainfoparser.h"
#include "metainfo/torrentfilereader.h"
#include "metainfo/torrentwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kOld = QStringLiteral("udp://old.example:6969/announce");
const QString kUnicodeTracker = QStringLiteral("http://трекер.example/announce?ключ=значение");

QByteArray infoDictionary()
{
    BencodeEncoder info;
    info.beginDictionary();
    info.writeString("length");
    info.writeInteger(1024);
    info.writeString("name");
    info.writeString(QStringLiteral("файл ü.bin").toUtf8());
    info.writeString("piece length");
    info.writeInteger(16384);
    info.writeString("pieces");
    info.writeString(QByteArray(20, '\x5a'));
    info.end();
    return info.data();
}

// A torrent with keys around the tracker keys; sorted when sorted is true, else "info" first and
// "comment" last, as some writers do.
QByteArray sampleTorrent(bool withTrackers, bool sorted = true)
{
    BencodeEncoder torrent;
    torrent.beginDictionary();
    if (!sorted) {
        torrent.writeString("info");
        torrent.writeRaw(infoDictionary());
    }
    if (withTrackers) {
        torrent.writeString("announce");
        torrent.writeString(kOld.toUtf8());
        torrent.writeRaw(
            "13:announce-listll31:udp://old.example:6969/announceel17:http://b.example/ee");
    }
    torrent.writeString("created by");
    torrent.writeString("hand");
    torrent.writeString("creation date");
    torrent.writeInteger(1700000000);
    if (sorted) {
        torrent.writeString("info");
        torrent.writeRaw(infoDictionary());
    }
    torrent.writeString("url-list");
    torrent.writeString("http://seed.example/");
    torrent.writeString("x-unknown");
    torrent.writeRaw("li1ei2ee");
    if (!sorted) {
        torrent.writeString("comment");
        torrent.writeString("last");
    }
    torrent.end();
    return torrent.data();
}

QList<QList<TrackerUrl>> tiersOf(const QList<QStringList> &texts)
{
    QList<QList<TrackerUrl>> tiers;
    for (const QStringList &tier : texts) {
        QList<TrackerUrl> urls;
        for (const QString &text : tier)
            urls.append(TrackerUrl::parse(text));
        tiers.append(urls);
    }
    return tiers;
}

QList<QStringList> textsOf(const QList<QList<TrackerUrl>> &tiers)
{
    QList<QStringList> texts;
    for (const QList<TrackerUrl> &tier : tiers) {
        QStringList urls;
        for (const TrackerUrl &url : tier)
            urls.append(url.text());
        texts.append(urls);
    }
    return texts;
}

// The top-level keys in file order, and each key's raw value.
QList<QPair<QByteArray, QByteArray>> topLevel(const QByteArray &torrent)
{
    const Expected<BencodeDocument> document = BencodeDecoder::decode(torrent);
    QList<QPair<QByteArray, QByteArray>> entries;
    for (const auto &[key, value] : document->root().entries())
        entries.append({key.toByteArray(), value.rawBytes().toByteArray()});
    return entries;
}
} // namespace

class TestTorrentWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replaceTrackers_data()
    {
        QTest::addColumn<bool>("originalHasTrackers");
        QTest::addColumn<bool>("sorted");
        QTest::addColumn<QList<QStringList>>("tiers");
        QTest::addColumn<QByteArrayList>("expectedKeys");
        const QByteArrayList otherKeys = {"created by", "creation date", "info", "url-list",
                                          "x-unknown"};
        const QByteArrayList withBoth = QByteArrayList{"announce", "announce-list"} + otherKeys;
        const QByteArrayList withAnnounce = QByteArrayList{"announce"} + otherKeys;
        const QList<QStringList> twoTiers = {
            {QStringLiteral("udp://new.example:1337/announce"), kUnicodeTracker},
            {QStringLiteral("wss://ws.example/")}};
        QTest::newRow("replaced") << true << true << twoTiers << withBoth;
        QTest::newRow("added where sorted order wants") << false << true << twoTiers << withBoth;
        QTest::newRow("one tracker: announce only")
            << true << true << QList<QStringList>{{kOld}} << withAnnounce;
        QTest::newRow("empty: both removed") << true << true << QList<QStringList>{} << otherKeys;
        QTest::newRow("unsorted original keeps its order")
            << true << false << twoTiers
            << QByteArrayList{"info",          "announce", "announce-list", "created by",
                              "creation date", "url-list", "x-unknown",     "comment"};
    }

    void replaceTrackers()
    {
        QFETCH(bool, originalHasTrackers);
        QFETCH(bool, sorted);
        QFETCH(QList<QStringList>, tiers);
        QFETCH(QByteArrayList, expectedKeys);
        const QByteArray original = sampleTorrent(originalHasTrackers, sorted);
        const Expected<QByteArray> result =
            TorrentWriter::replaceTrackers(original, tiersOf(tiers));
        QVERIFY2(result, qPrintable(errorText(result)));

        const Expected<Metainfo> before = MetainfoParser::parse(original, QStringLiteral("a"));
        const Expected<Metainfo> after = MetainfoParser::parse(*result, QStringLiteral("b"));
        QVERIFY2(after, qPrintable(errorText(after)));
        QCOMPARE(after->infoHashV1.toHex(), before->infoHashV1.toHex());
        QCOMPARE(after->name, QStringLiteral("файл ü.bin"));
        QCOMPARE(textsOf(after->trackerTiers), tiers);

        QByteArrayList keys;
        const auto originalEntries = topLevel(original);
        for (const auto &[key, value] : topLevel(*result)) {
            keys.append(key);
            if (key == "announce" || key == "announce-list")
                continue;
            // Every other value is the original's bytes.
            const auto match =
                std::find_if(originalEntries.cbegin(), originalEntries.cend(),
                             // (clang 14 cannot capture a structured binding)
                             [&wanted = key](const auto &entry) { return entry.first == wanted; });
            QVERIFY(match != originalEntries.cend());
            QCOMPARE(value, match->second);
        }
        QCOMPARE(keys, expectedKeys);
    }

    void sortedInputStaysCanonical()
    {
        const Expected<QByteArray> result = TorrentWriter::replaceTrackers(
            sampleTorrent(false), tiersOf({{kOld}, {QStringLiteral("http://b.example/")}}));
        QVERIFY(result);
        QVERIFY(BencodeDecoder::decode(*result)->warnings().isEmpty());
    }

    void notATorrent_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("not bencode") << QByteArray("<html>");
        QTest::newRow("a list") << QByteArray("li1ee");
        QTest::newRow("no info") << QByteArray("d8:announce3:abce");
        QTest::newRow("info not a dictionary") << QByteArray("d4:infoi1ee");
    }

    void notATorrent()
    {
        QFETCH(QByteArray, data);
        const Expected<QByteArray> result = TorrentWriter::replaceTrackers(data, tiersOf({{kOld}}));
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::Malformed);
        QVERIFY(!result.error().message().isEmpty());
    }

    void magnetUri()
    {
        Metainfo metainfo;
        metainfo.version = MetainfoVersion::MagnetOnly;
        metainfo.infoHashV1 = QByteArray(20, '\x01');
        metainfo.infoHashV2 = QByteArray(32, '\x02');
        metainfo.name = QStringLiteral("Ünïcode & more + spaces");
        metainfo.totalSize = 4096;
        metainfo.urlList = {QStringLiteral("http://seed.example/a b")};
        metainfo.peerAddresses = {QStringLiteral("192.0.2.1:6881")};
        const QString tracker = QStringLiteral("http://t.example/announce?passkey=a&b=c+d");
        const QString uri = TorrentWriter::magnetUri(
            metainfo,
            tiersOf({{tracker, kUnicodeTracker}, {QStringLiteral("udp://u.example:1/")}}));
        const Expected<Metainfo> parsed = MagnetLinkParser::parse(uri);
        QVERIFY2(parsed, qPrintable(errorText(parsed)));
        QCOMPARE(parsed->infoHashV1, metainfo.infoHashV1);
        QCOMPARE(parsed->infoHashV2, metainfo.infoHashV2);
        QCOMPARE(parsed->name, metainfo.name);
        QCOMPARE(parsed->totalSize, 4096);
        QCOMPARE(parsed->urlList, metainfo.urlList);
        QCOMPARE(parsed->peerAddresses, metainfo.peerAddresses);
        QCOMPARE(textsOf(parsed->trackerTiers),
                 (QList<QStringList>{
                     {tracker}, {kUnicodeTracker}, {QStringLiteral("udp://u.example:1/")}}));
        QVERIFY(parsed->warnings.isEmpty());
    }

    void writeTorrentFile()
    {
        QTemporaryDir directory;
        const QString source = directory.filePath(QStringLiteral("original.torrent"));
        const QByteArray original = sampleTorrent(true);
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(original);
        file.close();
        const Expected<Metainfo> loaded = TorrentFileReader::read(source);
        QVERIFY(loaded.hasValue());

        const QString target = directory.filePath(QStringLiteral("edited copy.torrent"));
        const QList<QStringList> tiers = {{QStringLiteral("http://new.example/announce")}};
        const Expected<QByteArray> result = TorrentWriter::write(*loaded, tiersOf(tiers), target);
        QVERIFY2(result, qPrintable(errorText(result)));
        const Expected<Metainfo> copy = TorrentFileReader::read(target);
        QVERIFY(copy.hasValue());
        QCOMPARE(copy->infoHashV1, loaded->infoHashV1);
        QCOMPARE(textsOf(copy->trackerTiers), tiers);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), original); // the original is untouched
        QCOMPARE(QDir(directory.path()).entryList(QDir::Files).size(), 2); // nothing else written
    }

    void writeMagnetFile()
    {
        QTemporaryDir directory;
        const Expected<Metainfo> magnet =
            MagnetLinkParser::parse(QStringLiteral("magnet:?xt=urn:btih:") + QString(40, u'a'));
        QVERIFY(magnet.hasValue());
        const QString target = directory.filePath(QStringLiteral("link.magnet"));
        const Expected<QByteArray> result =
            TorrentWriter::write(*magnet, tiersOf({{kOld}}), target);
        QVERIFY2(result, qPrintable(errorText(result)));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Expected<Metainfo> reread =
            MagnetLinkParser::parse(QString::fromUtf8(file.readAll()));
        QVERIFY(reread.hasValue());
        QCOMPARE(reread->infoHashV1, magnet->infoHashV1);
        QCOMPARE(textsOf(reread->trackerTiers), (QList<QStringList>{{kOld}}));
    }

    void writeFailures_data()
    {
        QTest::addColumn<bool>("changeSource");
        QTest::addColumn<bool>("missingFolder");
        QTest::newRow("target folder missing") << false << true;
        QTest::newRow("source changed on disk") << true << false;
    }

    void writeFailures()
    {
        QFETCH(bool, changeSource);
        QFETCH(bool, missingFolder);
        QTemporaryDir directory;
        const QString source = directory.filePath(QStringLiteral("original.torrent"));
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(sampleTorrent(true));
        file.close();
        const Expected<Metainfo> loaded = TorrentFileReader::read(source);
        QVERIFY(loaded.hasValue());
        if (changeSource) {
            QByteArray other = sampleTorrent(true);
            other.replace("i1024e", "i2048e");
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(other);
            file.close();
        }
        const QString target = missingFolder
                                   ? directory.filePath(QStringLiteral("no/such/a.torrent"))
                                   : directory.filePath(QStringLiteral("a.torrent"));
        const Expected<QByteArray> result =
            TorrentWriter::write(*loaded, tiersOf({{kOld}}), target);
        QVERIFY(!result);
        QCOMPARE(result.error().kind(),
                 changeSource ? Error::Kind::Malformed : Error::Kind::FileAccess);
        QVERIFY(!result.error().message().isEmpty());
        QVERIFY(!QFile::exists(target));
    }
};

QTEST_GUILESS_MAIN(TestTorrentWriter)
#include "tst_torrentwriter.moc"
