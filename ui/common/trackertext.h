#pragma once

#include "engine/trackerstatus.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

// How the UI words tracker figures: durations, countdowns, latencies, times and statuses.
// Unknown values (-1) are "–", never 0.
class TrackerText
{
    Q_DECLARE_TR_FUNCTIONS(TrackerText)

public:
    // The groups of the status filter.
    enum class StatusGroup { All, Working, Warning, Error, Timeout, Unreachable, Pending };

    static QIcon statusIcon(TrackerStatus status);
    static StatusGroup statusGroup(TrackerStatus status);
    static QString statusGroupName(StatusGroup group);
    static bool isFailure(TrackerStatus status); // an error, timeout or unreachable
    // "45 s", "29 min 12 s", "2 h 5 min"; "–" when negative.
    static QString duration(qint64 seconds);
    // Until atMs from nowMs: "29 min 12 s", "due now"; "–" when atMs is -1.
    static QString countdown(qint64 atMs, qint64 nowMs);
    static QString latency(qint64 milliseconds); // "38 ms", "1.2 s", "–"
    static QString timeOfDay(qint64 atMs);       // "14:03:12" local time, "–" when -1
    static QString percent(double fraction);     // "97 %", "–" when negative
};
