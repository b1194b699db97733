#pragma once

#include "engine/announcepolicy.h"
#include "engine/engineclock.h"
#include "engine/enginesettings.h"
#include "engine/torrenttable.h"

#include <functional>

class ChangeGatherer;
class RequestQueue;

// When to announce to whom: plans each tracker's announce slots, queues those that fall due,
// follows BEP 12 when the engine behaves like a client (one tracker a tier at a time, an
// answering tracker moves to the front, a failing one hands over to the next), and leaves the
// swarm: `stopped` wherever `started` was accepted, after any request still in flight.
class AnnounceScheduler
{
public:
    // settings, policy, clock and changes must outlive the scheduler.
    AnnounceScheduler(const EngineSettings &settings, const AnnouncePolicy &policy,
                      EngineClock *clock, ChangeGatherer &changes);

    // Plans event at atMs for each slot of the tracker: `started` or a regular announce as
    // the slot stands, `stopped` only where it joined. Disabled and unsupported trackers are
    // never planned.
    void plan(TorrentState &torrent, TrackerState &tracker, AnnounceEvent event, qint64 atMs);
    // A torrent's first announces: to every tracker, or (BEP 12) to the first of the first tier.
    void planStart(TorrentState &torrent);
    // A manual announce: it overrides "retry in: never" and waits only for the safety floor.
    void planManual(TorrentState &torrent, TrackerState &tracker);
    // A tracker just enabled starts; one just disabled hears `stopped` if it joined.
    void planEnabledChange(TorrentState &torrent, TrackerState &tracker);
    // Behaving like a client, a torrent none of whose trackers is contacted starts over with
    // the first of its first tier (after an edit of its list).
    void planStartIfUncontacted(TorrentState &torrent);

    // Queues every announce due at nowMs (a `stopped` before everything waiting).
    void queueDue(TorrentTable::Torrents &torrents, RequestQueue &queue, qint64 nowMs) const;
    // An announce of the tracker ended: what follows from it (leaving, BEP 12).
    void afterAnnounce(TorrentState &torrent, TrackerState &tracker, AnnounceEvent event);
    // The torrent leaves the swarm: `stopped` now where `started` was accepted; a slot with a
    // request in flight says it when that request ends (afterAnnounce).
    void leave(TorrentState &torrent);
    // Removed trackers leave the swarm. Those that joined it, or have an announce in flight
    // (inFlight names their slots), go to a removed copy of torrent of their own, where each
    // says `stopped` once that announce has ended, so that `stopped` never overtakes `started`
    // on the wire (issue #16); their announces still waiting are dropped by the caller. Returns
    // the copy's id, 0 when none has to leave.
    quint64 leaveRemoved(TorrentTable &torrents, const TorrentState &torrent,
                         const QList<TrackerState> &removed,
                         const std::function<bool(TrackerId, int)> &inFlight);
    // A removed torrent's announce in flight got no answer in time: the tracker may have
    // accepted it, so the slot says `stopped` all the same.
    void leaveAfterSilence(TrackerState &tracker, int slotIndex);

    // Removed torrents whose `stopped` announces are over, or whose time for them is up.
    static QList<quint64> finishedRemovals(const TorrentTable::Torrents &torrents, qint64 nowMs);
    // The earliest planned announce or removal deadline, -1 when none.
    static qint64 nextPlannedMs(const TorrentTable::Torrents &torrents);
    // A slot is queued, in flight or due at nowMs, or a removed torrent still waits.
    static bool hasWork(const TorrentTable::Torrents &torrents, qint64 nowMs);

private:
    void advanceClientTier(TorrentState &torrent, TrackerState &failed);

    const EngineSettings &m_settings;
    const AnnouncePolicy &m_policy;
    EngineClock *m_clock;
    ChangeGatherer &m_changes;
};
