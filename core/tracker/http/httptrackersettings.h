#pragma once

#include "tracker/http/httpannouncereplyparser.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>

// The limits and choices of the HTTP/HTTPS tracker client. Every limit has a named default.
struct HttpTrackerSettings
{
    static constexpr int kDefaultConnectTimeoutMs = 10'000; // DNS + TCP connect + TLS handshake
    static constexpr int kDefaultTotalTimeoutMs = 30'000; // the whole exchange, redirects included
    static constexpr qint64 kDefaultMaxBodySize = qint64(4) * 1024 * 1024;
    static constexpr int kDefaultMaxRedirects = 5;
    static constexpr int kDefaultMaxPeers = HttpAnnounceReplyParser::kDefaultMaxPeers;
    static constexpr int kDefaultScrapeBatchSize = 64; // opentracker answers at most ~64 hashes
    static constexpr qint64 kReadBufferSize = 64 * 1024;

    int connectTimeoutMs = kDefaultConnectTimeoutMs;
    int totalTimeoutMs = kDefaultTotalTimeoutMs;
    qint64 maxBodySize = kDefaultMaxBodySize; // the reply is abandoned as soon as it passes this
    int maxRedirects = kDefaultMaxRedirects;
    // false: a redirect from a tracker at a public address to a loopback, private, link-local...
    // address is refused (RedirectAddressGuard).
    bool allowPrivateRedirects = false;
    QByteArray userAgent = defaultUserAgent();
    int maxPeers = kDefaultMaxPeers;
    int initialScrapeBatchSize = kDefaultScrapeBatchSize;
    // Trusted in addition to the system's CAs (a private tracker's own CA, a test CA).
    QList<QSslCertificate> extraCaCertificates;

    static QByteArray defaultUserAgent()
    {
        return QByteArrayLiteral("TrackerInspector/" TRACKER_INSPECTOR_VERSION);
    }
};
