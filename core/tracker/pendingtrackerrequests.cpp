#include "tracker/pendingtrackerrequests.h"

#include "tracker/monotonicclock.h"
#include "tracker/trackerclient.h"

#include <QMetaObject>

PendingTrackerRequests::PendingTrackerRequests(TrackerClient *client, MonotonicClock *clock)
    : m_client(client)
    , m_clock(clock)
{}

quint64 PendingTrackerRequests::add(const TrackerRequest &request)
{
    const quint64 requestId = m_client->nextRequestId();
    m_requests.insert(requestId, Entry{request, m_clock->nowMs(), 1});
    return requestId;
}

const TrackerRequest &PendingTrackerRequests::request(quint64 requestId) const
{
    const auto it = m_requests.constFind(requestId);
    Q_ASSERT(it != m_requests.cend());
    return it->request;
}

bool PendingTrackerRequests::endIfUnusable(quint64 requestId, const QString &urlProblem)
{
    const QString problem = urlProblem.isEmpty() ? request(requestId).hashProblem() : urlProblem;
    if (problem.isEmpty())
        return false;
    later(requestId, [this, requestId, problem] {
        finishUnreached(requestId, ExchangeOutcome::Unsupported, problem);
    });
    return true;
}

void PendingTrackerRequests::later(quint64 requestId, const std::function<void()> &step)
{
    QMetaObject::invokeMethod(
        m_client,
        [this, requestId, step] {
            if (contains(requestId))
                step();
        },
        Qt::QueuedConnection);
}

void PendingTrackerRequests::expectResults(quint64 requestId, int resultCount)
{
    const auto it = m_requests.find(requestId);
    if (it != m_requests.end())
        it->resultsLeft = resultCount;
}

void PendingTrackerRequests::report(quint64 requestId, const TrackerResult &result)
{
    const auto it = m_requests.find(requestId);
    if (it == m_requests.end())
        return;
    if (--it->resultsLeft > 0) {
        m_client->reportResult(requestId, result);
        return;
    }
    m_requests.erase(it);
    m_client->reportResults(requestId, {result});
}

void PendingTrackerRequests::finish(quint64 requestId, const TrackerResult &result)
{
    expectResults(requestId, 1);
    report(requestId, result);
}

void PendingTrackerRequests::finishUnreached(quint64 requestId, ExchangeOutcome outcome,
                                             const QString &message)
{
    const auto it = m_requests.constFind(requestId);
    if (it != m_requests.cend())
        finish(requestId, unreachedResult(*it, outcome, message));
}

void PendingTrackerRequests::cancel(quint64 requestId, const QList<TrackerResult> &missingResults)
{
    const auto it = m_requests.find(requestId);
    if (it == m_requests.end())
        return;
    const Entry entry = *it;
    m_requests.erase(it);
    QList<TrackerResult> results = missingResults;
    if (results.isEmpty()) {
        results.append(unreachedResult(entry, ExchangeOutcome::Cancelled,
                                       tr("cancelled before any tracker address was contacted")));
    }
    m_client->reportResultsLater(requestId, results);
}

TrackerResult PendingTrackerRequests::unreachedResult(const Entry &entry, ExchangeOutcome outcome,
                                                      const QString &message) const
{
    ExchangeRecord record;
    record.requestDescription = entry.request.description();
    record.started = QDateTime::fromMSecsSinceEpoch(entry.startedMs, Qt::UTC);
    record.tries = 0;
    record.finishedMs = m_clock->nowMs() - entry.startedMs;
    return entry.request.result(outcome, message, record);
}
