#pragma once

#include "engine/clientreport.h"
#include "engine/engineclock.h"
#include "engine/enginesettings.h"
#include "engine/requestqueue.h"
#include "engine/torrenttable.h"
#include "tracker/scraperequest.h"
#include "tracker/scraperesult.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

class ChangeGatherer;
class TrackerClientPool;

// Scrapes, batched per tracker across torrents: one request to a tracker URL asks for the info
// hashes of every torrent that lists it. Scrapes wanted during a turn are queued together at the
// next; every tracker is scraped again on the settings' interval. A tracker URL is scraped once
// at a time. The first scrape after a torrent's announce asks only for the torrents at that URL
// not scraped yet: loading a collection one torrent at a time would otherwise scrape every
// earlier torrent again with each new one (and grow each of their exchange logs).
class ScrapeBatcher
{
    Q_DECLARE_TR_FUNCTIONS(ScrapeBatcher)

public:
    // Everything handed in must outlive the batcher.
    ScrapeBatcher(TorrentTable &torrents, TrackerClientPool &clients,
                  const EngineSettings &settings, EngineClock *clock, ChangeGatherer &changes);

    // Scrapes these tracker URL texts at the next turn.
    void want(const QSet<QString> &groups);
    // Scrapes every enabled, supported tracker of a torrent (0: of every torrent).
    void wantTorrent(quint64 torrentId);
    // Scrapes this torrent's trackers at this URL text, if not scraped by then, batched with
    // the other torrents wanted so; waits for the URL's scrape in flight to end.
    void wantFirstScrape(const QString &group, quint64 torrentId);
    // A torrent just added: its trackers' URLs are not scraped yet for it. A first scrape of a URL
    // carries every torrent added at that URL and not scraped yet, so torrents added together
    // (several at once in `check`) share one scrape per tracker, and none is asked twice.
    void noteUnscraped(const TorrentState &torrent);
    // Queued or in flight.
    bool isActive(const QString &group) const { return m_active.contains(group); }
    // Queues the scrapes wanted since the last turn (none while shutting down).
    void queueWanted(RequestQueue &queue, bool shuttingDown);
    // Wants every tracker scraped when the periodic scrape falls due at nowMs, and plans the
    // next one.
    void planPeriodic(qint64 nowMs, bool shuttingDown);

    // Sends a queued scrape; false when none went out (no tracker lists the URL any more).
    bool start(const QString &group);
    void applyResult(const RequestKey &key, const ScrapeResult &result);
    // A request completed; false when it is not a scrape of ours.
    bool complete(const RequestKey &key);
    // Ends the scrapes past their deadline at nowMs; returns how many.
    int expire(qint64 nowMs);
    void cancelAll();

    // The earliest deadline or periodic scrape, -1 when none.
    qint64 nextDueMs() const;
    bool isIdle() const
    {
        return m_wanted.isEmpty() && m_active.isEmpty() && m_firstScrapesWanted.isEmpty();
    }

private:
    struct Target
    {
        quint64 torrentId = 0;
        TrackerId trackerId;
        InfoHashVersion version = InfoHashVersion::V1;
    };
    struct Pending
    {
        QList<Target> targets; // in the order of the request's info hashes
        qint64 deadlineMs = -1;
        QString group;
        bool anySuccess = false;
        bool isHttp = false;
    };

    void enqueue(RequestQueue &queue, const QString &group);
    void queueFirstScrapes(RequestQueue &queue);
    // Adds the torrent's trackers at group to the request (unscrapedOnly: those never scraped).
    static void addTargets(const TorrentState &torrent, const QString &group, bool unscrapedOnly,
                           Pending &pending, ScrapeRequest &request, TrackerProtocol &protocol);
    void applyToTarget(const Pending &pending, int index, const ScrapeResult &result,
                       bool keepEarlierSuccess, qint64 nowMs);

    TorrentTable &m_torrents;
    TrackerClientPool &m_clients;
    const EngineSettings &m_settings;
    EngineClock *m_clock;
    ChangeGatherer &m_changes;
    QHash<RequestKey, Pending> m_pending;
    QSet<QString> m_wanted; // tracker URL texts to scrape at the next turn
    QSet<QString> m_active; // queued or in flight
    // Tracker URL texts -> torrents wanting their first scrape there (wantFirstScrape).
    QHash<QString, QSet<quint64>> m_firstScrapesWanted;
    // Queued, not sent yet: for every torrent, or for the first scrapes of some torrents.
    QSet<QString> m_queuedWhole;
    QHash<QString, QSet<quint64>> m_queuedFirstScrapes;
    QHash<QString, QSet<quint64>> m_unscraped; // noteUnscraped, until a first scrape takes them
    qint64 m_nextPeriodicMs = -1;
};
