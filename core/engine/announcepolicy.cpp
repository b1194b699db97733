#include "engine/announcepolicy.h"

#include <algorithm>

namespace {
constexpr qint64 kMillisecondsPerSecond = 1000;
constexpr qint64 kSecondsPerMinute = 60;
} // namespace

AnnouncePolicy::AnnouncePolicy(const EngineSettings &settings)
    : m_defaultIntervalSeconds(settings.defaultIntervalSeconds)
    , m_safetyFloorSeconds(settings.safetyFloorSeconds)
    , m_backoffBaseSeconds(settings.backoffBaseSeconds)
    , m_backoffPercent(settings.backoffPercent)
    , m_backoffCapSeconds(settings.backoffCapSeconds)
{}

qint64 AnnouncePolicy::floorMs(int minIntervalSeconds) const
{
    return std::max<qint64>(std::max(minIntervalSeconds, m_safetyFloorSeconds), 0) *
           kMillisecondsPerSecond;
}

qint64 AnnouncePolicy::delayAfterSuccess(int intervalSeconds, int minIntervalSeconds) const
{
    const qint64 interval = intervalSeconds > 0 ? intervalSeconds : m_defaultIntervalSeconds;
    return std::max(interval * kMillisecondsPerSecond, floorMs(minIntervalSeconds));
}

qint64 AnnouncePolicy::backoffSeconds(int consecutiveFailures) const
{
    const qint64 failures = std::max(consecutiveFailures, 1);
    const qint64 growth = m_backoffBaseSeconds * m_backoffPercent * failures * failures / 100;
    return std::min<qint64>(m_backoffBaseSeconds + growth, m_backoffCapSeconds);
}

qint64 AnnouncePolicy::delayAfterFailure(int consecutiveFailures, std::optional<int> retryInMinutes,
                                         bool retryNever, int lastMinIntervalSeconds) const
{
    if (retryNever)
        return -1;
    const qint64 wanted = retryInMinutes && *retryInMinutes > 0
                              ? *retryInMinutes * kSecondsPerMinute * kMillisecondsPerSecond
                              : backoffSeconds(consecutiveFailures) * kMillisecondsPerSecond;
    return std::max(wanted, floorMs(lastMinIntervalSeconds));
}

qint64 AnnouncePolicy::delayForManualAnnounce(qint64 sinceLastAnnounceMs) const
{
    if (sinceLastAnnounceMs < 0)
        return 0;
    return std::max<qint64>(m_safetyFloorSeconds * kMillisecondsPerSecond - sinceLastAnnounceMs, 0);
}
