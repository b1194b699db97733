#include "tracker/exchangeoutcome.h"

QString exchangeOutcomeName(ExchangeOutcome outcome)
{
    switch (outcome) {
    case ExchangeOutcome::Success:
        return QStringLiteral("success");
    case ExchangeOutcome::TrackerFailure:
        return QStringLiteral("tracker_failure");
    case ExchangeOutcome::InvalidResponse:
        return QStringLiteral("invalid_response");
    case ExchangeOutcome::HttpError:
        return QStringLiteral("http_error");
    case ExchangeOutcome::Timeout:
        return QStringLiteral("timeout");
    case ExchangeOutcome::DnsFailure:
        return QStringLiteral("dns_failure");
    case ExchangeOutcome::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case ExchangeOutcome::TlsError:
        return QStringLiteral("tls_error");
    case ExchangeOutcome::NetworkError:
        return QStringLiteral("network_error");
    case ExchangeOutcome::ResponseTooLarge:
        return QStringLiteral("response_too_large");
    case ExchangeOutcome::RedirectRefused:
        return QStringLiteral("redirect_refused");
    case ExchangeOutcome::Unsupported:
        return QStringLiteral("unsupported");
    case ExchangeOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}
