#include "trackertiermodel.h"
#include "uitestdata.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSortFilterProxyModel>
#include <QTest>

class TestTrackerTierModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester();
    void buildsTiersAndTrackers();
    void showsTrackerColumns_data();
    void showsTrackerColumns();
    void sortsWithinTiers();
};

void TestTrackerTierModel::passesModelTester()
{
    TrackerTierModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(TrackerTierModel::SortRole);
    proxy.sort(TrackerTierModel::UrlColumn, Qt::DescendingOrder);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrackerTiers(UiTestData::hybridMetainfo().trackerTiers);
    model.setTrackerTiers({});
    model.setTrackerTiers(UiTestData::magnetMetainfo().trackerTiers);
    QCOMPARE(proxy.rowCount(), 1);
}

void TestTrackerTierModel::buildsTiersAndTrackers()
{
    TrackerTierModel model;
    model.setTrackerTiers(UiTestData::hybridMetainfo().trackerTiers);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex firstTier = model.index(0, 0);
    const QModelIndex secondTier = model.index(1, 0);
    QVERIFY(firstTier.data(TrackerTierModel::IsTierRole).toBool());
    QCOMPARE(model.rowCount(firstTier), 2);
    QCOMPARE(model.rowCount(secondTier), 2);
    QCOMPARE(firstTier.data().toString(), QStringLiteral("Tier 1  ·  2 trackers"));
    QCOMPARE(secondTier.data().toString(), QStringLiteral("Tier 2  ·  2 trackers, 1 unsupported"));
    QCOMPARE(secondTier.data(TrackerTierModel::SortRole).toInt(), 1);
    const QModelIndex tracker = model.index(1, 0, secondTier);
    QCOMPARE(tracker.parent(), secondTier);
    QVERIFY(!tracker.data(TrackerTierModel::IsTierRole).toBool());
    QCOMPARE(model.rowCount(tracker), 0);
    QCOMPARE(model.columnCount(), int(TrackerTierModel::ColumnCount));
}

void TestTrackerTierModel::showsTrackerColumns_data()
{
    QTest::addColumn<int>("tier");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("http") << 0 << 0 << "http://127.0.0.1:6969/announce"
                          << "http"
                          << "not contacted"
                          << "";
    QTest::newRow("udp") << 0 << 1 << "udp://127.0.0.1:6969"
                         << "udp"
                         << "not contacted"
                         << "";
    QTest::newRow("ws") << 1 << 0 << "ws://127.0.0.1:8000"
                        << "ws"
                        << "not contacted"
                        << "";
    QTest::newRow("unsupported") << 1 << 1 << "gopher://127.0.0.1/announce"
                                 << "gopher"
                                 << "unsupported"
                                 << "unsupported protocol \"gopher\"";
}

void TestTrackerTierModel::showsTrackerColumns()
{
    QFETCH(int, tier);
    QFETCH(int, row);
    QFETCH(QString, url);
    QFETCH(QString, protocol);
    QFETCH(QString, status);
    QFETCH(QString, message);
    TrackerTierModel model;
    model.setTrackerTiers(UiTestData::hybridMetainfo().trackerTiers);
    const QModelIndex parent = model.index(tier, 0);
    QCOMPARE(model.index(row, TrackerTierModel::UrlColumn, parent).data().toString(), url);
    QCOMPARE(model.index(row, TrackerTierModel::ProtocolColumn, parent).data().toString(),
             protocol);
    const QModelIndex statusIndex = model.index(row, TrackerTierModel::StatusColumn, parent);
    QCOMPARE(statusIndex.data().toString(), status);
    // Never colour alone: an icon with the word.
    QVERIFY(!statusIndex.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.index(row, TrackerTierModel::MessageColumn, parent).data().toString(), message);
}

void TestTrackerTierModel::sortsWithinTiers()
{
    TrackerTierModel model;
    model.setTrackerTiers(UiTestData::tiers(
        {{QStringLiteral("udp://b.test:1"), QStringLiteral("http://a.test/announce")},
         {QStringLiteral("http://c.test/announce")}}));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(TrackerTierModel::SortRole);
    proxy.sort(TrackerTierModel::UrlColumn, Qt::AscendingOrder);
    const QModelIndex firstTier = proxy.index(0, 0);
    QCOMPARE(firstTier.data(TrackerTierModel::SortRole).toInt(), 0);
    QCOMPARE(proxy.index(0, 0, firstTier).data().toString(),
             QStringLiteral("http://a.test/announce"));
    proxy.sort(TrackerTierModel::UrlColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(TrackerTierModel::SortRole).toInt(), 1);
    proxy.sort(-1); // back to the torrent's order
    QCOMPARE(proxy.index(0, 0, proxy.index(0, 0)).data().toString(),
             QStringLiteral("udp://b.test:1"));
}

QTEST_MAIN(TestTrackerTierModel)
#include "tst_trackertiermodel.moc"
