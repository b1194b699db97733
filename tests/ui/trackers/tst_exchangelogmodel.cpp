#include "testtorrents.h"
#include "trackerat.h"
#include "trackers/exchangelogmodel.h"
#include "trackers/trackertablemodel.h"
#include "uitestengine.h"

#include <QAbstractItemModelTester>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTest>

namespace {
const QString kTracker = QStringLiteral("http://127.0.0.1:6969/announce");
} // namespace

class TestExchangeLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester();
    void insertsNewestFirst();
    void scrapeWithoutTheTorrentIsAWarning();
    void showsTheHashAndEndpointOfHttpRows();
    void endpointIsTheAddressThatAnswered();
};

void TestExchangeLogModel::passesModelTester()
{
    UiTestEngine engine;
    ExchangeLogModel model(&engine.engine);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const quint64 id = engine.engine.addTorrent(TestTorrents::metainfo(
        TestTorrents::tierPerTracker({kTracker}), {.name = QStringLiteral("log")}));
    model.setTracker(id, trackerIdAt(engine.engine, id, 0));
    QTRY_VERIFY(model.rowCount() >= 1);
    engine.passSafetyFloor();
    engine.engine.reannounce(id);
    QTRY_VERIFY(model.rowCount() >= 2);
    engine.engine.removeTorrent(id);
    QCOMPARE(model.rowCount(), 0);
}

void TestExchangeLogModel::insertsNewestFirst()
{
    UiTestEngine engine;
    ExchangeLogModel model(&engine.engine);
    const quint64 id = engine.engine.addTorrent(TestTorrents::metainfo(
        TestTorrents::tierPerTracker({kTracker}), {.name = QStringLiteral("log")}));
    model.setTracker(id, trackerIdAt(engine.engine, id, 0));
    QTRY_VERIFY(engine.engine.isIdle());
    const int before = model.rowCount();
    QVERIFY(before >= 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    engine.passSafetyFloor();
    engine.engine.sendEvent(AnnounceEvent::Completed, id, trackerIdAt(engine.engine, id, 0));
    QTRY_COMPARE(model.rowCount(), before + 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 0); // at the top
    QCOMPARE(model.index(0, ExchangeLogModel::RequestColumn).data().toString(),
             QStringLiteral("announce (completed)"));
    QCOMPARE(model.index(0, ExchangeLogModel::OutcomeColumn).data().toString(),
             QStringLiteral("Working"));
}

// A scrape reply that leaves the torrent out: "Warning", and no made-up counts.
void TestExchangeLogModel::scrapeWithoutTheTorrentIsAWarning()
{
    UiTestEngine engine;
    ScrapeResult reply;
    ScrapeEntry absent;
    absent.present = false;
    reply.entries = {absent};
    engine.script->setScrapeResult(kTracker, reply);
    ExchangeLogModel model(&engine.engine);
    TrackerTableModel table(&engine.engine);
    const quint64 id = engine.engine.addTorrent(TestTorrents::metainfo(
        TestTorrents::tierPerTracker({kTracker}), {.name = QStringLiteral("log")}));
    model.setTracker(id, trackerIdAt(engine.engine, id, 0));
    table.setTorrent(id);
    QTRY_VERIFY(trackerAt(engine.engine, id, 0)->scrape.lastScrapeMs >= 0);
    int scrapeRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.entry(row)->kind == ExchangeLogEntry::Kind::Scrape)
            scrapeRow = row;
    }
    QVERIFY(scrapeRow >= 0);
    QCOMPARE(model.index(scrapeRow, ExchangeLogModel::OutcomeColumn).data().toString(),
             trackerStatusText(TrackerStatus::Warning));
    const QString summary =
        model.index(scrapeRow, ExchangeLogModel::SummaryColumn).data().toString();
    QVERIFY2(summary.contains(QStringLiteral("not in the reply")), qPrintable(summary));
    QVERIFY(!summary.contains(QStringLiteral("-1")));
    QTRY_COMPARE(table.index(0, TrackerTableModel::ScrapeColumn).data().toString(),
                 QStringLiteral("–"));
}

void TestExchangeLogModel::showsTheHashAndEndpointOfHttpRows()
{
    // HTTP clients cannot tell which address answered: the row names the host asked, and which
    // of a hybrid's hashes the request carried.
    UiTestEngine engine;
    ExchangeLogModel model(&engine.engine);
    const quint64 id = engine.engine.addTorrent(TestTorrents::metainfo(
        TestTorrents::tierPerTracker({kTracker}),
        {.name = QStringLiteral("hybrid"), .infoHashV2 = QByteArray(32, '\x2a')}));
    model.setTracker(id, trackerIdAt(engine.engine, id, 0));
    QTRY_VERIFY(engine.engine.isIdle());
    QStringList announcedHashes;
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, ExchangeLogModel::EndpointColumn).data().toString(),
                 QStringLiteral("127.0.0.1:6969"));
        const QModelIndex hash = model.index(row, ExchangeLogModel::HashColumn);
        if (model.entry(row)->kind == ExchangeLogEntry::Kind::Announce)
            announcedHashes << hash.data().toString();
        if (hash.data().toString() == QLatin1String("v2")) // its 20 bytes, in the tool tip
            QVERIFY(
                hash.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2a").repeated(20)));
    }
    announcedHashes.sort();
    QCOMPARE(announcedHashes, (QStringList{QStringLiteral("v1"), QStringLiteral("v2")}));
}

void TestExchangeLogModel::endpointIsTheAddressThatAnswered()
{
    ExchangeLogEntry entry;
    const QUrl url(QStringLiteral("https://tracker.example/announce"));
    QCOMPARE(ExchangeLogModel::endpointText(entry, url), QStringLiteral("tracker.example:443"));
    entry.record.redirects = {QUrl(QStringLiteral("http://[2001:db8::1]:8080/a"))};
    QCOMPARE(ExchangeLogModel::endpointText(entry, url), QStringLiteral("[2001:db8::1]:8080"));
    entry.record.peerAddress = QHostAddress(QStringLiteral("192.0.2.7"));
    entry.record.peerPort = 6969;
    QCOMPARE(ExchangeLogModel::endpointText(entry, url), QStringLiteral("192.0.2.7:6969"));
    QCOMPARE(ExchangeLogModel::endpointText(ExchangeLogEntry(), QUrl()), QStringLiteral("–"));
}

QTEST_MAIN(TestExchangeLogModel)
#include "tst_exchangelogmodel.moc"
