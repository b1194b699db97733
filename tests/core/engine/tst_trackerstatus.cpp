#include "engine/trackerstatus.h"

#include <QTest>

class TestTrackerStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<TrackerStatus>("status");
        QTest::addColumn<QString>("name");
        QTest::newRow("working") << TrackerStatus::Working << QStringLiteral("working");
        QTest::newRow("warning") << TrackerStatus::Warning << QStringLiteral("warning");
        QTest::newRow("tracker error")
            << TrackerStatus::TrackerError << QStringLiteral("tracker_error");
        QTest::newRow("invalid") << TrackerStatus::InvalidResponse
                                 << QStringLiteral("invalid_response");
        QTest::newRow("timeout") << TrackerStatus::Timeout << QStringLiteral("timeout");
        QTest::newRow("unreachable") << TrackerStatus::Unreachable << QStringLiteral("unreachable");
        QTest::newRow("unsupported") << TrackerStatus::Unsupported << QStringLiteral("unsupported");
        QTest::newRow("not contacted")
            << TrackerStatus::NotContacted << QStringLiteral("not_contacted");
        QTest::newRow("updating") << TrackerStatus::Updating << QStringLiteral("updating");
        QTest::newRow("disabled") << TrackerStatus::Disabled << QStringLiteral("disabled");
    }
    void names()
    {
        QFETCH(TrackerStatus, status);
        QFETCH(QString, name);
        QCOMPARE(trackerStatusName(status), name);
        QVERIFY(!trackerStatusText(status).isEmpty());
    }

    void fromOutcome_data()
    {
        QTest::addColumn<ExchangeOutcome>("outcome");
        QTest::addColumn<bool>("warning");
        QTest::addColumn<TrackerStatus>("status");
        QTest::newRow("success") << ExchangeOutcome::Success << false << TrackerStatus::Working;
        QTest::newRow("success+warning")
            << ExchangeOutcome::Success << true << TrackerStatus::Warning;
        QTest::newRow("failure") << ExchangeOutcome::TrackerFailure << false
                                 << TrackerStatus::TrackerError;
        QTest::newRow("http error")
            << ExchangeOutcome::HttpError << false << TrackerStatus::InvalidResponse;
        QTest::newRow("garbage") << ExchangeOutcome::InvalidResponse << false
                                 << TrackerStatus::InvalidResponse;
        QTest::newRow("timeout") << ExchangeOutcome::Timeout << false << TrackerStatus::Timeout;
        QTest::newRow("dns") << ExchangeOutcome::DnsFailure << false << TrackerStatus::Unreachable;
        QTest::newRow("refused") << ExchangeOutcome::ConnectionRefused << false
                                 << TrackerStatus::Unreachable;
        QTest::newRow("tls") << ExchangeOutcome::TlsError << false << TrackerStatus::Unreachable;
        QTest::newRow("unsupported")
            << ExchangeOutcome::Unsupported << false << TrackerStatus::Unsupported;
    }
    void fromOutcome()
    {
        QFETCH(ExchangeOutcome, outcome);
        QFETCH(bool, warning);
        QFETCH(TrackerStatus, status);
        QCOMPARE(trackerStatusFromOutcome(outcome, warning), status);
    }

    void summary_data()
    {
        QTest::addColumn<QList<TrackerStatus>>("statuses");
        QTest::addColumn<TrackerStatus>("summary");
        QTest::newRow("none") << QList<TrackerStatus>{} << TrackerStatus::NotContacted;
        QTest::newRow("one working wins")
            << QList<TrackerStatus>{TrackerStatus::Timeout, TrackerStatus::Working}
            << TrackerStatus::Working;
        QTest::newRow("warning over error")
            << QList<TrackerStatus>{TrackerStatus::TrackerError, TrackerStatus::Warning}
            << TrackerStatus::Warning;
        QTest::newRow("updating over timeout")
            << QList<TrackerStatus>{TrackerStatus::Timeout, TrackerStatus::Updating}
            << TrackerStatus::Updating;
        QTest::newRow("error over unreachable")
            << QList<TrackerStatus>{TrackerStatus::Unreachable, TrackerStatus::TrackerError}
            << TrackerStatus::TrackerError;
    }
    void summary()
    {
        QFETCH(QList<TrackerStatus>, statuses);
        QFETCH(TrackerStatus, summary);
        QCOMPARE(summariseTrackerStatuses(statuses), summary);
    }
};

QTEST_GUILESS_MAIN(TestTrackerStatus)
#include "tst_trackerstatus.moc"
