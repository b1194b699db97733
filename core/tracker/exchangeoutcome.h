#pragma once

#include <QString>

// How one exchange with a tracker ended. Each failure has its own value so that the engine and
// the UI can tell "refused" from "timed out" from "answered garbage".
enum class ExchangeOutcome {
    Success,           // a valid reply (it may still carry a warning message)
    TrackerFailure,    // the tracker answered with `failure reason` / a UDP error action
    InvalidResponse,   // not bencode, missing keys, bad packet, not JSON...
    HttpError,         // HTTP status other than 200
    Timeout,           // no (complete) answer within the time allowed
    DnsFailure,        // the host name did not resolve
    ConnectionRefused, // TCP RST / ICMP port unreachable
    TlsError,          // certificate or handshake problem
    NetworkError,      // any other transport failure (unreachable network, reset...)
    ResponseTooLarge,  // the body exceeded the size cap
    RedirectRefused,   // too many redirects, or https -> http
    Unsupported,       // the URL cannot be used (scheme, no scrape URL...)
    Cancelled,         // cancelled by us
};

// A stable lowercase name, e.g. "connection_refused", for logs and reports.
QString exchangeOutcomeName(ExchangeOutcome outcome);
