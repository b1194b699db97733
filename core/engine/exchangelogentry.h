#pragma once

#include "engine/trackerendpointstate.h"
#include "engine/trackerstatus.h"
#include "tracker/announceevent.h"
#include "tracker/exchangeoutcome.h"
#include "tracker/exchangerecord.h"

#include <QString>

// One request and its reply in a tracker's exchange log (the UI's raw view and export).
struct ExchangeLogEntry
{
    enum class Kind { Announce, Scrape };

    Kind kind = Kind::Announce;
    qint64 atMs = -1; // engine clock, when the result came
    AnnounceEvent event = AnnounceEvent::None;
    ExchangeOutcome outcome = ExchangeOutcome::Success;
    QString summary; // one line: "working, 12 peers, interval 1800 s" or the error sentence
    ExchangeRecord record;
    // What this exchange says of the tracker: a reply with a warning, or a scrape reply without
    // this torrent, is a Warning although the exchange itself succeeded.
    TrackerStatus verdict = TrackerStatus::NotContacted;
    // The torrent's hash this entry is about (a hybrid asks for both; a batched scrape may carry
    // both in one request, and then logs one entry for each).
    InfoHashVersion hashVersion = InfoHashVersion::V1;

    // The verdict, or for an entry made without one, what its outcome alone says.
    TrackerStatus shownVerdict() const
    {
        return verdict != TrackerStatus::NotContacted ? verdict
                                                      : trackerStatusFromOutcome(outcome, false);
    }
};
