#pragma once

#include "metainfo/trackerurl.h"

#include <QCoreApplication>

class QStandardItem;
class QStandardItemModel;
struct ExchangeLogEntry;
struct UdpTrackerReply;

// Turns a tracker's raw reply into something a person can read: the bencode tree (HTTP), the
// decoded BEP 15 fields (UDP) or the JSON (WebSocket), a hex dump, and the request's details.
class ReplyDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ReplyDecoder)

public:
    static constexpr int kHexBytesPerLine = 16;
    static constexpr int kMaximumTreeItems = 5000; // big peer lists are cut short
    static constexpr int kMaximumHexDumpBytes = 64 * 1024;

    // Replaces model's rows with Field / Value rows for the reply.
    static void fillTree(QStandardItemModel *model, const ExchangeLogEntry &entry,
                         TrackerProtocol protocol);
    static QString hexDump(const QByteArray &bytes);
    // The request, the status line and headers, and the timings, as plain text.
    static QString exchangeText(const ExchangeLogEntry &entry);

private:
    static void addBencode(QStandardItem *parent, const QByteArray &reply, int &budget);
    static void addUdp(QStandardItem *parent, const ExchangeLogEntry &entry);
    static void addUdpAnnounce(QStandardItem *parent, const UdpTrackerReply &decoded);
    static void addUdpScrape(QStandardItem *parent, const UdpTrackerReply &decoded);
    static void addJson(QStandardItem *parent, const QByteArray &reply, int &budget);
};
