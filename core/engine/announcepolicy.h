#pragma once

#include "engine/enginesettings.h"

#include <optional>

// When to announce next. A value class over the settings: every answer is a delay in
// milliseconds from "now", or -1 for "never again on our own".
class AnnouncePolicy
{
public:
    explicit AnnouncePolicy(const EngineSettings &settings);

    // After a valid reply: the tracker's interval (or the default), never below its min interval
    // nor below the safety floor.
    qint64 delayAfterSuccess(int intervalSeconds, int minIntervalSeconds) const;
    // After a failure: BEP 31 `retry in` when the tracker gave it ("never" -> -1), else the
    // back-off for this many consecutive failures (1 = the first), capped; never below the safety
    // floor nor the last known min interval.
    qint64 delayAfterFailure(int consecutiveFailures, std::optional<int> retryInMinutes,
                             bool retryNever, int lastMinIntervalSeconds) const;
    // The back-off alone (s) for this many consecutive failures.
    qint64 backoffSeconds(int consecutiveFailures) const;
    // A manual re-announce is held back until the safety floor has passed since the last one.
    qint64 delayForManualAnnounce(qint64 sinceLastAnnounceMs) const;

private:
    qint64 floorMs(int minIntervalSeconds) const;

    int m_defaultIntervalSeconds;
    int m_safetyFloorSeconds;
    int m_backoffBaseSeconds;
    int m_backoffPercent;
    int m_backoffCapSeconds;
};
