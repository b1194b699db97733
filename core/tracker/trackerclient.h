#pragma once

#include "tracker/announceoverrides.h"
#include "tracker/announcerequest.h"
#include "tracker/scraperequest.h"
#include "tracker/trackerresult.h"

#include <QList>
#include <QObject>

// The interface the engine drives for every protocol, and the contract every client keeps
// (tests/core/tracker/tst_trackerclientcontract.cpp checks it for HTTP, UDP and WebSocket):
//
// * announce() and scrape() return a request id at once: never 0, never reused by this client.
//   Nothing is emitted from inside a call; every signal comes later, on the event loop.
// * A request ends with one or more results (announceFinished for an announce, scrapeFinished for
//   a scrape: one per endpoint contacted, as UDP and WebSocket contact each address of the host,
//   or one for the request when none was reached), then exactly one requestCompleted. Nothing
//   about that id follows requestCompleted.
// * A silent tracker ends on the client's own timeout: a Timeout result, never an endless wait.
// * cancel() of a request under way stops it on the wire at once; its missing results then come
//   as Cancelled, followed by requestCompleted, on the event loop (never inside cancel()).
//   cancel() of an unknown or ended id does nothing. Calling cancel() from a slot of another
//   request's signal is safe.
class TrackerClient : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual quint64 announce(const AnnounceRequest &request) = 0;
    virtual quint64 scrape(const ScrapeRequest &request) = 0;
    virtual void cancel(quint64 requestId) = 0;
    // What of the chosen values this protocol cannot carry, one sentence each (shown before an
    // Announce With… goes out and kept in its log entry); empty when everything goes.
    virtual QStringList unsentOverrides(const AnnounceOverrides &overrides) const;

Q_SIGNALS:
    void announceFinished(quint64 requestId, const AnnounceResult &result);
    void scrapeFinished(quint64 requestId, const ScrapeResult &result);
    void requestCompleted(quint64 requestId);

protected:
    quint64 nextRequestId() { return ++m_lastRequestId; }
    // Emits announceFinished or scrapeFinished, as the result is.
    void reportResult(quint64 requestId, const TrackerResult &result);
    // Each result, then requestCompleted; stops when a slot deletes the client.
    void reportResults(quint64 requestId, const QList<TrackerResult> &results);
    // The same on the event loop (unless the client is gone by then).
    void reportResultsLater(quint64 requestId, const QList<TrackerResult> &results);

private:
    // The UDP and WebSocket clients' request bookkeeping reports for them.
    friend class PendingTrackerRequests;

    quint64 m_lastRequestId = 0;
};
