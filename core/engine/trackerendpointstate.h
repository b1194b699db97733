#pragma once

#include "engine/trackerstatus.h"
#include "tracker/trackerpeer.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

// Which of a torrent's hashes is announced (BEP 52: a hybrid announces both).
enum class InfoHashVersion { V1, V2 };

// One place a tracker answers from: a resolved address with one of the torrent's hashes. The
// address comes from the client's exchange record; it is null when the request failed before
// any address was reached (DNS). Times are engine-clock milliseconds; unknown values are -1.
struct TrackerEndpointState
{
    QHostAddress address;
    quint16 port = 0;
    InfoHashVersion hashVersion = InfoHashVersion::V1;

    TrackerStatus status = TrackerStatus::NotContacted;
    QString message; // error sentence, failure reason or warning; empty when working cleanly
    qint64 latencyMs = -1;
    int interval = -1;
    int minInterval = -1;
    qint64 seeders = -1;
    qint64 leechers = -1;
    qint64 downloaded = -1;
    int peerCount = -1;           // peers in the last reply
    QList<TrackerPeer> lastPeers; // the last reply's peers
    QByteArray trackerId;
    QHostAddress externalAddress; // BEP 24
    qint64 lastAnnounceMs = -1;
    qint64 lastSuccessMs = -1;
    int consecutiveFailures = 0;
    bool answeredThisRound = false; // set when a result for the request in flight came

    // "1.2.3.4:6969 v1" / "[::1]:6969 v2" / "– v1" for people.
    QString describe() const;
    // "1.2.3.4:6969" / "[::1]:6969", or an empty string while the address is unknown.
    QString addressText() const;
};
