#pragma once

#include "tracker/trackerrequest.h"
#include "tracker/trackerresult.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>

class MonotonicClock;
class TrackerClient;

// The requests a client has under way, by id, and how each ends as the TrackerClient contract
// says: the UDP and WebSocket clients keep theirs here. A request is pending from add() until its
// last result; then it is forgotten before anything is emitted, its results come (one per
// endpoint), then exactly one requestCompleted. cancel() forgets it at once and reports its
// missing results later, on the event loop. Reporting stops when a slot deletes the client.
class PendingTrackerRequests final
{
    Q_DECLARE_TR_FUNCTIONS(PendingTrackerRequests)
    Q_DISABLE_COPY_MOVE(PendingTrackerRequests)

public:
    // client reports the results and makes the ids; clock says when requests start. Neither is
    // owned; both must outlive this.
    PendingTrackerRequests(TrackerClient *client, MonotonicClock *clock);

    // The new request's id: never 0, never reused by the client.
    quint64 add(const TrackerRequest &request);
    bool contains(quint64 requestId) const { return m_requests.contains(requestId); }
    // The request of a pending id.
    const TrackerRequest &request(quint64 requestId) const;

    // True when the request cannot be sent, and then it ends on the event loop as Unsupported:
    // urlProblem is the protocol's verdict on the URL (empty when usable), then the hashes are
    // checked.
    bool endIfUnusable(quint64 requestId, const QString &urlProblem);
    // Runs step on the event loop, unless the request has ended by then: nothing comes from
    // inside announce() or scrape().
    void later(quint64 requestId, const std::function<void()> &step);
    // The request ends with resultCount results, one per endpoint contacted.
    void expectResults(quint64 requestId, int resultCount);
    // One of the results expected; the last one is followed by requestCompleted.
    void report(quint64 requestId, const TrackerResult &result);
    // Ends the request with this one result, then requestCompleted.
    void finish(quint64 requestId, const TrackerResult &result);
    // Ends the request before any endpoint was contacted: one result with outcome and message,
    // and a record of the request alone.
    void finishUnreached(quint64 requestId, ExchangeOutcome outcome, const QString &message);
    // Forgets the request now; on the event loop, its missing results (one "cancelled before any
    // tracker address was contacted" when there are none), then requestCompleted.
    void cancel(quint64 requestId, const QList<TrackerResult> &missingResults);

private:
    struct Entry
    {
        TrackerRequest request;
        qint64 startedMs = 0;
        int resultsLeft = 1;
    };

    TrackerResult unreachedResult(const Entry &entry, ExchangeOutcome outcome,
                                  const QString &message) const;

    TrackerClient *m_client;
    MonotonicClock *m_clock;
    QHash<quint64, Entry> m_requests;
};
