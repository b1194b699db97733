#include "torrents/torrentsources.h"
#include "uitestdata.h"

#include <QDir>
#include <QMimeData>
#include <QTest>
#include <QUrl>

class TestTorrentSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsMagnetLinksInText_data();
    void findsMagnetLinksInText();
    void readsMimeData();
    void ignoresFoldersAndOtherUrls();
    void normalizesArguments_data();
    void normalizesArguments();
    void describesSources();
};

void TestTorrentSources::findsMagnetLinksInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QString magnet = UiTestData::magnetLink();
    QTest::newRow("one") << magnet << QStringList{magnet};
    QTest::newRow("with spaces around")
        << QStringLiteral("  ") + magnet + QStringLiteral("\n") << QStringList{magnet};
    QTest::newRow("several lines") << magnet + QStringLiteral("\r\nMAGNET:?xt=urn:btih:x")
                                   << QStringList{magnet, QStringLiteral("MAGNET:?xt=urn:btih:x")};
    QTest::newRow("prose around") << QStringLiteral("see ") + magnet + QStringLiteral(" here")
                                  << QStringList{magnet};
    QTest::newRow("none") << QStringLiteral("http://example.invalid/a.torrent") << QStringList();
}

void TestTorrentSources::findsMagnetLinksInText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(TorrentSources::magnetLinksIn(text), expected);
}

void TestTorrentSources::readsMimeData()
{
    QMimeData files;
    files.setUrls(
        {QUrl::fromLocalFile(QStringLiteral("/tmp/a.torrent")), QUrl(UiTestData::magnetLink())});
    files.setText(QStringLiteral("ignored when there are URLs"));
    const QStringList sources = TorrentSources::fromMimeData(&files);
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources.at(0), QStringLiteral("/tmp/a.torrent"));
    QVERIFY(TorrentSources::isMagnet(sources.at(1)));
    QMimeData text;
    text.setText(UiTestData::magnetLink());
    QCOMPARE(TorrentSources::fromMimeData(&text), QStringList{UiTestData::magnetLink()});
    QCOMPARE(TorrentSources::fromMimeData(nullptr), QStringList());
}

void TestTorrentSources::ignoresFoldersAndOtherUrls()
{
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(QDir::tempPath()),
                  QUrl(QStringLiteral("https://example.invalid/a.torrent"))});
    QCOMPARE(TorrentSources::fromMimeData(&data), QStringList());
}

void TestTorrentSources::normalizesArguments_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected");
    QTest::newRow("absolute") << QStringLiteral("/tmp/x.torrent")
                              << QStringLiteral("/tmp/x.torrent");
    QTest::newRow("relative") << QStringLiteral("x.torrent")
                              << QDir::current().absoluteFilePath(QStringLiteral("x.torrent"));
    QTest::newRow("file url") << QStringLiteral("file:///tmp/a%20b.torrent")
                              << QStringLiteral("/tmp/a b.torrent");
    QTest::newRow("magnet") << QStringLiteral(" ") + UiTestData::magnetLink()
                            << UiTestData::magnetLink();
}

void TestTorrentSources::normalizesArguments()
{
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    QCOMPARE(TorrentSources::fromArgument(argument), expected);
}

void TestTorrentSources::describesSources()
{
    QCOMPARE(TorrentSources::describe(QStringLiteral("/tmp/a.torrent")),
             QStringLiteral("“/tmp/a.torrent”"));
    const QString shortMagnet = QStringLiteral("magnet:?xt=urn:btih:abc");
    QCOMPARE(TorrentSources::describe(shortMagnet),
             QStringLiteral("the magnet link “") + shortMagnet + QStringLiteral("”"));
    const QString longMagnet = UiTestData::magnetLink() + UiTestData::magnetLink();
    const QString described = TorrentSources::describe(longMagnet);
    QVERIFY(described.endsWith(QStringLiteral("…”")));
    QVERIFY(described.contains(longMagnet.left(TorrentSources::kDescribedMagnetLength)));
    QVERIFY(!described.contains(longMagnet.left(TorrentSources::kDescribedMagnetLength + 1)));
}

QTEST_MAIN(TestTorrentSources)
#include "tst_torrentsources.moc"
