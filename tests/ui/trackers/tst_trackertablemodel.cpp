#include "testtorrents.h"
#include "trackerat.h"
#include "trackers/trackerfilterproxy.h"
#include "trackers/trackertablemodel.h"
#include "uitestengine.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
const QString kWorking = QStringLiteral("http://127.0.0.1:6969/announce");
const QString kTimingOut = QStringLiteral("udp://127.0.0.1:6970");
const QString kRefused = QStringLiteral("udp://127.0.0.1:1");
const QString kSilent = QStringLiteral("http://127.0.0.1:6971/announce");
const QString kBroken = QStringLiteral("http://127.0.0.1:6972/announce");
} // namespace

class TestTrackerTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void passesModelTester();
    void showsLiveFigures();
    void showsEndpoints();
    void sortsByTheValueItShows();
    void signalsOnlyChangedCells();
    void ticksNextAnnounceColumnOnly();
    void insertsAddedTrackersInOneBatch();
    void removesTrackers();
    void followsTierMoves();
    void filters_data();
    void filters();

private:
    quint64 openTorrent(TrackerTableModel &model);
    std::unique_ptr<UiTestEngine> m_engine;
};

void TestTrackerTableModel::init()
{
    m_engine = std::make_unique<UiTestEngine>();
    FakeTrackerScript &script = *m_engine->script;
    AnnounceResult v4 =
        FakeTrackerScript::working(QHostAddress(QStringLiteral("127.0.0.1")), 1800, 900,
                                   {FakeTrackerScript::peer(QStringLiteral("10.0.0.1"), 6881),
                                    FakeTrackerScript::peer(QStringLiteral("10.0.0.2"), 6881)});
    v4.seeders = 7;
    v4.leechers = 3;
    AnnounceResult v6 = FakeTrackerScript::working(QHostAddress(QStringLiteral("::1")), 1800);
    v6.seeders = 5;
    v6.leechers = 1;
    script.setAnnounceResults(kWorking, {v4, v6});
    script.setScrapeCounts(kWorking, 8, 2, 40);
    script.setAnnounceResults(kTimingOut, {FakeTrackerScript::failed(ExchangeOutcome::Timeout,
                                                                     QStringLiteral("no answer"))});
    script.setAnnounceResults(
        kRefused,
        {FakeTrackerScript::failed(ExchangeOutcome::ConnectionRefused, QStringLiteral("refused"))});
    script.setAnnounceResults(kBroken,
                              {FakeTrackerScript::failed(ExchangeOutcome::TrackerFailure,
                                                         QStringLiteral("unregistered torrent"))});
    script.setSilent(kSilent);
}

quint64 TestTrackerTableModel::openTorrent(TrackerTableModel &model)
{
    const quint64 id = m_engine->engine.addTorrent(TestTorrents::metainfo(
        TestTorrents::tierPerTracker({kWorking, kTimingOut, kRefused, kSilent, kBroken}),
        {.name = QStringLiteral("table")}));
    model.setTorrent(id);
    return id;
}

void TestTrackerTableModel::passesModelTester()
{
    TrackerTableModel model(&m_engine->engine);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TrackerFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(TrackerTableModel::SeedersColumn, Qt::DescendingOrder);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    const quint64 id = openTorrent(model);
    QTRY_COMPARE(model.rowCount(model.index(0, 0)), 2);
    QTRY_COMPARE(model.index(0, TrackerTableModel::ScrapeColumn).data().toString(),
                 QStringLiteral("8 / 2 / 40"));
    m_engine->engine.addTracker(id, TrackerUrl::parse(QStringLiteral("udp://127.0.0.1:7000")), 5);
    m_engine->engine.removeTracker(id, trackerIdAt(m_engine->engine, id, 1));
    m_engine->passSafetyFloor();
    m_engine->engine.reannounce(id);
    QTRY_VERIFY(trackerAt(m_engine->engine, id, 0)->statistics.announceCount() >= 2);
    m_engine->engine.removeTorrent(id);
    QCOMPARE(model.rowCount(), 0);
}

void TestTrackerTableModel::showsLiveFigures()
{
    TrackerTableModel model(&m_engine->engine);
    openTorrent(model);
    QCOMPARE(model.rowCount(), 5);
    const auto cell = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    // Each figure is waited for: the engine may signal the status in one window and the peers
    // it counted in the next (a busy machine splits the round differently).
    QTRY_COMPARE(cell(0, TrackerTableModel::StatusColumn), QStringLiteral("Working"));
    QTRY_COMPARE(cell(0, TrackerTableModel::SeedersColumn), QStringLiteral("7"));
    QTRY_COMPARE(cell(0, TrackerTableModel::LeechersColumn), QStringLiteral("3"));
    QTRY_COMPARE(cell(0, TrackerTableModel::PeersColumn), QStringLiteral("2"));
    QTRY_COMPARE(cell(0, TrackerTableModel::MinIntervalColumn), QStringLiteral("15 min"));
    QVERIFY(cell(0, TrackerTableModel::NextAnnounceColumn).contains(QStringLiteral("min")));
    QTRY_COMPARE(cell(0, TrackerTableModel::SuccessRateColumn), QStringLiteral("100 %"));
    QVERIFY(!model.index(0, TrackerTableModel::StatusColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    QTRY_COMPARE(cell(1, TrackerTableModel::StatusColumn), QStringLiteral("Timed out"));
    QTRY_COMPARE(cell(2, TrackerTableModel::StatusColumn), QStringLiteral("Unreachable"));
    QTRY_COMPARE(cell(4, TrackerTableModel::StatusColumn), QStringLiteral("Tracker error"));
    QVERIFY(cell(4, TrackerTableModel::MessageColumn).contains(QStringLiteral("unregistered")));
    // Unknown figures are a dash, never 0.
    for (const int column : {TrackerTableModel::SeedersColumn, TrackerTableModel::PeersColumn,
                             TrackerTableModel::LatencyColumn})
        QCOMPARE(cell(3, column), QStringLiteral("–"));
    QCOMPARE(model.index(0, TrackerTableModel::SeedersColumn).data(TrackerTableModel::SortRole),
             QVariant(qint64(7)));
    QVERIFY(model.index(0, TrackerTableModel::SeedersColumn).data(Qt::TextAlignmentRole).toInt() &
            Qt::AlignRight);
}

// Each column has one raw value: SortRole gives it, DisplayRole shows it formatted.
void TestTrackerTableModel::sortsByTheValueItShows()
{
    TrackerTableModel model(&m_engine->engine);
    openTorrent(model);
    QTRY_COMPARE(model.index(0, TrackerTableModel::ScrapeColumn).data().toString(),
                 QStringLiteral("8 / 2 / 40"));
    const auto check = [&model](const QModelIndex &parent, int column, const QVariant &value,
                                const QString &shown) {
        const QModelIndex cell = model.index(0, column, parent);
        QCOMPARE(cell.data(TrackerTableModel::SortRole), value);
        QCOMPARE(cell.data().toString(), shown);
    };
    check({}, TrackerTableModel::TierColumn, 0, QStringLiteral("1"));
    check({}, TrackerTableModel::StatusColumn, int(TrackerStatus::Working),
          QStringLiteral("Working"));
    check({}, TrackerTableModel::ScrapeColumn, qint64(8), QStringLiteral("8 / 2 / 40"));
    check({}, TrackerTableModel::IntervalColumn, 1800, QStringLiteral("30 min"));
    check({}, TrackerTableModel::FailuresColumn, 0, QStringLiteral("0"));
    check({}, TrackerTableModel::SuccessRateColumn, 1.0, QStringLiteral("100 %"));
    const QModelIndex tracker = model.index(0, 0);
    QTRY_COMPARE(model.rowCount(tracker), 2);
    check(tracker, TrackerTableModel::SeedersColumn, qint64(7), QStringLiteral("7"));
    check(tracker, TrackerTableModel::ProtocolColumn, QStringLiteral("IPv4"),
          QStringLiteral("IPv4"));
    check(tracker, TrackerTableModel::TierColumn, QVariant(), QString()); // the tracker's own
}

void TestTrackerTableModel::showsEndpoints()
{
    TrackerTableModel model(&m_engine->engine);
    openTorrent(model);
    const QModelIndex tracker = model.index(0, 0);
    QTRY_COMPARE(model.rowCount(tracker), 2);
    const QModelIndex v4 = model.index(0, 0, tracker);
    const QModelIndex v6 = model.index(1, 0, tracker);
    QCOMPARE(model.parent(v6), tracker);
    QVERIFY(v4.data().toString().startsWith(QStringLiteral("127.0.0.1:6969")));
    QVERIFY(v6.data().toString().startsWith(QStringLiteral("[::1]:6969")));
    QCOMPARE(v6.siblingAtColumn(TrackerTableModel::ProtocolColumn).data().toString(),
             QStringLiteral("IPv6"));
    QCOMPARE(v6.siblingAtColumn(TrackerTableModel::SeedersColumn).data().toString(),
             QStringLiteral("5"));
    QCOMPARE(model.trackerId(v6), model.trackerId(tracker)); // an endpoint names its tracker
    QVERIFY(v6.data(TrackerTableModel::IsEndpointRole).toBool());
}

void TestTrackerTableModel::signalsOnlyChangedCells()
{
    TrackerTableModel model(&m_engine->engine);
    const quint64 id = openTorrent(model);
    QTRY_VERIFY(m_engine->engine.isIdle());
    QTRY_COMPARE(model.index(2, TrackerTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Unreachable"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_engine->passSafetyFloor();
    m_engine->engine.reannounce(id, trackerIdAt(m_engine->engine, id, 2));
    QTRY_VERIFY(trackerAt(m_engine->engine, id, 2)->statistics.announceCount() >= 2);
    QTRY_VERIFY(!changed.isEmpty());
    QSet<int> rows;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        if (topLeft.column() == TrackerTableModel::NextAnnounceColumn &&
            bottomRight.column() == TrackerTableModel::NextAnnounceColumn)
            continue;                                                     // the countdown's tick
        QCOMPARE(model.trackerId(topLeft), model.trackerId(bottomRight)); // one row each
        QVERIFY(topLeft.column() > TrackerTableModel::UrlColumn);         // the URL never changes
        if (!topLeft.parent().isValid())
            rows.insert(topLeft.row());
    }
    QVERIFY(rows.contains(2));
    QVERIFY(!rows.contains(0)); // the working tracker had nothing new to say
}

void TestTrackerTableModel::ticksNextAnnounceColumnOnly()
{
    TrackerTableModel model(&m_engine->engine);
    openTorrent(model);
    QTRY_VERIFY(m_engine->engine.isIdle());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.wait(TrackerTableModel::kCountdownIntervalMs * 2));
    const auto topLeft = changed.constFirst().at(0).value<QModelIndex>();
    const auto bottomRight = changed.constFirst().at(1).value<QModelIndex>();
    QCOMPARE(topLeft, model.index(0, TrackerTableModel::NextAnnounceColumn));
    QCOMPARE(bottomRight, model.index(4, TrackerTableModel::NextAnnounceColumn));
}

void TestTrackerTableModel::insertsAddedTrackersInOneBatch()
{
    TrackerTableModel model(&m_engine->engine);
    const quint64 id = openTorrent(model);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int port = 7001; port <= 7003; ++port)
        m_engine->engine.addTracker(
            id, TrackerUrl::parse(QStringLiteral("udp://127.0.0.1:%1").arg(port)), 5);
    QTRY_COMPARE(model.rowCount(), 8);
    QList<QList<QVariant>> topLevel;
    for (const QList<QVariant> &signal : std::as_const(inserted)) {
        if (!signal.at(0).value<QModelIndex>().isValid())
            topLevel.append(signal);
    }
    QCOMPARE(topLevel.size(), 1);
    QCOMPARE(topLevel.constFirst().at(1).toInt(), 5);
    QCOMPARE(topLevel.constFirst().at(2).toInt(), 7);
    QCOMPARE(model.index(7, 0).data().toString(), QStringLiteral("udp://127.0.0.1:7003"));
}

void TestTrackerTableModel::removesTrackers()
{
    TrackerTableModel model(&m_engine->engine);
    const quint64 id = openTorrent(model);
    QTRY_COMPARE(model.rowCount(model.index(0, 0)), 2);
    const TrackerId second = trackerIdAt(m_engine->engine, id, 1);
    m_engine->engine.removeTracker(id, trackerIdAt(m_engine->engine, id, 0));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, 0).data().toString(), kTimingOut);
    // The row follows the tracker by its id, which the removal did not change.
    QCOMPARE(model.trackerId(model.index(0, 0)), second);
    QCOMPARE(model.indexOf(second), model.index(0, 0));
}

void TestTrackerTableModel::filters_data()
{
    QTest::addColumn<int>("group");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("urls");
    using Group = TrackerText::StatusGroup;
    QTest::newRow("all") << int(Group::All) << QString()
                         << QStringList{kWorking, kTimingOut, kRefused, kSilent, kBroken};
    QTest::newRow("working") << int(Group::Working) << QString() << QStringList{kWorking};
    QTest::newRow("timeout") << int(Group::Timeout) << QString() << QStringList{kTimingOut};
    QTest::newRow("unreachable") << int(Group::Unreachable) << QString() << QStringList{kRefused};
    QTest::newRow("error") << int(Group::Error) << QString() << QStringList{kBroken};
    QTest::newRow("text in url") << int(Group::All) << QStringLiteral("UDP://")
                                 << QStringList{kTimingOut, kRefused};
    QTest::newRow("text in message")
        << int(Group::All) << QStringLiteral("unregistered") << QStringList{kBroken};
    QTest::newRow("both") << int(Group::Working) << QStringLiteral("udp") << QStringList();
}

void TestTrackerTableModel::filters()
{
    QFETCH(int, group);
    QFETCH(QString, text);
    QFETCH(QStringList, urls);
    TrackerTableModel model(&m_engine->engine);
    TrackerFilterProxy proxy;
    proxy.setSourceModel(&model);
    openTorrent(model);
    QTRY_COMPARE(model.index(4, TrackerTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Tracker error"));
    QTRY_COMPARE(model.index(1, TrackerTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Timed out"));
    proxy.setStatusGroup(TrackerText::StatusGroup(group));
    proxy.setText(text);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, 0).data().toString();
    QCOMPARE(shown, urls);
    if (urls.contains(kWorking)) // a tracker that passes keeps its endpoints
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 2);
}

// Rows are in tier order: an edit that moves a tracker to another tier moves its row (checked by
// the model tester through the move).
void TestTrackerTableModel::followsTierMoves()
{
    TrackerTableModel model(&m_engine->engine);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const quint64 id = openTorrent(model);
    QTRY_COMPARE(model.rowCount(model.index(0, 0)), 2);
    const auto rows = [&model] {
        QStringList urls;
        for (int row = 0; row < model.rowCount(); ++row)
            urls << model.index(row, TrackerTableModel::UrlColumn).data().toString();
        return urls;
    };
    QCOMPARE(rows(), (QStringList{kWorking, kTimingOut, kRefused, kSilent, kBroken}));
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    // kBroken up into the first tier, kWorking down to the last (a tier keeps the order the
    // trackers were added in).
    m_engine->engine.setTrackerList(
        id, TestTorrents::parsedTiers({{kBroken}, {kTimingOut}, {kRefused}, {kSilent, kWorking}}));
    QTRY_COMPARE(rows(), (QStringList{kBroken, kTimingOut, kRefused, kWorking, kSilent}));
    QVERIFY(!moved.isEmpty());
    QCOMPARE(model.rowCount(model.index(3, 0)), 2); // its endpoints moved with it
}

QTEST_MAIN(TestTrackerTableModel)
#include "tst_trackertablemodel.moc"
