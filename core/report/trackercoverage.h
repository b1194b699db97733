#pragma once

#include "engine/torrentsnapshot.h"

#include <QList>
#include <QString>

// For each tracker URL of several torrents: on how many it is listed and on how many it works,
// in the order the URLs first appear. What cleaning a collection starts from (the summary of
// `check` over several torrents, and the window's summary across torrents).
class TrackerCoverage
{
public:
    struct Entry
    {
        QString url; // the URL's text
        int listedCount = 0;
        int workingCount = 0;
    };

    static QList<Entry> of(const QList<TorrentSnapshot> &torrents);
};
