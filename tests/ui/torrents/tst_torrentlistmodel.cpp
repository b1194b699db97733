#include "torrents/metainfotext.h"
#include "torrents/torrentlistmodel.h"
#include "uitestdata.h"

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
};

void TestTorrentListModel::passesModelTester()
{
    TorrentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(TorrentListModel::SortRole);
    proxy.sort(TorrentListModel::SizeColumn);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addTorrent(UiTestData::hybridMetainfo());
    model.addTorrent(UiTestData::magnetMetainfo());
    model.removeTorrent(0);
    model.addTorrent(UiTestData::hybridMetainfo());
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
    QTest::newRow("trackers") << int(TorrentListModel::TrackersColumn) << QStringLiteral("4")
                              << QStringLiteral("1") << true;
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
    TorrentListModel model;
    model.addTorrent(UiTestData::hybridMetainfo());
    model.addTorrent(UiTestData::magnetMetainfo());
    QCOMPARE(model.index(0, column).data().toString(), torrentText);
    QCOMPARE(model.index(1, column).data().toString(), magnetText);
    const int alignment = model.index(0, column).data(Qt::TextAlignmentRole).toInt();
    QCOMPARE(bool(alignment & Qt::AlignRight), rightAligned);
    QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestTorrentListModel::sortsByRawValues()
{
    TorrentListModel model;
    Metainfo small = UiTestData::hybridMetainfo();
    small.totalSize = 900; // "900 bytes" sorts after "62.5 KiB" as text
    small.infoHashV1 = QByteArray(20, 'a');
    small.infoHashV2.clear();
    model.addTorrent(UiTestData::hybridMetainfo());
    model.addTorrent(small);
    model.addTorrent(UiTestData::magnetMetainfo());
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
    TorrentListModel model;
    model.addTorrent(UiTestData::hybridMetainfo());
    Metainfo sameV2 = UiTestData::magnetMetainfo();
    sameV2.infoHashV1.clear();
    sameV2.infoHashV2 = UiTestData::hybridMetainfo().infoHashV2;
    QCOMPARE(model.findTorrent(sameV2), 0);
    QCOMPARE(model.findTorrent(UiTestData::hybridMetainfo()), 0);
    QCOMPARE(model.findTorrent(UiTestData::magnetMetainfo()), -1);
}

void TestTorrentListModel::removesRows()
{
    TorrentListModel model;
    model.addTorrent(UiTestData::hybridMetainfo());
    model.addTorrent(UiTestData::magnetMetainfo());
    model.removeTorrent(5); // out of range: ignored
    model.removeTorrent(0);
    QCOMPARE(model.torrentCount(), 1);
    QCOMPARE(model.metainfo(0).version, MetainfoVersion::MagnetOnly);
}

void TestTorrentListModel::keepsTheOrderAskedFor()
{
    TorrentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Metainfo first = UiTestData::magnetMetainfo();
    first.name = QStringLiteral("first");
    Metainfo second = first;
    second.name = QStringLiteral("second");
    Metainfo third = first;
    third.name = QStringLiteral("third");
    // Loads finish in any order; rows follow the order the torrents were asked for.
    QCOMPARE(model.addTorrent(third, 7), 0);
    QCOMPARE(model.addTorrent(first, 2), 0);
    QCOMPARE(model.addTorrent(second, 5), 1);
    QCOMPARE(model.addTorrent(UiTestData::hybridMetainfo()), 3);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.metainfo(row).name;
    QCOMPARE(names, (QStringList{QStringLiteral("first"), QStringLiteral("second"),
                                 QStringLiteral("third"), UiTestData::hybridMetainfo().name}));
}

QTEST_MAIN(TestTorrentListModel)
#include "tst_torrentlistmodel.moc"
