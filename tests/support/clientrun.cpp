#include "clientrun.h"

#include <QSignalSpy>
#include <QTest>
#include <functional>

namespace {
void fail(const QString &message)
{
    QTest::qFail(qPrintable(message), __FILE__, __LINE__);
}

// Starts the request, waits for its completion and returns the arguments of its one result
// signal (request id, result), or an empty list after failing the test.
template<typename ResultSignal>
QList<QVariant> runOnce(TrackerClient &client, ResultSignal resultSignal,
                        const std::function<quint64()> &start, int waitMs, const QString &kind)
{
    QSignalSpy results(&client, resultSignal);
    QSignalSpy completed(&client, &TrackerClient::requestCompleted);
    const quint64 requestId = start();
    if (!completed.wait(waitMs)) {
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
} // namespace

namespace ClientRun {

AnnounceResult announceOnce(TrackerClient &client, const AnnounceRequest &request, int waitMs)
{
    const QList<QVariant> arguments = runOnce(
        client, &TrackerClient::announceFinished,
        [&client, &request] { return client.announce(request); }, waitMs,
        QStringLiteral("announce"));
    return arguments.isEmpty() ? AnnounceResult() : arguments.at(1).value<AnnounceResult>();
}

ScrapeResult scrapeOnce(TrackerClient &client, const ScrapeRequest &request, int waitMs)
{
    const QList<QVariant> arguments = runOnce(
        client, &TrackerClient::scrapeFinished,
        [&client, &request] { return client.scrape(request); }, waitMs, QStringLiteral("scrape"));
    return arguments.isEmpty() ? ScrapeResult() : arguments.at(1).value<ScrapeResult>();
}

} // namespace ClientRun
