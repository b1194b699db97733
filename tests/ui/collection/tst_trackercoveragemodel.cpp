#include "collection/trackercoveragemodel.h"
#include "collectiontestengine.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestTrackerCoverageModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsEachUrlAcrossTorrents();
    void followsTheEngine();
    void sortsByRawValues();

private:
    static int rowOf(const TrackerCoverageModel &model, const QString &url);
};

int TestTrackerCoverageModel::rowOf(const TrackerCoverageModel &model, const QString &url)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.row(row).url == url)
            return row;
    }
    return -1;
}

void TestTrackerCoverageModel::countsEachUrlAcrossTorrents()
{
    CollectionTestEngine fixture;
    TrackerCoverageModel model(&fixture.engine);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(fixture.engine.isIdle());
    model.refresh();
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.torrentCount(), 3);
    const int working = rowOf(model, CollectionTestEngine::kWorking);
    QCOMPARE(model.row(working).listedCount, 2);
    QCOMPARE(model.row(working).workingCount, 2);
    QCOMPARE(model.data(model.index(working, TrackerCoverageModel::StatusColumn)).toString(),
             QStringLiteral("works on all 2"));
    QVERIFY(model.row(working).bestLatencyMs >= 0);
    const int refused = rowOf(model, CollectionTestEngine::kRefused);
    QCOMPARE(model.row(refused).listedCount, 2);
    QCOMPARE(model.row(refused).workingCount, 0);
    QCOMPARE(model.row(refused).failingCount, 2);
    QCOMPARE(model.data(model.index(refused, TrackerCoverageModel::StatusColumn)).toString(),
             QStringLiteral("fails on all 2"));
    QCOMPARE(model.data(model.index(refused, TrackerCoverageModel::BestLatencyColumn)).toString(),
             QStringLiteral("–"));
    const int timingOut = rowOf(model, CollectionTestEngine::kTimingOut);
    QCOMPARE(model.row(timingOut).listedCount, 1);
    QCOMPARE(model.data(model.index(timingOut, TrackerCoverageModel::ListedColumn)).toInt(), 1);
    const int other = rowOf(model, CollectionTestEngine::kOther);
    QCOMPARE(model.row(other).listedCount, 2);
}

// Trackers and torrents that come and go change the rows in place, without a reset.
void TestTrackerCoverageModel::followsTheEngine()
{
    CollectionTestEngine fixture;
    TrackerCoverageModel model(&fixture.engine);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(fixture.engine.isIdle());
    model.refresh();
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    fixture.engine.removeTorrent(fixture.first);
    QTRY_COMPARE(model.rowCount(), 3); // the tracker only the first torrent listed is gone
    QCOMPARE(rowOf(model, CollectionTestEngine::kTimingOut), -1);
    QCOMPARE(model.row(rowOf(model, CollectionTestEngine::kWorking)).listedCount, 1);
    const QString added = QStringLiteral("udp://127.0.0.1:7001");
    fixture.engine.addTracker(fixture.third, TrackerUrl::parse(added), 1);
    QTRY_COMPARE(rowOf(model, added), 3);
    QTRY_COMPARE(model.row(3).workingCount, 1);
    QCOMPARE(resets.count(), 0);
}

void TestTrackerCoverageModel::sortsByRawValues()
{
    CollectionTestEngine fixture;
    TrackerCoverageModel model(&fixture.engine);
    QTRY_VERIFY(fixture.engine.isIdle());
    model.refresh();
    const int working = rowOf(model, CollectionTestEngine::kWorking);
    const int refused = rowOf(model, CollectionTestEngine::kRefused);
    QCOMPARE(model.index(working, TrackerCoverageModel::StatusColumn)
                 .data(TrackerCoverageModel::SortRole)
                 .toDouble(),
             1.0);
    // An unknown latency sorts after every known one.
    QVERIFY(model.index(refused, TrackerCoverageModel::BestLatencyColumn)
                .data(TrackerCoverageModel::SortRole)
                .toLongLong() > model.index(working, TrackerCoverageModel::BestLatencyColumn)
                                    .data(TrackerCoverageModel::SortRole)
                                    .toLongLong());
}

QTEST_MAIN(TestTrackerCoverageModel)
#include "tst_trackercoveragemodel.moc"
