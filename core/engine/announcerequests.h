#pragma once

#include "diagnostics/replylinter.h"
#include "engine/announceflight.h"
#include "engine/announcepolicy.h"
#include "engine/clientreport.h"
#include "engine/engineclock.h"
#include "engine/enginesettings.h"
#include "engine/requestqueue.h"
#include "engine/torrenttable.h"
#include "tracker/announcerequest.h"
#include "tracker/announceresult.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <functional>
#include <optional>

class ChangeGatherer;
class TrackerClientPool;

// The announces in flight, each for one announce slot of one tracker: sent through the protocol
// client, their results applied to the tracker as they come (endpoint verdicts, peers, findings,
// one tracker listed under two URLs), kept until the request completes or its deadline passes.
class AnnounceRequests
{
    Q_DECLARE_TR_FUNCTIONS(AnnounceRequests)

public:
    // A request as the engine keeps it: whose it is, by ids, and its flight.
    struct Pending
    {
        quint64 torrentId = 0;
        TrackerId trackerId;
        int slotIndex = -1;
        AnnounceFlight flight;
    };

    // Everything handed in must outlive the requests (peerId is read at each request).
    AnnounceRequests(TorrentTable &torrents, TrackerClientPool &clients,
                     const EngineSettings &settings, const AnnouncePolicy &policy,
                     const QByteArray &peerId, EngineClock *clock, ChangeGatherer &changes);

    // Sends a queued announce; false when none went out: the tracker is gone, is not to be
    // contacted now (only `stopped` goes to a disabled or removed one, or while shutting down),
    // or its protocol has no client (it is then marked unsupported).
    // An entry with overrides is an Announce With…: sent with them, outside the slot's schedule
    // (never to a disabled or removed tracker, nor while shutting down).
    bool start(const RequestQueue::Entry &entry, bool shuttingDown);
    // One endpoint's result of a request of ours.
    void applyResult(const RequestKey &key, const AnnounceResult &result);
    // A request completed: its record, or none when it is not (or no longer) ours.
    std::optional<Pending> take(const RequestKey &key);
    // The requests past their deadline at nowMs: cancelled on the wire, their endpoints that
    // did not answer timed out.
    QList<Pending> expire(qint64 nowMs);
    // Cancels the requests that match; returns how many.
    int cancelIf(const std::function<bool(const Pending &)> &matches);
    void cancelAll();
    // The requests of these trackers now belong to another torrent (a removed copy of theirs).
    void moveToTorrent(const QSet<TrackerId> &trackerIds, quint64 torrentId);

    // A regular announce of the slot is in flight (an Announce With… is not counted).
    bool isInFlight(TrackerId trackerId, int slotIndex) const;
    qint64 earliestDeadlineMs() const; // -1 when none is in flight

private:
    AnnounceRequest makeRequest(const TorrentState &torrent, const TrackerState &tracker,
                                const AnnounceSlot &slot, AnnounceEvent event) const;
    bool startChosen(const RequestQueue::Entry &entry, TorrentState &torrent, TrackerState &tracker,
                     bool shuttingDown);
    void recordUnsupported(const Pending &pending, TrackerState &tracker);
    ReplyLinter::AnnounceContext contextFor(const TrackerState &tracker) const;
    void addPeers(TorrentState &torrent, const TrackerState &tracker, const AnnounceResult &result,
                  const ReplyLinter::AnnounceContext &context);
    void checkDuplicateEndpoints(TorrentState &torrent, TrackerState &tracker, int endpointIndex);

    TorrentTable &m_torrents;
    TrackerClientPool &m_clients;
    const EngineSettings &m_settings;
    const AnnouncePolicy &m_policy;
    const QByteArray &m_peerId;
    EngineClock *m_clock;
    ChangeGatherer &m_changes;
    QHash<RequestKey, Pending> m_pending;
};
