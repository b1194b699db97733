#pragma once

#include "tracker/exchangeoutcome.h"

#include <QList>
#include <QString>

// The verdict on one endpoint, or on a tracker as a whole (a summary of its endpoints).
// The order is the order of preference when summarising: the best endpoint wins.
enum class TrackerStatus {
    Working,         // a valid reply
    Warning,         // a valid reply with a `warning message`
    Updating,        // a request is under way and nothing is known yet
    TrackerError,    // `failure reason` / UDP error action
    InvalidResponse, // not bencode, bad packet, HTTP error status, reply too large
    Timeout,         // no answer in time
    Unreachable,     // DNS, refused, TLS, network
    Unsupported,     // the URL cannot be used
    NotContacted,    // nothing sent yet
    Disabled,        // by the user, or by the private-torrent guard
};

// "working", "warning", "tracker_error", "invalid_response", "timeout", "unreachable",
// "unsupported", "not_contacted", "updating", "disabled": stable names for reports.
QString trackerStatusName(TrackerStatus status);
// A short word for people ("Working", "Not contacted yet"...), translated.
QString trackerStatusText(TrackerStatus status);
// The status an exchange that ended with `outcome` leaves an endpoint in.
TrackerStatus trackerStatusFromOutcome(ExchangeOutcome outcome, bool hasWarning);
// True for Working and Warning: the tracker answered usefully.
bool trackerStatusIsWorking(TrackerStatus status);
// The best of the statuses (Working beats Warning beats Updating beats errors...).
// An empty list summarises to NotContacted.
TrackerStatus summariseTrackerStatuses(const QList<TrackerStatus> &statuses);
