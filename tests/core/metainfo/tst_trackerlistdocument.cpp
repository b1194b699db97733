#include "metainfo/trackerlistdocument.h"

#include <QTest>

class TestTrackerListDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomHashesDiffer()
    {
        const QByteArray first = TrackerListDocument::randomInfoHash();
        QCOMPARE(first.size(), 20);
        QVERIFY(first != TrackerListDocument::randomInfoHash());
    }

    void parsesInfoHashes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("size"); // 0: refused
        QTest::newRow("v1") << QString(40, u'a') << 20;
        QTest::newRow("v1 upper case, spaces") << (u' ' + QString(40, u'F') + u'\n') << 20;
        QTest::newRow("v2") << QString(64, u'0') << 32;
        QTest::newRow("too short") << QString(39, u'a') << 0;
        QTest::newRow("between v1 and v2") << QString(50, u'a') << 0;
        QTest::newRow("not hex") << (QString(39, u'a') + u'g') << 0;
        QTest::newRow("empty") << QString() << 0;
    }
    void parsesInfoHashes()
    {
        QFETCH(QString, text);
        QFETCH(int, size);
        const Expected<QByteArray> hash = TrackerListDocument::parseInfoHash(text);
        QCOMPARE(hash.hasValue(), size > 0);
        if (size > 0)
            QCOMPARE(hash->size(), size);
        else
            QCOMPARE(hash.error().kind(), Error::Kind::Malformed);
    }

    void everyTrackerIsATierOfItsOwn()
    {
        const QList<QList<TrackerUrl>> tiers = {
            {TrackerUrl::parse(QStringLiteral("udp://a.example:1/announce")),
             TrackerUrl::parse(QStringLiteral("http://b.example/announce"))},
            {TrackerUrl::parse(QStringLiteral("gopher://c.example/"))}};
        const QByteArray hash(20, '\x42');
        const Metainfo list = TrackerListDocument::make(tiers, QStringLiteral("best.txt"), hash);
        QVERIFY(list.isTrackerList);
        QCOMPARE(list.name, QStringLiteral("best.txt"));
        QCOMPARE(list.infoHashV1, hash);
        QVERIFY(!list.hasV2());
        QCOMPARE(list.trackerTiers.size(), 3);
        QCOMPARE(list.trackerTiers[1].first().text(), QStringLiteral("http://b.example/announce"));
        // Unusable URLs stay, so that the report can say why they are not contacted.
        QVERIFY(!list.trackerTiers[2].first().isSupported());
    }

    void v2HashMakesAV2List()
    {
        const QByteArray hash(32, '\x07');
        const Metainfo list = TrackerListDocument::make({}, QStringLiteral("list"), hash);
        QVERIFY(!list.hasV1());
        QCOMPARE(list.infoHashV2, hash);
        QCOMPARE(list.trackerHashV2().size(), 20);
    }
};

QTEST_GUILESS_MAIN(TestTrackerListDocument)
#include "tst_trackerlistdocument.moc"
