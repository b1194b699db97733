#include "engine/reportinbox.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {
constexpr int kReportCount = 40;
constexpr int kHandlingMs = 2; // what handling one report costs in the batching test
constexpr int kWaitMs = 10'000;

ClientReport reportNumber(int number)
{
    return ClientReport{nullptr, quint64(number), std::nullopt};
}
} // namespace

class TestReportInbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handlesEveryReportInOrder()
    {
        QList<quint64> handled;
        ReportInbox inbox(
            [&handled](const ClientReport &report) { handled.append(report.requestId); });
        QSignalSpy drained(&inbox, &ReportInbox::drained);
        for (int number = 1; number <= kReportCount; ++number)
            inbox.receive(reportNumber(number));
        // Never inside receive(): clients report on the event loop, and so does the inbox.
        QVERIFY(handled.isEmpty());
        QVERIFY(!inbox.isEmpty());
        QVERIFY(drained.wait(kWaitMs));
        QCOMPARE(handled.size(), kReportCount);
        for (int i = 0; i < handled.size(); ++i)
            QCOMPARE(handled[i], quint64(i + 1));
        QVERIFY(inbox.isEmpty());
        QCOMPARE(drained.count(), 1);
    }

    // Reports that take long to handle are handled a few per turn of the event loop: other
    // events (a repaint, a timer) get their turn between two slices.
    void handlesInSlicesOfTheEventLoop()
    {
        int turn = 0;
        QTimer turns; // counts the turns of the event loop
        connect(&turns, &QTimer::timeout, this, [&turn] { ++turn; });
        QList<int> turnOfReport;
        ReportInbox inbox([&](const ClientReport &) {
            QElapsedTimer handling;
            handling.start();
            while (handling.elapsed() < kHandlingMs) {
            }
            turnOfReport.append(turn);
        });
        QSignalSpy drained(&inbox, &ReportInbox::drained);
        for (int number = 1; number <= kReportCount; ++number)
            inbox.receive(reportNumber(number));
        turns.start(0);
        QVERIFY(drained.wait(kWaitMs));
        QCOMPARE(turnOfReport.size(), kReportCount);
        // A slice ends once it has taken kSliceMs: at most one report more than fits in it.
        const int mostPerTurn = ReportInbox::kSliceMs / kHandlingMs + 1;
        QMap<int, int> reportsPerTurn;
        for (int reportTurn : std::as_const(turnOfReport))
            ++reportsPerTurn[reportTurn];
        for (auto it = reportsPerTurn.cbegin(); it != reportsPerTurn.cend(); ++it)
            QVERIFY2(it.value() <= mostPerTurn,
                     qPrintable(QStringLiteral("%1 reports in one turn").arg(it.value())));
        QVERIFY(reportsPerTurn.size() >= kReportCount / mostPerTurn);
    }
};

QTEST_GUILESS_MAIN(TestReportInbox)
#include "tst_reportinbox.moc"
