#pragma once

#include "tracker/announcerequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The counts a WebSocket scrape reply gave for one torrent (`files` entry). Unknown counts are -1.
struct WebSocketScrapeFile
{
    QByteArray infoHash; // 20 bytes
    qint64 complete = -1;
    qint64 incomplete = -1;
    qint64 downloaded = -1;
    qint64 downloaders = -1; // BEP 21, rarely sent
};

// One JSON message from a WebSocket (WebTorrent) tracker, as read by WebSocketTrackerMessage.
struct WebSocketTrackerReply
{
    enum class Kind {
        Invalid,       // not JSON, not an object, or not a tracker message: `error` says why
        AnnounceReply, // action "announce" with counts, interval or a failure: our reply
        ScrapeReply,   // action "scrape", or a `files` dictionary
        Offer,         // a WebRTC offer another peer sent through the tracker (never answered)
        Answer,        // a WebRTC answer (we send no offers, so it is not ours)
        FailureOnly,   // only a `failure reason`: the tracker could not read a message of ours
    };

    Kind kind = Kind::Invalid;
    QString error;       // why the message is Invalid
    QString action;      // as sent, empty when absent
    QByteArray infoHash; // 20 bytes when the message named one (announce, offer, failure)
    QString failureReason;
    QString warningMessage;
    qint64 complete = -1;
    qint64 incomplete = -1;
    qint64 downloaded = -1;
    int interval = -1;    // seconds
    int minInterval = -1; // seconds
    QList<WebSocketScrapeFile> files;
    int minRequestInterval = -1; // scrape `flags.min_request_interval`, seconds
    QByteArray offerId;          // Offer / Answer
    QByteArray fromPeerId;       // Offer / Answer: the sending peer, 20 bytes
    QStringList problems;        // values of the wrong type or range, ignored: one sentence each
    QStringList unknownKeys;     // top-level keys we do not read, for display
};

// WebTorrent's WebSocket tracker protocol as pure functions over bytes, so that it can be fuzzed
// and tested without a socket. Messages are JSON text; info hashes and peer ids travel as
// "binary strings": each byte one UTF-16 code unit U+0000..U+00FF (JavaScript's
// String.fromCharCode per byte), which JSON then carries as UTF-8.
class WebSocketTrackerMessage
{
    Q_DECLARE_TR_FUNCTIONS(WebSocketTrackerMessage)

public:
    static constexpr int kHashSize = 20;
    // JSON numbers are doubles: counts above 2^53 cannot be exact and are refused.
    static constexpr qint64 kMaxExactInteger = qint64(1) << 53;

    // Each byte as one code unit (Latin-1 is exactly that mapping).
    static QString binaryString(QByteArrayView bytes);
    // The bytes back; nullopt when a code unit is above U+00FF or the length is not `size`.
    static std::optional<QByteArray> bytesFromBinaryString(const QString &text, int size);

    // {"action":"announce","info_hash":…,"peer_id":…,"numwant":0,"uploaded":…,"downloaded":…,
    //  "left":…,"event":…,"offers":[]} — no WebRTC offers: we look, we do not connect. `event` is
    // left out for a regular announce (AnnounceEvent::None), as WebTorrent does.
    static QByteArray announce(const AnnounceRequest &request);
    // {"action":"scrape","info_hash":…}: a string for one hash, an array for several.
    static QByteArray scrape(const QList<QByteArray> &infoHashes);

    static WebSocketTrackerReply parse(QByteArrayView message);
};
