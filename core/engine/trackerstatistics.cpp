#include "engine/trackerstatistics.h"

#include <algorithm>

namespace {
template<typename T>
void appendToRing(QList<T> &ring, int &next, int capacity, const T &value)
{
    if (capacity <= 0)
        return;
    if (ring.size() < capacity) {
        ring.append(value);
        return;
    }
    ring[next] = value;
    next = (next + 1) % capacity;
}

template<typename T>
QList<T> ringInOrder(const QList<T> &ring, int next)
{
    QList<T> ordered;
    ordered.reserve(ring.size());
    for (int i = 0; i < ring.size(); ++i)
        ordered.append(ring[(next + i) % ring.size()]);
    return ordered;
}
} // namespace

TrackerHistorySample TrackerHistorySample::fromAnnounce(const AnnounceResult &result,
                                                        const TrackerEndpointState &endpoint,
                                                        qint64 atMs)
{
    TrackerHistorySample sample;
    sample.atMs = atMs;
    sample.succeeded = result.succeeded();
    sample.latencyMs = result.exchange.finishedMs;
    sample.seeders = result.seeders;
    sample.leechers = result.leechers;
    sample.peerCount = result.succeeded() ? int(result.peers.size()) : -1;
    sample.hashVersion = endpoint.hashVersion;
    sample.address = endpoint.address;
    sample.port = endpoint.port;
    return sample;
}

TrackerStatistics::TrackerStatistics(int historyCapacity, int latencySampleCapacity)
    : m_historyCapacity(historyCapacity)
    , m_latencySampleCapacity(latencySampleCapacity)
{}

void TrackerStatistics::recordAnnounce(const TrackerHistorySample &sample)
{
    ++m_announceCount;
    m_lastAnnounceMs = sample.atMs;
    if (sample.succeeded) {
        m_lastSuccessMs = sample.atMs;
        if (sample.latencyMs >= 0) {
            m_lastLatencyMs = sample.latencyMs;
            appendToRing(m_latencies, m_nextLatency, m_latencySampleCapacity, sample.latencyMs);
        }
    } else {
        ++m_failureCount;
    }
    appendToRing(m_history, m_nextHistory, m_historyCapacity, sample);
}

void TrackerStatistics::recordScrape(bool succeeded, qint64 atMs)
{
    ++m_scrapeCount;
    m_scrapeFailureCount += succeeded ? 0 : 1;
    m_lastScrapeMs = atMs;
}

double TrackerStatistics::successRate() const
{
    if (m_announceCount == 0)
        return -1;
    return double(successCount()) / double(m_announceCount);
}

qint64 TrackerStatistics::medianLatencyMs() const
{
    if (m_latencies.isEmpty())
        return -1;
    QList<qint64> sorted = m_latencies;
    const auto middle = sorted.begin() + sorted.size() / 2;
    std::nth_element(sorted.begin(), middle, sorted.end());
    return *middle;
}

QList<TrackerHistorySample> TrackerStatistics::history() const
{
    return ringInOrder(m_history, m_nextHistory);
}
