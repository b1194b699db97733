#include "report/trackercoverage.h"

#include <QHash>

QList<TrackerCoverage::Entry> TrackerCoverage::of(const QList<TorrentSnapshot> &torrents)
{
    QList<Entry> entries;
    QHash<QString, qsizetype> entryByUrl;
    for (const TorrentSnapshot &torrent : torrents) {
        for (const TrackerState &tracker : torrent.trackers) {
            qsizetype index = entryByUrl.value(tracker.url.text(), -1);
            if (index < 0) {
                index = entries.size();
                entryByUrl.insert(tracker.url.text(), index);
                entries.append(Entry{tracker.url.text(), 0, 0});
            }
            Entry &entry = entries[index];
            ++entry.listedCount;
            entry.workingCount += trackerStatusIsWorking(tracker.status) ? 1 : 0;
        }
    }
    return entries;
}
