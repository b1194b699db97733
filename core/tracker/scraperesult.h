#pragma once

#include "tracker/exchangeoutcome.h"
#include "tracker/exchangerecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The counts a scrape gave for one torrent. A torrent the tracker left out is `present == false`
// with counts -1, never zero.
struct ScrapeEntry
{
    QByteArray infoHash;
    bool present = false;
    qint64 seeders = -1;     // complete
    qint64 completed = -1;   // downloaded
    qint64 leechers = -1;    // incomplete
    qint64 downloaders = -1; // BEP 21
};

struct ScrapeResult
{
    ExchangeOutcome outcome = ExchangeOutcome::Success;
    QString errorMessage;
    QString failureReason;
    QList<ScrapeEntry> entries;      // one per requested hash, in request order
    int minRequestInterval = -1;     // flags.min_request_interval
    QList<ExchangeRecord> exchanges; // one per batch sent
    QStringList notes;               // remarks for people: batch size learned, odd keys...
    // Every torrent present had downloaded == complete, at least one with complete > 0: the
    // tracker likely reports seeders as "downloaded" (WebTorrent's server does) — a finding.
    bool downloadedMirrorsComplete = false;

    bool succeeded() const { return outcome == ExchangeOutcome::Success; }
};
