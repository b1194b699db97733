#include "errortext.h"
#include "metainfo/magnetlinkparser.h"
#include "torrents/metainfotext.h"
#include "uitestdata.h"

#include <QTest>

class TestMetainfoText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsSizes_data();
    void formatsSizes();
    void summarizes();
    void buildsMagnetLinkThatParsesBack();
};

void TestMetainfoText::formatsSizes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown") << qint64(-1) << QStringLiteral("–");
    QTest::newRow("zero is known") << qint64(0) << QStringLiteral("0 bytes");
    QTest::newRow("kibibytes") << qint64(1536) << QStringLiteral("1.5 KiB");
    QTest::newRow("gibibytes") << qint64(3) * 1024 * 1024 * 1024 << QStringLiteral("3.0 GiB");
}

void TestMetainfoText::formatsSizes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(MetainfoText::size(bytes), expected);
}

void TestMetainfoText::summarizes()
{
    QLocale::setDefault(QLocale::c());
    QCOMPARE(MetainfoText::summary(UiTestData::hybridMetainfo()),
             QStringLiteral("hybrid v1 + v2  ·  62.5 KiB  ·  3 files  ·  4 trackers in 2 tiers, "
                            "1 unsupported  ·  private"));
    QCOMPARE(MetainfoText::trackerSummary(Metainfo()), QStringLiteral("no trackers"));
}

void TestMetainfoText::buildsMagnetLinkThatParsesBack()
{
    const Metainfo metainfo = UiTestData::hybridMetainfo();
    const QString link = MetainfoText::magnetLink(metainfo);
    QVERIFY(link.contains(QStringLiteral("&dn=%3Cb%3ESample%3C%2Fb%3E%20%26%20data")));
    const Expected<Metainfo> parsed = MagnetLinkParser::parse(link);
    QVERIFY2(parsed, qPrintable(errorText(parsed)));
    QCOMPARE(parsed->infoHashV1, metainfo.infoHashV1);
    QCOMPARE(parsed->infoHashV2, metainfo.infoHashV2);
    QCOMPARE(parsed->name, metainfo.name);
    QCOMPARE(parsed->trackerCount(), metainfo.trackerCount());
    QCOMPARE(MetainfoText::magnetLink(Metainfo()), QStringLiteral("–"));
}

QTEST_MAIN(TestMetainfoText)
#include "tst_metainfotext.moc"
