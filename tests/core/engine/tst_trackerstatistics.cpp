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
