#include "tracker/trackerrequest.h"

#include <algorithm>

TrackerRequest::TrackerRequest(const AnnounceRequest &announce)
    : m_announce(announce)
{}

TrackerRequest::TrackerRequest(const ScrapeRequest &scrape)
    : m_isScrape(true)
    , m_scrape(scrape)
{}

bool TrackerRequest::isStopped() const
{
    return !m_isScrape && m_announce.event == AnnounceEvent::Stopped;
}

const QUrl &TrackerRequest::trackerUrl() const
{
    return m_isScrape ? m_scrape.trackerUrl : m_announce.trackerUrl;
}

const QHostAddress &TrackerRequest::endpointAddress() const
{
    return m_isScrape ? m_scrape.endpointAddress : m_announce.endpointAddress;
}

bool TrackerRequest::ignoreCertificateErrors() const
{
    return m_isScrape ? m_scrape.ignoreCertificateErrors : m_announce.ignoreCertificateErrors;
}

QString TrackerRequest::description() const
{
    const QString url = trackerUrl().toDisplayString();
    if (m_isScrape)
        return url + QStringLiteral(" scrape");
    const QString eventName = announceEventName(m_announce.event);
    return url + QStringLiteral(" announce") + (eventName.isEmpty() ? QString() : u' ' + eventName);
}

QString TrackerRequest::hashProblem() const
{
    const auto wrongSize = [](const QByteArray &bytes) {
        return bytes.size() != kHashSize;
    };
    if (m_isScrape) {
        const QList<QByteArray> &hashes = m_scrape.infoHashes;
        if (hashes.isEmpty())
            return tr("a scrape needs at least one info hash");
        if (std::any_of(hashes.cbegin(), hashes.cend(), wrongSize))
            return tr("every info hash must be 20 bytes");
    } else if (wrongSize(m_announce.infoHash) || wrongSize(m_announce.peerId)) {
        return tr("the info hash and the peer id must be 20 bytes each");
    }
    return QString();
}

TrackerResult TrackerRequest::result(ExchangeOutcome outcome, const QString &errorMessage,
                                     const ExchangeRecord &record) const
{
    if (m_isScrape) {
        ScrapeResult scrape;
        scrape.outcome = outcome;
        scrape.errorMessage = errorMessage;
        for (const QByteArray &infoHash : m_scrape.infoHashes)
            scrape.entries.append(ScrapeEntry{infoHash});
        scrape.exchanges.append(record);
        return scrape;
    }
    AnnounceResult announce;
    announce.outcome = outcome;
    announce.errorMessage = errorMessage;
    announce.exchange = record;
    return announce;
}
