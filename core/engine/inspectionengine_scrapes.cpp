// InspectionEngine, part three: scrapes batched per tracker across torrents, the request queue,
// deadlines, and the one timer that wakes the engine when something falls due.
#include "engine/inspectionengine.h"

#include "engine/engineclock.h"
#include "engine/trackerstateupdater.h"
#include "tracker/trackerclient.h"

#include <algorithm>

void InspectionEngine::scrapeGroups(const QSet<QString> &groups)
{
    m_wantedScrapes.unite(groups);
    requestWake();
}

bool InspectionEngine::startScrape(const QString &group)
{
    PendingScrape pending;
    pending.group = group;
    ScrapeRequest request;
    request.ignoreCertificateErrors =
        m_settings.tlsPolicy == EngineSettings::TlsPolicy::ReportAndContinue;
    TrackerProtocol protocol = TrackerProtocol::Unsupported;
    for (auto &[id, torrent] : m_torrents) {
        if (torrent.removed)
            continue;
        for (const TrackerState &tracker : torrent.trackers) {
            if (tracker.url.text() != group || tracker.disabled || !tracker.url.isSupported())
                continue;
            request.trackerUrl = tracker.url.url();
            protocol = tracker.url.protocol();
            request.ignoreCertificateErrors |= tracker.ignoresCertificateErrors;
            for (InfoHashVersion version : torrent.hashVersions()) {
                pending.targets.append(ScrapeTarget{id, tracker.id, version});
                request.infoHashes.append(torrent.trackerHash(version));
            }
        }
    }
    TrackerClient *client = pending.targets.isEmpty() ? nullptr : clientFor(protocol);
    if (!client) {
        m_activeScrapes.remove(group);
        return false;
    }
    pending.isHttp = protocol == TrackerProtocol::Http || protocol == TrackerProtocol::Https;
    pending.deadlineMs = m_clock->nowMs() + m_settings.requestTimeoutMs;
    const quint64 requestId = client->scrape(request);
    m_pendingScrapes.insert({client, requestId}, pending);
    return true;
}

void InspectionEngine::handleScrapeFinished(TrackerClient *client, quint64 requestId,
                                            const ScrapeResult &result)
{
    const auto found = m_pendingScrapes.find({client, requestId});
    if (found == m_pendingScrapes.end())
        return;
    PendingScrape &pending = *found;
    const qint64 now = m_clock->nowMs();
    const bool keepEarlierSuccess = pending.anySuccess && !result.succeeded();
    for (int i = 0; i < pending.targets.size(); ++i) {
        const ScrapeTarget &target = pending.targets[i];
        TorrentState *torrent = findTorrent(target.torrentId);
        TrackerState *found = torrent ? torrent->trackerWithId(target.trackerId) : nullptr;
        if (!found)
            continue; // the torrent or the tracker is gone: its place in the reply is skipped
        const QByteArray hash = torrent->trackerHash(target.version);
        const ScrapeEntry *entry = nullptr;
        if (i < result.entries.size() && result.entries[i].infoHash == hash) {
            entry = &result.entries[i];
        } else {
            const auto match = std::find_if(
                result.entries.cbegin(), result.entries.cend(),
                [&hash](const ScrapeEntry &candidate) { return candidate.infoHash == hash; });
            entry = match == result.entries.cend() ? nullptr : &*match;
        }
        TrackerState &tracker = *found;
        TrackerStateUpdater::applyScrape(tracker, target.version, result, entry, pending.isHttp,
                                         keepEarlierSuccess, now);
        TrackerStateUpdater::appendLog(tracker,
                                       TrackerStateUpdater::scrapeLogEntry(result, entry, now),
                                       m_settings.exchangeLogCapacity);
        markTrackerChanged(target.torrentId, target.trackerId);
    }
    pending.anySuccess = pending.anySuccess || result.succeeded();
}

void InspectionEngine::completeScrape(const RequestKey &key)
{
    m_activeScrapes.remove(m_pendingScrapes.value(key).group);
    m_pendingScrapes.remove(key);
    --m_inFlight;
}

void InspectionEngine::expireScrape(const RequestKey &key)
{
    const PendingScrape pending = m_pendingScrapes.value(key);
    key.first->cancel(key.second);
    if (!pending.anySuccess) {
        ScrapeResult result;
        result.outcome = ExchangeOutcome::Timeout;
        result.errorMessage =
            tr("No answer within %1 s.").arg(double(m_settings.requestTimeoutMs) / 1000.0);
        handleScrapeFinished(key.first, key.second, result);
    }
    completeScrape(key);
}

void InspectionEngine::expireRequests(qint64 nowMs)
{
    QList<RequestKey> expired;
    for (auto it = m_pendingAnnounces.cbegin(); it != m_pendingAnnounces.cend(); ++it) {
        if (it->flight.deadlineMs <= nowMs)
            expired.append(it.key());
    }
    const QString message =
        tr("No answer within %1 s.").arg(double(m_settings.requestTimeoutMs) / 1000.0);
    for (const RequestKey &key : expired) {
        PendingAnnounce pending = m_pendingAnnounces.take(key);
        key.first->cancel(key.second);
        --m_inFlight;
        TrackerState *tracker = m_torrents[pending.torrentId].trackerWithId(pending.trackerId);
        if (!tracker)
            continue;
        TrackerStateUpdater::timeOutAnnounce(*tracker, pending.slotIndex, pending.flight, message,
                                             nowMs, m_settings.exchangeLogCapacity);
        completeAnnounce(pending);
    }
    QList<RequestKey> expiredScrapes;
    for (auto it = m_pendingScrapes.cbegin(); it != m_pendingScrapes.cend(); ++it) {
        if (it->deadlineMs <= nowMs)
            expiredScrapes.append(it.key());
    }
    for (const RequestKey &key : expiredScrapes)
        expireScrape(key);
}

void InspectionEngine::pumpQueue()
{
    const int limit = std::max(m_settings.concurrencyLimit, 1);
    while (m_inFlight < limit && !m_queue.empty()) {
        const QueuedRequest queued = m_queue.front();
        m_queue.pop_front();
        const bool started =
            queued.isScrape ? startScrape(queued.scrapeGroup) : startAnnounce(queued.announce);
        if (started)
            ++m_inFlight;
    }
}

void InspectionEngine::requestWake()
{
    if (!m_dueWorkTimer.isActive())
        m_dueWorkTimer.start(0);
}

void InspectionEngine::forgetFinishedRemovals(qint64 nowMs)
{
    QList<quint64> finished;
    for (const auto &[id, torrent] : m_torrents) {
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
    for (quint64 id : finished)
        forgetTorrent(id);
}

void InspectionEngine::processDueWork()
{
    const qint64 now = m_clock->nowMs();
    expireRequests(now);
    forgetFinishedRemovals(now);
    startDueAnnounces(now);
    const bool periodicScrapes =
        m_settings.scrapeIntervalSeconds > 0 && !m_shuttingDown &&
        (m_settings.contactMode == EngineSettings::ContactMode::Continuous ||
         m_settings.contactMode == EngineSettings::ContactMode::ScrapeOnly);
    if (!periodicScrapes) {
        m_nextScrapeMs = -1;
    } else if (m_nextScrapeMs < 0 || m_nextScrapeMs <= now) {
        if (m_nextScrapeMs >= 0)
            scrapeNow(0);
        m_nextScrapeMs = now + qint64(m_settings.scrapeIntervalSeconds) * 1000;
    }
    for (const QString &group : std::as_const(m_wantedScrapes)) {
        if (m_activeScrapes.contains(group) || m_shuttingDown)
            continue;
        m_activeScrapes.insert(group);
        QueuedRequest queued;
        queued.isScrape = true;
        queued.scrapeGroup = group;
        m_queue.push_back(queued);
    }
    m_wantedScrapes.clear();
    pumpQueue();
    const qint64 next = nextWakeMs();
    if (next >= 0 && m_clock->movesByItself())
        m_wakeTimer.start(int(std::clamp<qint64>(next - now, 0, std::numeric_limits<int>::max())));
    else
        m_wakeTimer.stop();
    if (m_shuttingDown && m_torrents.empty() && !m_shutdownSignalled) {
        m_shutdownSignalled = true;
        Q_EMIT shutdownFinished();
    }
    updateIdle();
}

qint64 InspectionEngine::nextWakeMs() const
{
    qint64 next = m_nextScrapeMs;
    const auto consider = [&next](qint64 at) {
        if (at >= 0 && (next < 0 || at < next))
            next = at;
    };
    for (const auto &[id, torrent] : m_torrents) {
        if (torrent.removed)
            consider(torrent.removalDeadlineMs);
        for (const TrackerState &tracker : torrent.trackers) {
            for (const AnnounceSlot &slot : tracker.announceSlots)
                consider(slot.nextAnnounceMs);
        }
    }
    for (const PendingAnnounce &pending : m_pendingAnnounces)
        consider(pending.flight.deadlineMs);
    for (const PendingScrape &pending : m_pendingScrapes)
        consider(pending.deadlineMs);
    return next;
}

bool InspectionEngine::isIdle() const
{
    if (m_inFlight > 0 || !m_queue.empty() || !m_inbox.empty() || !m_wantedScrapes.isEmpty() ||
        !m_activeScrapes.isEmpty())
        return false;
    const qint64 now = m_clock->nowMs();
    for (const auto &[id, torrent] : m_torrents) {
        if (torrent.removed)
            return false;
        for (const TrackerState &tracker : torrent.trackers) {
            for (const AnnounceSlot &slot : tracker.announceSlots) {
                if (slot.isBusy() || (slot.nextAnnounceMs >= 0 && slot.nextAnnounceMs <= now))
                    return false;
            }
        }
    }
    return true;
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
