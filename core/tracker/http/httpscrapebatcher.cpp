#include "tracker/http/httpscrapebatcher.h"

HttpScrapeBatcher::HttpScrapeBatcher(const QList<QByteArray> &infoHashes, int batchSize)
    : m_requested(infoHashes)
    , m_initialBatchSize(qMax(1, batchSize))
    , m_batchSize(m_initialBatchSize)
{
    QSet<QByteArray> queued;
    for (const QByteArray &infoHash : infoHashes) {
        if (!queued.contains(infoHash))
            m_queue.append(infoHash);
        queued.insert(infoHash);
    }
}

QList<QByteArray> HttpScrapeBatcher::nextBatch()
{
    m_inFlight = m_queue.first(qMin<qsizetype>(m_batchSize, m_queue.size()));
    m_queue.remove(0, m_inFlight.size());
    return m_inFlight;
}

void HttpScrapeBatcher::batchAnswered(const HttpScrapeReplyParser::Reply &reply)
{
    qsizetype lastAnswered = -1;
    for (qsizetype index = 0; index < reply.entries.size(); ++index) {
        const ScrapeEntry &entry = reply.entries.at(index);
        if (!entry.present)
            continue;
        m_answered.insert(entry.infoHash, entry);
        lastAnswered = index;
    }
    checkUnconfirmedShrink(reply.entries);
    const QList<QByteArray> batch = std::exchange(m_inFlight, {});
    const qsizetype readCount = lastAnswered + 1;
    if (lastAnswered < 0 || readCount >= batch.size())
        return;
    // The tracker stopped part-way: it probably read only readCount hashes.
    QList<QByteArray> askAgain;
    for (qsizetype index = readCount; index < batch.size(); ++index) {
        if (!m_askedAgain.contains(batch.at(index)))
            askAgain.append(batch.at(index));
        m_askedAgain.insert(batch.at(index));
    }
    if (!askAgain.isEmpty())
        suspectTruncation(askAgain, int(readCount));
}

void HttpScrapeBatcher::checkUnconfirmedShrink(const QList<ScrapeEntry> &entries)
{
    if (!m_unconfirmedShrink.active)
        return;
    for (const ScrapeEntry &entry : entries) {
        if (!m_unconfirmedShrink.unanswered.remove(entry.infoHash))
            continue;
        if (entry.present) { // the tracker knew it: the batch had really been cut short
            m_unconfirmedShrink = {};
            return;
        }
    }
    if (m_unconfirmedShrink.unanswered.isEmpty()) { // it just did not know those torrents
        m_batchSize = m_unconfirmedShrink.previousBatchSize;
        m_unconfirmedShrink = {};
    }
}

void HttpScrapeBatcher::suspectTruncation(const QList<QByteArray> &askAgain, int readCount)
{
    if (!m_unconfirmedShrink.active)
        m_unconfirmedShrink.previousBatchSize = m_batchSize;
    m_unconfirmedShrink.active = true;
    for (const QByteArray &infoHash : askAgain)
        m_unconfirmedShrink.unanswered.insert(infoHash);
    m_batchSize = qMin(m_batchSize, readCount);
    m_queue = askAgain + m_queue;
}

bool HttpScrapeBatcher::batchTooLong()
{
    if (m_inFlight.size() <= 1)
        return false;
    m_batchSize = qMax(1, int(m_inFlight.size() / 2));
    m_unconfirmedShrink = {};
    m_queue = std::exchange(m_inFlight, {}) + m_queue;
    return true;
}

QList<ScrapeEntry> HttpScrapeBatcher::entries() const
{
    QList<ScrapeEntry> result;
    result.reserve(m_requested.size());
    for (const QByteArray &infoHash : m_requested)
        result.append(m_answered.value(infoHash, ScrapeEntry{infoHash}));
    return result;
}
