#include "engine/announcescheduler.h"

#include "engine/changegatherer.h"
#include "engine/requestqueue.h"

#include <algorithm>

namespace {
bool isContacted(const TrackerState &tracker)
{
    for (const AnnounceSlot &slot : tracker.announceSlots) {
        if (slot.registered || slot.isBusy() || slot.nextAnnounceMs >= 0)
            return true;
    }
    return false;
}
} // namespace

AnnounceScheduler::AnnounceScheduler(const EngineSettings &settings, const AnnouncePolicy &policy,
                                     EngineClock *clock, ChangeGatherer &changes)
    : m_settings(settings)
    , m_policy(policy)
    , m_clock(clock)
    , m_changes(changes)
{}

void AnnounceScheduler::plan(TorrentState &torrent, TrackerState &tracker, AnnounceEvent event,
                             qint64 atMs)
{
    if (tracker.disabled || !tracker.url.isSupported())
        return;
    for (AnnounceSlot &slot : tracker.announceSlots) {
        const bool regular = event == AnnounceEvent::Started || event == AnnounceEvent::None;
        if (event == AnnounceEvent::Stopped && !slot.registered)
            continue;
        slot.nextEvent =
            regular ? (slot.registered ? AnnounceEvent::None : AnnounceEvent::Started) : event;
        slot.nextAnnounceMs = atMs;
    }
    m_changes.markTracker(torrent.id, tracker.id);
}

void AnnounceScheduler::planStart(TorrentState &torrent)
{
    const qint64 now = m_clock->nowMs();
    if (!m_settings.behaveLikeClient) {
        for (TrackerState &tracker : torrent.trackers)
            plan(torrent, tracker, AnnounceEvent::Started, now);
        return;
    }
    if (torrent.tierOrder.isEmpty())
        return;
    if (TrackerState *first = torrent.trackerWithId(torrent.tierOrder.first().first()))
        plan(torrent, *first, AnnounceEvent::Started, now);
}

void AnnounceScheduler::planManual(TorrentState &torrent, TrackerState &tracker)
{
    const qint64 now = m_clock->nowMs();
    for (AnnounceSlot &slot : tracker.announceSlots) {
        slot.retryNever = false; // the user's explicit choice overrides "retry in: never"
        if (!slot.registered)
            slot.nextEvent = AnnounceEvent::Started;
    }
    const qint64 since = tracker.lastAnnounceMs();
    const qint64 delay = m_policy.delayForManualAnnounce(since < 0 ? -1 : now - since);
    plan(torrent, tracker, tracker.announceSlots.value(0).nextEvent, now + delay);
}

void AnnounceScheduler::planEnabledChange(TorrentState &torrent, TrackerState &tracker)
{
    const qint64 now = m_clock->nowMs();
    if (tracker.disabled) {
        // A tracker we joined hears `stopped` before it goes quiet.
        for (AnnounceSlot &slot : tracker.announceSlots) {
            slot.nextEvent = slot.registered ? AnnounceEvent::Stopped : AnnounceEvent::Started;
            slot.nextAnnounceMs = slot.registered ? now : -1;
        }
    } else if (m_settings.contactMode != EngineSettings::ContactMode::ScrapeOnly) {
        plan(torrent, tracker, AnnounceEvent::Started, now);
    }
}

void AnnounceScheduler::planStartIfUncontacted(TorrentState &torrent)
{
    const bool announces = m_settings.contactMode != EngineSettings::ContactMode::ScrapeOnly;
    if (!announces || !m_settings.behaveLikeClient || torrent.tierOrder.isEmpty() ||
        std::any_of(torrent.trackers.cbegin(), torrent.trackers.cend(), isContacted))
        return;
    if (TrackerState *first = torrent.trackerWithId(torrent.tierOrder.first().first()))
        plan(torrent, *first, AnnounceEvent::Started, m_clock->nowMs());
}

void AnnounceScheduler::queueDue(TorrentTable::Torrents &torrents, RequestQueue &queue,
                                 qint64 nowMs) const
{
    // Read through const access first: a reader's snapshot shares these lists, and writing
    // through them would copy every tracker at every wake, due or not.
    for (auto &[id, torrent] : torrents) {
        const QList<TrackerState> &trackers = std::as_const(torrent.trackers);
        for (qsizetype t = 0; t < trackers.size(); ++t) {
            const QList<AnnounceSlot> &planned = trackers[t].announceSlots;
            for (int s = 0; s < planned.size(); ++s) {
                if (planned[s].isBusy() || planned[s].nextAnnounceMs < 0 ||
                    planned[s].nextAnnounceMs > nowMs)
                    continue;
                TrackerState &tracker = torrent.trackers[t];
                AnnounceSlot &slot = tracker.announceSlots[s];
                slot.nextAnnounceMs = -1;
                if (torrent.removed && slot.nextEvent != AnnounceEvent::Stopped)
                    continue;
                slot.busy = true; // queued
                const bool stopped = slot.nextEvent == AnnounceEvent::Stopped;
                queue.enqueue({RequestQueue::Entry::Kind::Announce, id, tracker.id, s, {}, {}},
                              stopped ? RequestQueue::Priority::Urgent
                                      : RequestQueue::Priority::Normal);
            }
        }
    }
}

void AnnounceScheduler::afterAnnounce(TorrentState &torrent, TrackerState &tracker,
                                      AnnounceEvent event)
{
    const bool passive = m_settings.contactMode == EngineSettings::ContactMode::Passive;
    if (torrent.removed || tracker.disabled || (passive && event != AnnounceEvent::Stopped)) {
        // Leave the swarm: `stopped` wherever `started` was accepted.
        const qint64 now = m_clock->nowMs();
        for (AnnounceSlot &slot : tracker.announceSlots) {
            if (slot.registered && !slot.isBusy()) {
                slot.nextEvent = AnnounceEvent::Stopped;
                slot.nextAnnounceMs = now;
            }
        }
    }
    if (!m_settings.behaveLikeClient || torrent.removed || tracker.isBusy())
        return;
    if (trackerStatusIsWorking(tracker.status)) {
        for (QList<TrackerId> &tier : torrent.tierOrder) {
            const qsizetype position = tier.indexOf(tracker.id);
            if (position > 0)
                tier.move(position, 0); // BEP 12: an answering tracker moves to the front
        }
    } else if (event == AnnounceEvent::Started || event == AnnounceEvent::None) {
        advanceClientTier(torrent, tracker);
    }
}

void AnnounceScheduler::advanceClientTier(TorrentState &torrent, TrackerState &failed)
{
    QList<TrackerId> order;
    for (const QList<TrackerId> &tier : torrent.tierOrder)
        order.append(tier);
    const qsizetype position = order.indexOf(failed.id);
    if (position < 0)
        return;
    const qint64 retryAt = failed.nextAnnounceMs();
    if (position + 1 < order.size()) {
        for (AnnounceSlot &slot : failed.announceSlots)
            slot.nextAnnounceMs = -1;
        if (TrackerState *next = torrent.trackerWithId(order[position + 1]))
            plan(torrent, *next, AnnounceEvent::Started, m_clock->nowMs());
        return;
    }
    // Every tracker failed: start over from the first after the last one's back-off.
    if (retryAt < 0 || order.first() == failed.id)
        return;
    for (AnnounceSlot &slot : failed.announceSlots)
        slot.nextAnnounceMs = -1;
    if (TrackerState *first = torrent.trackerWithId(order.first()))
        plan(torrent, *first, AnnounceEvent::Started, retryAt);
}

void AnnounceScheduler::leave(TorrentState &torrent)
{
    const qint64 now = m_clock->nowMs();
    for (TrackerState &tracker : torrent.trackers) {
        for (AnnounceSlot &slot : tracker.announceSlots) {
            if (slot.isBusy())
                continue; // afterAnnounce sends it when the request ends
            slot.nextEvent = slot.registered ? AnnounceEvent::Stopped : AnnounceEvent::Started;
            slot.nextAnnounceMs = slot.registered ? now : -1;
        }
    }
}

quint64 AnnounceScheduler::leaveRemoved(TorrentTable &torrents, const TorrentState &torrent,
                                        const QList<TrackerState> &removed,
                                        const std::function<bool(TrackerId, int)> &inFlight)
{
    QList<TrackerState> leaving;
    for (TrackerState tracker : removed) {
        bool leaves = false;
        for (int s = 0; s < tracker.announceSlots.size(); ++s) {
            AnnounceSlot &slot = tracker.announceSlots[s];
            slot.busy = inFlight(tracker.id, s); // no longer queued
            slot.nextAnnounceMs = -1;
            leaves = leaves || slot.busy || slot.registered;
        }
        if (leaves)
            leaving.append(std::move(tracker));
    }
    if (leaving.isEmpty())
        return 0;
    // Time for the announce in flight to end on its deadline, then for `stopped`.
    const qint64 deadline = m_clock->nowMs() + m_settings.requestTimeoutMs + m_settings.stopWaitMs;
    const quint64 leavingId = torrents.addLeavingTorrent(torrent, std::move(leaving), deadline);
    leave(*torrents.findKept(leavingId));
    return leavingId;
}

void AnnounceScheduler::leaveAfterSilence(TrackerState &tracker, int slotIndex)
{
    AnnounceSlot &slot = tracker.announceSlots[slotIndex];
    if (slot.isBusy())
        return;
    slot.nextEvent = AnnounceEvent::Stopped;
    slot.nextAnnounceMs = m_clock->nowMs();
}

QList<quint64> AnnounceScheduler::finishedRemovals(const TorrentTable::Torrents &torrents,
                                                   qint64 nowMs)
{
    QList<quint64> finished;
    for (const auto &[id, torrent] : torrents) {
        if (!torrent.removed)
            continue;
        bool waiting = false;
        for (const TrackerState &tracker : torrent.trackers) {
            for (const AnnounceSlot &slot : tracker.announceSlots)
                waiting = waiting || slot.isBusy() || slot.nextAnnounceMs >= 0;
        }
        if (!waiting || torrent.removalDeadlineMs <= nowMs)
            finished.append(id);
    }
    return finished;
}

qint64 AnnounceScheduler::nextPlannedMs(const TorrentTable::Torrents &torrents)
{
    qint64 next = -1;
    const auto consider = [&next](qint64 at) {
        if (at >= 0 && (next < 0 || at < next))
            next = at;
    };
    for (const auto &[id, torrent] : torrents) {
        if (torrent.removed)
            consider(torrent.removalDeadlineMs);
        for (const TrackerState &tracker : torrent.trackers) {
            for (const AnnounceSlot &slot : tracker.announceSlots)
                consider(slot.nextAnnounceMs);
        }
    }
    return next;
}

bool AnnounceScheduler::hasWork(const TorrentTable::Torrents &torrents, qint64 nowMs)
{
    for (const auto &[id, torrent] : torrents) {
        if (torrent.removed)
            return true;
        for (const TrackerState &tracker : torrent.trackers) {
            for (const AnnounceSlot &slot : tracker.announceSlots) {
                if (slot.isBusy() || (slot.nextAnnounceMs >= 0 && slot.nextAnnounceMs <= nowMs))
                    return true;
            }
        }
    }
    return false;
}
