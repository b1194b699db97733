#include "tracker/trackerclient.h"

#include <QPointer>
#include <QTimer>

void TrackerClient::reportResult(quint64 requestId, const TrackerResult &result)
{
    if (const auto *announce = std::get_if<AnnounceResult>(&result))
        Q_EMIT announceFinished(requestId, *announce);
    else
        Q_EMIT scrapeFinished(requestId, std::get<ScrapeResult>(result));
}

void TrackerClient::reportResults(quint64 requestId, const QList<TrackerResult> &results)
{
    const QPointer<TrackerClient> alive(this); // a slot may delete the client
    for (const TrackerResult &result : results) {
        reportResult(requestId, result);
        if (!alive)
            return;
    }
    Q_EMIT requestCompleted(requestId);
}

void TrackerClient::reportResultsLater(quint64 requestId, const QList<TrackerResult> &results)
{
    QTimer::singleShot(0, this, [this, requestId, results] { reportResults(requestId, results); });
}

QStringList TrackerClient::unsentOverrides(const AnnounceOverrides &overrides) const
{
    Q_UNUSED(overrides);
    return {};
}
