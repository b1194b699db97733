// InspectionEngine, part two: announces — planning, sending, results, BEP 12 tiers, stopped.
#include "engine/inspectionengine.h"

#include "engine/engineclock.h"
#include "engine/trackerclientfactory.h"
#include "engine/trackerstateupdater.h"
#include "tracker/trackerclient.h"

TrackerClient *InspectionEngine::clientFor(TrackerProtocol protocol)
{
    const auto found = m_clients.constFind(protocol);
    if (found != m_clients.constEnd())
        return *found;
    TrackerClient *client =
        m_factory ? m_factory->createClient(protocol, m_settings, this) : nullptr;
    m_clients.insert(protocol, client);
    if (!client)
        return nullptr;
    // Reports wait in the inbox: a thousand replies read in one turn of the event loop are
    // handled over several turns, so the window never stalls (inspectionengine_inbox.cpp).
    connect(client, &TrackerClient::announceFinished, this,
            [this, client](quint64 requestId, const AnnounceResult &result) {
                receiveReport({client, requestId, result});
            });
    connect(client, &TrackerClient::scrapeFinished, this,
            [this, client](quint64 requestId, const ScrapeResult &result) {
                receiveReport({client, requestId, result});
            });
    connect(client, &TrackerClient::requestCompleted, this, [this, client](quint64 requestId) {
        receiveReport({client, requestId, std::nullopt});
    });
    return client;
}

void InspectionEngine::planAnnounce(TorrentState &torrent, TrackerState &tracker,
                                    AnnounceEvent event, qint64 atMs)
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
    markTrackerChanged(torrent.id, tracker.id);
}

void InspectionEngine::startDueAnnounces(qint64 nowMs)
{
    for (auto &[id, torrent] : m_torrents) {
        for (TrackerState &tracker : torrent.trackers) {
            for (int s = 0; s < tracker.announceSlots.size(); ++s) {
                AnnounceSlot &slot = tracker.announceSlots[s];
                if (slot.isBusy() || slot.nextAnnounceMs < 0 || slot.nextAnnounceMs > nowMs)
                    continue;
                if (torrent.removed && slot.nextEvent != AnnounceEvent::Stopped) {
                    slot.nextAnnounceMs = -1;
                    continue;
                }
                slot.nextAnnounceMs = -1;
                slot.busy = true; // queued
                const bool urgent = slot.nextEvent == AnnounceEvent::Stopped;
                enqueueAnnounce(id, tracker.id, s, urgent);
            }
        }
    }
}

void InspectionEngine::enqueueAnnounce(quint64 torrentId, TrackerId trackerId, int slotIndex,
                                       bool urgent)
{
    QueuedRequest queued;
    queued.announce = PendingAnnounce{torrentId, trackerId, slotIndex, {}};
    if (urgent)
        m_queue.push_front(queued);
    else
        m_queue.push_back(queued);
}

AnnounceRequest InspectionEngine::makeAnnounceRequest(const TorrentState &torrent,
                                                      const TrackerState &tracker,
                                                      const AnnounceSlot &slot,
                                                      AnnounceEvent event) const
{
    const AnnounceIdentity &identity = m_settings.identity;
    AnnounceRequest request;
    request.trackerUrl = tracker.url.url();
    request.infoHash = torrent.trackerHash(slot.hashVersion);
    request.peerId = m_peerId;
    request.port = identity.port;
    request.uploaded = identity.uploaded;
    request.downloaded = identity.downloaded;
    request.left = identity.left >= 0                ? identity.left
                   : torrent.metainfo.totalSize >= 0 ? torrent.metainfo.totalSize
                                                     : AnnounceIdentity::kUnknownSizeLeft;
    request.event = event;
    request.numwant = event == AnnounceEvent::Stopped ? 0 : identity.numwant;
    request.key = torrent.key;
    request.trackerId = slot.trackerId;
    // Certificate errors are errors, unless the user chose to report them and go on (for every
    // tracker, or for this one).
    request.ignoreCertificateErrors =
        m_settings.tlsPolicy == EngineSettings::TlsPolicy::ReportAndContinue ||
        tracker.ignoresCertificateErrors;
    return request;
}

bool InspectionEngine::startAnnounce(const PendingAnnounce &pending)
{
    const auto found = m_torrents.find(pending.torrentId);
    TrackerState *foundTracker =
        found == m_torrents.end() ? nullptr : found->second.trackerWithId(pending.trackerId);
    if (!foundTracker)
        return false;
    TorrentState &torrent = found->second;
    TrackerState &tracker = *foundTracker;
    AnnounceSlot &slot = tracker.announceSlots[pending.slotIndex];
    slot.busy = false; // out of the queue; busy again while a request is out
    if ((tracker.disabled || torrent.removed || m_shuttingDown) &&
        slot.nextEvent != AnnounceEvent::Stopped)
        return false;
    TrackerClient *client = clientFor(tracker.url.protocol());
    const qint64 now = m_clock->nowMs();
    if (!client) {
        AnnounceResult result;
        result.outcome = ExchangeOutcome::Unsupported;
        result.errorMessage =
            tr("%1 trackers are not supported yet.").arg(tracker.url.protocolName().toUpper());
        AnnounceFlight flight =
            TrackerStateUpdater::beginAnnounce(tracker, pending.slotIndex, slot.nextEvent, now);
        TrackerStateUpdater::applyAnnounceResult(tracker, pending.slotIndex, flight, result, {},
                                                 now, m_settings.exchangeLogCapacity);
        TrackerStateUpdater::finishAnnounce(tracker, pending.slotIndex, flight, m_policy, false,
                                            now);
        markTrackerChanged(pending.torrentId, pending.trackerId);
        return false;
    }
    const AnnounceEvent event = slot.nextEvent;
    PendingAnnounce sent = pending;
    sent.flight = TrackerStateUpdater::beginAnnounce(tracker, pending.slotIndex, event, now);
    sent.flight.deadlineMs = now + m_settings.requestTimeoutMs;
    const quint64 requestId = client->announce(makeAnnounceRequest(torrent, tracker, slot, event));
    m_pendingAnnounces.insert({client, requestId}, sent);
    markTrackerChanged(pending.torrentId, pending.trackerId);
    return true;
}

void InspectionEngine::handleAnnounceFinished(TrackerClient *client, quint64 requestId,
                                              const AnnounceResult &result)
{
    const auto found = m_pendingAnnounces.find({client, requestId});
    if (found == m_pendingAnnounces.end())
        return;
    PendingAnnounce &pending = *found;
    TorrentState &torrent = m_torrents[pending.torrentId];
    TrackerState *foundTracker = torrent.trackerWithId(pending.trackerId);
    if (!foundTracker)
        return; // removed meanwhile (its request is cancelled then: this cannot come)
    TrackerState &tracker = *foundTracker;
    const qint64 now = m_clock->nowMs();
    ReplyLinter::AnnounceContext context;
    context.isHttp = tracker.url.protocol() == TrackerProtocol::Http ||
                     tracker.url.protocol() == TrackerProtocol::Https;
    context.numwant = m_settings.identity.numwant;
    context.ourPort = m_settings.identity.port;
    context.ourPeerId = m_peerId;
    const QString host = tracker.url.url().host();
    context.trackerAddress = host.compare(u"localhost", Qt::CaseInsensitive) == 0
                                 ? QHostAddress(QHostAddress::LocalHost)
                                 : QHostAddress(host);
    const int endpointIndex =
        TrackerStateUpdater::applyAnnounceResult(tracker, pending.slotIndex, pending.flight, result,
                                                 context, now, m_settings.exchangeLogCapacity);
    const AnnounceEvent event = pending.flight.event;
    if (result.succeeded() && !result.peers.isEmpty() && event != AnnounceEvent::Stopped) {
        QList<TrackerPeer> others = result.peers; // we are no peer of our own
        others.removeIf(
            [&](const TrackerPeer &peer) { return ReplyLinter::isOwnPeer(peer, result, context); });
        torrent.peers.add(others, tracker.id, now);
        markPeersChanged(pending.torrentId);
    }
    checkDuplicateEndpoints(torrent, tracker, endpointIndex);
    markTrackerChanged(pending.torrentId, tracker.id);
}

void InspectionEngine::handleRequestCompleted(TrackerClient *client, quint64 requestId)
{
    const RequestKey key{client, requestId};
    const auto announce = m_pendingAnnounces.constFind(key);
    if (announce != m_pendingAnnounces.constEnd()) {
        const PendingAnnounce pending = *announce;
        m_pendingAnnounces.erase(announce);
        --m_inFlight;
        completeAnnounce(pending);
    } else if (m_pendingScrapes.contains(key)) {
        completeScrape(key);
    } else {
        return;
    }
    pumpQueue();
    requestWake();
}

void InspectionEngine::completeAnnounce(const PendingAnnounce &pending)
{
    TorrentState &torrent = m_torrents[pending.torrentId];
    TrackerState *foundTracker = torrent.trackerWithId(pending.trackerId);
    if (!foundTracker)
        return;
    TrackerState &tracker = *foundTracker;
    const AnnounceEvent event = pending.flight.event;
    const bool keepAnnouncing = !torrent.removed && !m_shuttingDown && !tracker.disabled &&
                                m_settings.contactMode == EngineSettings::ContactMode::Continuous;
    TrackerStateUpdater::finishAnnounce(tracker, pending.slotIndex, pending.flight, m_policy,
                                        keepAnnouncing, m_clock->nowMs());
    markTrackerChanged(pending.torrentId, tracker.id);
    const bool reached =
        tracker.status != TrackerStatus::Timeout && tracker.status != TrackerStatus::Unreachable;
    if (m_settings.scrapeOnLoad && !m_settings.behaveLikeClient && !torrent.removed &&
        event == AnnounceEvent::Started && reached && tracker.scrape.lastScrapeMs < 0 &&
        !m_activeScrapes.contains(tracker.url.text()))
        scrapeGroups({tracker.url.text()});
    afterAnnounceCompleted(torrent, tracker, event);
}

void InspectionEngine::afterAnnounceCompleted(TorrentState &torrent, TrackerState &tracker,
                                              AnnounceEvent event)
{
    const qint64 now = m_clock->nowMs();
    const bool passive = m_settings.contactMode == EngineSettings::ContactMode::Passive;
    if (torrent.removed || tracker.disabled || (passive && event != AnnounceEvent::Stopped)) {
        // Leave the swarm: `stopped` wherever `started` was accepted.
        for (AnnounceSlot &slot : tracker.announceSlots) {
            if (slot.registered && !slot.isBusy()) {
                slot.nextEvent = AnnounceEvent::Stopped;
                slot.nextAnnounceMs = now;
            }
        }
    }
    if (m_settings.behaveLikeClient && !torrent.removed && !tracker.isBusy()) {
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
}

void InspectionEngine::advanceClientTier(TorrentState &torrent, TrackerState &failed)
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
            planAnnounce(torrent, *next, AnnounceEvent::Started, m_clock->nowMs());
        return;
    }
    // Every tracker failed: start over from the first after the last one's back-off.
    if (retryAt < 0 || order.first() == failed.id)
        return;
    for (AnnounceSlot &slot : failed.announceSlots)
        slot.nextAnnounceMs = -1;
    if (TrackerState *first = torrent.trackerWithId(order.first()))
        planAnnounce(torrent, *first, AnnounceEvent::Started, retryAt);
}

void InspectionEngine::checkDuplicateEndpoints(TorrentState &torrent, TrackerState &tracker,
                                               int endpointIndex)
{
    if (endpointIndex < 0 || endpointIndex >= tracker.endpoints.size())
        return;
    const TrackerEndpointState &endpoint = tracker.endpoints[endpointIndex];
    if (endpoint.address.isNull() || !trackerStatusIsWorking(endpoint.status))
        return;
    const QString where = endpoint.addressText();
    QList<TrackerId> &owners =
        torrent.trackersByEndpoint[TorrentState::endpointKey(tracker, endpoint)];
    if (owners.contains(tracker.id))
        return;
    for (const TrackerId other : std::as_const(owners)) {
        TrackerState *found = torrent.trackerWithId(other);
        if (!found)
            continue;
        TrackerState &otherTracker = *found;
        if (otherTracker.url.text() == tracker.url.text())
            continue;
        mergeFinding(tracker.findings,
                     ReplyLinter::duplicateTracker(otherTracker.url.text(), where));
        mergeFinding(otherTracker.findings,
                     ReplyLinter::duplicateTracker(tracker.url.text(), where));
        markTrackerChanged(torrent.id, other);
    }
    owners.append(tracker.id);
}

void InspectionEngine::sendStopped(TorrentState &torrent)
{
    const qint64 now = m_clock->nowMs();
    for (TrackerState &tracker : torrent.trackers) {
        for (AnnounceSlot &slot : tracker.announceSlots) {
            if (slot.isBusy())
                continue; // afterAnnounceCompleted sends it when the request ends
            slot.nextEvent = slot.registered ? AnnounceEvent::Stopped : AnnounceEvent::Started;
            slot.nextAnnounceMs = slot.registered ? now : -1;
        }
    }
}
