#pragma once

#include "engine/enginesettings.h"
#include "engine/torrentstate.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <map>

// The torrents the engine works on, by id, in the order they were added, and their trackers.
// It gives torrents and trackers their ids (never 0, never reused). A removed torrent stays here,
// hidden from readers, until its `stopped` announces end; so do removed trackers still leaving
// their swarm, in a removed copy of their torrent of their own (addLeavingTorrent).
class TorrentTable
{
    Q_DECLARE_TR_FUNCTIONS(TorrentTable)

public:
    using Torrents = std::map<quint64, TorrentState>;

    // settings must outlive the table (new trackers take their capacities from it).
    explicit TorrentTable(const EngineSettings &settings);

    // A new torrent with the metainfo's trackers, then extraTiers (each a tier after the
    // torrent's own, counted as added by the user, URLs already listed skipped), in a BEP 12
    // order shuffled once.
    TorrentState &addTorrent(const Metainfo &metainfo, const QList<QList<TrackerUrl>> &extraTiers,
                             quint64 openOrder);
    // A new tracker with a new id (not yet in torrent). On a private torrent, a tracker the user
    // added stays disabled unless the settings allow it (BEP 27).
    TrackerState makeTracker(const TorrentState &torrent, const TrackerUrl &url, int tier,
                             bool addedByUser);
    // A removed copy of torrent holding trackers (taken out of it), kept until they have said
    // `stopped` or until deadlineMs; returns its id.
    quint64 addLeavingTorrent(const TorrentState &torrent, QList<TrackerState> trackers,
                              qint64 deadlineMs);
    void erase(quint64 torrentId) { m_torrents.erase(torrentId); }
    // Takes these trackers out of the torrent: its list, its BEP 12 order and its endpoint
    // owners. Returns them, in list order.
    static QList<TrackerState> takeTrackers(TorrentState &torrent,
                                            const QSet<TrackerId> &trackerIds);

    // Gives each tracker of torrent its peer figures from the torrent's peers; returns the
    // trackers whose figures changed.
    static QList<TrackerId> countPeersPerTracker(TorrentState &torrent);

    // A torrent or tracker readers may see (not removed), or nullptr.
    TorrentState *find(quint64 torrentId);
    const TorrentState *find(quint64 torrentId) const;
    TrackerState *findTracker(quint64 torrentId, TrackerId trackerId);
    // A torrent still kept, removed or not (requests in flight still name it), or nullptr.
    TorrentState *findKept(quint64 torrentId);
    QList<quint64> ids() const; // of the torrents readers may see
    bool isEmpty() const { return m_torrents.empty(); }

    Torrents &torrents() { return m_torrents; }
    const Torrents &torrents() const { return m_torrents; }

    // Visits the trackers readers may see: of one torrent (0: every torrent), one tracker
    // (invalid: every tracker).
    template<typename Visitor>
    void forEachTracker(quint64 torrentId, TrackerId trackerId, Visitor visit)
    {
        for (auto &[id, torrent] : m_torrents) {
            if (torrent.removed || (torrentId != 0 && id != torrentId))
                continue;
            for (TrackerState &tracker : torrent.trackers) {
                if (!trackerId.isValid() || tracker.id == trackerId)
                    visit(torrent, tracker);
            }
        }
    }

private:
    const EngineSettings &m_settings;
    Torrents m_torrents;
    quint64 m_lastTorrentId = 0;
    quint64 m_lastTrackerId = 0;
};
