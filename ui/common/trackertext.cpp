#include "common/trackertext.h"

#include "common/statusicons.h"
#include "torrents/metainfotext.h"

#include <QDateTime>
#include <QLocale>

namespace {
constexpr qint64 kSecondsPerMinute = 60;
constexpr qint64 kSecondsPerHour = 3600;
constexpr qint64 kMillisecondsPerSecond = 1000;
} // namespace

QIcon TrackerText::statusIcon(TrackerStatus status)
{
    switch (status) {
    case TrackerStatus::Working:
        return StatusIcons::icon(StatusIcons::Kind::Working);
    case TrackerStatus::Warning:
        return StatusIcons::icon(StatusIcons::Kind::Warning);
    case TrackerStatus::Updating:
        return StatusIcons::icon(StatusIcons::Kind::Updating);
    case TrackerStatus::TrackerError:
    case TrackerStatus::InvalidResponse:
        return StatusIcons::icon(StatusIcons::Kind::Error);
    case TrackerStatus::Timeout:
        return StatusIcons::icon(StatusIcons::Kind::Timeout);
    case TrackerStatus::Unreachable:
        return StatusIcons::icon(StatusIcons::Kind::Unreachable);
    case TrackerStatus::Unsupported:
        return StatusIcons::icon(StatusIcons::Kind::Unsupported);
    case TrackerStatus::NotContacted:
        return StatusIcons::icon(StatusIcons::Kind::NotContacted);
    case TrackerStatus::Disabled:
        return StatusIcons::icon(StatusIcons::Kind::Disabled);
    }
    return QIcon();
}

TrackerText::StatusGroup TrackerText::statusGroup(TrackerStatus status)
{
    switch (status) {
    case TrackerStatus::Working:
        return StatusGroup::Working;
    case TrackerStatus::Warning:
        return StatusGroup::Warning;
    case TrackerStatus::TrackerError:
    case TrackerStatus::InvalidResponse:
    case TrackerStatus::Unsupported:
        return StatusGroup::Error;
    case TrackerStatus::Timeout:
        return StatusGroup::Timeout;
    case TrackerStatus::Unreachable:
        return StatusGroup::Unreachable;
    case TrackerStatus::Updating:
    case TrackerStatus::NotContacted:
    case TrackerStatus::Disabled:
        return StatusGroup::Pending;
    }
    return StatusGroup::Pending;
}

QString TrackerText::statusGroupName(StatusGroup group)
{
    switch (group) {
    case StatusGroup::All:
        return tr("All statuses");
    case StatusGroup::Working:
        return tr("Working");
    case StatusGroup::Warning:
        return tr("Warning");
    case StatusGroup::Error:
        return tr("Error");
    case StatusGroup::Timeout:
        return tr("Timed out");
    case StatusGroup::Unreachable:
        return tr("Unreachable");
    case StatusGroup::Pending:
        return tr("Not contacted or disabled");
    }
    return QString();
}

bool TrackerText::isFailure(TrackerStatus status)
{
    const StatusGroup group = statusGroup(status);
    return group == StatusGroup::Error || group == StatusGroup::Timeout ||
           group == StatusGroup::Unreachable;
}

QString TrackerText::duration(qint64 seconds)
{
    if (seconds < 0)
        return MetainfoText::unknown();
    if (seconds < kSecondsPerMinute)
        return tr("%1 s").arg(seconds);
    if (seconds < kSecondsPerHour) {
        const qint64 rest = seconds % kSecondsPerMinute;
        return rest == 0 ? tr("%1 min").arg(seconds / kSecondsPerMinute)
                         : tr("%1 min %2 s").arg(seconds / kSecondsPerMinute).arg(rest);
    }
    const qint64 minutes = (seconds % kSecondsPerHour) / kSecondsPerMinute;
    return minutes == 0 ? tr("%1 h").arg(seconds / kSecondsPerHour)
                        : tr("%1 h %2 min").arg(seconds / kSecondsPerHour).arg(minutes);
}

QString TrackerText::countdown(qint64 atMs, qint64 nowMs)
{
    if (atMs < 0)
        return MetainfoText::unknown();
    const qint64 remaining = atMs - nowMs;
    if (remaining <= 0)
        return tr("due now");
    return duration((remaining + kMillisecondsPerSecond - 1) / kMillisecondsPerSecond);
}

QString TrackerText::latency(qint64 milliseconds)
{
    if (milliseconds < 0)
        return MetainfoText::unknown();
    if (milliseconds < kMillisecondsPerSecond)
        return tr("%1 ms").arg(milliseconds);
    return tr("%1 s").arg(
        QLocale().toString(double(milliseconds) / kMillisecondsPerSecond, 'f', 1));
}

QString TrackerText::timeOfDay(qint64 atMs)
{
    if (atMs < 0)
        return MetainfoText::unknown();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(atMs).time(),
                              QStringLiteral("HH:mm:ss"));
}

QString TrackerText::percent(double fraction)
{
    if (fraction < 0)
        return MetainfoText::unknown();
    return tr("%1 %").arg(qRound(fraction * 100));
}
