#include "faketrackerclient.h"

#include <QTimer>

FakeTrackerClient::FakeTrackerClient(std::shared_ptr<FakeTrackerScript> script, QObject *parent)
    : TrackerClient(parent)
    , m_script(std::move(script))
{}

quint64 FakeTrackerClient::announce(const AnnounceRequest &request)
{
    const quint64 requestId = nextRequestId();
    m_script->announces.append({this, requestId, request});
    if (m_script->isSilent(request.trackerUrl))
        return requestId;
    const QList<AnnounceResult> results = m_script->announceResultsFor(request);
    QTimer::singleShot(0, this, [this, requestId, results] {
        for (const AnnounceResult &result : results) {
            if (m_cancelled.contains(requestId))
                return;
            Q_EMIT announceFinished(requestId, result);
        }
        if (!m_cancelled.contains(requestId))
            Q_EMIT requestCompleted(requestId);
    });
    return requestId;
}

quint64 FakeTrackerClient::scrape(const ScrapeRequest &request)
{
    const quint64 requestId = nextRequestId();
    m_script->scrapes.append({this, requestId, request});
    if (m_script->isSilent(request.trackerUrl))
        return requestId;
    const ScrapeResult result = m_script->scrapeResultFor(request);
    QTimer::singleShot(0, this, [this, requestId, result] {
        if (m_cancelled.contains(requestId))
            return;
        Q_EMIT scrapeFinished(requestId, result);
        Q_EMIT requestCompleted(requestId);
    });
    return requestId;
}

void FakeTrackerClient::cancel(quint64 requestId)
{
    m_cancelled.insert(requestId);
    ++m_script->cancelledCount;
}
