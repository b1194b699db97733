#pragma once

#include "engine/announcepolicy.h"
#include "engine/announcerequests.h"
#include "engine/announcescheduler.h"
#include "engine/changegatherer.h"
#include "engine/engineclock.h"
#include "engine/enginesettings.h"
#include "engine/reportinbox.h"
#include "engine/requestqueue.h"
#include "engine/scrapebatcher.h"
#include "engine/torrentsnapshot.h"
#include "engine/torrenttable.h"
#include "engine/trackerclientpool.h"
#include "tracker/announceevent.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

class TrackerClientFactory;

// The heart of Tracker Inspector: owns the loaded torrents, their trackers and each tracker's
// endpoints, runs announces and scrapes on the event loop through the protocol clients, and
// signals what changed. The GUI and `check` both drive it.
//
// Readers get values (TorrentSnapshot, TrackerState), never the engine's working state. Changes
// are gathered and signalled at most every EngineSettings::changeSignalDelayMs, one signal per
// changed tracker.
//
// The engine is the facade of its parts, each a class of its own: the torrents and their trackers
// (TorrentTable), the protocol clients (TrackerClientPool) and the inbox their reports wait in
// (ReportInbox), the queue that bounds the requests in flight (RequestQueue), when to announce
// (AnnounceScheduler), the announces in flight (AnnounceRequests), scrapes batched across
// torrents (ScrapeBatcher), edits of a tracker list (TrackerListEdit) and the gathering of
// changes (ChangeGatherer). It wires them together and decides what follows from each report.
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
    // Once shutdown() was called nothing is added (a load that ends late must not hold up the
    // exit with a `started` and its `stopped`): it returns 0.
    quint64 addTorrent(const Metainfo &metainfo, const QList<QList<TrackerUrl>> &extraTiers = {},
                       quint64 openOrder = 0);
    // Sends `stopped` where we announced `started`, then forgets the torrent (within stopWaitMs).
    void removeTorrent(quint64 torrentId);
    // Trackers are named by their TrackerId, which never changes while they exist.
    // Adds a tracker to a torrent (at the end, in tier); returns its id (invalid: no torrent).
    TrackerId addTracker(quint64 torrentId, const TrackerUrl &url, int tier);
    // A removed tracker is gone for readers at once; where we joined its swarm it still hears
    // `stopped`, after any announce of ours in flight to it has ended (so `stopped` never
    // overtakes `started`), within requestTimeoutMs + stopWaitMs.
    void removeTracker(quint64 torrentId, TrackerId trackerId);
    void setTrackerEnabled(quint64 torrentId, TrackerId trackerId, bool enabled);
    // From the next request on, this tracker's certificate errors are reported and the exchange
    // goes on (as TlsPolicy::ReportAndContinue does for every tracker). Off by default.
    void setTrackerIgnoresCertificateErrors(quint64 torrentId, TrackerId trackerId, bool ignores);
    // Makes the torrent's list tiers (TrackerListEdit): trackers not listed are removed (as by
    // removeTracker), new URLs are added in their tier, trackers in another tier move there keeping
    // their state; tiers are renumbered 0, 1, … without gaps.
    void setTrackerList(quint64 torrentId, const QList<QList<TrackerUrl>> &tiers);

    // Manual actions. An invalid trackerId means every tracker of the torrent; torrentId 0 every
    // torrent. A forced announce waits only for the safety floor.
    void reannounce(quint64 torrentId = 0, TrackerId trackerId = {});
    void sendEvent(AnnounceEvent event, quint64 torrentId = 0, TrackerId trackerId = {});
    void scrapeNow(quint64 torrentId = 0);
    // Announce With…: one announce with the chosen values to the tracker (an invalid trackerId:
    // every tracker of the torrent; torrentId 0: of every torrent), for each of its hashes. It
    // goes out at once through the queue, waiting for neither the min interval nor the safety
    // floor: a person asked for exactly this request. Its replies update the endpoints, peers,
    // findings and log as any announce's do (the log row names the values sent and what the
    // protocol could not carry), and a scrape follows one that reached the tracker; the
    // schedule (the next event, whether we joined, when to announce next) stays as it was.
    // Disabled trackers are skipped. Returns how many requests were queued.
    int announceWith(quint64 torrentId, TrackerId trackerId, const AnnounceOverrides &overrides);
    // What the tracker's protocol cannot carry of overrides, one sentence each; empty when
    // everything goes (or there is no such tracker).
    QStringList unsentOverrides(quint64 torrentId, TrackerId trackerId,
                                const AnnounceOverrides &overrides);
    // Sends `stopped` for every torrent; shutdownStarted comes at once (the first time),
    // shutdownFinished when all answered or after stopWaitMs. Afterwards the engine contacts
    // nobody and adds no torrent.
    void shutdown();
    bool isShuttingDown() const { return m_shuttingDown; }

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
    int requestsInFlight() const { return m_queue.inFlight(); }

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
    void shutdownStarted();
    void shutdownFinished();

private:
    void startTorrent(TorrentState &torrent);
    void forgetTorrent(quint64 torrentId);
    void removeTrackers(TorrentState &torrent, const QList<TrackerId> &trackerIds);

    // what follows from the clients' reports
    void handleReport(const ClientReport &report);
    void handleRequestCompleted(const RequestKey &key);
    void completeAnnounce(const AnnounceRequests::Pending &pending);
    void completeChosenAnnounce(TorrentState &torrent, TrackerState &tracker);

    // the turn of the engine: whatever fell due, then the queue
    void requestWake();
    void processDueWork();
    void expireRequests(qint64 nowMs);
    void pumpQueue();
    void scheduleWake(qint64 nowMs);
    void updateIdle();
    void flushChanges();

    EngineSettings m_settings;
    AnnouncePolicy m_policy;
    QByteArray m_peerId;
    EngineClock *m_clock; // a child of the engine
    TorrentTable m_torrents;
    ChangeGatherer m_changes;
    ReportInbox m_inbox;
    TrackerClientPool m_clients;
    RequestQueue m_queue;
    AnnounceScheduler m_scheduler;
    AnnounceRequests m_announces;
    ScrapeBatcher m_scrapes;
    QTimer m_wakeTimer;    // when the next thing falls due (a clock that moves by itself)
    QTimer m_dueWorkTimer; // the next turn of the event loop
    bool m_shuttingDown = false;
    bool m_shutdownSignalled = false;
    bool m_idle = false;
};
