#pragma once

#include "tracker/compactpeerlist.h"
#include "tracker/exchangeoutcome.h"
#include "tracker/exchangerecord.h"
#include "tracker/trackerpeer.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// What one announce to one endpoint gave. Unknown counts are -1 (shown as "–", never 0).
struct AnnounceResult
{
    ExchangeOutcome outcome = ExchangeOutcome::Success;
    QString errorMessage;              // a sentence for people when outcome != Success
    QString failureReason;             // the tracker's own words (failure reason / UDP error text)
    QString warningMessage;            // the tracker's warning, with a successful reply
    std::optional<int> retryInMinutes; // BEP 31; 0 never used
    bool retryNever = false;           // BEP 31 "retry in": "never"
    int interval = -1;                 // seconds
    int minInterval = -1;              // seconds
    QByteArray trackerId;
    qint64 seeders = -1;
    qint64 leechers = -1;
    qint64 downloaded = -1;
    QList<TrackerPeer> peers;             // IPv4 and IPv6 together
    int peersDropped = 0;                 // entries over the cap or unusable (port 0, no address)
    QList<StrayPeerBytes> strayPeerBytes; // compact lists that end in part of an entry
    bool compactPeers = false;            // the tracker answered in compact form
    QHostAddress externalIp;              // BEP 24
    QMap<QByteArray, QByteArray> unknownKeys; // key -> raw bencoded value, for display
    QStringList notes; // remarks for people: missing interval, peers dropped, certificate ignored
    // WebSocket: WebRTC offers other peers sent us through the tracker while this announce was
    // pending (and since the previous one), counted, never answered; -1 for other protocols.
    int offersReceived = -1;
    bool offersCapped = false; // the count stopped at the cap: "at least"
    ExchangeRecord exchange;

    bool succeeded() const { return outcome == ExchangeOutcome::Success; }
};
