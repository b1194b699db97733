#pragma once

#include "tracker/announcerequest.h"
#include "tracker/exchangeoutcome.h"
#include "tracker/exchangerecord.h"
#include "tracker/scraperequest.h"
#include "tracker/trackerresult.h"

#include <QCoreApplication>

// One request a client was asked for, an announce or a scrape, and what every protocol does with
// it the same way: its URL and resolved address, the words that describe it in an exchange record,
// the check of its hashes, and a result of its kind.
class TrackerRequest
{
    Q_DECLARE_TR_FUNCTIONS(TrackerRequest)

public:
    static constexpr qsizetype kHashSize = 20; // info hashes and peer ids on the wire

    explicit TrackerRequest(const AnnounceRequest &announce);
    explicit TrackerRequest(const ScrapeRequest &scrape);

    bool isScrape() const { return m_isScrape; }
    const AnnounceRequest &announce() const { return m_announce; }
    const ScrapeRequest &scrape() const { return m_scrape; }
    // A `stopped` announce.
    bool isStopped() const;
    const QUrl &trackerUrl() const;
    // The one address to contact, or null to resolve the URL's host.
    const QHostAddress &endpointAddress() const;
    bool ignoreCertificateErrors() const;

    // "udp://host:port/announce announce started", "wss://host/ scrape": ExchangeRecord's
    // requestDescription.
    QString description() const;
    // Empty when every info hash and the peer id are 20 bytes, else a sentence saying what is not.
    QString hashProblem() const;
    // A result of the request's kind: an announce's with record as its exchange, or a scrape's
    // with an entry (not present) for every hash and record as its one exchange.
    TrackerResult result(ExchangeOutcome outcome, const QString &errorMessage,
                         const ExchangeRecord &record) const;

private:
    bool m_isScrape = false;
    AnnounceRequest m_announce;
    ScrapeRequest m_scrape;
};
