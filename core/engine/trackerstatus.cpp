#include "engine/trackerstatus.h"

#include <QCoreApplication>

QString trackerStatusName(TrackerStatus status)
{
    switch (status) {
    case TrackerStatus::Working:
        return QStringLiteral("working");
    case TrackerStatus::Warning:
        return QStringLiteral("warning");
    case TrackerStatus::Updating:
        return QStringLiteral("updating");
    case TrackerStatus::TrackerError:
        return QStringLiteral("tracker_error");
    case TrackerStatus::InvalidResponse:
        return QStringLiteral("invalid_response");
    case TrackerStatus::Timeout:
        return QStringLiteral("timeout");
    case TrackerStatus::Unreachable:
        return QStringLiteral("unreachable");
    case TrackerStatus::Unsupported:
        return QStringLiteral("unsupported");
    case TrackerStatus::NotContacted:
        return QStringLiteral("not_contacted");
    case TrackerStatus::Disabled:
        return QStringLiteral("disabled");
    }
    return QStringLiteral("not_contacted");
}

QString trackerStatusText(TrackerStatus status)
{
    switch (status) {
    case TrackerStatus::Working:
        return QCoreApplication::translate("TrackerStatus", "Working");
    case TrackerStatus::Warning:
        return QCoreApplication::translate("TrackerStatus", "Working, with a warning");
    case TrackerStatus::Updating:
        return QCoreApplication::translate("TrackerStatus", "Updating");
    case TrackerStatus::TrackerError:
        return QCoreApplication::translate("TrackerStatus", "Tracker error");
    case TrackerStatus::InvalidResponse:
        return QCoreApplication::translate("TrackerStatus", "Invalid response");
    case TrackerStatus::Timeout:
        return QCoreApplication::translate("TrackerStatus", "Timed out");
    case TrackerStatus::Unreachable:
        return QCoreApplication::translate("TrackerStatus", "Unreachable");
    case TrackerStatus::Unsupported:
        return QCoreApplication::translate("TrackerStatus", "Unsupported");
    case TrackerStatus::NotContacted:
        return QCoreApplication::translate("TrackerStatus", "Not contacted yet");
    case TrackerStatus::Disabled:
        return QCoreApplication::translate("TrackerStatus", "Disabled");
    }
    return QString();
}

TrackerStatus trackerStatusFromOutcome(ExchangeOutcome outcome, bool hasWarning)
{
    switch (outcome) {
    case ExchangeOutcome::Success:
        return hasWarning ? TrackerStatus::Warning : TrackerStatus::Working;
    case ExchangeOutcome::TrackerFailure:
        return TrackerStatus::TrackerError;
    case ExchangeOutcome::InvalidResponse:
    case ExchangeOutcome::HttpError:
    case ExchangeOutcome::ResponseTooLarge:
        return TrackerStatus::InvalidResponse;
    case ExchangeOutcome::Timeout:
        return TrackerStatus::Timeout;
    case ExchangeOutcome::DnsFailure:
    case ExchangeOutcome::ConnectionRefused:
    case ExchangeOutcome::TlsError:
    case ExchangeOutcome::NetworkError:
    case ExchangeOutcome::RedirectRefused:
        return TrackerStatus::Unreachable;
    case ExchangeOutcome::Unsupported:
        return TrackerStatus::Unsupported;
    case ExchangeOutcome::Cancelled:
        return TrackerStatus::NotContacted;
    }
    return TrackerStatus::InvalidResponse;
}

bool trackerStatusIsWorking(TrackerStatus status)
{
    return status == TrackerStatus::Working || status == TrackerStatus::Warning;
}

TrackerStatus summariseTrackerStatuses(const QList<TrackerStatus> &statuses)
{
    if (statuses.isEmpty())
        return TrackerStatus::NotContacted;
    TrackerStatus best = statuses.first();
    for (TrackerStatus status : statuses) {
        if (static_cast<int>(status) < static_cast<int>(best))
            best = status;
    }
    return best;
}
