#pragma once

#include "tracker/announcerequest.h"
#include "tracker/announceresult.h"
#include "tracker/scraperequest.h"
#include "tracker/scraperesult.h"

#include <QObject>

// The interface the engine drives for every protocol. Each call returns a request id at once; the
// results come later by signal, on the event loop. A request may reach several endpoints (UDP and
// WebSocket resolve the host and contact each address): announceFinished / scrapeFinished come
// once per endpoint, then requestCompleted once.
class TrackerClient : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual quint64 announce(const AnnounceRequest &request) = 0;
    virtual quint64 scrape(const ScrapeRequest &request) = 0;
    virtual void cancel(quint64 requestId) = 0;

Q_SIGNALS:
    void announceFinished(quint64 requestId, const AnnounceResult &result);
    void scrapeFinished(quint64 requestId, const ScrapeResult &result);
    void requestCompleted(quint64 requestId);

protected:
    quint64 nextRequestId() { return ++m_lastRequestId; }

private:
    quint64 m_lastRequestId = 0;
};
