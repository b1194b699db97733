#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

// A BEP 15 request as it went out (connect, announce with its BEP 41 options, or scrape), field
// by field. Values a request of its action does not carry stay as they are here.
struct UdpTrackerRequestFields
{
    quint64 connectionId = 0; // in a connect request, the protocol id
    quint32 actionNumber = 0;
    quint32 transactionId = 0;
    QList<QByteArray> infoHashes; // announce: its one hash; scrape: every hash asked, in order
    QByteArray peerId;
    qint64 downloaded = -1;
    qint64 left = -1;
    qint64 uploaded = -1;
    quint32 eventNumber = 0; // 0 none, 1 completed, 2 started, 3 stopped
    quint32 ipAddress = 0;   // 0: the packet's source address
    quint32 key = 0;
    qint32 numWant = -1; // -1: the tracker's default
    quint16 port = 0;
    QByteArray urlData; // BEP 41: the path and query the URLData options carried, joined
};

// Reads back the requests UdpTrackerPacket builds, for people (the inspector's request view): the
// same layout, so a request kept in an exchange record is shown as the tracker received it.
// Pure and bounded: any bytes give the fields or an Error (Malformed) with the offset.
class UdpTrackerRequestReader
{
    Q_DECLARE_TR_FUNCTIONS(UdpTrackerRequestReader)

public:
    static Expected<UdpTrackerRequestFields> read(QByteArrayView packet);

private:
    static Expected<void> readAnnounce(QByteArrayView packet, UdpTrackerRequestFields &fields);
    static Expected<void> readScrape(QByteArrayView packet, UdpTrackerRequestFields &fields);
    static Expected<QByteArray> readOptions(QByteArrayView options, qint64 offset);
};
