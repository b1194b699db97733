#include "engine/openfilelimit.h"

#include <algorithm>
#include <limits>
#include <sys/resource.h>

qint64 OpenFileLimit::raise()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    const rlim_t wanted = limit.rlim_max == RLIM_INFINITY
                              ? rlim_t(kWantedOpenFiles)
                              : std::min(limit.rlim_max, rlim_t(kWantedOpenFiles));
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < wanted) {
        limit.rlim_cur = wanted;
        ::setrlimit(RLIMIT_NOFILE, &limit); // when refused, the old limit simply stays
    }
    return current();
}

qint64 OpenFileLimit::current()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    return limit.rlim_cur == RLIM_INFINITY ? std::numeric_limits<qint64>::max()
                                           : qint64(limit.rlim_cur);
}
