#include "engine/trackerstateupdater.h"

#include <algorithm>

AnnounceFlight TrackerStateUpdater::beginAnnounce(TrackerState &tracker, int slotIndex,
                                                  AnnounceEvent event, qint64 nowMs)
{
    AnnounceSlot &slot = tracker.announceSlots[slotIndex];
    AnnounceFlight flight;
    flight.event = event;
    flight.startedMs = nowMs;
    slot.busy = true;
    slot.lastAnnounceMs = nowMs;
    for (TrackerEndpointState &endpoint : tracker.endpoints) {
        if (endpoint.hashVersion != slot.hashVersion)
            continue;
        endpoint.answeredThisRound = false;
        if (event != AnnounceEvent::Stopped)
            endpoint.status = TrackerStatus::Updating;
    }
    if (tracker.endpoints.isEmpty() || event != AnnounceEvent::Stopped)
        summarise(tracker);
    if (tracker.status == TrackerStatus::NotContacted)
        tracker.status = TrackerStatus::Updating;
    return flight;
}

int TrackerStateUpdater::endpointFor(TrackerState &tracker, InfoHashVersion version,
                                     const ExchangeRecord &exchange)
{
    int placeholder = -1;
    for (int i = 0; i < tracker.endpoints.size(); ++i) {
        TrackerEndpointState &endpoint = tracker.endpoints[i];
        if (endpoint.hashVersion != version)
            continue;
        if (endpoint.address.isNull()) {
            placeholder = i;
            continue;
        }
        if (!exchange.peerAddress.isNull() &&
            endpoint.address.isEqual(exchange.peerAddress, QHostAddress::StrictConversion) &&
            (exchange.peerPort == 0 || endpoint.port == exchange.peerPort))
            return i;
    }
    if (placeholder >= 0) {
        tracker.endpoints[placeholder].address = exchange.peerAddress;
        tracker.endpoints[placeholder].port = exchange.peerPort;
        return placeholder;
    }
    TrackerEndpointState endpoint;
    endpoint.address = exchange.peerAddress;
    endpoint.port = exchange.peerAddress.isNull() ? 0 : exchange.peerPort;
    if (endpoint.port == 0 && !endpoint.address.isNull())
        endpoint.port = tracker.url.port();
    endpoint.hashVersion = version;
    tracker.endpoints.append(endpoint);
    return int(tracker.endpoints.size() - 1);
}

void TrackerStateUpdater::applyToEndpoint(TrackerEndpointState &endpoint,
                                          const AnnounceResult &result,
                                          const ReplyLinter::AnnounceContext &context, qint64 nowMs)
{
    endpoint.answeredThisRound = true;
    endpoint.lastAnnounceMs = nowMs;
    endpoint.latencyMs = result.exchange.finishedMs;
    endpoint.status = announceVerdict(result);
    if (!result.succeeded()) {
        endpoint.message =
            result.failureReason.isEmpty() ? result.errorMessage : result.failureReason;
        ++endpoint.consecutiveFailures;
        return;
    }
    endpoint.message = result.warningMessage;
    endpoint.lastSuccessMs = nowMs;
    endpoint.consecutiveFailures = 0;
    endpoint.interval = result.interval;
    endpoint.minInterval = result.minInterval;
    endpoint.seeders = result.seeders;
    endpoint.leechers = result.leechers;
    endpoint.downloaded = result.downloaded;
    // Our own address is no peer: the same rule as the tracker's count (AnnounceRequests).
    endpoint.peerCount =
        int(std::count_if(result.peers.cbegin(), result.peers.cend(), [&](const TrackerPeer &peer) {
            return !ReplyLinter::isOwnPeer(peer, result, context);
        }));
    endpoint.lastPeers = result.peers;
    if (!result.trackerId.isEmpty())
        endpoint.trackerId = result.trackerId;
    endpoint.externalAddress = result.externalIp;
}

int TrackerStateUpdater::applyAnnounceResult(TrackerState &tracker, int slotIndex,
                                             AnnounceFlight &flight, const AnnounceResult &result,
                                             const ReplyLinter::AnnounceContext &context,
                                             qint64 nowMs, int logCapacity)
{
    AnnounceSlot &slot = tracker.announceSlots[slotIndex];
    ++flight.resultCount;
    if (flight.event == AnnounceEvent::Stopped) {
        // Leaving the swarm: the reply is logged, the verdict of the last real announce stays.
        appendLog(tracker, announceLogEntry(flight, result, slot.hashVersion, nowMs), logCapacity);
        return -1;
    }
    int endpointIndex = -1;
    if (result.exchange.peerAddress.isNull() && !result.succeeded()) {
        // Nothing was reached (DNS, unsupported): the verdict holds for every endpoint.
        for (int i = 0; i < tracker.endpoints.size(); ++i) {
            if (tracker.endpoints[i].hashVersion != slot.hashVersion)
                continue;
            applyToEndpoint(tracker.endpoints[i], result, context, nowMs);
            endpointIndex = endpointIndex < 0 ? i : endpointIndex;
        }
    }
    if (endpointIndex < 0) {
        endpointIndex = endpointFor(tracker, slot.hashVersion, result.exchange);
        applyToEndpoint(tracker.endpoints[endpointIndex], result, context, nowMs);
    }
    if (flight.chosen) {
        flight.succeeded = flight.succeeded || result.succeeded(); // the schedule stays as it was
    } else if (result.succeeded()) {
        flight.succeeded = true;
        if (!result.trackerId.isEmpty())
            slot.trackerId = result.trackerId;
        if (flight.event == AnnounceEvent::Started || flight.event == AnnounceEvent::None)
            slot.registered = true;
    } else if (result.retryNever) {
        slot.retryNever = true;
    } else if (result.retryInMinutes) {
        flight.retryInMinutes = *result.retryInMinutes;
    }
    for (const Finding &finding : ReplyLinter::lintAnnounce(result, context))
        mergeFinding(tracker.findings, finding);
    tracker.statistics.recordAnnounce(
        TrackerHistorySample::fromAnnounce(result, tracker.endpoints[endpointIndex], nowMs));
    appendLog(tracker, announceLogEntry(flight, result, slot.hashVersion, nowMs), logCapacity);
    summarise(tracker);
    return endpointIndex;
}

ExchangeLogEntry TrackerStateUpdater::announceLogEntry(const AnnounceFlight &flight,
                                                       const AnnounceResult &result,
                                                       InfoHashVersion version, qint64 nowMs)
{
    QString summary = describeAnnounce(result);
    if (flight.chosen) {
        summary =
            tr("Announce with %1: %2").arg(flight.chosenValues.join(QLatin1String(", ")), summary);
        if (!flight.unsentValues.isEmpty())
            summary += u' ' + tr("Not sent: %1").arg(flight.unsentValues.join(u' '));
    }
    return ExchangeLogEntry{ExchangeLogEntry::Kind::Announce,
                            nowMs,
                            flight.event,
                            result.outcome,
                            summary,
                            result.exchange,
                            announceVerdict(result),
                            version};
}

void TrackerStateUpdater::finishAnnounce(TrackerState &tracker, int slotIndex,
                                         const AnnounceFlight &flight, const AnnouncePolicy &policy,
                                         bool keepAnnouncing, qint64 nowMs)
{
    AnnounceSlot &slot = tracker.announceSlots[slotIndex];
    const bool stopped = flight.event == AnnounceEvent::Stopped;
    const bool anyAnswer =
        !stopped && std::any_of(tracker.endpoints.cbegin(), tracker.endpoints.cend(),
                                [&slot](const TrackerEndpointState &endpoint) {
                                    return endpoint.hashVersion == slot.hashVersion &&
                                           endpoint.answeredThisRound;
                                });
    if (anyAnswer) {
        tracker.endpoints.removeIf([&slot](const TrackerEndpointState &endpoint) {
            return endpoint.hashVersion == slot.hashVersion && !endpoint.answeredThisRound;
        });
    }
    const AnnounceEvent event = flight.event;
    slot.busy = false;
    if (event == AnnounceEvent::Stopped) {
        slot.registered = false;
        slot.nextAnnounceMs = -1;
        slot.nextEvent = AnnounceEvent::Started;
        summarise(tracker);
        return;
    }
    int interval = -1;
    for (const TrackerEndpointState &endpoint : tracker.endpoints) {
        if (endpoint.hashVersion != slot.hashVersion || !trackerStatusIsWorking(endpoint.status))
            continue;
        if (endpoint.interval > 0 && (interval < 0 || endpoint.interval < interval))
            interval = endpoint.interval;
        slot.lastMinInterval = std::max(slot.lastMinInterval, endpoint.minInterval);
    }
    qint64 delay = -1;
    if (flight.succeeded) {
        slot.consecutiveFailures = 0;
        slot.nextEvent = AnnounceEvent::None;
        delay = policy.delayAfterSuccess(interval, slot.lastMinInterval);
    } else {
        ++slot.consecutiveFailures;
        const std::optional<int> retryIn =
            flight.retryInMinutes > 0 ? std::optional<int>(flight.retryInMinutes) : std::nullopt;
        delay = policy.delayAfterFailure(slot.consecutiveFailures, retryIn, slot.retryNever,
                                         slot.lastMinInterval);
        if (!slot.registered)
            slot.nextEvent = AnnounceEvent::Started;
    }
    slot.nextAnnounceMs = keepAnnouncing && delay >= 0 ? nowMs + delay : -1;
    summarise(tracker);
}

void TrackerStateUpdater::timeOutAnnounce(TrackerState &tracker, int slotIndex,
                                          AnnounceFlight &flight, const QString &message,
                                          qint64 nowMs, int logCapacity)
{
    const AnnounceSlot &slot = tracker.announceSlots[slotIndex];
    AnnounceResult result;
    result.outcome = ExchangeOutcome::Timeout;
    result.errorMessage = message;
    result.exchange.requestDescription = tracker.url.text();
    if (flight.chosen) {
        // Only a request that got nothing back says so; what answered stands.
        if (flight.resultCount == 0)
            applyAnnounceResult(tracker, slotIndex, flight, result, {}, nowMs, logCapacity);
        return;
    }
    if (flight.event == AnnounceEvent::Stopped) {
        applyAnnounceResult(tracker, slotIndex, flight, result, {}, nowMs, logCapacity);
        return;
    }
    bool anyAnswered = false;
    for (const TrackerEndpointState &endpoint : tracker.endpoints)
        anyAnswered =
            anyAnswered || (endpoint.hashVersion == slot.hashVersion && endpoint.answeredThisRound);
    if (!anyAnswered) {
        // Nothing came back at all: one timeout for every endpoint of this hash.
        applyAnnounceResult(tracker, slotIndex, flight, result, {}, nowMs, logCapacity);
        return;
    }
    for (TrackerEndpointState &endpoint : tracker.endpoints) {
        if (endpoint.hashVersion == slot.hashVersion && !endpoint.answeredThisRound)
            applyToEndpoint(endpoint, result, {}, nowMs); // a timeout: no peers
    }
    summarise(tracker);
}

void TrackerStateUpdater::applyScrape(TrackerState &tracker, InfoHashVersion version,
                                      const ScrapeResult &result, const ScrapeEntry *entry,
                                      bool isHttp, bool keepEarlierSuccess, qint64 nowMs)
{
    TrackerScrapeState &scrape = version == InfoHashVersion::V2 && tracker.announceSlots.size() > 1
                                     ? tracker.scrapeV2
                                     : tracker.scrape;
    scrape.lastScrapeMs = nowMs;
    scrape.minRequestInterval = result.minRequestInterval;
    if (!result.succeeded()) {
        // A failure never hides figures another endpoint of the same scrape gave.
        if (!keepEarlierSuccess) {
            scrape.status = trackerStatusFromOutcome(result.outcome, false);
            scrape.message =
                result.failureReason.isEmpty() ? result.errorMessage : result.failureReason;
        }
    } else if (entry && entry->present) {
        scrape.status = TrackerStatus::Working;
        scrape.message.clear();
        scrape.seeders = entry->seeders;
        scrape.leechers = entry->leechers;
        scrape.completed = entry->completed;
        scrape.downloaders = entry->downloaders;
    } else {
        // Not in the reply: no figures (never the -1s of "unknown" shown as counts).
        scrape.status = TrackerStatus::Warning;
        scrape.message = tr("The scrape reply does not list this torrent.");
        scrape.seeders = scrape.leechers = scrape.completed = scrape.downloaders = -1;
    }
    tracker.statistics.recordScrape(result.succeeded(), nowMs);
    summarise(tracker);
    ScrapeResult own = result;
    own.entries = entry ? QList<ScrapeEntry>{*entry} : QList<ScrapeEntry>{};
    for (const Finding &finding : ReplyLinter::lintScrape(own, isHttp))
        mergeFinding(tracker.findings, finding);
}

TrackerStatus TrackerStateUpdater::announceVerdict(const AnnounceResult &result)
{
    return trackerStatusFromOutcome(result.outcome, !result.warningMessage.isEmpty());
}

ExchangeLogEntry TrackerStateUpdater::scrapeLogEntry(const ScrapeResult &result,
                                                     const ScrapeEntry *entry,
                                                     InfoHashVersion version, qint64 nowMs)
{
    ExchangeLogEntry logged;
    logged.kind = ExchangeLogEntry::Kind::Scrape;
    logged.hashVersion = version;
    logged.atMs = nowMs;
    logged.outcome = result.outcome;
    logged.record = result.exchanges.value(0);
    if (!result.succeeded()) {
        logged.verdict = trackerStatusFromOutcome(result.outcome, false);
        logged.summary =
            result.failureReason.isEmpty() ? result.errorMessage : result.failureReason;
    } else if (entry && entry->present) {
        logged.verdict = TrackerStatus::Working;
        const auto count = [](qint64 value) {
            return value < 0 ? QStringLiteral("–") : QString::number(value);
        };
        logged.summary =
            tr("scrape: %1 seeders, %2 leechers, %3 downloaded")
                .arg(count(entry->seeders), count(entry->leechers), count(entry->completed));
    } else {
        logged.verdict = TrackerStatus::Warning;
        logged.summary = tr("scrape: this torrent is not in the reply");
    }
    return logged;
}

void TrackerStateUpdater::appendLog(TrackerState &tracker, const ExchangeLogEntry &entry,
                                    int capacity)
{
    if (capacity <= 0)
        return;
    while (tracker.exchangeLog.size() >= capacity)
        tracker.exchangeLog.removeFirst();
    tracker.exchangeLog.append(entry);
}

void TrackerStateUpdater::summarise(TrackerState &tracker)
{
    if (tracker.disabled) {
        tracker.status = TrackerStatus::Disabled;
        tracker.message = tracker.disabledReason;
        return;
    }
    if (!tracker.url.isSupported()) {
        tracker.status = TrackerStatus::Unsupported;
        tracker.message = tracker.url.problem();
        return;
    }
    QList<TrackerStatus> statuses;
    for (const TrackerEndpointState &endpoint : tracker.endpoints)
        statuses.append(endpoint.status);
    tracker.status = summariseTrackerStatuses(statuses);
    tracker.message.clear();
    if (tracker.endpoints.isEmpty()) {
        // Not announced (scrape-only): the scrape is the verdict.
        tracker.status = tracker.isBusy() ? TrackerStatus::Updating : tracker.scrape.status;
        tracker.message = tracker.scrape.message;
        return;
    }
    for (const TrackerEndpointState &endpoint : tracker.endpoints) {
        if (endpoint.status == tracker.status) {
            tracker.message = endpoint.message;
            break;
        }
    }
}

QString TrackerStateUpdater::describeAnnounce(const AnnounceResult &result)
{
    if (!result.succeeded()) {
        // The log's verdict column says what kind of failure it was; the summary is the reason.
        return result.failureReason.isEmpty() ? result.errorMessage : result.failureReason;
    }
    QString text = tr("%n peer(s)", nullptr, int(result.peers.size()));
    if (result.interval >= 0)
        text += tr(", interval %1 s").arg(result.interval);
    if (!result.warningMessage.isEmpty())
        text += tr(", warning: %1").arg(result.warningMessage);
    return text;
}
