#include "clientrun.h"

#include "testclock.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>
#include <functional>

namespace {
// How often a frozen clock moves while a request is under way, in real time.
constexpr int kClockStepEveryMs = 5;

void fail(const QString &message)
{
    QTest::qFail(qPrintable(message), __FILE__, __LINE__);
}

// Waits for the first completion; with a clock, moves it by stepMs whenever none came for a
// moment. False when none came within waitMs.
bool waitForCompletion(QSignalSpy &completed, int waitMs, TestClock *clock, qint64 stepMs)
{
    if (!clock)
        return completed.wait(waitMs);
    const QDeadlineTimer deadline(waitMs);
    while (completed.isEmpty() && !deadline.hasExpired()) {
        if (!completed.wait(kClockStepEveryMs))
            clock->advance(stepMs);
    }
    return !completed.isEmpty();
}

// Starts the request, waits for its completion and returns the arguments of its one result
// signal (request id, result), or an empty list after failing the test.
template<typename ResultSignal>
QList<QVariant> runOnce(TrackerClient &client, ResultSignal resultSignal,
                        const std::function<quint64()> &start, int waitMs, const QString &kind,
                        TestClock *clock = nullptr, qint64 stepMs = 0)
{
    QSignalSpy results(&client, resultSignal);
    QSignalSpy completed(&client, &TrackerClient::requestCompleted);
    const quint64 requestId = start();
    if (!waitForCompletion(completed, waitMs, clock, stepMs)) {
        fail(QStringLiteral("the %1 did not complete within %2 ms").arg(kind).arg(waitMs));
        return {};
    }
    if (results.size() != 1 || completed.size() != 1) {
        fail(QStringLiteral("the %1 ended with %2 results and %3 completions, not one of each")
                 .arg(kind)
                 .arg(results.size())
                 .arg(completed.size()));
        return {};
    }
    if (results.constFirst().at(0).toULongLong() != requestId ||
        completed.constFirst().at(0).toULongLong() != requestId) {
        fail(QStringLiteral("the %1 ended with another request's id").arg(kind));
        return {};
    }
    return results.constFirst();
}
AnnounceResult runAnnounce(TrackerClient &client, const AnnounceRequest &request, int waitMs,
                           TestClock *clock, qint64 stepMs)
{
    const QList<QVariant> arguments = runOnce(
        client, &TrackerClient::announceFinished,
        [&client, &request] { return client.announce(request); }, waitMs,
        QStringLiteral("announce"), clock, stepMs);
    return arguments.isEmpty() ? AnnounceResult() : arguments.at(1).value<AnnounceResult>();
}
} // namespace

namespace ClientRun {

AnnounceResult announceOnce(TrackerClient &client, const AnnounceRequest &request, int waitMs)
{
    return runAnnounce(client, request, waitMs, nullptr, 0);
}

ScrapeResult scrapeOnce(TrackerClient &client, const ScrapeRequest &request, int waitMs)
{
    const QList<QVariant> arguments = runOnce(
        client, &TrackerClient::scrapeFinished,
        [&client, &request] { return client.scrape(request); }, waitMs, QStringLiteral("scrape"));
    return arguments.isEmpty() ? ScrapeResult() : arguments.at(1).value<ScrapeResult>();
}

AnnounceResult announceOnClock(TrackerClient &client, const AnnounceRequest &request,
                               TestClock &clock, qint64 stepMs, int waitMs)
{
    return runAnnounce(client, request, waitMs, &clock, stepMs);
}

} // namespace ClientRun
