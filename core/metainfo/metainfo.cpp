#include "metainfo/metainfo.h"

QList<MetainfoTracker> Metainfo::trackers() const
{
    QList<MetainfoTracker> result;
    for (int tier = 0; tier < trackerTiers.size(); ++tier) {
        for (const TrackerUrl &url : trackerTiers[tier])
            result.append({url, tier});
    }
    return result;
}

int Metainfo::trackerCount() const
{
    int count = 0;
    for (const auto &tier : trackerTiers)
        count += int(tier.size());
    return count;
}
