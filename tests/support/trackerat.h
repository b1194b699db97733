#pragma once

#include "engine/inspectionengine.h"

// Tests name trackers by their place in the torrent's list ("the second tracker"); the engine
// names them by TrackerId. These look the id up at the moment of the call.
inline TrackerId trackerIdAt(const InspectionEngine &engine, quint64 torrentId, int position)
{
    const std::optional<TorrentSnapshot> torrent = engine.torrent(torrentId);
    if (!torrent || position < 0 || position >= torrent->trackers.size())
        return {};
    return torrent->trackers.at(position).id;
}

inline std::optional<TrackerState> trackerAt(const InspectionEngine &engine, quint64 torrentId,
                                             int position)
{
    return engine.tracker(torrentId, trackerIdAt(engine, torrentId, position));
}
