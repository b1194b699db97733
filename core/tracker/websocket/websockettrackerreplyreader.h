#pragma once

#include "tracker/announceresult.h"
#include "tracker/scraperesult.h"
#include "tracker/websocket/websockettrackermessage.h"

#include <QCoreApplication>

// Turns a parsed WebSocket tracker reply into the shared result types: pure, no socket, so the
// engine-facing figures (counts, interval, failure, warning, downloaded == complete) are tested
// on their own. The exchange record and the transport's outcome are the client's business.
class WebSocketTrackerReplyReader
{
    Q_DECLARE_TR_FUNCTIONS(WebSocketTrackerReplyReader)

public:
    // reply.kind is AnnounceReply or FailureOnly.
    static void readAnnounce(const WebSocketTrackerReply &reply, AnnounceResult *result);
    // reply.kind is ScrapeReply or FailureOnly; one entry per requested hash, in request order.
    static void readScrape(const WebSocketTrackerReply &reply,
                           const QList<QByteArray> &requestedHashes, ScrapeResult *result);
    // true when every present entry has completed == seeders and one has seeders > 0.
    static bool downloadedMirrorsComplete(const QList<ScrapeEntry> &entries);

private:
    static QStringList remarks(const WebSocketTrackerReply &reply);
};
