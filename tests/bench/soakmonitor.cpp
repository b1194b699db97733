#include "soakmonitor.h"

#include "engine/engineclock.h"
#include "engine/inspectionengine.h"
#include "processresources.h"

#include <QMap>
#include <algorithm>

namespace {
constexpr qint64 kMillisecondsPerSecond = 1000;
// A tracker re-announced sooner than this many intervals has not had time to show a rate.
constexpr qint64 kMinimumExpectedForRatio = 3;

QString trackerKey(const TrackerState &tracker, int torrentNumber)
{
    return QStringLiteral("%1 (torrent %2)").arg(tracker.url.text()).arg(torrentNumber);
}

bool isWorkingNow(const TrackerState &tracker, qint64 nowMs, qint64 freshMs)
{
    if (trackerStatusIsWorking(tracker.status))
        return true;
    // A request in flight shows "updating": still working when the last success is recent.
    return tracker.status == TrackerStatus::Updating &&
           tracker.statistics.lastSuccessMs() >= nowMs - freshMs;
}
} // namespace

SoakMonitor::SoakMonitor(const InspectionEngine &engine, const QList<quint64> &torrentIds,
                         const Limits &limits)
    : m_engine(engine)
    , m_torrentIds(torrentIds)
    , m_limits(limits)
{}

int SoakMonitor::intervalSecondsOf(const TrackerState &tracker) const
{
    if (const TrackerEndpointState *best = tracker.bestEndpoint(); best && best->interval > 0)
        return std::max(best->interval, m_engine.settings().safetyFloorSeconds);
    for (const TrackerEndpointState &endpoint : tracker.endpoints) {
        if (endpoint.interval > 0)
            return std::max(endpoint.interval, m_engine.settings().safetyFloorSeconds);
    }
    return m_engine.settings().defaultIntervalSeconds;
}

qint64 SoakMonitor::expectedAnnounces(const TrackerState &tracker, qint64 elapsedSeconds) const
{
    // `started`, then one per interval after each reply (hashes announced separately count
    // separately): a loaded machine's latency stretches every cycle a little.
    const qint64 latencyMs = std::max<qint64>(tracker.statistics.medianLatencyMs(), 0);
    const qint64 cycleMs = intervalSecondsOf(tracker) * kMillisecondsPerSecond + latencyMs;
    const qint64 perSlot = 1 + elapsedSeconds * kMillisecondsPerSecond / cycleMs;
    return perSlot * std::max<qint64>(tracker.announceSlots.size(), 1);
}

void SoakMonitor::inspectTracker(const TrackerState &tracker, int torrentNumber,
                                 qint64 elapsedSeconds, SoakSample &sample)
{
    const qint64 nowMs = m_engine.clock()->nowMs();
    const qint64 lateMs = intervalSecondsOf(tracker) * kMillisecondsPerSecond +
                          m_engine.settings().requestTimeoutMs + m_limits.stallGraceMs;
    const int count = tracker.statistics.announceCount();
    sample.announces += count;
    sample.failures += tracker.statistics.failureCount();
    sample.scrapes += tracker.statistics.scrapeCount();
    if (intervalSecondsOf(tracker) <= elapsedSeconds) { // the control's 30 min do not count
        sample.fewestAnnounces =
            sample.fewestAnnounces < 0 ? count : std::min(sample.fewestAnnounces, count);
        sample.mostAnnounces = std::max(sample.mostAnnounces, count);
    }
    ++sample.trackerStates;
    const QString key = trackerKey(tracker, torrentNumber);
    if (isWorkingNow(tracker, nowMs, lateMs))
        ++sample.workingTrackers;
    else
        m_notWorkingAtLastSample.append(key + u": " + trackerStatusName(tracker.status) + u' ' +
                                        tracker.message);
    const qint64 lastMs = tracker.lastAnnounceMs();
    const bool planned = tracker.isBusy() || tracker.nextAnnounceMs() >= 0;
    const bool late =
        lastMs >= 0 ? nowMs - lastMs > lateMs : elapsedSeconds * kMillisecondsPerSecond > lateMs;
    if (!tracker.disabled && (!planned || late)) {
        ++sample.stalledTrackers;
        if (!m_firstStallSeconds.contains(key))
            m_firstStallSeconds.insert(key, elapsedSeconds);
    }
}

void SoakMonitor::takeSample(qint64 elapsedSeconds)
{
    SoakSample sample;
    sample.elapsedSeconds = elapsedSeconds;
    sample.residentKilobytes = ProcessResources::residentKilobytes();
    sample.openFileDescriptors = ProcessResources::openFileDescriptors();
    const ProcessResources::Sockets sockets = ProcessResources::sockets();
    sample.tcpSockets = sockets.tcp;
    sample.tcpClosing = sockets.tcpCloseWait;
    sample.udpSockets = sockets.udp;
    const ProcessResources::Heap heap = ProcessResources::heap();
    sample.heapKilobytes = heap.inUseKilobytes;
    sample.heapHeldKilobytes = heap.heldKilobytes;
    sample.requestsInFlight = m_engine.requestsInFlight();
    sample.liveObjects = 0;
    for (const QObject *root : std::as_const(m_watchedRoots))
        sample.liveObjects += int(root->findChildren<QObject *>().size());
    m_notWorkingAtLastSample.clear();
    for (qsizetype number = 0; number < m_torrentIds.size(); ++number) {
        const std::optional<TorrentSnapshot> torrent = m_engine.torrent(m_torrentIds[number]);
        if (!torrent)
            continue;
        sample.uniquePeers += torrent->peerCount;
        for (const TrackerState &tracker : torrent->trackers)
            inspectTracker(tracker, int(number + 1), elapsedSeconds, sample);
    }
    m_samples.append(sample);
}

QString SoakMonitor::sampleHeader()
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12 %13 %14\n")
        .arg(u"time s", 6)
        .arg(u"RSS KB", 8)
        .arg(u"heap KB", 8)
        .arg(u"held KB", 8)
        .arg(u"fds tcp/cw/udp", 17)
        .arg(u"objects", 7)
        .arg(u"announces", 9)
        .arg(u"failed", 6)
        .arg(u"scrapes", 7)
        .arg(u"per tracker", 11)
        .arg(u"working", 9)
        .arg(u"peers", 6)
        .arg(u"flight", 6)
        .arg(u"stalled", 7);
}

QString SoakMonitor::sampleRow(const SoakSample &sample)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12 %13 %14\n")
        .arg(sample.elapsedSeconds, 6)
        .arg(sample.residentKilobytes, 8)
        .arg(sample.heapKilobytes, 8)
        .arg(sample.heapHeldKilobytes, 8)
        .arg(QStringLiteral("%1 %2/%3/%4")
                 .arg(sample.openFileDescriptors)
                 .arg(sample.tcpSockets)
                 .arg(sample.tcpClosing)
                 .arg(sample.udpSockets),
             17)
        .arg(sample.liveObjects, 7)
        .arg(sample.announces, 9)
        .arg(sample.failures, 6)
        .arg(sample.scrapes, 7)
        .arg(sample.fewestAnnounces < 0
                 ? QStringLiteral("-")
                 : QStringLiteral("%1-%2").arg(sample.fewestAnnounces).arg(sample.mostAnnounces),
             11)
        .arg(QStringLiteral("%1/%2").arg(sample.workingTrackers).arg(sample.trackerStates), 9)
        .arg(sample.uniquePeers, 6)
        .arg(sample.requestsInFlight, 6)
        .arg(sample.stalledTrackers, 7);
}

QString SoakMonitor::announceTable(qint64 elapsedSeconds) const
{
    struct Row
    {
        QList<int> counts;
        qint64 expected = 0;
        int failures = 0;
    };
    QMap<QString, Row> rows; // by protocol and interval
    for (const quint64 id : m_torrentIds) {
        const std::optional<TorrentSnapshot> torrent = m_engine.torrent(id);
        for (const TrackerState &tracker : torrent ? torrent->trackers : QList<TrackerState>()) {
            const int interval = intervalSecondsOf(tracker);
            // opentracker's interval is randomised around 30 min: one row for every such.
            const QString every = interval > elapsedSeconds
                                      ? QStringLiteral("interval longer than the run")
                                      : QStringLiteral("every %1 s").arg(interval);
            Row &row = rows[tracker.url.protocolName() + u' ' + every];
            row.counts.append(tracker.statistics.announceCount());
            row.expected = std::max(row.expected, expectedAnnounces(tracker, elapsedSeconds));
            row.failures += tracker.statistics.failureCount();
        }
    }
    QString table = QStringLiteral("announces per tracker after %1 s:\n").arg(elapsedSeconds);
    for (auto row = rows.begin(); row != rows.end(); ++row) {
        QList<int> &counts = row->counts;
        std::sort(counts.begin(), counts.end());
        table += QStringLiteral("  %1: %2 trackers, announces fewest %3 / median %4 / most %5, "
                                "expected %6, failures %7\n")
                     .arg(row.key(), -34)
                     .arg(counts.size())
                     .arg(counts.first())
                     .arg(counts[counts.size() / 2])
                     .arg(counts.last())
                     .arg(row->expected)
                     .arg(row->failures);
    }
    return table;
}

const SoakSample *SoakMonitor::referenceSample() const
{
    for (const SoakSample &sample : m_samples) {
        if (sample.elapsedSeconds >= m_limits.warmupSeconds)
            return &sample;
    }
    return nullptr;
}

QString SoakMonitor::summary() const
{
    const SoakSample *reference = referenceSample();
    if (!reference)
        return QStringLiteral("no sample after the warm-up (%1 s)\n").arg(m_limits.warmupSeconds);
    const SoakSample &last = m_samples.last();
    const auto change = [](qint64 from, qint64 to) -> QString {
        return (to >= from ? QStringLiteral("+") : QString()) + QString::number(to - from);
    };
    const auto [earlyHeap, lateHeap] = thirdsMedians(&SoakSample::heapKilobytes);
    return QStringLiteral("after the warm-up (%1 s) -> at the end (%2 s):\n"
                          "  RSS %3 -> %4 KB (%5 KB; tolerance %6 KB)\n"
                          "  heap in use %7 -> %8 KB (median early / late %9 / %10 KB: %11 KB; "
                          "tolerance %12 KB), held by malloc %13 -> %14 KB\n"
                          "  QObjects %15 -> %16\n")
               .arg(reference->elapsedSeconds)
               .arg(last.elapsedSeconds)
               .arg(reference->residentKilobytes)
               .arg(last.residentKilobytes)
               .arg(change(reference->residentKilobytes, last.residentKilobytes))
               .arg(m_limits.residentToleranceKilobytes)
               .arg(reference->heapKilobytes)
               .arg(last.heapKilobytes)
               .arg(earlyHeap)
               .arg(lateHeap)
               .arg(change(earlyHeap, lateHeap))
               .arg(m_limits.heapToleranceKilobytes)
               .arg(reference->heapHeldKilobytes)
               .arg(last.heapHeldKilobytes)
               .arg(reference->liveObjects)
               .arg(last.liveObjects) +
           descriptorAndTotalsSummary(*reference);
}

QString SoakMonitor::descriptorAndTotalsSummary(const SoakSample &reference) const
{
    qint64 fewestFds = reference.openFileDescriptors;
    qint64 mostFds = reference.openFileDescriptors;
    for (const SoakSample &sample : m_samples) {
        if (sample.elapsedSeconds >= reference.elapsedSeconds) {
            fewestFds = std::min(fewestFds, sample.openFileDescriptors);
            mostFds = std::max(mostFds, sample.openFileDescriptors);
        }
    }
    const auto [early, late] = thirdsMedians(&SoakSample::openFileDescriptors);
    const SoakSample &last = m_samples.last();
    return QStringLiteral("  open file descriptors %1..%2 (median early / late %3 / %4; "
                          "tolerance +%5)\n"
                          "announces %6 (failed %7), scrapes %8, unique peers %9 (expected %10)\n")
        .arg(fewestFds)
        .arg(mostFds)
        .arg(early)
        .arg(late)
        .arg(m_limits.fileDescriptorTolerance)
        .arg(last.announces)
        .arg(last.failures)
        .arg(last.scrapes)
        .arg(last.uniquePeers)
        .arg(expectedPeers());
}

int SoakMonitor::expectedPeers() const
{
    return m_limits.expectedUniquePeers < 0
               ? -1
               : m_limits.expectedUniquePeers * int(m_torrentIds.size());
}

std::pair<qint64, qint64> SoakMonitor::thirdsMedians(qint64 SoakSample::*figure) const
{
    // Samples catch the process between and amid bursts of replies (connections and buffers come
    // and go): a stretch's median is its level. Compared: the first and the last third after the
    // warm-up.
    const SoakSample *reference = referenceSample();
    const qint64 span = m_samples.last().elapsedSeconds - reference->elapsedSeconds;
    const qint64 earlyEnd = reference->elapsedSeconds + span / 3;
    const qint64 lateStart = m_samples.last().elapsedSeconds - span / 3;
    QList<qint64> early;
    QList<qint64> late;
    for (const SoakSample &sample : m_samples) {
        const qint64 at = sample.elapsedSeconds;
        if (at >= reference->elapsedSeconds && at <= earlyEnd)
            early.append(sample.*figure);
        if (at >= lateStart)
            late.append(sample.*figure);
    }
    const auto median = [](QList<qint64> &values) {
        std::sort(values.begin(), values.end());
        return values.isEmpty() ? qint64(-1) : values[values.size() / 2];
    };
    return {median(early), median(late)};
}

void SoakMonitor::addDescriptorProblem(QStringList &problems) const
{
    const auto [early, late] = thirdsMedians(&SoakSample::openFileDescriptors);
    if (late - early > m_limits.fileDescriptorTolerance)
        problems.append(QStringLiteral("open file descriptors grew from %1 to %2 (medians of the "
                                       "first and last third after the warm-up), more than the "
                                       "%3 allowed")
                            .arg(early)
                            .arg(late)
                            .arg(m_limits.fileDescriptorTolerance));
}

void SoakMonitor::addResourceProblems(QStringList &problems) const
{
    const SoakSample *reference = referenceSample();
    if (!reference) {
        problems.append(QStringLiteral("the run ended before the warm-up (%1 s) did")
                            .arg(m_limits.warmupSeconds));
        return;
    }
    const SoakSample &last = m_samples.last();
    if (last.residentKilobytes - reference->residentKilobytes > m_limits.residentToleranceKilobytes)
        problems.append(QStringLiteral("resident memory grew by %1 KB after the warm-up (%2 -> %3 "
                                       "KB), more than the %4 KB allowed")
                            .arg(last.residentKilobytes - reference->residentKilobytes)
                            .arg(reference->residentKilobytes)
                            .arg(last.residentKilobytes)
                            .arg(m_limits.residentToleranceKilobytes));
    const auto [earlyHeap, lateHeap] = thirdsMedians(&SoakSample::heapKilobytes);
    if (lateHeap - earlyHeap > m_limits.heapToleranceKilobytes)
        problems.append(QStringLiteral("the heap in use grew by %1 KB after the warm-up (median "
                                       "%2 KB early, %3 KB late), more than the %4 KB allowed")
                            .arg(lateHeap - earlyHeap)
                            .arg(earlyHeap)
                            .arg(lateHeap)
                            .arg(m_limits.heapToleranceKilobytes));
    addDescriptorProblem(problems);
    if (expectedPeers() >= 0 && last.uniquePeers != expectedPeers())
        problems.append(QStringLiteral("the torrents know %1 unique peers, the trackers hold %2")
                            .arg(last.uniquePeers)
                            .arg(expectedPeers()));
}

void SoakMonitor::addTrackerProblems(QStringList &problems, qint64 elapsedSeconds) const
{
    for (auto stall = m_firstStallSeconds.cbegin(); stall != m_firstStallSeconds.cend(); ++stall)
        problems.append(QStringLiteral("%1 was not re-announced on time (seen at %2 s)")
                            .arg(stall.key())
                            .arg(stall.value()));
    for (const QString &tracker : m_notWorkingAtLastSample)
        problems.append(QStringLiteral("%1 is not working at the end").arg(tracker));
    const SoakSample &last = m_samples.last();
    if (last.failures > m_limits.failureTolerance * last.announces)
        problems.append(
            QStringLiteral("%1 of %2 announces failed").arg(last.failures).arg(last.announces));
    for (qsizetype number = 0; number < m_torrentIds.size(); ++number) {
        const std::optional<TorrentSnapshot> torrent = m_engine.torrent(m_torrentIds[number]);
        for (const TrackerState &tracker : torrent ? torrent->trackers : QList<TrackerState>()) {
            const qint64 expected = expectedAnnounces(tracker, elapsedSeconds);
            const int count = tracker.statistics.announceCount();
            if (expected >= kMinimumExpectedForRatio &&
                count < m_limits.minimumAnnounceRatio * expected)
                problems.append(QStringLiteral("%1 was announced %2 times, %3 expected")
                                    .arg(trackerKey(tracker, int(number + 1)))
                                    .arg(count)
                                    .arg(expected));
        }
    }
}

QStringList SoakMonitor::problems(qint64 elapsedSeconds) const
{
    QStringList problems;
    if (m_samples.isEmpty())
        return {QStringLiteral("no sample was taken")};
    addResourceProblems(problems);
    addTrackerProblems(problems, elapsedSeconds);
    return problems;
}
