#include "tracker/websocket/websockettrackerreplyreader.h"

#include <algorithm>

QStringList WebSocketTrackerReplyReader::remarks(const WebSocketTrackerReply &reply)
{
    QStringList notes = reply.problems;
    if (!reply.unknownKeys.isEmpty())
        notes.append(tr("Keys not read: %1").arg(reply.unknownKeys.join(QLatin1String(", "))));
    return notes;
}

void WebSocketTrackerReplyReader::readAnnounce(const WebSocketTrackerReply &reply,
                                               AnnounceResult *result)
{
    result->notes += remarks(reply);
    if (!reply.failureReason.isEmpty()) {
        result->outcome = ExchangeOutcome::TrackerFailure;
        result->failureReason = reply.failureReason;
        result->errorMessage = tr("The tracker refused the announce: %1").arg(reply.failureReason);
        return;
    }
    result->outcome = ExchangeOutcome::Success;
    result->warningMessage = reply.warningMessage;
    result->seeders = reply.complete;
    result->leechers = reply.incomplete;
    result->downloaded = reply.downloaded;
    result->interval = reply.interval;
    result->minInterval = reply.minInterval;
    if (reply.complete < 0 && reply.incomplete < 0)
        result->notes.append(tr("The reply carried no seeder or leecher counts."));
    if (reply.interval < 0)
        result->notes.append(tr("The reply carried no interval."));
}

void WebSocketTrackerReplyReader::readScrape(const WebSocketTrackerReply &reply,
                                             const QList<QByteArray> &requestedHashes,
                                             ScrapeResult *result)
{
    result->notes += remarks(reply);
    result->entries.clear();
    int missing = 0;
    for (const QByteArray &infoHash : requestedHashes) {
        ScrapeEntry entry{infoHash};
        const auto file = std::find_if(
            reply.files.cbegin(), reply.files.cend(),
            [&](const WebSocketScrapeFile &item) { return item.infoHash == infoHash; });
        if (file != reply.files.cend()) {
            entry.present = true;
            entry.seeders = file->complete;
            entry.completed = file->downloaded;
            entry.leechers = file->incomplete;
            entry.downloaders = file->downloaders;
        } else {
            ++missing;
        }
        result->entries.append(entry);
    }
    if (!reply.failureReason.isEmpty()) {
        result->outcome = ExchangeOutcome::TrackerFailure;
        result->failureReason = reply.failureReason;
        result->errorMessage = tr("The tracker refused the scrape: %1").arg(reply.failureReason);
        return;
    }
    result->outcome = ExchangeOutcome::Success;
    result->minRequestInterval = reply.minRequestInterval;
    result->downloadedMirrorsComplete = downloadedMirrorsComplete(result->entries);
    if (missing > 0)
        result->notes.append(
            tr("The tracker left out %1 of %n torrents.", nullptr, int(requestedHashes.size()))
                .arg(missing));
    const qsizetype extra = std::count_if(
        reply.files.cbegin(), reply.files.cend(),
        [&](const WebSocketScrapeFile &item) { return !requestedHashes.contains(item.infoHash); });
    if (extra > 0)
        result->notes.append(
            tr("The tracker added %n torrents we did not ask for.", nullptr, int(extra)));
}

bool WebSocketTrackerReplyReader::downloadedMirrorsComplete(const QList<ScrapeEntry> &entries)
{
    bool anyPresent = false;
    bool anySeeded = false;
    for (const ScrapeEntry &entry : entries) {
        if (!entry.present)
            continue;
        if (entry.completed != entry.seeders || entry.seeders < 0)
            return false;
        anyPresent = true;
        anySeeded = anySeeded || entry.seeders > 0;
    }
    return anyPresent && anySeeded;
}
