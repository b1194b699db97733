#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

// What an inspector shows of one exchange: what was sent, what came back, and when.
// Times are milliseconds since `started`; -1 means the moment did not happen or is unknown.
struct ExchangeRecord
{
    QString requestDescription; // the full request URL (HTTP/WS) or "udp://host:port announce"
    QByteArray rawRequest;      // UDP packets / WebSocket messages as sent (last try)
    QByteArray rawReply;        // the reply body or packet, capped
    bool rawReplyTruncated = false;
    QString statusLine; // "HTTP/1.1 200 OK"
    QList<QPair<QByteArray, QByteArray>> headers;
    QList<QUrl> redirects;    // each hop followed
    QHostAddress peerAddress; // the address actually contacted, when known
    quint16 peerPort = 0;
    QDateTime started;
    qint64 connectedMs = -1;         // TCP connected / UDP connect reply
    qint64 encryptedMs = -1;         // TLS handshake done
    qint64 firstByteMs = -1;         // first byte of the reply
    qint64 finishedMs = -1;          // reply complete (or failure)
    int tries = 1;                   // UDP retransmissions + 1
    int malformedRepliesIgnored = 0; // UDP: packets dropped as not ours or malformed
    // UDP (BEP 15): the connect exchange before the request, and why packets were ignored.
    int connectTries = 0;               // 0 when a cached connection id was reused
    bool connectionIdReused = false;    // the connection id came from the 60 s cache
    int reconnects = 0;                 // fresh connects after a cached id was rejected
    QByteArray rawConnectRequest;       // the connect packet as sent (last try)
    QByteArray rawConnectReply;         // the connect reply accepted
    QList<QString> ignoredReplyReasons; // one sentence per ignored packet (the first few)
    // HTTP(S): Qt reports no TCP "connected" moment; connectedMs is then the moment the connection
    // was ready (TLS done, or the request written), connectingMs when the TCP connect began
    // (after DNS), requestSentMs when the request was written.
    qint64 connectingMs = -1;
    qint64 requestSentMs = -1;
    QStringList ignoredCertificateErrors; // accepted because the user allowed it for this tracker
    // WebSocket: connectingMs when the connection was opened (after DNS), connectedMs TCP
    // connected, encryptedMs TLS done, upgradedMs the HTTP upgrade accepted; all four -1 when the
    // connection was already open when the request began (connectionReused).
    qint64 upgradedMs = -1;
    bool connectionReused = false;
};
