#include "collection/checkall.h"

#include "collection/collectiontrackerremoval.h"
#include "engine/inspectionengine.h"
#include "torrents/metainfotext.h"

namespace {
constexpr qint64 kMillisecondsPerSecond = 1000;
}

QString CheckAll::run(InspectionEngine &engine)
{
    engine.reannounce(0);
    engine.scrapeNow(0);
    const qint64 nowMs = engine.nowMs();
    int torrentCount = 0;
    int sent = 0;
    int waiting = 0;
    qint64 latestMs = -1;
    const QList<quint64> torrentIds = engine.torrentIds();
    for (const quint64 torrentId : torrentIds) {
        const std::optional<TorrentSnapshot> torrent = engine.torrent(torrentId);
        if (!torrent)
            continue;
        ++torrentCount;
        for (const TrackerState &tracker : torrent->trackers) {
            if (tracker.disabled)
                continue;
            // Planned for later than a second from now: the safety floor holds it back.
            const bool heldBack =
                !tracker.isBusy() && tracker.nextAnnounceMs() - nowMs >= kMillisecondsPerSecond;
            waiting += heldBack ? 1 : 0;
            sent += heldBack ? 0 : 1;
            if (heldBack)
                latestMs = qMax(latestMs, tracker.nextAnnounceMs());
        }
    }
    QString message = tr("Check All: %1 of %2 announce and scrape now")
                          .arg(CollectionTrackerRemoval::trackerCountText(sent),
                               CollectionTrackerRemoval::torrentCountText(torrentCount));
    if (waiting > 0) {
        const int seconds =
            int((latestMs - nowMs + kMillisecondsPerSecond - 1) / kMillisecondsPerSecond);
        message += u"; " + tr("%1 for the safety floor (the last in %2 s)")
                               .arg(MetainfoText::plural(waiting, tr("1 waits"), tr("%1 wait")))
                               .arg(seconds);
    }
    return message + u'.';
}
