// ClockTimer fires on its clock's time: at once in real time when a test clock jumps past it,
// never before the clock reaches it, and through a real timer when the clock runs by itself.
#include "testclock.h"
#include "testtime.h"
#include "tracker/clocktimer.h"
#include "tracker/steadyclock.h"

#include <QSignalSpy>
#include <QTest>

namespace {
constexpr qint64 kClockStartMs = 5'000'000;
constexpr qint64 kDayMs = 24LL * 3'600'000;
constexpr int kRealIntervalMs = 20;
} // namespace

class TestClockTimer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firesWhenTheFrozenClockReachesItsMoment();
    void aDueTimerFiresOnTheEventLoop();
    void stoppedOrRestartedTimerKeepsOnlyTheLastMoment();
    void firesOnARunningClock();
};

void TestClockTimer::firesWhenTheFrozenClockReachesItsMoment()
{
    TestClock clock;
    clock.freeze(kClockStartMs);
    ClockTimer timer(&clock);
    QSignalSpy fired(&timer, &ClockTimer::timeout);
    timer.start(kDayMs); // a day in real terms: only the clock can make it pass
    QVERIFY(timer.isActive());
    clock.advance(kDayMs - 1);
    QCOMPARE(fired.size(), 0);
    QCOMPARE(timer.remainingMs(), 1);
    clock.advance(1);
    QCOMPARE(fired.size(), 1);
    QVERIFY(!timer.isActive());
    clock.advance(kDayMs);
    QCOMPARE(fired.size(), 1); // single-shot
}

void TestClockTimer::aDueTimerFiresOnTheEventLoop()
{
    TestClock clock;
    clock.freeze(kClockStartMs);
    ClockTimer timer(&clock);
    QSignalSpy fired(&timer, &ClockTimer::timeout);
    timer.start(0);
    QCOMPARE(fired.size(), 0); // never inside start()
    QVERIFY(fired.wait(kFakeTrackerReplyWaitMs));
    QCOMPARE(clock.nowMs(), kClockStartMs);
}

void TestClockTimer::stoppedOrRestartedTimerKeepsOnlyTheLastMoment()
{
    TestClock clock;
    clock.freeze(kClockStartMs);
    ClockTimer timer(&clock);
    QSignalSpy fired(&timer, &ClockTimer::timeout);
    timer.start(100);
    timer.stop();
    QCOMPARE(timer.remainingMs(), -1);
    clock.advance(200);
    QCOMPARE(fired.size(), 0);
    timer.start(100);
    clock.advance(50);
    timer.start(100); // restarted: 100 from now
    clock.advance(60);
    QCOMPARE(fired.size(), 0);
    clock.advance(40);
    QCOMPARE(fired.size(), 1);
}

void TestClockTimer::firesOnARunningClock()
{
    SteadyClock clock;
    ClockTimer timer(&clock);
    QSignalSpy fired(&timer, &ClockTimer::timeout);
    const qint64 startMs = clock.nowMs();
    timer.start(kRealIntervalMs);
    QVERIFY(fired.wait(kFakeTrackerReplyWaitMs));
    QVERIFY(clock.nowMs() - startMs >= kRealIntervalMs); // never early on its clock
}

QTEST_GUILESS_MAIN(TestClockTimer)
#include "tst_clocktimer.moc"
