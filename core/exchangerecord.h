#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

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
};
