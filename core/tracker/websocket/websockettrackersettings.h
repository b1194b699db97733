#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>

// The limits and choices of the WebSocket (ws/wss) tracker client. Every limit has a named default.
struct WebSocketTrackerSettings
{
    static constexpr int kDefaultConnectTimeoutMs = 10'000; // TCP connect + TLS + HTTP upgrade
    static constexpr int kDefaultReplyTimeoutMs = 10'000;   // a message sent -> its reply
    static constexpr qint64 kDefaultMaxMessageSize = qint64(1) * 1024 * 1024;
    static constexpr int kDefaultMaxOffersCounted = 10'000;
    static constexpr int kDefaultIdleCloseMs = 3'000;
    static constexpr int kDefaultCloseWaitMs = 1'000;
    static constexpr int kDefaultStoppedReplyGraceMs = 250;

    int connectTimeoutMs = kDefaultConnectTimeoutMs;
    int replyTimeoutMs = kDefaultReplyTimeoutMs;
    // A bigger message closes the connection (close code 1009) and fails what was pending on it.
    qint64 maxMessageSize = kDefaultMaxMessageSize;
    // Offers relayed to us are counted, never answered; past this many per announce they are no
    // longer counted (the result says "at least").
    int maxOffersCounted = kDefaultMaxOffersCounted;
    // A connection with nothing pending and no swarm joined closes after this long; one that
    // still holds a swarm (an announce other than `stopped` succeeded on it) stays open, because
    // a WebSocket tracker drops a peer whose connection closes.
    int idleCloseMs = kDefaultIdleCloseMs;
    // A `stopped` announce whose ping came back unanswered waits this much longer for a reply:
    // trackers may answer out of order (WebTorrent's server replies a tick after the pong).
    int stoppedReplyGraceMs = kDefaultStoppedReplyGraceMs;
    // A closing connection is given this long to say goodbye before it is dropped.
    int closeWaitMs = kDefaultCloseWaitMs;
    QByteArray userAgent = defaultUserAgent();
    // Trusted in addition to the system's CAs (a private tracker's own CA, a test CA).
    QList<QSslCertificate> extraCaCertificates;

    static QByteArray defaultUserAgent()
    {
        return QByteArrayLiteral("TrackerInspector/" TRACKER_INSPECTOR_VERSION);
    }
};
