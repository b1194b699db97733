#pragma once

#include "hostilehttpplan.h"

#include <QByteArray>
#include <QList>

// The catalogue of misbehaving HTTP trackers: each behaviour is a path prefix
// (/<behaviour>/announce, /<behaviour>/scrape) and gives the same misbehaviour to announces and
// scrapes. Everything a broken or malicious tracker might send, each case on its own.
class HostileHttpReplies
{
public:
    // Offered by the "oversized" behaviours; generated lazily, never held in memory.
    static constexpr qint64 kOfferedBodySize = qint64(600) * 1000 * 1000;
    static constexpr qint64 kGzipBombSize = qint64(2) * 1000 * 1000 * 1000; // uncompressed
    static constexpr qint64 kHugeFailureReasonSize = 1024 * 1024;
    static constexpr int kHugeCompactPeerCount = 600'000; // 3.6 MB, under the client's 4 MiB cap
    static constexpr int kNestingDepth = 100'000;

    struct Context
    {
        QByteArray infoHash;       // the first info_hash of the request, raw
        QByteArray rawQuery;       // as received
        quint16 closedPort = 0;    // a loopback port where nothing listens
        quint16 plainHttpPort = 0; // the plain HTTP hostile tracker (for HTTPS -> HTTP)
    };

    static QList<QByteArray> behaviours();
    // Unknown behaviours get a 404.
    static HostileHttpPlan planFor(QByteArrayView behaviour, bool isScrape, const Context &context);
    // What a well-behaved tracker answers (one peer; the asked torrent in a scrape).
    static QByteArray validReply(bool isScrape, const Context &context);

private:
    static HostileHttpPlan transportPlan(QByteArrayView behaviour, const Context &context);
    static HostileHttpPlan redirectPlan(QByteArrayView behaviour, const Context &context);
};
