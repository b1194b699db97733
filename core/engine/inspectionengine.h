#pragma once

#include "engine/announceflight.h"
#include "engine/announcepolicy.h"
#include "engine/engineclock.h"
#include "engine/enginesettings.h"
#include "engine/torrentstate.h"
#include "tracker/announcerequest.h"
#include "tracker/announceresult.h"
#include "tracker/scraperesult.h"
#include "tracker/trackerresult.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <deque>
#include <map>
#include <memory>
#include <optional>

class TrackerClient;
class TrackerClientFactory;

// The heart of Tracker Inspector: owns the loaded torrents, their trackers and each tracker's
// endpoints, runs announces and scrapes on the event loop through the protocol clients, and
// signals what changed. The GUI and `check` both drive it.
//
// Readers get values (TorrentSnapshot, TrackerState), never the engine's working state. Changes
// are gathered and signalled at most every EngineSettings::changeSignalDelayMs, one signal per
// changed tracker.
class InspectionEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectionEngine)

public:
    // factory makes the protocol clients (owned by the engine from then on); the engine plans
    // with clock, a SteadyClock when none is given.
    explicit InspectionEngine(std::unique_ptr<TrackerClientFactory> factory,
                              QObject *parent = nullptr);
    InspectionEngine(std::unique_ptr<TrackerClientFactory> factory,
                     std::unique_ptr<EngineClock> clock, QObject *parent = nullptr);
    ~InspectionEngine() override;

    const EngineSettings &settings() const { return m_settings; }
    // Applies from the next request on; the identity's peer id prefix makes a new peer id.
    void setSettings(const EngineSettings &settings);
    const QByteArray &peerId() const { return m_peerId; }
    // The clock the engine plans with (tests drive a TestClock through it).
    EngineClock *clock() const { return m_clock; }

    // Adds a torrent with its trackers and starts contacting them; returns its id (never 0,
    // never reused). extraTiers (each a tier after the torrent's own) count as added by the user;
    // URLs the torrent already lists are skipped. openOrder places it in lists (0: its id).
    quint64 addTorrent(const Metainfo &metainfo, const QList<QList<TrackerUrl>> &extraTiers = {},
                       quint64 openOrder = 0);
    // Sends `stopped` where we announced `started`, then forgets the torrent (within stopWaitMs).
    void removeTorrent(quint64 torrentId);
    // Trackers are named by their TrackerId, which never changes while they exist.
    // Adds a tracker to a torrent (at the end, in tier); returns its id (invalid: no torrent).
    TrackerId addTracker(quint64 torrentId, const TrackerUrl &url, int tier);
    void removeTracker(quint64 torrentId, TrackerId trackerId);
    void setTrackerEnabled(quint64 torrentId, TrackerId trackerId, bool enabled);
    // From the next request on, this tracker's certificate errors are reported and the exchange
    // goes on (as TlsPolicy::ReportAndContinue does for every tracker). Off by default.
    void setTrackerIgnoresCertificateErrors(quint64 torrentId, TrackerId trackerId, bool ignores);
    // Makes the torrent's list tiers (inspectionengine_trackerlist.cpp): trackers not listed are
    // removed (after `stopped` where we joined), new URLs are added in their tier, trackers in
    // another tier move there keeping their state; tiers are renumbered 0, 1, … without gaps.
    void setTrackerList(quint64 torrentId, const QList<QList<TrackerUrl>> &tiers);

    // Manual actions. An invalid trackerId means every tracker of the torrent; torrentId 0 every
    // torrent. A forced announce waits only for the safety floor.
    void reannounce(quint64 torrentId = 0, TrackerId trackerId = {});
    void sendEvent(AnnounceEvent event, quint64 torrentId = 0, TrackerId trackerId = {});
    void scrapeNow(quint64 torrentId = 0);
    // Sends `stopped` for every torrent; shutdownFinished follows when all answered or after
    // stopWaitMs. Afterwards the engine contacts nobody.
    void shutdown();

    // What the engine knows, as values: a copy that later changes never touch (signals say when
    // to ask again). Scheduler state stays inside.
    QList<quint64> torrentIds() const;
    std::optional<TorrentSnapshot> torrent(quint64 torrentId) const;
    std::optional<TrackerState> tracker(quint64 torrentId, TrackerId trackerId) const;
    // The peers of a torrent, read in place: a list of up to PeerRegistry capacity records is too
    // big to copy at every change. Valid until control returns to the event loop; nullptr when
    // the torrent is unknown.
    const PeerRegistry *peers(quint64 torrentId) const;
    // BEP 12, as a client would try them: the tracker ids of each tier, the one to try first at
    // the front (shuffled once; an answering tracker moves to the front of its tier).
    QList<QList<TrackerId>> announceOrder(quint64 torrentId) const;
    // Now on the engine's clock, the scale of every time in the snapshots.
    qint64 nowMs() const { return m_clock->nowMs(); }
    // True when nothing is queued, in flight or due now.
    bool isIdle() const;
    int requestsInFlight() const { return m_inFlight; }

Q_SIGNALS:
    void torrentAdded(quint64 torrentId);
    void torrentRemoved(quint64 torrentId);
    void trackerAdded(quint64 torrentId, TrackerId trackerId);
    void trackerRemoved(quint64 torrentId, TrackerId trackerId);
    // Status, figures, endpoints, findings or log of one tracker changed.
    void trackerChanged(quint64 torrentId, TrackerId trackerId);
    void peersChanged(quint64 torrentId, int uniquePeerCount);
    // Nothing is queued, in flight or due: a round is over (used by `check`).
    void becameIdle();
    void shutdownFinished();

private:
    // Requests and the queue name trackers by id: removing one renumbers nothing here.
    struct PendingAnnounce
    {
        quint64 torrentId = 0;
        TrackerId trackerId;
        int slotIndex = -1;
        AnnounceFlight flight; // once sent
    };
    struct ScrapeTarget
    {
        quint64 torrentId = 0;
        TrackerId trackerId;
        InfoHashVersion version = InfoHashVersion::V1;
    };
    struct PendingScrape
    {
        QList<ScrapeTarget> targets; // in the order of the request's info hashes
        qint64 deadlineMs = -1;
        QString group;
        bool anySuccess = false;
        bool isHttp = false;
    };
    struct QueuedRequest
    {
        bool isScrape = false;
        PendingAnnounce announce;
        QString scrapeGroup; // the tracker URL text scraped across torrents
    };
    using RequestKey = QPair<TrackerClient *, quint64>;
    // What a client said of one request: a result, or (none) that the request completed.
    struct ClientReport
    {
        TrackerClient *client = nullptr;
        quint64 requestId = 0;
        std::optional<TrackerResult> result;
    };

    // torrents and trackers (inspectionengine.cpp)
    TorrentState *findTorrent(quint64 torrentId);
    TrackerState *findTracker(quint64 torrentId, TrackerId trackerId);
    // The tracker's position in torrent.trackers, or -1.
    static int indexOf(const TorrentState &torrent, TrackerId trackerId);
    // The announce request in flight for this slot of the tracker, or nullptr.
    const AnnounceFlight *flightOf(TrackerId trackerId, int slotIndex) const;
    TrackerId removeTrackerAt(quint64 torrentId, int trackerIndex);
    // A new tracker with a new id.
    TrackerState makeTracker(const TorrentState &torrent, const TrackerUrl &url, int tier,
                             bool addedByUser);
    void startTorrent(TorrentState &torrent);
    void markTrackerChanged(quint64 torrentId, TrackerId trackerId);
    void markPeersChanged(quint64 torrentId);
    void flushChanges();
    void forgetTorrent(quint64 torrentId);
    template<typename Visitor>
    void forEachTracker(quint64 torrentId, TrackerId trackerId, Visitor visit);

    // announces (inspectionengine_announces.cpp)
    TrackerClient *clientFor(TrackerProtocol protocol);
    void planAnnounce(TorrentState &torrent, TrackerState &tracker, AnnounceEvent event,
                      qint64 atMs);
    void enqueueAnnounce(quint64 torrentId, TrackerId trackerId, int slotIndex, bool urgent);
    bool startAnnounce(const PendingAnnounce &pending);
    AnnounceRequest makeAnnounceRequest(const TorrentState &torrent, const TrackerState &tracker,
                                        const AnnounceSlot &slot, AnnounceEvent event) const;
    void handleAnnounceFinished(TrackerClient *client, quint64 requestId,
                                const AnnounceResult &result);
    void handleRequestCompleted(TrackerClient *client, quint64 requestId);
    void completeAnnounce(const PendingAnnounce &pending);
    void afterAnnounceCompleted(TorrentState &torrent, TrackerState &tracker, AnnounceEvent event);
    void advanceClientTier(TorrentState &torrent, TrackerState &failed);
    void checkDuplicateEndpoints(TorrentState &torrent, TrackerState &tracker, int endpointIndex);
    void sendStopped(TorrentState &torrent);

    // the inbox of client reports (inspectionengine_inbox.cpp)
    void receiveReport(ClientReport report);
    void handleInbox();
    void handleReport(const ClientReport &report);

    // scrapes and the queue (inspectionengine_scrapes.cpp)
    void scrapeGroups(const QSet<QString> &groups);
    bool startScrape(const QString &group);
    void handleScrapeFinished(TrackerClient *client, quint64 requestId, const ScrapeResult &result);
    void completeScrape(const RequestKey &key);
    void pumpQueue();
    void forgetRequestsOfRemovedTracker(TrackerId trackerId);
    void requestWake();
    void processDueWork();
    void expireRequests(qint64 nowMs);
    void expireScrape(const RequestKey &key);
    void forgetFinishedRemovals(qint64 nowMs);
    void startDueAnnounces(qint64 nowMs);
    qint64 nextWakeMs() const;
    void updateIdle();

    std::unique_ptr<TrackerClientFactory> m_factory;
    EngineClock *m_clock;
    EngineSettings m_settings;
    AnnouncePolicy m_policy;
    QByteArray m_peerId;
    quint64 m_lastTorrentId = 0;
    quint64 m_lastTrackerId = 0;
    std::map<quint64, TorrentState> m_torrents; // ordered by id: the order torrents were added
    QHash<TrackerProtocol, TrackerClient *> m_clients;
    QHash<RequestKey, PendingAnnounce> m_pendingAnnounces;
    QHash<RequestKey, PendingScrape> m_pendingScrapes;
    std::deque<QueuedRequest> m_queue;
    int m_inFlight = 0;
    qint64 m_nextScrapeMs = -1;
    bool m_shuttingDown = false;
    bool m_shutdownSignalled = false;
    bool m_idle = false;
    QTimer m_wakeTimer;
    QTimer m_dueWorkTimer;
    QTimer m_changeTimer;
    QTimer m_inboxTimer;
    std::deque<ClientReport> m_inbox;            // reports not handled yet, in the order they came
    QSet<QString> m_wantedScrapes;               // tracker URL texts to scrape at the next turn
    QSet<QString> m_activeScrapes;               // queued or in flight
    QHash<TrackerId, quint64> m_changedTrackers; // changed tracker -> its torrent
    QSet<quint64> m_changedPeers;
};
