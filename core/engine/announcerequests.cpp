#include "engine/announcerequests.h"

#include "engine/changegatherer.h"
#include "engine/trackerclientpool.h"
#include "engine/trackerstateupdater.h"
#include "tracker/trackerclient.h"

AnnounceRequests::AnnounceRequests(TorrentTable &torrents, TrackerClientPool &clients,
                                   const EngineSettings &settings, const AnnouncePolicy &policy,
                                   const QByteArray &peerId, EngineClock *clock,
                                   ChangeGatherer &changes)
    : m_torrents(torrents)
    , m_clients(clients)
    , m_settings(settings)
    , m_policy(policy)
    , m_peerId(peerId)
    , m_clock(clock)
    , m_changes(changes)
{}

AnnounceRequest AnnounceRequests::makeRequest(const TorrentState &torrent,
                                              const TrackerState &tracker, const AnnounceSlot &slot,
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

bool AnnounceRequests::start(const RequestQueue::Entry &entry, bool shuttingDown)
{
    TorrentState *torrent = m_torrents.findKept(entry.torrentId);
    TrackerState *tracker = torrent ? torrent->trackerWithId(entry.trackerId) : nullptr;
    if (!tracker)
        return false;
    if (entry.overrides)
        return startChosen(entry, *torrent, *tracker, shuttingDown);
    AnnounceSlot &slot = tracker->announceSlots[entry.slotIndex];
    slot.busy = false; // out of the queue; busy again while a request is out
    if ((tracker->disabled || torrent->removed || shuttingDown) &&
        slot.nextEvent != AnnounceEvent::Stopped)
        return false;
    Pending pending{entry.torrentId, entry.trackerId, entry.slotIndex, {}};
    TrackerClient *client = m_clients.clientFor(tracker->url.protocol());
    if (!client) {
        recordUnsupported(pending, *tracker);
        return false;
    }
    const qint64 now = m_clock->nowMs();
    const AnnounceEvent event = slot.nextEvent;
    pending.flight = TrackerStateUpdater::beginAnnounce(*tracker, entry.slotIndex, event, now);
    pending.flight.deadlineMs = now + m_settings.requestTimeoutMs;
    const quint64 requestId = client->announce(makeRequest(*torrent, *tracker, slot, event));
    m_pending.insert({client, requestId}, pending);
    m_changes.markTracker(entry.torrentId, entry.trackerId);
    return true;
}

bool AnnounceRequests::startChosen(const RequestQueue::Entry &entry, TorrentState &torrent,
                                   TrackerState &tracker, bool shuttingDown)
{
    TrackerClient *client = m_clients.clientFor(tracker.url.protocol());
    if (tracker.disabled || torrent.removed || shuttingDown || !client ||
        entry.slotIndex >= tracker.announceSlots.size())
        return false;
    const AnnounceOverrides &overrides = *entry.overrides;
    const AnnounceSlot &slot = tracker.announceSlots[entry.slotIndex];
    AnnounceRequest request = makeRequest(torrent, tracker, slot, slot.nextEvent);
    overrides.applyTo(request);
    const qint64 now = m_clock->nowMs();
    Pending pending{entry.torrentId, entry.trackerId, entry.slotIndex, {}};
    pending.flight.event = request.event;
    pending.flight.startedMs = now;
    pending.flight.deadlineMs = now + m_settings.requestTimeoutMs;
    pending.flight.chosen = true;
    pending.flight.chosenValues = overrides.describe();
    pending.flight.unsentValues = client->unsentOverrides(overrides);
    pending.flight.sentPeerId = request.peerId;
    pending.flight.sentPort = request.port;
    pending.flight.sentNumwant = request.numwant;
    const quint64 requestId = client->announce(request);
    m_pending.insert({client, requestId}, pending);
    m_changes.markTracker(entry.torrentId, entry.trackerId);
    return true;
}

void AnnounceRequests::recordUnsupported(const Pending &pending, TrackerState &tracker)
{
    const qint64 now = m_clock->nowMs();
    AnnounceResult result;
    result.outcome = ExchangeOutcome::Unsupported;
    result.errorMessage =
        tr("%1 trackers are not supported yet.").arg(tracker.url.protocolName().toUpper());
    const AnnounceEvent event = tracker.announceSlots[pending.slotIndex].nextEvent;
    AnnounceFlight flight =
        TrackerStateUpdater::beginAnnounce(tracker, pending.slotIndex, event, now);
    TrackerStateUpdater::applyAnnounceResult(tracker, pending.slotIndex, flight, result, {}, now,
                                             m_settings.exchangeLogCapacity);
    TrackerStateUpdater::finishAnnounce(tracker, pending.slotIndex, flight, m_policy, false, now);
    m_changes.markTracker(pending.torrentId, pending.trackerId);
}

ReplyLinter::AnnounceContext AnnounceRequests::contextFor(const TrackerState &tracker) const
{
    ReplyLinter::AnnounceContext context;
    context.isHttp = tracker.url.protocol() == TrackerProtocol::Http ||
                     tracker.url.protocol() == TrackerProtocol::Https;
    context.isWebSocket = tracker.url.protocol() == TrackerProtocol::WebSocket ||
                          tracker.url.protocol() == TrackerProtocol::WebSocketSecure;
    context.numwant = m_settings.identity.numwant;
    context.ourPort = m_settings.identity.port;
    context.ourPeerId = m_peerId;
    const QString host = tracker.url.url().host();
    context.trackerAddress = host.compare(u"localhost", Qt::CaseInsensitive) == 0
                                 ? QHostAddress(QHostAddress::LocalHost)
                                 : QHostAddress(host);
    return context;
}

void AnnounceRequests::applyResult(const RequestKey &key, const AnnounceResult &result)
{
    const auto found = m_pending.find(key);
    if (found == m_pending.end())
        return;
    Pending &pending = *found;
    TorrentState *torrent = m_torrents.findKept(pending.torrentId);
    TrackerState *tracker = torrent ? torrent->trackerWithId(pending.trackerId) : nullptr;
    if (!tracker)
        return; // forgotten meanwhile (its request is cancelled then: this cannot come)
    ReplyLinter::AnnounceContext context = contextFor(*tracker);
    if (pending.flight.chosen) { // judged by what we sent, not by the settings
        context.ourPeerId = pending.flight.sentPeerId;
        context.ourPort = pending.flight.sentPort;
        context.numwant = pending.flight.sentNumwant;
    }
    const int endpointIndex = TrackerStateUpdater::applyAnnounceResult(
        *tracker, pending.slotIndex, pending.flight, result, context, m_clock->nowMs(),
        m_settings.exchangeLogCapacity);
    if (pending.flight.event != AnnounceEvent::Stopped && !torrent->removed)
        addPeers(*torrent, *tracker, result, context);
    checkDuplicateEndpoints(*torrent, *tracker, endpointIndex);
    m_changes.markTracker(pending.torrentId, tracker->id);
}

void AnnounceRequests::addPeers(TorrentState &torrent, const TrackerState &tracker,
                                const AnnounceResult &result,
                                const ReplyLinter::AnnounceContext &context)
{
    if (!result.succeeded() || result.peers.isEmpty())
        return;
    QList<TrackerPeer> others = result.peers; // we are no peer of our own
    others.removeIf(
        [&](const TrackerPeer &peer) { return ReplyLinter::isOwnPeer(peer, result, context); });
    torrent.peers.add(others, tracker.id, m_clock->nowMs());
    m_changes.markPeers(torrent.id);
}

void AnnounceRequests::checkDuplicateEndpoints(TorrentState &torrent, TrackerState &tracker,
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
        TrackerState *otherTracker = torrent.trackerWithId(other);
        if (!otherTracker || otherTracker->url.text() == tracker.url.text())
            continue;
        mergeFinding(tracker.findings,
                     ReplyLinter::duplicateTracker(otherTracker->url.text(), where));
        mergeFinding(otherTracker->findings,
                     ReplyLinter::duplicateTracker(tracker.url.text(), where));
        m_changes.markTracker(torrent.id, other);
    }
    owners.append(tracker.id);
}

std::optional<AnnounceRequests::Pending> AnnounceRequests::take(const RequestKey &key)
{
    const auto found = m_pending.constFind(key);
    if (found == m_pending.constEnd())
        return std::nullopt;
    const Pending pending = *found;
    m_pending.erase(found);
    return pending;
}

QList<AnnounceRequests::Pending> AnnounceRequests::expire(qint64 nowMs)
{
    QList<RequestKey> expired;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->flight.deadlineMs <= nowMs)
            expired.append(it.key());
    }
    const QString message =
        tr("No answer within %1 s.").arg(double(m_settings.requestTimeoutMs) / 1000.0);
    QList<Pending> ended;
    for (const RequestKey &key : expired) {
        Pending pending = m_pending.take(key);
        key.first->cancel(key.second);
        TorrentState *torrent = m_torrents.findKept(pending.torrentId);
        if (TrackerState *tracker = torrent ? torrent->trackerWithId(pending.trackerId) : nullptr)
            TrackerStateUpdater::timeOutAnnounce(*tracker, pending.slotIndex, pending.flight,
                                                 message, nowMs, m_settings.exchangeLogCapacity);
        ended.append(pending);
    }
    return ended;
}

int AnnounceRequests::cancelIf(const std::function<bool(const Pending &)> &matches)
{
    QList<RequestKey> cancelled;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (matches(*it))
            cancelled.append(it.key());
    }
    for (const RequestKey &key : cancelled) {
        m_pending.remove(key);
        key.first->cancel(key.second);
    }
    return int(cancelled.size());
}

void AnnounceRequests::cancelAll()
{
    cancelIf([](const Pending &) { return true; });
}

void AnnounceRequests::moveToTorrent(const QSet<TrackerId> &trackerIds, quint64 torrentId)
{
    for (Pending &pending : m_pending) {
        if (trackerIds.contains(pending.trackerId))
            pending.torrentId = torrentId;
    }
}

bool AnnounceRequests::isInFlight(TrackerId trackerId, int slotIndex) const
{
    for (const Pending &pending : m_pending) {
        if (pending.trackerId == trackerId && pending.slotIndex == slotIndex &&
            !pending.flight.chosen)
            return true;
    }
    return false;
}

qint64 AnnounceRequests::earliestDeadlineMs() const
{
    qint64 earliest = -1;
    for (const Pending &pending : m_pending) {
        if (earliest < 0 || pending.flight.deadlineMs < earliest)
            earliest = pending.flight.deadlineMs;
    }
    return earliest;
}
