#pragma once

#include "diagnostics/replylinter.h"
#include "engine/announceflight.h"
#include "engine/announcepolicy.h"
#include "engine/trackerstate.h"
#include "tracker/announceresult.h"
#include "tracker/scraperesult.h"

#include <QCoreApplication>

// Applies what clients report to a tracker's state: endpoint verdicts, figures, findings,
// statistics, the exchange log, and when to announce next. Pure functions over the state, so the
// engine stays a dispatcher and the rules are testable on their own.
class TrackerStateUpdater
{
    Q_DECLARE_TR_FUNCTIONS(TrackerStateUpdater)

public:
    // A request for this slot goes out: its endpoints show Updating. Returns the request's
    // record, which the engine keeps and hands back with each result.
    static AnnounceFlight beginAnnounce(TrackerState &tracker, int slotIndex, AnnounceEvent event,
                                        qint64 nowMs);
    // One endpoint's result; returns the endpoint's index.
    static int applyAnnounceResult(TrackerState &tracker, int slotIndex, AnnounceFlight &flight,
                                   const AnnounceResult &result,
                                   const ReplyLinter::AnnounceContext &context, qint64 nowMs,
                                   int logCapacity);
    // The request ended. Endpoints that gave no result are dropped (the host no longer has that
    // address) when others answered, else they time out. Then the next announce is planned:
    // keepAnnouncing false leaves nothing planned (passive looks and single rounds).
    static void finishAnnounce(TrackerState &tracker, int slotIndex, const AnnounceFlight &flight,
                               const AnnouncePolicy &policy, bool keepAnnouncing, qint64 nowMs);
    // The engine gave up waiting: endpoints still updating time out with this sentence.
    static void timeOutAnnounce(TrackerState &tracker, int slotIndex, AnnounceFlight &flight,
                                const QString &message, qint64 nowMs, int logCapacity);
    // A scrape's figures (or failure) for one of the torrent's hashes at this tracker. A failure
    // from one endpoint does not hide the figures another endpoint of the same request gave.
    static void applyScrape(TrackerState &tracker, InfoHashVersion version,
                            const ScrapeResult &result, const ScrapeEntry *entry, bool isHttp,
                            bool keepEarlierSuccess, qint64 nowMs);
    // The log row of one scrape reply for one of the torrent's hashes: its figures, or that the
    // torrent is not in the reply (a warning), or the failure.
    static ExchangeLogEntry scrapeLogEntry(const ScrapeResult &result, const ScrapeEntry *entry,
                                           InfoHashVersion version, qint64 nowMs);
    static TrackerStatus announceVerdict(const AnnounceResult &result);
    // The log row of one announce reply; a chosen announce's row names the values sent and what
    // its protocol could not carry.
    static ExchangeLogEntry announceLogEntry(const AnnounceFlight &flight,
                                             const AnnounceResult &result, InfoHashVersion version,
                                             qint64 nowMs);
    static void appendLog(TrackerState &tracker, const ExchangeLogEntry &entry, int capacity);
    // Recomputes the tracker's status and message from its endpoints.
    static void summarise(TrackerState &tracker);
    static QString describeAnnounce(const AnnounceResult &result);

private:
    static int endpointFor(TrackerState &tracker, InfoHashVersion version,
                           const ExchangeRecord &exchange);
    static void applyToEndpoint(TrackerEndpointState &endpoint, const AnnounceResult &result,
                                const ReplyLinter::AnnounceContext &context, qint64 nowMs);
};
