#pragma once

#include "common/expected.h"
#include "tracker/announcerequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

// Builds the URLs an HTTP tracker is asked: the announce (BEP 3) and the scrape (BEP 48).
// Binary values (info_hash, peer_id) are percent-encoded byte by byte: QUrlQuery decodes and
// re-encodes as UTF-8, which mangles any byte over 0x7f, so it is not used for them.
// A query already in the tracker URL (a passkey) is kept, in front of ours.
class TrackerRequestUrl
{
    Q_DECLARE_TR_FUNCTIONS(TrackerRequestUrl)

public:
    // Every byte outside A-Z a-z 0-9 - . _ ~ becomes %XX (upper-case hex).
    static QByteArray percentEncode(QByteArrayView bytes);

    // The announce URL with info_hash, peer_id, port, uploaded, downloaded, left, compact (1 unless
    // the request says otherwise), numwant (left out when -1), key (8 hex digits), event (left out
    // for None), trackerid, ip when set, then the request's extra parameters, each name and value
    // percent-encoded.
    static QUrl announceUrl(const AnnounceRequest &request);

    // BEP 48: "announce" in the last path segment becomes "scrape"; the query is kept. An Error
    // (Generic) when the tracker offers no scrape URL.
    static Expected<QUrl> scrapeUrl(const QUrl &announceUrl);

    // The scrape URL with one info_hash parameter per hash, in order.
    static QUrl scrapeBatchUrl(const QUrl &scrapeUrl, const QList<QByteArray> &infoHashes);

private:
    static QUrl withParameters(const QUrl &base, const QByteArray &parameters);
};
