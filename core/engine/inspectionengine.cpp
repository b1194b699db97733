#include "engine/inspectionengine.h"

#include "engine/engineclock.h"
#include "engine/trackerclientfactory.h"
#include "engine/trackerstateupdater.h"
#include "tracker/steadyclock.h"
#include "tracker/trackerclient.h"

#include <QRandomGenerator>
#include <algorithm>
#include <random>

InspectionEngine::InspectionEngine(std::unique_ptr<TrackerClientFactory> factory, QObject *parent)
    : InspectionEngine(std::move(factory), std::make_unique<SteadyClock>(), parent)
{}

InspectionEngine::InspectionEngine(std::unique_ptr<TrackerClientFactory> factory,
                                   std::unique_ptr<EngineClock> clock, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_clock(clock ? clock.release() : new SteadyClock)
    , m_policy(m_settings)
    , m_peerId(AnnounceIdentity::makePeerId(m_settings.identity.peerIdPrefix))
{
    m_wakeTimer.setSingleShot(true);
    m_dueWorkTimer.setSingleShot(true);
    m_changeTimer.setSingleShot(true);
    connect(&m_wakeTimer, &QTimer::timeout, this, &InspectionEngine::processDueWork);
    connect(&m_dueWorkTimer, &QTimer::timeout, this, &InspectionEngine::processDueWork);
    connect(&m_changeTimer, &QTimer::timeout, this, &InspectionEngine::flushChanges);
    connect(&m_inboxTimer, &QTimer::timeout, this, &InspectionEngine::handleInbox);
    m_clock->setParent(this);
    connect(m_clock, &EngineClock::advanced, this, &InspectionEngine::requestWake);
    if (m_factory)
        m_factory->useClock(m_clock); // the clients time their requests on the engine's clock
}

InspectionEngine::~InspectionEngine()
{
    for (auto it = m_pendingAnnounces.cbegin(); it != m_pendingAnnounces.cend(); ++it)
        it.key().first->cancel(it.key().second);
    for (auto it = m_pendingScrapes.cbegin(); it != m_pendingScrapes.cend(); ++it)
        it.key().first->cancel(it.key().second);
}

void InspectionEngine::setSettings(const EngineSettings &settings)
{
    const bool newIdentity = settings.identity.peerIdPrefix != m_settings.identity.peerIdPrefix;
    m_settings = settings;
    m_policy = AnnouncePolicy(m_settings);
    if (newIdentity)
        m_peerId = AnnounceIdentity::makePeerId(m_settings.identity.peerIdPrefix);
    for (auto &[id, torrent] : m_torrents)
        torrent.peers.setCapacity(m_settings.peerCapPerTorrent);
    // The clients made so far take the new timeouts and user agent for their next requests.
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        if (it.value())
            m_factory->configureClient(it.value(), it.key(), m_settings);
    }
    requestWake();
}

TrackerState InspectionEngine::makeTracker(const TorrentState &torrent, const TrackerUrl &url,
                                           int tier, bool addedByUser)
{
    TrackerState tracker;
    tracker.id = TrackerId{++m_lastTrackerId};
    tracker.url = url;
    tracker.tier = tier;
    tracker.addedByUser = addedByUser;
    tracker.statistics =
        TrackerStatistics(m_settings.historyCapacity, m_settings.latencySampleCapacity);
    if (addedByUser && torrent.metainfo.isPrivate && !m_settings.allowExtraTrackersOnPrivate) {
        tracker.disabled = true;
        tracker.disabledReason = tr("Disabled: the torrent is private and this tracker is not "
                                    "one of its own (BEP 27).");
    }
    for (InfoHashVersion version : torrent.hashVersions()) {
        AnnounceSlot slot;
        slot.hashVersion = version;
        tracker.announceSlots.append(slot);
    }
    TrackerStateUpdater::summarise(tracker);
    return tracker;
}

quint64 InspectionEngine::addTorrent(const Metainfo &metainfo,
                                     const QList<QList<TrackerUrl>> &extraTiers, quint64 openOrder)
{
    const quint64 id = ++m_lastTorrentId;
    TorrentState &torrent = m_torrents[id];
    torrent.id = id;
    torrent.openOrder = openOrder == 0 ? id : openOrder;
    torrent.metainfo = metainfo;
    torrent.key = AnnounceIdentity::makeKey();
    torrent.peers.setCapacity(m_settings.peerCapPerTorrent);
    for (const MetainfoTracker &entry : metainfo.trackers())
        torrent.trackers.append(makeTracker(torrent, entry.url, entry.tier, false));
    QSet<QString> known;
    for (const TrackerState &tracker : std::as_const(torrent.trackers))
        known.insert(tracker.url.text());
    int extraTier = int(metainfo.trackerTiers.size());
    for (const QList<TrackerUrl> &tier : extraTiers) {
        bool any = false;
        for (const TrackerUrl &url : tier) {
            if (known.contains(url.text()))
                continue;
            known.insert(url.text());
            torrent.trackers.append(makeTracker(torrent, url, extraTier, true));
            any = true;
        }
        extraTier += any ? 1 : 0;
    }
    std::mt19937 shuffler(QRandomGenerator::global()->generate());
    for (const TrackerState &tracker : std::as_const(torrent.trackers)) {
        while (torrent.tierOrder.size() <= tracker.tier)
            torrent.tierOrder.append(QList<TrackerId>());
        torrent.tierOrder[tracker.tier].append(tracker.id);
    }
    for (QList<TrackerId> &tier : torrent.tierOrder)
        std::shuffle(tier.begin(), tier.end(), shuffler);
    torrent.tierOrder.removeIf([](const QList<TrackerId> &tier) { return tier.isEmpty(); });
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
        scrapeNow(torrent.id);
    if (scrapeOnly)
        return;
    const qint64 now = m_clock->nowMs();
    if (m_settings.behaveLikeClient) {
        if (!torrent.tierOrder.isEmpty()) {
            if (TrackerState *first = torrent.trackerWithId(torrent.tierOrder.first().first()))
                planAnnounce(torrent, *first, AnnounceEvent::Started, now);
        }
        return;
    }
    for (TrackerState &tracker : torrent.trackers)
        planAnnounce(torrent, tracker, AnnounceEvent::Started, now);
    requestWake();
}

void InspectionEngine::removeTorrent(quint64 torrentId)
{
    TorrentState *torrent = findTorrent(torrentId);
    if (!torrent)
        return;
    torrent->removed = true;
    torrent->removalDeadlineMs = m_clock->nowMs() + m_settings.stopWaitMs;
    Q_EMIT torrentRemoved(torrentId);
    sendStopped(*torrent);
    requestWake();
}

void InspectionEngine::forgetTorrent(quint64 torrentId)
{
    QList<RequestKey> cancelled;
    for (auto it = m_pendingAnnounces.cbegin(); it != m_pendingAnnounces.cend(); ++it) {
        if (it->torrentId == torrentId)
            cancelled.append(it.key());
    }
    for (const RequestKey &key : cancelled) {
        m_pendingAnnounces.remove(key);
        key.first->cancel(key.second);
        --m_inFlight;
    }
    std::erase_if(m_queue, [torrentId](const QueuedRequest &queued) {
        return !queued.isScrape && queued.announce.torrentId == torrentId;
    });
    m_torrents.erase(torrentId);
    m_changedPeers.remove(torrentId);
    requestWake();
}

TrackerId InspectionEngine::addTracker(quint64 torrentId, const TrackerUrl &url, int tier)
{
    TorrentState *torrent = findTorrent(torrentId);
    if (!torrent)
        return {};
    torrent->trackers.append(makeTracker(*torrent, url, std::max(tier, 0), true));
    TrackerState &tracker = torrent->trackers.last();
    if (torrent->tierOrder.isEmpty())
        torrent->tierOrder.append(QList<TrackerId>());
    torrent->tierOrder.last().append(tracker.id);
    const TrackerId trackerId = tracker.id;
    Q_EMIT trackerAdded(torrentId, trackerId);
    if (m_settings.contactMode != EngineSettings::ContactMode::ScrapeOnly &&
        !m_settings.behaveLikeClient)
        planAnnounce(*torrent, tracker, AnnounceEvent::Started, m_clock->nowMs());
    scrapeGroups({url.text()});
    return trackerId;
}

void InspectionEngine::removeTracker(quint64 torrentId, TrackerId trackerId)
{
    TorrentState *torrent = findTorrent(torrentId);
    if (!torrent || !removeTrackerAt(torrentId, indexOf(*torrent, trackerId)).isValid())
        return;
    torrent->peers.removeTracker(trackerId);
    markPeersChanged(torrentId);
    pumpQueue(); // the slots its requests held
    requestWake();
}

// Removes the tracker from the torrent and forgets its requests. Its peers stay, and nothing
// queued starts yet: the caller removes the peers (of several trackers in one pass) and pumps
// the queue once it is done. Returns the tracker's id, invalid when there was none.
TrackerId InspectionEngine::removeTrackerAt(quint64 torrentId, int trackerIndex)
{
    TorrentState *torrent = findTorrent(torrentId);
    if (!torrent || trackerIndex < 0 || trackerIndex >= torrent->trackers.size())
        return {};
    const TrackerId trackerId = torrent->trackers[trackerIndex].id;
    forgetRequestsOfRemovedTracker(trackerId);
    for (const TrackerEndpointState &endpoint : torrent->trackers[trackerIndex].endpoints) {
        const auto owners = torrent->trackersByEndpoint.find(
            TorrentState::endpointKey(torrent->trackers[trackerIndex], endpoint));
        if (owners != torrent->trackersByEndpoint.end())
            owners->removeAll(trackerId);
    }
    torrent->trackers.removeAt(trackerIndex);
    m_changedTrackers.remove(trackerId);
    for (QList<TrackerId> &tier : torrent->tierOrder)
        tier.removeAll(trackerId);
    torrent->tierOrder.removeIf([](const QList<TrackerId> &tier) { return tier.isEmpty(); });
    Q_EMIT trackerRemoved(torrentId, trackerId);
    return trackerId;
}

// Cancels the removed tracker's requests and drops its queued ones; a scrape under way skips it.
void InspectionEngine::forgetRequestsOfRemovedTracker(TrackerId trackerId)
{
    QList<RequestKey> cancelled;
    for (auto it = m_pendingAnnounces.cbegin(); it != m_pendingAnnounces.cend(); ++it) {
        if (it->trackerId == trackerId)
            cancelled.append(it.key());
    }
    for (const RequestKey &key : cancelled) {
        m_pendingAnnounces.remove(key);
        key.first->cancel(key.second);
        --m_inFlight;
    }
    std::erase_if(m_queue, [trackerId](const QueuedRequest &queued) {
        return !queued.isScrape && queued.announce.trackerId == trackerId;
    });
}

void InspectionEngine::setTrackerEnabled(quint64 torrentId, TrackerId trackerId, bool enabled)
{
    TrackerState *tracker = findTracker(torrentId, trackerId);
    if (!tracker || tracker->disabled == !enabled)
        return;
    tracker->disabled = !enabled;
    tracker->disabledReason = enabled ? QString() : tr("Disabled by the user.");
    TrackerStateUpdater::summarise(*tracker);
    markTrackerChanged(torrentId, trackerId);
    TorrentState *torrent = findTorrent(torrentId);
    if (!enabled) {
        // A tracker we joined hears `stopped` before it goes quiet.
        for (AnnounceSlot &slot : tracker->announceSlots) {
            slot.nextEvent = slot.registered ? AnnounceEvent::Stopped : AnnounceEvent::Started;
            slot.nextAnnounceMs = slot.registered ? m_clock->nowMs() : -1;
        }
    } else if (m_settings.contactMode != EngineSettings::ContactMode::ScrapeOnly) {
        planAnnounce(*torrent, *tracker, AnnounceEvent::Started, m_clock->nowMs());
    }
    requestWake();
}

void InspectionEngine::setTrackerIgnoresCertificateErrors(quint64 torrentId, TrackerId trackerId,
                                                          bool ignores)
{
    TrackerState *tracker = findTracker(torrentId, trackerId);
    if (!tracker || tracker->ignoresCertificateErrors == ignores)
        return;
    tracker->ignoresCertificateErrors = ignores;
    markTrackerChanged(torrentId, trackerId);
}

template<typename Visitor>
void InspectionEngine::forEachTracker(quint64 torrentId, TrackerId trackerId, Visitor visit)
{
    for (auto &[id, torrent] : m_torrents) {
        if (torrent.removed || (torrentId != 0 && id != torrentId))
            continue;
        for (TrackerState &tracker : torrent.trackers) {
            if (!trackerId.isValid() || tracker.id == trackerId)
                visit(torrent, tracker);
        }
    }
}

void InspectionEngine::reannounce(quint64 torrentId, TrackerId trackerId)
{
    const qint64 now = m_clock->nowMs();
    forEachTracker(torrentId, trackerId, [&](TorrentState &torrent, TrackerState &tracker) {
        for (AnnounceSlot &slot : tracker.announceSlots) {
            slot.retryNever = false; // the user's explicit choice overrides "retry in: never"
            if (!slot.registered)
                slot.nextEvent = AnnounceEvent::Started;
        }
        const qint64 since = tracker.lastAnnounceMs();
        const qint64 delay = m_policy.delayForManualAnnounce(since < 0 ? -1 : now - since);
        planAnnounce(torrent, tracker, tracker.announceSlots.value(0).nextEvent, now + delay);
    });
    requestWake();
}

void InspectionEngine::sendEvent(AnnounceEvent event, quint64 torrentId, TrackerId trackerId)
{
    const qint64 now = m_clock->nowMs();
    forEachTracker(torrentId, trackerId, [&](TorrentState &torrent, TrackerState &tracker) {
        planAnnounce(torrent, tracker, event, now);
    });
    requestWake();
}

void InspectionEngine::scrapeNow(quint64 torrentId)
{
    QSet<QString> groups;
    forEachTracker(torrentId, TrackerId{}, [&groups](TorrentState &, TrackerState &tracker) {
        if (!tracker.disabled && tracker.url.isSupported())
            groups.insert(tracker.url.text());
    });
    scrapeGroups(groups);
}

void InspectionEngine::shutdown()
{
    m_shuttingDown = true;
    for (auto &[id, torrent] : m_torrents) {
        if (!torrent.removed)
            removeTorrent(id);
    }
    requestWake();
}

TorrentState *InspectionEngine::findTorrent(quint64 torrentId)
{
    const auto found = m_torrents.find(torrentId);
    return found == m_torrents.end() || found->second.removed ? nullptr : &found->second;
}

TrackerState *InspectionEngine::findTracker(quint64 torrentId, TrackerId trackerId)
{
    TorrentState *torrent = findTorrent(torrentId);
    return torrent ? torrent->trackerWithId(trackerId) : nullptr;
}

int InspectionEngine::indexOf(const TorrentState &torrent, TrackerId trackerId)
{
    const TrackerState *tracker = torrent.trackerWithId(trackerId);
    return tracker ? int(tracker - torrent.trackers.constData()) : -1;
}

const AnnounceFlight *InspectionEngine::flightOf(TrackerId trackerId, int slotIndex) const
{
    for (const PendingAnnounce &pending : m_pendingAnnounces) {
        if (pending.trackerId == trackerId && pending.slotIndex == slotIndex)
            return &pending.flight;
    }
    return nullptr;
}

QList<quint64> InspectionEngine::torrentIds() const
{
    QList<quint64> ids;
    for (const auto &[id, torrent] : m_torrents) {
        if (!torrent.removed)
            ids.append(id);
    }
    return ids;
}

std::optional<TorrentSnapshot> InspectionEngine::torrent(quint64 torrentId) const
{
    const TorrentState *found = const_cast<InspectionEngine *>(this)->findTorrent(torrentId);
    return found ? std::optional<TorrentSnapshot>(found->snapshot()) : std::nullopt;
}

std::optional<TrackerState> InspectionEngine::tracker(quint64 torrentId, TrackerId trackerId) const
{
    const TrackerState *found =
        const_cast<InspectionEngine *>(this)->findTracker(torrentId, trackerId);
    return found ? std::optional<TrackerState>(*found) : std::nullopt;
}

QList<QList<TrackerId>> InspectionEngine::announceOrder(quint64 torrentId) const
{
    const TorrentState *found = const_cast<InspectionEngine *>(this)->findTorrent(torrentId);
    return found ? found->tierOrder : QList<QList<TrackerId>>();
}

const PeerRegistry *InspectionEngine::peers(quint64 torrentId) const
{
    const TorrentState *found = const_cast<InspectionEngine *>(this)->findTorrent(torrentId);
    return found ? &found->peers : nullptr;
}

void InspectionEngine::markTrackerChanged(quint64 torrentId, TrackerId trackerId)
{
    m_changedTrackers.insert(trackerId, torrentId);
    if (!m_changeTimer.isActive())
        m_changeTimer.start(m_settings.changeSignalDelayMs);
}

void InspectionEngine::markPeersChanged(quint64 torrentId)
{
    m_changedPeers.insert(torrentId);
    if (!m_changeTimer.isActive())
        m_changeTimer.start(m_settings.changeSignalDelayMs);
}

void InspectionEngine::flushChanges()
{
    const QSet<quint64> changedPeers = std::exchange(m_changedPeers, {});
    for (quint64 torrentId : changedPeers) {
        TorrentState *torrent = findTorrent(torrentId);
        if (!torrent)
            continue;
        for (int i = 0; i < torrent->trackers.size(); ++i) {
            TrackerState &tracker = torrent->trackers[i];
            const int peers = torrent->peers.peerCountFrom(tracker.id);
            const int unique = torrent->peers.uniquePeerCountFrom(tracker.id);
            if (peers != tracker.peerCount || unique != tracker.uniquePeersContributed) {
                tracker.peerCount = peers;
                tracker.uniquePeersContributed = unique;
                m_changedTrackers.insert(tracker.id, torrentId);
            }
        }
        Q_EMIT peersChanged(torrentId, torrent->peers.count());
    }
    QList<std::pair<quint64, TrackerId>> changed;
    for (auto it = m_changedTrackers.cbegin(); it != m_changedTrackers.cend(); ++it)
        changed.append({it.value(), it.key()});
    m_changedTrackers.clear();
    std::sort(changed.begin(), changed.end());
    for (const auto &[torrentId, trackerId] : changed) {
        if (findTracker(torrentId, trackerId))
            Q_EMIT trackerChanged(torrentId, trackerId);
    }
}
