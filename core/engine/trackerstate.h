#pragma once

#include "diagnostics/finding.h"
#include "engine/announceslot.h"
#include "engine/exchangelogentry.h"
#include "engine/trackerendpointstate.h"
#include "engine/trackerid.h"
#include "engine/trackerstatistics.h"
#include "metainfo/trackerurl.h"

#include <QList>
#include <QString>

// The scrape figures a tracker gave for one of the torrent's hashes.
struct TrackerScrapeState
{
    TrackerStatus status = TrackerStatus::NotContacted;
    QString message;
    qint64 seeders = -1;
    qint64 leechers = -1;
    qint64 completed = -1;
    qint64 downloaders = -1;
    qint64 lastScrapeMs = -1;
    int minRequestInterval = -1;
};

// One tracker of one torrent: its endpoints, a summary of them, statistics, findings and a
// bounded exchange log.
struct TrackerState
{
    TrackerId id; // never changes while the tracker exists
    TrackerUrl url;
    int tier = 0;
    bool addedByUser = false; // not in the torrent (--tracker, typed in the UI)
    bool disabled = false;
    QString disabledReason;
    // The user chose to go on past this tracker's certificate errors (each is still reported).
    bool ignoresCertificateErrors = false;

    TrackerStatus status = TrackerStatus::NotContacted; // summary of the endpoints
    QString message;                                    // the best endpoint's message
    QList<TrackerEndpointState> endpoints;
    QList<AnnounceSlot> announceSlots; // one per hash the torrent announces

    TrackerScrapeState scrape;   // figures for the torrent's v1 hash (or v2 when v2-only)
    TrackerScrapeState scrapeV2; // a hybrid's v2 hash
    TrackerStatistics statistics;
    QList<Finding> findings;
    QList<ExchangeLogEntry> exchangeLog; // oldest first, bounded
    int uniquePeersContributed = 0;
    int peerCount = 0; // unique peers this tracker returned

    // The best working endpoint, or nullptr.
    const TrackerEndpointState *bestEndpoint() const;
    // Announce figures of the best endpoint, else scrape figures; -1 when neither is known.
    qint64 seeders() const;
    qint64 leechers() const;
    qint64 downloaded() const;
    qint64 nextAnnounceMs() const; // the earliest of the slots; -1 when none is planned
    qint64 lastAnnounceMs() const;
    bool isBusy() const; // a request is queued or in flight
    // What a person reads about it: why the user disabled it, else the best endpoint's message.
    QString shownMessage() const
    {
        return disabled && !disabledReason.isEmpty() ? disabledReason : message;
    }
};
