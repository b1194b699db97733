#pragma once

#include "tracker/announceevent.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// What to send in one announce. Counts are bytes; -1 numwant asks for the tracker's default.
struct AnnounceRequest
{
    QUrl trackerUrl;
    QByteArray infoHash; // 20 bytes: the v1 hash, or the v2 hash truncated (BEP 52)
    QByteArray peerId;   // 20 bytes
    quint16 port = 6881;
    qint64 uploaded = 0;
    qint64 downloaded = 0;
    qint64 left = 0;
    AnnounceEvent event = AnnounceEvent::Started;
    int numwant = 50;
    quint32 key = 0;
    QByteArray trackerId; // echoed once a tracker gave one
    // UDP and WebSocket: when set, only this resolved address is contacted (one endpoint).
    QHostAddress endpointAddress;
    // HTTPS / WSS: the user accepted certificate errors for this one tracker.
    bool ignoreCertificateErrors = false;

    // What a person may choose besides (AnnounceOverrides); each protocol sends what it can.
    bool compact = true;      // false asks HTTP trackers for the dictionary model (peer ids)
    QString announcedAddress; // the `ip` parameter (an address or a host name); empty: none
    // Extra query parameters (raw bytes), after ours, percent-encoded on the wire.
    QList<QPair<QByteArray, QByteArray>> extraParameters;
    QByteArray userAgent; // empty: the client's own
};
