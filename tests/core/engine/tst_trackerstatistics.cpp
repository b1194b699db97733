#include "engine/trackerstatistics.h"

#include <QTest>

class TestTrackerStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsAndRates()
    {
        TrackerStatistics statistics;
        QCOMPARE(statistics.successRate(), -1.0);
        QCOMPARE(statistics.medianLatencyMs(), qint64(-1));
        statistics.recordAnnounce({10, true, 30, 1, 2, 3});
        statistics.recordAnnounce({20, false, -1, -1, -1, -1});
        statistics.recordAnnounce({30, true, 10, 1, 2, 3});
        statistics.recordAnnounce({40, true, 20, 1, 2, 3});
        QCOMPARE(statistics.announceCount(), 4);
        QCOMPARE(statistics.failureCount(), 1);
        QCOMPARE(statistics.successRate(), 0.75);
        QCOMPARE(statistics.lastAnnounceMs(), qint64(40));
        QCOMPARE(statistics.lastSuccessMs(), qint64(40));
        QCOMPARE(statistics.lastLatencyMs(), qint64(20));
        QCOMPARE(statistics.medianLatencyMs(), qint64(20));
    }

    void historyIsBounded()
    {
        TrackerStatistics statistics(3, 2);
        for (int i = 1; i <= 5; ++i)
            statistics.recordAnnounce({i, true, i * 10, -1, -1, -1});
        const QList<TrackerHistorySample> history = statistics.history();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.first().atMs, qint64(3));
        QCOMPARE(history.last().atMs, qint64(5));
        QCOMPARE(statistics.medianLatencyMs(), qint64(50)); // of {40, 50}
    }

    void aSampleSaysWhichEndpointAnswered()
    {
        AnnounceResult result;
        result.seeders = 4;
        result.leechers = 2;
        result.peers = {TrackerPeer{QHostAddress(QStringLiteral("192.0.2.1")), 6881, {}}};
        result.exchange.finishedMs = 33;
        TrackerEndpointState endpoint;
        endpoint.address = QHostAddress(QStringLiteral("::1"));
        endpoint.port = 6969;
        endpoint.hashVersion = InfoHashVersion::V2;
        const TrackerHistorySample sample =
            TrackerHistorySample::fromAnnounce(result, endpoint, 77);
        QCOMPARE(sample.atMs, 77);
        QVERIFY(sample.succeeded);
        QCOMPARE(sample.latencyMs, 33);
        QCOMPARE(sample.seeders, 4);
        QCOMPARE(sample.leechers, 2);
        QCOMPARE(sample.peerCount, 1);
        QCOMPARE(sample.hashVersion, InfoHashVersion::V2); // a hybrid's v2 swarm, not its v1
        QCOMPARE(sample.address, endpoint.address);
        QCOMPARE(sample.port, quint16(6969));
        result.outcome = ExchangeOutcome::Timeout;
        QCOMPARE(TrackerHistorySample::fromAnnounce(result, endpoint, 78).peerCount, -1);
    }

    void scrapes()
    {
        TrackerStatistics statistics;
        statistics.recordScrape(true, 5);
        statistics.recordScrape(false, 9);
        QCOMPARE(statistics.scrapeCount(), 2);
        QCOMPARE(statistics.scrapeFailureCount(), 1);
        QCOMPARE(statistics.lastScrapeMs(), qint64(9));
    }
};

QTEST_GUILESS_MAIN(TestTrackerStatistics)
#include "tst_trackerstatistics.moc"
