#include "torrents/metainfotext.h"
#include "torrents/torrentlistmodel.h"
#include "uitestdata.h"
#include "uitestengine.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

class TestTorrentListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester();
    void showsColumns_data();
    void showsColumns();
    void sortsByRawValues();
    void findsOpenTorrentsByEitherHash();
    void removesRows();
    void keepsTheOrderAskedFor();
    void followsTheEnginesFigures();
};

void TestTorrentListModel::passesModelTester()
{
    UiTestEngine engine;
    TorrentListModel model(&engine.engine);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(TorrentListModel::SortRole);
    proxy.sort(TorrentListModel::SizeColumn);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    const quint64 first = engine.engine.addTorrent(UiTestData::hybridMetainfo());
    engine.engine.addTorrent(UiTestData::magnetMetainfo());
    engine.engine.removeTorrent(first);
    engine.engine.addTorrent(UiTestData::hybridMetainfo());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(proxy.rowCount(), 2);
}

void TestTorrentListModel::showsColumns_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("torrentText");
    QTest::addColumn<QString>("magnetText");
    QTest::addColumn<bool>("rightAligned");
    const Metainfo torrent = UiTestData::hybridMetainfo();
    QTest::newRow("name") << int(TorrentListModel::NameColumn) << torrent.name
                          << QStringLiteral("(unnamed) 0123456789abcdef0123456789abcdef01234567")
                          << false;
    QTest::newRow("hash") << int(TorrentListModel::InfoHashColumn)
                          << QString::fromLatin1(torrent.infoHashV1.toHex())
                          << QStringLiteral("0123456789abcdef0123456789abcdef01234567") << false;
    QTest::newRow("trackers working of all")
        << int(TorrentListModel::TrackersColumn) << QStringLiteral("0 / 4")
        << QStringLiteral("0 / 1") << true;
    QTest::newRow("size unknown for a magnet")
        << int(TorrentListModel::SizeColumn) << MetainfoText::size(64000) << QStringLiteral("–")
        << true;
}

void TestTorrentListModel::showsColumns()
{
    QFETCH(int, column);
    QFETCH(QString, torrentText);
    QFETCH(QString, magnetText);
    QFETCH(bool, rightAligned);
    UiTestEngine engine;
    TorrentListModel model(&engine.engine);
    engine.engine.addTorrent(UiTestData::hybridMetainfo());
    engine.engine.addTorrent(UiTestData::magnetMetainfo());
    QCOMPARE(model.index(0, column).data().toString(), torrentText);
    QCOMPARE(model.index(1, column).data().toString(), magnetText);
    const int alignment = model.index(0, column).data(Qt::TextAlignmentRole).toInt();
    QCOMPARE(bool(alignment & Qt::AlignRight), rightAligned);
    QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestTorrentListModel::sortsByRawValues()
{
    UiTestEngine engine;
    TorrentListModel model(&engine.engine);
    Metainfo small = UiTestData::hybridMetainfo();
    small.totalSize = 900; // "900 bytes" sorts after "62.5 KiB" as text
    small.infoHashV1 = QByteArray(20, 'a');
    small.infoHashV2.clear();
    engine.engine.addTorrent(UiTestData::hybridMetainfo());
    engine.engine.addTorrent(small);
    engine.engine.addTorrent(UiTestData::magnetMetainfo());
    QCOMPARE(model.index(1, TorrentListModel::SizeColumn).data(TorrentListModel::SortRole),
             QVariant(qint64(900)));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(TorrentListModel::SortRole);
    proxy.sort(TorrentListModel::SizeColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, TorrentListModel::SizeColumn).data().toString(), QStringLiteral("–"));
    QCOMPARE(proxy.index(1, TorrentListModel::SizeColumn).data(TorrentListModel::SortRole),
             QVariant(qint64(900)));
    QCOMPARE(proxy.index(2, TorrentListModel::SizeColumn).data(TorrentListModel::SortRole),
             QVariant(qint64(64000)));
}

void TestTorrentListModel::findsOpenTorrentsByEitherHash()
{
    UiTestEngine engine;
    TorrentListModel model(&engine.engine);
    engine.engine.addTorrent(UiTestData::hybridMetainfo());
    Metainfo sameV2 = UiTestData::magnetMetainfo();
    sameV2.infoHashV1.clear();
    sameV2.infoHashV2 = UiTestData::hybridMetainfo().infoHashV2;
    QCOMPARE(model.findTorrent(sameV2), 0);
    QCOMPARE(model.findTorrent(UiTestData::hybridMetainfo()), 0);
    QCOMPARE(model.findTorrent(UiTestData::magnetMetainfo()), -1);
}

void TestTorrentListModel::removesRows()
{
    UiTestEngine engine;
    TorrentListModel model(&engine.engine);
    const quint64 hybrid = engine.engine.addTorrent(UiTestData::hybridMetainfo());
    const quint64 magnet = engine.engine.addTorrent(UiTestData::magnetMetainfo());
    engine.engine.removeTorrent(magnet + 5); // unknown: ignored
    engine.engine.removeTorrent(hybrid);
    QCOMPARE(model.torrentCount(), 1);
    QCOMPARE(model.metainfo(0).version, MetainfoVersion::MagnetOnly);
    QCOMPARE(model.torrentId(0), magnet);
    QCOMPARE(model.rowOfTorrent(hybrid), -1);
}

void TestTorrentListModel::keepsTheOrderAskedFor()
{
    UiTestEngine engine;
    TorrentListModel model(&engine.engine);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Metainfo first = UiTestData::magnetMetainfo();
    first.name = QStringLiteral("first");
    Metainfo second = first;
    second.name = QStringLiteral("second");
    Metainfo third = first;
    third.name = QStringLiteral("third");
    // Loads finish in any order; rows follow the order the torrents were asked for.
    third.infoHashV1 = QByteArray(20, '3');
    second.infoHashV1 = QByteArray(20, '2');
    QCOMPARE(model.rowOfTorrent(engine.engine.addTorrent(third, {}, 7)), 0);
    QCOMPARE(model.rowOfTorrent(engine.engine.addTorrent(first, {}, 2)), 0);
    QCOMPARE(model.rowOfTorrent(engine.engine.addTorrent(second, {}, 5)), 1);
    QCOMPARE(model.rowOfTorrent(engine.engine.addTorrent(UiTestData::hybridMetainfo(), {}, 9)), 3);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.metainfo(row).name;
    QCOMPARE(names, (QStringList{QStringLiteral("first"), QStringLiteral("second"),
                                 QStringLiteral("third"), UiTestData::hybridMetainfo().name}));
}

void TestTorrentListModel::followsTheEnginesFigures()
{
    UiTestEngine engine;
    const Metainfo metainfo = UiTestData::hybridMetainfo();
    const QString firstUrl = metainfo.trackerTiers.first().first().text();
    // The other trackers answer as the fake does by default (3 seeders, 4 leechers); the fourth
    // (gopher://) is not supported.
    AnnounceResult answer =
        FakeTrackerScript::working(QHostAddress(QHostAddress::LocalHost), 1800, -1,
                                   {FakeTrackerScript::peer(QStringLiteral("192.0.2.7"), 6881)});
    answer.seeders = 9;
    answer.leechers = 2;
    engine.script->setAnnounceResults(firstUrl, {answer});
    // A torrent already in the engine gets its row when the model is made.
    const quint64 torrentId = engine.engine.addTorrent(metainfo);
    TorrentListModel model(&engine.engine);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowOfTorrent(torrentId), 0);
    QTRY_COMPARE(model.index(0, TorrentListModel::TrackersColumn).data().toString(),
                 QStringLiteral("3 / 4"));
    QCOMPARE(model.index(0, TorrentListModel::TrackersColumn).data(TorrentListModel::SortRole),
             QVariant(3));
    QTRY_COMPARE(model.index(0, TorrentListModel::SeedersColumn).data(TorrentListModel::SortRole),
                 QVariant(qint64(9)));
    QCOMPARE(model.index(0, TorrentListModel::LeechersColumn).data().toString(),
             QStringLiteral("4")); // the best of the trackers
    QTRY_COMPARE(model.index(0, TorrentListModel::PeersColumn).data(TorrentListModel::SortRole),
                 QVariant(1));
}

QTEST_MAIN(TestTorrentListModel)
#include "tst_torrentlistmodel.moc"
