#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <utility>

class InspectionEngine;
struct TrackerState;

// One look at the process and the engine during the soak.
struct SoakSample
{
    qint64 elapsedSeconds = 0;
    qint64 residentKilobytes = -1;   // VmRSS
    qint64 openFileDescriptors = -1; // entries of /proc/self/fd
    qint64 heapKilobytes = -1;       // allocated and not freed (glibc's mallinfo2)
    qint64 heapHeldKilobytes = -1;   // what malloc holds from the system, in use or free
    int liveObjects = -1;            // QObjects below the watched roots (engine, network manager)
    int tcpSockets = -1;             // of the open descriptors (/proc/self/net/tcp, tcp6)
    int tcpClosing = -1;             // of those, closed by the peer and not by us (CLOSE_WAIT)
    int udpSockets = -1;
    int announces = 0; // over every tracker of every torrent
    int failures = 0;
    int scrapes = 0;
    int fewestAnnounces = -1; // of one tracker of one torrent re-announced within the run
    int mostAnnounces = -1;
    int workingTrackers = 0;
    int trackerStates = 0;
    int uniquePeers = 0; // summed over the torrents
    int requestsInFlight = 0;
    int stalledTrackers = 0;
};

// Samples the soak every few seconds and judges it: memory and file descriptors flat after the
// warm-up, every tracker re-announced on its interval and still working, the peer registry
// neither growing nor losing peers. Reads the engine's state; never changes it.
class SoakMonitor
{
public:
    struct Limits
    {
        int warmupSeconds = 60;
        qint64 residentToleranceKilobytes = 8192; // growth allowed after the warm-up (malloc
                                                  // fragmentation included)
        qint64 heapToleranceKilobytes = 1024;     // growth of its baseline (lowest) after it
        int fileDescriptorTolerance = 8;          // growth of their median after it
        double minimumAnnounceRatio = 0.8;        // announces done / expected from the interval
        double failureTolerance = 0.01;           // failed announces / announces
        qint64 stallGraceMs = 15'000;             // late beyond the interval = stopped
        int expectedUniquePeers = -1;             // per torrent; -1: not checked
    };

    SoakMonitor(const InspectionEngine &engine, const QList<quint64> &torrentIds,
                const Limits &limits);

    // QObjects whose descendants are counted in every sample (replies, sockets, timers...).
    void watchObjects(const QList<const QObject *> &roots) { m_watchedRoots = roots; }
    void takeSample(qint64 elapsedSeconds);
    const QList<SoakSample> &samples() const { return m_samples; }
    static QString sampleHeader();
    static QString sampleRow(const SoakSample &sample);
    // Per protocol: announces per tracker (fewest, median, most) against the expected count.
    QString announceTable(qint64 elapsedSeconds) const;
    QString summary() const;
    // Everything that went wrong; empty when the soak passed.
    QStringList problems(qint64 elapsedSeconds) const;

private:
    void inspectTracker(const TrackerState &tracker, int torrentNumber, qint64 elapsedSeconds,
                        SoakSample &sample);
    int intervalSecondsOf(const TrackerState &tracker) const;
    qint64 expectedAnnounces(const TrackerState &tracker, qint64 elapsedSeconds) const;
    const SoakSample *referenceSample() const; // the first after the warm-up
    // The medians of a figure in the first and in the last third after the warm-up.
    std::pair<qint64, qint64> thirdsMedians(qint64 SoakSample::*figure) const;
    int expectedPeers() const; // over every torrent; -1 when not checked
    QString descriptorAndTotalsSummary(const SoakSample &reference) const;
    void addDescriptorProblem(QStringList &problems) const;
    void addResourceProblems(QStringList &problems) const;
    void addTrackerProblems(QStringList &problems, qint64 elapsedSeconds) const;

    const InspectionEngine &m_engine;
    QList<quint64> m_torrentIds;
    Limits m_limits;
    QList<const QObject *> m_watchedRoots;
    QList<SoakSample> m_samples;
    QHash<QString, qint64> m_firstStallSeconds; // tracker key -> when first seen stalled
    QStringList m_notWorkingAtLastSample;
};
