#include "faketrackerscript.h"

void FakeTrackerScript::setAnnounceResults(const QString &url, const QList<AnnounceResult> &results)
{
    m_announceResults.insert(url, results);
}

void FakeTrackerScript::setSilent(const QString &url, bool silent)
{
    if (silent)
        m_silent.insert(url);
    else
        m_silent.remove(url);
}

void FakeTrackerScript::setScrapeResult(const QString &url, const ScrapeResult &result)
{
    m_scrapeResults.insert(url, result);
}

void FakeTrackerScript::setScrapeCounts(const QString &url, qint64 seeders, qint64 leechers,
                                        qint64 completed)
{
    ScrapeResult result;
    ScrapeEntry entry;
    entry.present = true;
    entry.seeders = seeders;
    entry.leechers = leechers;
    entry.completed = completed;
    result.entries.append(entry);
    m_scrapeResults.insert(url, result);
}

QList<AnnounceResult> FakeTrackerScript::announceResultsFor(const AnnounceRequest &request) const
{
    const QString url = request.trackerUrl.toString();
    QList<AnnounceResult> results =
        m_announceResults.value(url, {working(QHostAddress(QHostAddress::LocalHost), 1800)});
    for (AnnounceResult &result : results) {
        result.exchange.requestDescription = url;
        if (result.exchange.peerPort == 0 && !result.exchange.peerAddress.isNull())
            result.exchange.peerPort = quint16(request.trackerUrl.port(80));
        if (result.exchange.finishedMs < 0)
            result.exchange.finishedMs = 5;
    }
    return results;
}

ScrapeResult FakeTrackerScript::scrapeResultFor(const ScrapeRequest &request) const
{
    const QString url = request.trackerUrl.toString();
    ScrapeResult result = m_scrapeResults.value(url);
    const ScrapeEntry counts = result.entries.value(0);
    result.entries.clear();
    if (!result.succeeded())
        return result;
    for (const QByteArray &hash : request.infoHashes) {
        ScrapeEntry entry = counts;
        entry.infoHash = hash;
        result.entries.append(entry);
    }
    return result;
}

int FakeTrackerScript::announceCount(const QString &url, std::optional<AnnounceEvent> event) const
{
    int count = 0;
    for (const AnnounceCall &call : announces) {
        if (call.request.trackerUrl.toString() == url && (!event || call.request.event == *event))
            ++count;
    }
    return count;
}

QList<AnnounceEvent> FakeTrackerScript::events(const QString &url) const
{
    QList<AnnounceEvent> result;
    for (const AnnounceCall &call : announces) {
        if (call.request.trackerUrl.toString() == url)
            result.append(call.request.event);
    }
    return result;
}

AnnounceResult FakeTrackerScript::working(const QHostAddress &endpoint, int interval,
                                          int minInterval, const QList<TrackerPeer> &peers)
{
    AnnounceResult result;
    result.interval = interval;
    result.minInterval = minInterval;
    result.seeders = 3;
    result.leechers = 4;
    result.peers = peers;
    result.compactPeers = true;
    result.exchange.peerAddress = endpoint;
    return result;
}

AnnounceResult FakeTrackerScript::failed(ExchangeOutcome outcome, const QString &message,
                                         const QHostAddress &endpoint)
{
    AnnounceResult result;
    result.outcome = outcome;
    if (outcome == ExchangeOutcome::TrackerFailure)
        result.failureReason = message;
    else
        result.errorMessage = message;
    result.exchange.peerAddress = endpoint;
    return result;
}

TrackerPeer FakeTrackerScript::peer(const QString &address, quint16 port)
{
    TrackerPeer peer;
    peer.address = QHostAddress(address);
    peer.port = port;
    return peer;
}
