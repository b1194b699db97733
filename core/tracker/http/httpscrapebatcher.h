#pragma once

#include "tracker/http/httpscrapereplyparser.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>

// Splits a scrape of many torrents into requests, and learns how many hashes one request to the
// tracker may carry: HTTP 414 halves the batch; a reply that stops answering part-way through a
// batch (opentracker reads at most ~64 hashes) sets the batch to what the tracker read, and the
// hashes after that point are asked again, once. If none of them is answered the second time, the
// tracker simply did not know them and the batch size goes back. A hash still unanswered is
// missing, not zero.
class HttpScrapeBatcher
{
public:
    HttpScrapeBatcher(const QList<QByteArray> &infoHashes, int batchSize);

    bool isDone() const { return m_queue.isEmpty() && m_inFlight.isEmpty(); }
    // The next hashes to send; the previous batch must have been answered. Empty when done.
    QList<QByteArray> nextBatch();
    const QList<QByteArray> &batchInFlight() const { return m_inFlight; }
    // The tracker answered the batch in flight (reply.entries in batch order).
    void batchAnswered(const HttpScrapeReplyParser::Reply &reply);
    // The tracker said the URL was too long (HTTP 414): the batch goes back to the queue at half
    // the size. False, with nothing changed, when the batch was a single hash already.
    bool batchTooLong();

    int batchSize() const { return m_batchSize; }
    bool batchSizeShrank() const { return m_batchSize < m_initialBatchSize; }
    QList<ScrapeEntry> entries() const; // one per requested hash, in request order

private:
    void checkUnconfirmedShrink(const QList<ScrapeEntry> &entries);
    void suspectTruncation(const QList<QByteArray> &askAgain, int readCount);

    struct UnconfirmedShrink
    {
        bool active = false;
        int previousBatchSize = 0;
        QSet<QByteArray> unanswered; // hashes asked again that no reply has answered yet
    };

    QList<QByteArray> m_requested;
    QList<QByteArray> m_queue;
    QList<QByteArray> m_inFlight;
    QHash<QByteArray, ScrapeEntry> m_answered;
    QSet<QByteArray> m_askedAgain;
    int m_initialBatchSize = 1;
    int m_batchSize = 1;
    UnconfirmedShrink m_unconfirmedShrink;
};
