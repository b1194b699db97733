#include "metainfo/magnetlinkparser.h"
#include "report/metainfojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestMetainfoJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTorrents();
    void writesMagnetsWithNulls();
    void writesTextLikeTheObject();
    void namesVersions_data();
    void namesVersions();
};

void TestMetainfoJson::writesTorrents()
{
    Metainfo metainfo;
    metainfo.sourceName = QStringLiteral("a.torrent");
    metainfo.version = MetainfoVersion::Hybrid;
    metainfo.name = QStringLiteral("demo");
    metainfo.infoHashV1 = QByteArray(20, '\xab');
    metainfo.infoHashV2 = QByteArray(32, '\x01');
    metainfo.files = {
        {{QStringLiteral("d"), QStringLiteral("a.txt")},
         5,
         false,
         true,
         false,
         false,
         QByteArray(32, '\x02'),
         {}},
        {{QStringLiteral(".pad"), QStringLiteral("9")}, 9, true, false, false, false, {}, {}}};
    metainfo.fileCount = 1;
    metainfo.padFileCount = 1;
    metainfo.totalSize = 5;
    metainfo.pieceLength = 16384;
    metainfo.pieceCount = 1;
    metainfo.isPrivate = true;
    metainfo.isMultiFile = true;
    metainfo.createdBy = QStringLiteral("me");
    metainfo.creationDate = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    metainfo.trackerTiers = {{TrackerUrl::parse(QStringLiteral("http://127.0.0.1:1/a")),
                              TrackerUrl::parse(QStringLiteral("udp://127.0.0.1:2"))},
                             {TrackerUrl::parse(QStringLiteral("ws://127.0.0.1:3"))}};
    metainfo.warnings = {QStringLiteral("careful")};

    const QJsonObject json = MetainfoJson::toJson(metainfo);
    QCOMPARE(json.value(u"name").toString(), QStringLiteral("demo"));
    QCOMPARE(json.value(u"version").toString(), QStringLiteral("hybrid"));
    QCOMPARE(json.value(u"info_hash_v1").toString(), QStringLiteral("ab").repeated(20));
    QCOMPARE(json.value(u"info_hash_v2").toString(), QStringLiteral("01").repeated(32));
    QCOMPARE(json.value(u"total_size").toInteger(), 5);
    QCOMPARE(json.value(u"file_count").toInteger(), 1);
    QCOMPARE(json.value(u"pad_file_count").toInteger(), 1);
    QCOMPARE(json.value(u"piece_length").toInteger(), 16384);
    QCOMPARE(json.value(u"piece_count").toInteger(), 1);
    QCOMPARE(json.value(u"private").toBool(), true);
    QCOMPARE(json.value(u"multi_file").toBool(), true);
    QCOMPARE(json.value(u"created_by").toString(), QStringLiteral("me"));
    QCOMPARE(json.value(u"creation_date").toString(), QStringLiteral("1970-01-01T00:00:00Z"));
    QVERIFY(json.value(u"comment").isNull());
    QVERIFY(json.value(u"source_tag").isNull());
    const QJsonArray tiers = json.value(u"trackers").toArray();
    QCOMPARE(tiers.size(), 2);
    QCOMPARE(tiers.at(0).toArray().at(1).toString(), QStringLiteral("udp://127.0.0.1:2"));
    QCOMPARE(tiers.at(1).toArray().at(0).toString(), QStringLiteral("ws://127.0.0.1:3"));
    const QJsonArray files = json.value(u"files").toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0).toObject().value(u"path").toString(), QStringLiteral("d/a.txt"));
    QCOMPARE(files.at(0).toObject().value(u"executable").toBool(), true);
    QCOMPARE(files.at(0).toObject().value(u"pieces_root").toString(),
             QStringLiteral("02").repeated(32));
    QCOMPARE(files.at(1).toObject().value(u"pad").toBool(), true);
    QCOMPARE(json.value(u"warnings").toArray(), QJsonArray{QStringLiteral("careful")});
}

void TestMetainfoJson::writesMagnetsWithNulls()
{
    const Expected<Metainfo> result = MagnetLinkParser::parse(
        QStringLiteral("magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&dn=m"));
    QVERIFY(result.hasValue());
    const QJsonObject json = MetainfoJson::toJson(*result);
    QCOMPARE(json.value(u"version").toString(), QStringLiteral("magnet"));
    QCOMPARE(json.value(u"info_hash_v1").toString(),
             QStringLiteral("c12fe1c06bba254a9dc9f519b335aa7c1367a88a"));
    QVERIFY(json.value(u"info_hash_v2").isNull());
    QVERIFY(json.value(u"total_size").isNull());
    QVERIFY(json.value(u"file_count").isNull());
    QVERIFY(json.value(u"piece_length").isNull());
    QVERIFY(json.value(u"creation_date").isNull());
    QCOMPARE(json.value(u"trackers").toArray().size(), 0);
    QCOMPARE(json.value(u"private").toBool(true), false);
}

void TestMetainfoJson::writesTextLikeTheObject()
{
    Metainfo metainfo;
    metainfo.name = QStringLiteral("quote \" backslash \\ tab \t nul ") + QChar(0) + u"é ☕ 🎉";
    metainfo.infoHashV1 = QByteArray(20, '\x10');
    metainfo.totalSize = 7;
    metainfo.fileCount = 2;
    metainfo.files = {
        {{QStringLiteral("a\"b"), QStringLiteral("\x01c\u2028")},
         3,
         false,
         false,
         true,
         false,
         QByteArray(32, '\x03'),
         {}},
        {{QStringLiteral("l")},
         0,
         false,
         true,
         false,
         true,
         {},
         {QStringLiteral(".."), QStringLiteral("t")}},
        {{QStringLiteral(".pad"), QStringLiteral("4")}, 4, true, false, false, false, {}, {}}};
    metainfo.warnings = {QStringLiteral("w\n2")};
    const QByteArray text = MetainfoJson::toJsonText(metainfo);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(document.object(), MetainfoJson::toJson(metainfo));
    QCOMPARE(document.object().value(u"files").toArray().size(), 3);

    metainfo.files.clear();
    QCOMPARE(QJsonDocument::fromJson(MetainfoJson::toJsonText(metainfo)).object(),
             MetainfoJson::toJson(metainfo));
}

void TestMetainfoJson::namesVersions_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("name");
    QTest::newRow("v1") << int(MetainfoVersion::V1) << QStringLiteral("v1");
    QTest::newRow("v2") << int(MetainfoVersion::V2) << QStringLiteral("v2");
    QTest::newRow("hybrid") << int(MetainfoVersion::Hybrid) << QStringLiteral("hybrid");
    QTest::newRow("magnet") << int(MetainfoVersion::MagnetOnly) << QStringLiteral("magnet");
}

void TestMetainfoJson::namesVersions()
{
    QFETCH(int, version);
    QFETCH(QString, name);
    QCOMPARE(MetainfoJson::versionName(MetainfoVersion(version)), name);
}

QTEST_GUILESS_MAIN(TestMetainfoJson)
#include "tst_metainfojson.moc"
