#include "collection/collectiontrackerremoval.h"

#include "common/trackertext.h"
#include "engine/inspectionengine.h"
#include "torrents/metainfotext.h"
#include "tracker/trackerlisttext.h"

template<typename Choose>
CollectionTrackerRemoval CollectionTrackerRemoval::of(const InspectionEngine &engine, Choose choose)
{
    CollectionTrackerRemoval removal;
    const QList<quint64> torrentIds = engine.torrentIds();
    for (const quint64 torrentId : torrentIds) {
        const std::optional<TorrentSnapshot> torrent = engine.torrent(torrentId);
        if (!torrent || torrent->isTrackerList())
            continue;
        TorrentPart part;
        for (const TrackerState &tracker : torrent->trackers) {
            if (!choose(tracker))
                continue;
            part.trackerIds.append(tracker.id);
            part.urls.append(tracker.url.text());
        }
        if (part.trackerIds.isEmpty())
            continue;
        part.torrentId = torrentId;
        part.torrentName = MetainfoText::displayName(torrent->metainfo);
        part.tiersBefore = torrent->trackerTiers();
        part.tiersAfter = torrent->trackerTiers(part.trackerIds);
        removal.m_parts.append(part);
    }
    return removal;
}

CollectionTrackerRemoval CollectionTrackerRemoval::ofUrls(const InspectionEngine &engine,
                                                          const QStringList &urls)
{
    return of(engine,
              [&urls](const TrackerState &tracker) { return urls.contains(tracker.url.text()); });
}

CollectionTrackerRemoval CollectionTrackerRemoval::ofNotWorking(const InspectionEngine &engine)
{
    return of(engine,
              [](const TrackerState &tracker) { return TrackerText::isFailure(tracker.status); });
}

QString CollectionTrackerRemoval::trackerCountText(int count)
{
    return MetainfoText::plural(count, tr("1 tracker"), tr("%1 trackers"));
}

QString CollectionTrackerRemoval::torrentCountText(int count)
{
    return MetainfoText::plural(count, tr("1 torrent"), tr("%1 torrents"));
}

int CollectionTrackerRemoval::trackerCount() const
{
    int count = 0;
    for (const TorrentPart &part : m_parts)
        count += int(part.trackerIds.size());
    return count;
}

QString CollectionTrackerRemoval::summaryText() const
{
    if (isEmpty())
        return tr("Nothing to remove.");
    int leftEmpty = 0;
    for (const TorrentPart &part : m_parts)
        leftEmpty += part.tiersAfter.isEmpty() ? 1 : 0;
    QString summary = tr("%1 removed from %2")
                          .arg(trackerCountText(trackerCount()), torrentCountText(torrentCount()));
    if (leftEmpty > 0)
        summary += u"; " + tr("%1 left without trackers").arg(torrentCountText(leftEmpty));
    return summary + u'.';
}

QString CollectionTrackerRemoval::previewText() const
{
    QStringList lines;
    for (const TorrentPart &part : m_parts) {
        if (!lines.isEmpty())
            lines.append(QString());
        lines.append(part.torrentName);
        for (const QString &url : part.urls)
            lines.append(QStringLiteral("    ") + url);
    }
    return lines.join(u'\n');
}

void CollectionTrackerRemoval::apply(InspectionEngine &engine) const
{
    for (const TorrentPart &part : m_parts)
        engine.setTrackerList(part.torrentId, part.tiersAfter);
}

int CollectionTrackerRemoval::undo(InspectionEngine &engine) const
{
    int restored = 0;
    for (const TorrentPart &part : m_parts) {
        const std::optional<TorrentSnapshot> torrent = engine.torrent(part.torrentId);
        if (!torrent || TrackerListText::format(torrent->trackerTiers()) !=
                            TrackerListText::format(part.tiersAfter))
            continue;
        engine.setTrackerList(part.torrentId, part.tiersBefore);
        ++restored;
    }
    return restored;
}
