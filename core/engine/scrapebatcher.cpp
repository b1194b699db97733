#include "engine/scrapebatcher.h"

#include "engine/changegatherer.h"
#include "engine/trackerclientpool.h"
#include "engine/trackerstateupdater.h"
#include "tracker/trackerclient.h"

#include <algorithm>

ScrapeBatcher::ScrapeBatcher(TorrentTable &torrents, TrackerClientPool &clients,
                             const EngineSettings &settings, EngineClock *clock,
                             ChangeGatherer &changes)
    : m_torrents(torrents)
    , m_clients(clients)
    , m_settings(settings)
    , m_clock(clock)
    , m_changes(changes)
{}

void ScrapeBatcher::want(const QSet<QString> &groups)
{
    m_wanted.unite(groups);
}

void ScrapeBatcher::wantTorrent(quint64 torrentId)
{
    m_torrents.forEachTracker(torrentId, TrackerId{},
                              [this](TorrentState &, TrackerState &tracker) {
                                  if (!tracker.disabled && tracker.url.isSupported())
                                      m_wanted.insert(tracker.url.text());
                              });
}

void ScrapeBatcher::wantFirstScrape(const QString &group, quint64 torrentId)
{
    m_firstScrapesWanted[group].insert(torrentId);
}

void ScrapeBatcher::noteUnscraped(const TorrentState &torrent)
{
    for (const TrackerState &tracker : torrent.trackers)
        m_unscraped[tracker.url.text()].insert(torrent.id);
}

void ScrapeBatcher::queueWanted(RequestQueue &queue, bool shuttingDown)
{
    if (shuttingDown) {
        m_wanted.clear();
        m_firstScrapesWanted.clear();
        m_unscraped.clear();
        return;
    }
    for (const QString &group : std::as_const(m_wanted)) {
        if (!m_active.contains(group)) {
            m_queuedWhole.insert(group);
            enqueue(queue, group);
        } else if (m_queuedFirstScrapes.remove(group)) {
            m_queuedWhole.insert(group); // not sent yet: it asks for every torrent now
        }
    }
    m_wanted.clear();
    queueFirstScrapes(queue);
}

void ScrapeBatcher::queueFirstScrapes(RequestQueue &queue)
{
    for (auto it = m_firstScrapesWanted.begin(); it != m_firstScrapesWanted.end();) {
        const QString &group = it.key();
        const auto queued = m_queuedFirstScrapes.find(group);
        if (queued != m_queuedFirstScrapes.end()) {
            queued->unite(*it); // not sent yet: they join it
        } else if (m_active.contains(group) && !m_queuedWhole.contains(group)) {
            ++it; // in flight: whoever it did not answer is asked for once it ends
            continue;
        } else if (!m_active.contains(group)) {
            m_queuedFirstScrapes.insert(group, *it);
            enqueue(queue, group);
        }
        it = m_firstScrapesWanted.erase(it);
    }
}

void ScrapeBatcher::enqueue(RequestQueue &queue, const QString &group)
{
    m_active.insert(group);
    RequestQueue::Entry entry;
    entry.kind = RequestQueue::Entry::Kind::Scrape;
    entry.scrapeGroup = group;
    queue.enqueue(entry);
}

void ScrapeBatcher::planPeriodic(qint64 nowMs, bool shuttingDown)
{
    const bool periodic = m_settings.scrapeIntervalSeconds > 0 && !shuttingDown &&
                          (m_settings.contactMode == EngineSettings::ContactMode::Continuous ||
                           m_settings.contactMode == EngineSettings::ContactMode::ScrapeOnly);
    if (!periodic) {
        m_nextPeriodicMs = -1;
    } else if (m_nextPeriodicMs < 0 || m_nextPeriodicMs <= nowMs) {
        if (m_nextPeriodicMs >= 0)
            wantTorrent(0);
        m_nextPeriodicMs = nowMs + qint64(m_settings.scrapeIntervalSeconds) * 1000;
    }
}

bool ScrapeBatcher::start(const QString &group)
{
    const bool firstScrapesOnly = m_queuedFirstScrapes.contains(group);
    QList<quint64> firstScrapes =
        (m_queuedFirstScrapes.take(group) | m_unscraped.take(group)).values();
    std::sort(firstScrapes.begin(), firstScrapes.end()); // the order they were added
    m_queuedWhole.remove(group);
    Pending pending;
    pending.group = group;
    ScrapeRequest request;
    request.ignoreCertificateErrors =
        m_settings.tlsPolicy == EngineSettings::TlsPolicy::ReportAndContinue;
    TrackerProtocol protocol = TrackerProtocol::Unsupported;
    if (firstScrapesOnly) {
        for (const quint64 torrentId : std::as_const(firstScrapes)) {
            const TorrentState *torrent = m_torrents.find(torrentId);
            if (torrent && !torrent->removed)
                addTargets(*torrent, group, true, pending, request, protocol);
        }
    } else {
        for (const auto &[id, torrent] : m_torrents.torrents()) {
            if (!torrent.removed)
                addTargets(torrent, group, false, pending, request, protocol);
        }
    }
    TrackerClient *client = pending.targets.isEmpty() ? nullptr : m_clients.clientFor(protocol);
    if (!client) {
        m_active.remove(group);
        return false;
    }
    pending.isHttp = protocol == TrackerProtocol::Http || protocol == TrackerProtocol::Https;
    pending.deadlineMs = m_clock->nowMs() + m_settings.requestTimeoutMs;
    const quint64 requestId = client->scrape(request);
    m_pending.insert({client, requestId}, pending);
    return true;
}

void ScrapeBatcher::addTargets(const TorrentState &torrent, const QString &group,
                               bool unscrapedOnly, Pending &pending, ScrapeRequest &request,
                               TrackerProtocol &protocol)
{
    for (const TrackerState &tracker : torrent.trackers) {
        if (tracker.url.text() != group || tracker.disabled || !tracker.url.isSupported() ||
            (unscrapedOnly && tracker.scrape.lastScrapeMs >= 0))
            continue;
        request.trackerUrl = tracker.url.url();
        protocol = tracker.url.protocol();
        request.ignoreCertificateErrors |= tracker.ignoresCertificateErrors;
        for (InfoHashVersion version : torrent.hashVersions()) {
            pending.targets.append(Target{torrent.id, tracker.id, version});
            request.infoHashes.append(torrent.trackerHash(version));
        }
    }
}

void ScrapeBatcher::applyResult(const RequestKey &key, const ScrapeResult &result)
{
    const auto found = m_pending.find(key);
    if (found == m_pending.end())
        return;
    Pending &pending = *found;
    const qint64 now = m_clock->nowMs();
    const bool keepEarlierSuccess = pending.anySuccess && !result.succeeded();
    for (int i = 0; i < pending.targets.size(); ++i)
        applyToTarget(pending, i, result, keepEarlierSuccess, now);
    pending.anySuccess = pending.anySuccess || result.succeeded();
}

void ScrapeBatcher::applyToTarget(const Pending &pending, int index, const ScrapeResult &result,
                                  bool keepEarlierSuccess, qint64 nowMs)
{
    const Target &target = pending.targets[index];
    TorrentState *torrent = m_torrents.find(target.torrentId);
    TrackerState *tracker = torrent ? torrent->trackerWithId(target.trackerId) : nullptr;
    if (!tracker)
        return; // the torrent or the tracker is gone: its place in the reply is skipped
    const QByteArray hash = torrent->trackerHash(target.version);
    const ScrapeEntry *entry = nullptr;
    if (index < result.entries.size() && result.entries[index].infoHash == hash) {
        entry = &result.entries[index];
    } else {
        const auto match = std::find_if(
            result.entries.cbegin(), result.entries.cend(),
            [&hash](const ScrapeEntry &candidate) { return candidate.infoHash == hash; });
        entry = match == result.entries.cend() ? nullptr : &*match;
    }
    TrackerStateUpdater::applyScrape(*tracker, target.version, result, entry, pending.isHttp,
                                     keepEarlierSuccess, nowMs);
    TrackerStateUpdater::appendLog(
        *tracker, TrackerStateUpdater::scrapeLogEntry(result, entry, target.version, nowMs),
        m_settings.exchangeLogCapacity);
    m_changes.markTracker(target.torrentId, target.trackerId);
}

bool ScrapeBatcher::complete(const RequestKey &key)
{
    const auto found = m_pending.constFind(key);
    if (found == m_pending.constEnd())
        return false;
    m_active.remove(found->group);
    m_pending.erase(found);
    return true;
}

int ScrapeBatcher::expire(qint64 nowMs)
{
    QList<RequestKey> expired;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->deadlineMs <= nowMs)
            expired.append(it.key());
    }
    for (const RequestKey &key : expired) {
        key.first->cancel(key.second);
        if (!m_pending.value(key).anySuccess) {
            ScrapeResult result;
            result.outcome = ExchangeOutcome::Timeout;
            result.errorMessage =
                tr("No answer within %1 s.").arg(double(m_settings.requestTimeoutMs) / 1000.0);
            applyResult(key, result);
        }
        complete(key);
    }
    return int(expired.size());
}

void ScrapeBatcher::cancelAll()
{
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        it.key().first->cancel(it.key().second);
}

qint64 ScrapeBatcher::nextDueMs() const
{
    qint64 next = m_nextPeriodicMs;
    for (const Pending &pending : m_pending) {
        if (next < 0 || pending.deadlineMs < next)
            next = pending.deadlineMs;
    }
    return next;
}
