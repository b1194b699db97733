#include "engine/announcepolicy.h"

#include <QTest>

class TestAnnouncePolicy : public QObject
{
    Q_OBJECT

private:
    static EngineSettings settings()
    {
        EngineSettings settings;
        settings.defaultIntervalSeconds = 1800;
        settings.safetyFloorSeconds = 30;
        settings.backoffBaseSeconds = 5;
        settings.backoffPercent = 250;
        settings.backoffCapSeconds = 3600;
        return settings;
    }

private Q_SLOTS:
    void afterSuccess_data()
    {
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("minInterval");
        QTest::addColumn<qint64>("delayMs");
        QTest::newRow("interval") << 900 << -1 << qint64(900'000);
        QTest::newRow("no interval: default") << -1 << -1 << qint64(1'800'000);
        QTest::newRow("min interval above interval") << 60 << 120 << qint64(120'000);
        QTest::newRow("safety floor") << 5 << 1 << qint64(30'000);
        QTest::newRow("zero interval") << 0 << -1 << qint64(1'800'000);
    }
    void afterSuccess()
    {
        QFETCH(int, interval);
        QFETCH(int, minInterval);
        QFETCH(qint64, delayMs);
        QCOMPARE(AnnouncePolicy(settings()).delayAfterSuccess(interval, minInterval), delayMs);
    }

    void afterFailure_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("retryInMinutes");
        QTest::addColumn<bool>("never");
        QTest::addColumn<int>("minInterval");
        QTest::addColumn<qint64>("delayMs");
        // libtorrent: 5 + 5 * 2.5 * n^2 seconds, floored at 30 s, capped at 3600 s.
        QTest::newRow("first failure: floor") << 1 << -1 << false << -1 << qint64(30'000);
        QTest::newRow("second") << 2 << -1 << false << -1 << qint64(55'000);
        QTest::newRow("fifth") << 5 << -1 << false << -1 << qint64(317'000);
        QTest::newRow("capped") << 100 << -1 << false << -1 << qint64(3'600'000);
        QTest::newRow("retry in 10 min") << 1 << 10 << false << -1 << qint64(600'000);
        QTest::newRow("retry never") << 1 << -1 << true << -1 << qint64(-1);
        QTest::newRow("min interval kept") << 1 << -1 << false << 900 << qint64(900'000);
    }
    void afterFailure()
    {
        QFETCH(int, failures);
        QFETCH(int, retryInMinutes);
        QFETCH(bool, never);
        QFETCH(int, minInterval);
        QFETCH(qint64, delayMs);
        const std::optional<int> retryIn =
            retryInMinutes > 0 ? std::optional<int>(retryInMinutes) : std::nullopt;
        QCOMPARE(
            AnnouncePolicy(settings()).delayAfterFailure(failures, retryIn, never, minInterval),
            delayMs);
    }

    void backoffGrows()
    {
        const AnnouncePolicy policy(settings());
        qint64 previous = 0;
        for (int failures = 1; failures <= 20; ++failures) {
            const qint64 seconds = policy.backoffSeconds(failures);
            QVERIFY(seconds >= previous);
            QVERIFY(seconds <= 3600);
            previous = seconds;
        }
        QCOMPARE(previous, qint64(3600));
    }

    void manualAnnounce_data()
    {
        QTest::addColumn<qint64>("sinceLastMs");
        QTest::addColumn<qint64>("delayMs");
        QTest::newRow("never announced") << qint64(-1) << qint64(0);
        QTest::newRow("just now") << qint64(1000) << qint64(29'000);
        QTest::newRow("long ago") << qint64(600'000) << qint64(0);
    }
    void manualAnnounce()
    {
        QFETCH(qint64, sinceLastMs);
        QFETCH(qint64, delayMs);
        QCOMPARE(AnnouncePolicy(settings()).delayForManualAnnounce(sinceLastMs), delayMs);
    }
};

QTEST_GUILESS_MAIN(TestAnnouncePolicy)
#include "tst_announcepolicy.moc"
