#pragma once

#include "engine/trackerendpointstate.h"
#include "tracker/announceresult.h"

#include <QHostAddress>
#include <QList>

// One announce answer in a tracker's history, for plots: what one endpoint (an address with one
// of the torrent's hashes) said at one moment. Unknown values are -1; the address is null when
// the client could not tell which one answered (HTTP) or none was reached.
struct TrackerHistorySample
{
    qint64 atMs = -1;
    bool succeeded = false;
    qint64 latencyMs = -1;
    qint64 seeders = -1;
    qint64 leechers = -1;
    int peerCount = -1;
    InfoHashVersion hashVersion = InfoHashVersion::V1;
    QHostAddress address = {};
    quint16 port = 0;

    // What result says, at atMs, of endpoint (its address and hash).
    static TrackerHistorySample fromAnnounce(const AnnounceResult &result,
                                             const TrackerEndpointState &endpoint, qint64 atMs);
};

// Counters and a bounded history for one tracker, over this session.
class TrackerStatistics
{
public:
    explicit TrackerStatistics(int historyCapacity = 512, int latencySampleCapacity = 64);

    void recordAnnounce(const TrackerHistorySample &sample);
    void recordScrape(bool succeeded, qint64 atMs);

    int announceCount() const { return m_announceCount; }
    int failureCount() const { return m_failureCount; }
    int successCount() const { return m_announceCount - m_failureCount; }
    int scrapeCount() const { return m_scrapeCount; }
    int scrapeFailureCount() const { return m_scrapeFailureCount; }
    // Successful announces / announces, 0..1; -1 before the first.
    double successRate() const;
    qint64 lastAnnounceMs() const { return m_lastAnnounceMs; }
    qint64 lastSuccessMs() const { return m_lastSuccessMs; }
    qint64 lastScrapeMs() const { return m_lastScrapeMs; }
    qint64 lastLatencyMs() const { return m_lastLatencyMs; }
    qint64 medianLatencyMs() const; // over the last latencySampleCapacity successes
    // Oldest first; at most historyCapacity samples.
    QList<TrackerHistorySample> history() const;

private:
    int m_historyCapacity;
    int m_latencySampleCapacity;
    int m_announceCount = 0;
    int m_failureCount = 0;
    int m_scrapeCount = 0;
    int m_scrapeFailureCount = 0;
    qint64 m_lastAnnounceMs = -1;
    qint64 m_lastSuccessMs = -1;
    qint64 m_lastScrapeMs = -1;
    qint64 m_lastLatencyMs = -1;
    QList<qint64> m_latencies; // ring
    int m_nextLatency = 0;
    QList<TrackerHistorySample> m_history; // ring
    int m_nextHistory = 0;
};
