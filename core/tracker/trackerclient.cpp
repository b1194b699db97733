#include "tracker/trackerclient.h"

#include <QTimer>

void TrackerClient::reportResult(quint64 requestId, const TrackerResult &result)
{
    if (const auto *announce = std::get_if<AnnounceResult>(&result))
        Q_EMIT announceFinished(requestId, *announce);
    else
        Q_EMIT scrapeFinished(requestId, std::get<ScrapeResult>(result));
}

void TrackerClient::finishLater(quint64 requestId, const QList<TrackerResult> &results)
{
    QTimer::singleShot(0, this, [this, requestId, results] {
        for (const TrackerResult &result : results)
            reportResult(requestId, result);
        Q_EMIT requestCompleted(requestId);
    });
}
