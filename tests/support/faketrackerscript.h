#pragma once

#include "tracker/announcerequest.h"
#include "tracker/announceresult.h"
#include "tracker/scraperequest.h"
#include "tracker/scraperesult.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

class TrackerClient;

// What FakeTrackerClients answer, per tracker URL, and what they were asked. Shared by all the
// fake clients of one engine so that a test scripts trackers before the engine makes clients.
class FakeTrackerScript
{
public:
    struct AnnounceCall
    {
        TrackerClient *client = nullptr;
        quint64 requestId = 0;
        AnnounceRequest request;
    };
    struct ScrapeCall
    {
        TrackerClient *client = nullptr;
        quint64 requestId = 0;
        ScrapeRequest request;
    };

    // One result per endpoint the URL's host "resolves" to. Unscripted URLs answer with one
    // working endpoint at 127.0.0.1 (interval 1800 s, no peers).
    void setAnnounceResults(const QString &url, const QList<AnnounceResult> &results);
    // A silent tracker never answers (announces and scrapes): the engine's deadline decides.
    void setSilent(const QString &url, bool silent = true);
    // The counts every requested hash gets; or a failure when result is not a success.
    void setScrapeResult(const QString &url, const ScrapeResult &result);
    void setScrapeCounts(const QString &url, qint64 seeders, qint64 leechers, qint64 completed);

    QList<AnnounceResult> announceResultsFor(const AnnounceRequest &request) const;
    ScrapeResult scrapeResultFor(const ScrapeRequest &request) const;
    bool isSilent(const QUrl &url) const { return m_silent.contains(url.toString()); }

    QList<AnnounceCall> announces;
    QList<ScrapeCall> scrapes;
    int cancelledCount = 0;

    // Announces sent to url, optionally only those with this event.
    int announceCount(const QString &url, std::optional<AnnounceEvent> event = {}) const;
    QList<AnnounceEvent> events(const QString &url) const;

    // Helpers to build results.
    static AnnounceResult working(const QHostAddress &endpoint, int interval, int minInterval = -1,
                                  const QList<TrackerPeer> &peers = {});
    static AnnounceResult failed(ExchangeOutcome outcome, const QString &message,
                                 const QHostAddress &endpoint = QHostAddress());
    static TrackerPeer peer(const QString &address, quint16 port);

private:
    QHash<QString, QList<AnnounceResult>> m_announceResults;
    QHash<QString, ScrapeResult> m_scrapeResults;
    QSet<QString> m_silent;
};
