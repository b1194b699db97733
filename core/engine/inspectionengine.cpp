#include "engine/inspectionengine.h"

#include "engine/trackerclientfactory.h"
#include "engine/trackerlistedit.h"
#include "engine/trackerstateupdater.h"
#include "tracker/steadyclock.h"
#include "tracker/trackerclient.h"

#include <QSet>
#include <algorithm>
#include <limits>

InspectionEngine::InspectionEngine(std::unique_ptr<TrackerClientFactory> factory, QObject *parent)
    : InspectionEngine(std::move(factory), std::make_unique<SteadyClock>(), parent)
{}

InspectionEngine::InspectionEngine(std::unique_ptr<TrackerClientFactory> factory,
                                   std::unique_ptr<EngineClock> clock, QObject *parent)
    : QObject(parent)
    , m_policy(m_settings)
    , m_peerId(AnnounceIdentity::makePeerId(m_settings.identity.peerIdPrefix))
    , m_clock(clock ? clock.release() : new SteadyClock)
    , m_torrents(m_settings)
    , m_changes(m_settings)
    , m_inbox([this](const ClientReport &report) { handleReport(report); })
    , m_clients(std::move(factory), m_clock, m_settings, m_inbox)
    , m_scheduler(m_settings, m_policy, m_clock, m_changes)
    , m_announces(m_torrents, m_clients, m_settings, m_policy, m_peerId, m_clock, m_changes)
    , m_scrapes(m_torrents, m_clients, m_settings, m_clock, m_changes)
{
    m_clock->setParent(this);
    m_wakeTimer.setSingleShot(true);
    m_dueWorkTimer.setSingleShot(true);
    connect(&m_wakeTimer, &QTimer::timeout, this, &InspectionEngine::processDueWork);
    connect(&m_dueWorkTimer, &QTimer::timeout, this, &InspectionEngine::processDueWork);
    connect(&m_changes, &ChangeGatherer::windowEnded, this, &InspectionEngine::flushChanges);
    // Idleness is decided again once nothing waits in the inbox.
    connect(&m_inbox, &ReportInbox::drained, this, &InspectionEngine::requestWake);
    connect(m_clock, &EngineClock::advanced, this, &InspectionEngine::requestWake);
}

InspectionEngine::~InspectionEngine()
{
    m_announces.cancelAll();
    m_scrapes.cancelAll();
}

void InspectionEngine::setSettings(const EngineSettings &settings)
{
    const bool newIdentity = settings.identity.peerIdPrefix != m_settings.identity.peerIdPrefix;
    m_settings = settings;
    m_policy = AnnouncePolicy(m_settings);
    if (newIdentity)
        m_peerId = AnnounceIdentity::makePeerId(m_settings.identity.peerIdPrefix);
    for (auto &[id, torrent] : m_torrents.torrents())
        torrent.peers.setCapacity(m_settings.peerCapPerTorrent);
    m_clients.applySettings();
    requestWake();
}

quint64 InspectionEngine::addTorrent(const Metainfo &metainfo,
                                     const QList<QList<TrackerUrl>> &extraTiers, quint64 openOrder)
{
    if (m_shuttingDown)
        return 0;
    TorrentState &torrent = m_torrents.addTorrent(metainfo, extraTiers, openOrder);
    const quint64 id = torrent.id;
    m_idle = false;
    Q_EMIT torrentAdded(id);
    startTorrent(torrent);
    requestWake();
    return id;
}

void InspectionEngine::startTorrent(TorrentState &torrent)
{
    const bool scrapeOnly = m_settings.contactMode == EngineSettings::ContactMode::ScrapeOnly;
    // Trackers that are announced to are scraped right after their first announce (see
    // completeAnnounce): UDP then reuses the connection id, and dead trackers are not asked twice.
    if (scrapeOnly || (m_settings.scrapeOnLoad && m_settings.behaveLikeClient))
        m_scrapes.wantTorrent(torrent.id);
    else if (m_settings.scrapeOnLoad)
        m_scrapes.noteUnscraped(torrent);
    if (!scrapeOnly)
        m_scheduler.planStart(torrent);
}

void InspectionEngine::removeTorrent(quint64 torrentId)
{
    TorrentState *torrent = m_torrents.find(torrentId);
    if (!torrent)
        return;
    torrent->removed = true;
    torrent->removalDeadlineMs = m_clock->nowMs() + m_settings.stopWaitMs;
    Q_EMIT torrentRemoved(torrentId);
    m_scheduler.leave(*torrent);
    requestWake();
}

void InspectionEngine::forgetTorrent(quint64 torrentId)
{
    m_queue.release(m_announces.cancelIf([torrentId](const AnnounceRequests::Pending &pending) {
        return pending.torrentId == torrentId;
    }));
    m_queue.dropAnnounces(
        [torrentId](const RequestQueue::Entry &entry) { return entry.torrentId == torrentId; });
    m_torrents.erase(torrentId);
    m_changes.forgetTorrent(torrentId);
    requestWake();
}

TrackerId InspectionEngine::addTracker(quint64 torrentId, const TrackerUrl &url, int tier)
{
    TorrentState *torrent = m_torrents.find(torrentId);
    if (!torrent)
        return {};
    // A URL the torrent itself lists (put back by an undo or an edit) is the torrent's own, not
    // one the user added: on a private torrent it must not come back disabled (BEP 27).
    bool listedByTorrent = false;
    for (const QList<TrackerUrl> &listed : torrent->metainfo.trackerTiers) {
        for (const TrackerUrl &own : listed)
            listedByTorrent = listedByTorrent || own.text() == url.text();
    }
    torrent->trackers.append(
        m_torrents.makeTracker(*torrent, url, std::max(tier, 0), !listedByTorrent));
    const TrackerId trackerId = torrent->trackers.last().id;
    if (torrent->tierOrder.isEmpty())
        torrent->tierOrder.append(QList<TrackerId>());
    torrent->tierOrder.last().append(trackerId);
    Q_EMIT trackerAdded(torrentId, trackerId);
    TrackerState *tracker = torrent->trackerWithId(trackerId);
    if (tracker && m_settings.contactMode != EngineSettings::ContactMode::ScrapeOnly &&
        !m_settings.behaveLikeClient)
        m_scheduler.plan(*torrent, *tracker, AnnounceEvent::Started, m_clock->nowMs());
    m_scrapes.want({url.text()});
    requestWake();
    return trackerId;
}

void InspectionEngine::removeTracker(quint64 torrentId, TrackerId trackerId)
{
    TorrentState *torrent = m_torrents.find(torrentId);
    if (!torrent || !torrent->trackerWithId(trackerId))
        return;
    removeTrackers(*torrent, {trackerId});
    requestWake();
}

// Takes trackers out of the torrent's list: gone for readers at once, with their waiting
// announces and the peers only they returned. Those that joined the swarm leave it still
// (AnnounceScheduler::leaveRemoved), their announces in flight going with them.
void InspectionEngine::removeTrackers(TorrentState &torrent, const QList<TrackerId> &trackerIds)
{
    const QSet<TrackerId> removed(trackerIds.cbegin(), trackerIds.cend());
    m_queue.dropAnnounces(
        [&removed](const RequestQueue::Entry &entry) { return removed.contains(entry.trackerId); });
    const QList<TrackerState> taken = TorrentTable::takeTrackers(torrent, removed);
    torrent.peers.removeTrackers(trackerIds); // one pass over the peers for all of them
    m_changes.markPeers(torrent.id);
    const quint64 leavingId =
        m_scheduler.leaveRemoved(m_torrents, torrent, taken, [this](TrackerId trackerId, int slot) {
            return m_announces.isInFlight(trackerId, slot);
        });
    if (leavingId != 0)
        m_announces.moveToTorrent(removed, leavingId);
    // The last first, as before the split: a view removes rows from its end most cheaply.
    for (auto tracker = taken.crbegin(); tracker != taken.crend(); ++tracker) {
        m_changes.forgetTracker(tracker->id);
        Q_EMIT trackerRemoved(torrent.id, tracker->id);
    }
}

void InspectionEngine::setTrackerEnabled(quint64 torrentId, TrackerId trackerId, bool enabled)
{
    TorrentState *torrent = m_torrents.find(torrentId);
    TrackerState *tracker = torrent ? torrent->trackerWithId(trackerId) : nullptr;
    if (!tracker || tracker->disabled == !enabled)
        return;
    tracker->disabled = !enabled;
    tracker->disabledReason = enabled ? QString() : tr("Disabled by the user.");
    TrackerStateUpdater::summarise(*tracker);
    m_changes.markTracker(torrentId, trackerId);
    m_scheduler.planEnabledChange(*torrent, *tracker);
    requestWake();
}

void InspectionEngine::setTrackerIgnoresCertificateErrors(quint64 torrentId, TrackerId trackerId,
                                                          bool ignores)
{
    TrackerState *tracker = m_torrents.findTracker(torrentId, trackerId);
    if (!tracker || tracker->ignoresCertificateErrors == ignores)
        return;
    tracker->ignoresCertificateErrors = ignores;
    m_changes.markTracker(torrentId, trackerId);
}

void InspectionEngine::setTrackerList(quint64 torrentId, const QList<QList<TrackerUrl>> &tiers)
{
    TorrentState *torrent = m_torrents.find(torrentId);
    if (!torrent)
        return;
    const TrackerListEdit edit(*torrent, tiers);
    if (!edit.removed().isEmpty())
        removeTrackers(*torrent, edit.removed());
    const QList<TrackerId> moved = edit.moveToTiers(*torrent);
    for (const TrackerId trackerId : moved)
        m_changes.markTracker(torrentId, trackerId);
    const QList<std::pair<TrackerUrl, int>> added = edit.missing(*torrent);
    for (const auto &[url, tier] : added)
        addTracker(torrentId, url, tier);
    edit.rebuildTierOrder(*torrent);
    m_scheduler.planStartIfUncontacted(*torrent);
    if (!edit.removed().isEmpty() || !moved.isEmpty() || !added.isEmpty())
        m_idle = false; // a new round: becameIdle follows when it is over
    requestWake();
}

void InspectionEngine::reannounce(quint64 torrentId, TrackerId trackerId)
{
    m_torrents.forEachTracker(torrentId, trackerId,
                              [this](TorrentState &torrent, TrackerState &tracker) {
                                  m_scheduler.planManual(torrent, tracker);
                              });
    requestWake();
}

void InspectionEngine::sendEvent(AnnounceEvent event, quint64 torrentId, TrackerId trackerId)
{
    const qint64 now = m_clock->nowMs();
    m_torrents.forEachTracker(torrentId, trackerId,
                              [&](TorrentState &torrent, TrackerState &tracker) {
                                  m_scheduler.plan(torrent, tracker, event, now);
                              });
    requestWake();
}

void InspectionEngine::scrapeNow(quint64 torrentId)
{
    m_scrapes.wantTorrent(torrentId);
    requestWake();
}

int InspectionEngine::announceWith(quint64 torrentId, TrackerId trackerId,
                                   const AnnounceOverrides &overrides)
{
    if (m_shuttingDown)
        return 0;
    const auto shared = std::make_shared<const AnnounceOverrides>(overrides);
    int queued = 0;
    m_torrents.forEachTracker(
        torrentId, trackerId, [&](TorrentState &torrent, TrackerState &tracker) {
            if (tracker.disabled)
                return;
            for (int slot = 0; slot < tracker.announceSlots.size(); ++slot) {
                RequestQueue::Entry entry{
                    RequestQueue::Entry::Kind::Announce, torrent.id, tracker.id, slot, {}, shared};
                m_queue.enqueue(entry, overrides.event == AnnounceEvent::Stopped
                                           ? RequestQueue::Priority::Urgent
                                           : RequestQueue::Priority::Normal);
                ++queued;
            }
        });
    if (queued > 0)
        m_idle = false;
    requestWake();
    return queued;
}

QStringList InspectionEngine::unsentOverrides(quint64 torrentId, TrackerId trackerId,
                                              const AnnounceOverrides &overrides)
{
    const TrackerState *tracker = m_torrents.findTracker(torrentId, trackerId);
    TrackerClient *client = tracker ? m_clients.clientFor(tracker->url.protocol()) : nullptr;
    return client ? client->unsentOverrides(overrides) : QStringList();
}

void InspectionEngine::shutdown()
{
    const bool wasShuttingDown = std::exchange(m_shuttingDown, true);
    if (!wasShuttingDown)
        Q_EMIT shutdownStarted();
    const qint64 deadline = m_clock->nowMs() + m_settings.stopWaitMs;
    for (auto &[id, torrent] : m_torrents.torrents()) {
        if (!torrent.removed)
            removeTorrent(id);
        else // trackers still leaving get no longer than the rest
            torrent.removalDeadlineMs = std::min(torrent.removalDeadlineMs, deadline);
    }
    requestWake();
}

QList<quint64> InspectionEngine::torrentIds() const
{
    return m_torrents.ids();
}

std::optional<TorrentSnapshot> InspectionEngine::torrent(quint64 torrentId) const
{
    const TorrentState *found = m_torrents.find(torrentId);
    return found ? std::optional<TorrentSnapshot>(found->snapshot()) : std::nullopt;
}

std::optional<TrackerState> InspectionEngine::tracker(quint64 torrentId, TrackerId trackerId) const
{
    const TorrentState *torrent = m_torrents.find(torrentId);
    const TrackerState *found = torrent ? torrent->trackerWithId(trackerId) : nullptr;
    return found ? std::optional<TrackerState>(*found) : std::nullopt;
}

QList<QList<TrackerId>> InspectionEngine::announceOrder(quint64 torrentId) const
{
    const TorrentState *found = m_torrents.find(torrentId);
    return found ? found->tierOrder : QList<QList<TrackerId>>();
}

const PeerRegistry *InspectionEngine::peers(quint64 torrentId) const
{
    const TorrentState *found = m_torrents.find(torrentId);
    return found ? &found->peers : nullptr;
}

void InspectionEngine::handleReport(const ClientReport &report)
{
    if (!report.result)
        handleRequestCompleted(report.key());
    else if (const auto *announce = std::get_if<AnnounceResult>(&*report.result))
        m_announces.applyResult(report.key(), *announce);
    else
        m_scrapes.applyResult(report.key(), std::get<ScrapeResult>(*report.result));
}

void InspectionEngine::handleRequestCompleted(const RequestKey &key)
{
    if (const std::optional<AnnounceRequests::Pending> pending = m_announces.take(key)) {
        m_queue.release();
        completeAnnounce(*pending);
    } else if (m_scrapes.complete(key)) {
        m_queue.release();
    } else {
        return;
    }
    pumpQueue();
    requestWake();
}

void InspectionEngine::completeAnnounce(const AnnounceRequests::Pending &pending)
{
    TorrentState *torrent = m_torrents.findKept(pending.torrentId);
    TrackerState *tracker = torrent ? torrent->trackerWithId(pending.trackerId) : nullptr;
    if (!tracker)
        return;
    if (pending.flight.chosen) {
        completeChosenAnnounce(*torrent, *tracker);
        return;
    }
    const AnnounceEvent event = pending.flight.event;
    const bool keepAnnouncing = !torrent->removed && !m_shuttingDown && !tracker->disabled &&
                                m_settings.contactMode == EngineSettings::ContactMode::Continuous;
    TrackerStateUpdater::finishAnnounce(*tracker, pending.slotIndex, pending.flight, m_policy,
                                        keepAnnouncing, m_clock->nowMs());
    m_changes.markTracker(pending.torrentId, tracker->id);
    const bool reached =
        tracker->status != TrackerStatus::Timeout && tracker->status != TrackerStatus::Unreachable;
    if (m_settings.scrapeOnLoad && !m_settings.behaveLikeClient && !torrent->removed &&
        event == AnnounceEvent::Started && reached && tracker->scrape.lastScrapeMs < 0)
        m_scrapes.wantFirstScrape(tracker->url.text(), torrent->id);
    m_scheduler.afterAnnounce(*torrent, *tracker, event);
}

void InspectionEngine::completeChosenAnnounce(TorrentState &torrent, TrackerState &tracker)
{
    TrackerStateUpdater::summarise(tracker);
    m_changes.markTracker(torrent.id, tracker.id);
    const bool reached =
        tracker.status != TrackerStatus::Timeout && tracker.status != TrackerStatus::Unreachable;
    // The counts after it: `completed` shows in the scrape's downloaded count.
    if (m_settings.scrapeOnLoad && reached && !torrent.removed &&
        !m_scrapes.isActive(tracker.url.text()))
        m_scrapes.want({tracker.url.text()});
}

void InspectionEngine::requestWake()
{
    if (!m_dueWorkTimer.isActive())
        m_dueWorkTimer.start(0);
}

void InspectionEngine::processDueWork()
{
    const qint64 now = m_clock->nowMs();
    expireRequests(now);
    for (quint64 torrentId : AnnounceScheduler::finishedRemovals(m_torrents.torrents(), now))
        forgetTorrent(torrentId);
    m_scheduler.queueDue(m_torrents.torrents(), m_queue, now);
    m_scrapes.planPeriodic(now, m_shuttingDown);
    m_scrapes.queueWanted(m_queue, m_shuttingDown);
    pumpQueue();
    scheduleWake(now);
    if (m_shuttingDown && m_torrents.isEmpty() && !m_shutdownSignalled) {
        m_shutdownSignalled = true;
        Q_EMIT shutdownFinished();
    }
    updateIdle();
}

void InspectionEngine::expireRequests(qint64 nowMs)
{
    for (const AnnounceRequests::Pending &pending : m_announces.expire(nowMs)) {
        m_queue.release();
        completeAnnounce(pending);
        // Leaving, a `started` with no answer in time may still have been taken.
        TorrentState *torrent = m_torrents.findKept(pending.torrentId);
        TrackerState *tracker = torrent ? torrent->trackerWithId(pending.trackerId) : nullptr;
        if (tracker && torrent->removed && pending.flight.event != AnnounceEvent::Stopped &&
            !pending.flight.chosen)
            m_scheduler.leaveAfterSilence(*tracker, pending.slotIndex);
    }
    m_queue.release(m_scrapes.expire(nowMs));
}

void InspectionEngine::pumpQueue()
{
    m_queue.pump(m_settings.concurrencyLimit, [this](const RequestQueue::Entry &entry) {
        return entry.kind == RequestQueue::Entry::Kind::Scrape
                   ? m_scrapes.start(entry.scrapeGroup)
                   : m_announces.start(entry, m_shuttingDown);
    });
}

void InspectionEngine::scheduleWake(qint64 nowMs)
{
    qint64 next = -1;
    for (const qint64 at : {AnnounceScheduler::nextPlannedMs(m_torrents.torrents()),
                            m_announces.earliestDeadlineMs(), m_scrapes.nextDueMs()}) {
        if (at >= 0 && (next < 0 || at < next))
            next = at;
    }
    if (next >= 0 && m_clock->movesByItself())
        m_wakeTimer.start(
            int(std::clamp<qint64>(next - nowMs, 0, std::numeric_limits<int>::max())));
    else
        m_wakeTimer.stop();
}

bool InspectionEngine::isIdle() const
{
    if (m_queue.inFlight() > 0 || !m_queue.isEmpty() || !m_inbox.isEmpty() || !m_scrapes.isIdle())
        return false;
    return !AnnounceScheduler::hasWork(m_torrents.torrents(), m_clock->nowMs());
}

void InspectionEngine::updateIdle()
{
    const bool idle = isIdle();
    if (idle && !m_idle) {
        m_idle = true;
        flushChanges();
        Q_EMIT becameIdle();
    } else if (!idle) {
        m_idle = false;
    }
}

void InspectionEngine::flushChanges()
{
    for (quint64 torrentId : m_changes.takePeers()) {
        TorrentState *torrent = m_torrents.find(torrentId);
        if (!torrent)
            continue;
        for (const TrackerId trackerId : TorrentTable::countPeersPerTracker(*torrent))
            m_changes.markTracker(torrentId, trackerId);
        Q_EMIT peersChanged(torrentId, torrent->peers.count());
    }
    for (const auto &[torrentId, trackerId] : m_changes.takeTrackers()) {
        if (m_torrents.findTracker(torrentId, trackerId))
            Q_EMIT trackerChanged(torrentId, trackerId);
    }
}
