#pragma once

#include "metainfo/trackerurl.h"

#include <QCoreApplication>

class BencodeValue;
class QStandardItem;
class QStandardItemModel;
struct ExchangeLogEntry;
struct UdpTrackerReply;
struct WebSocketTrackerReply;

// Turns a tracker's raw reply into something a person can read, the same way for every protocol:
// Field / Value rows with the reply's own key names, peers as ip:port, info hashes in hex, and
// each torrent's counts on its row. It shows what core's readers make of the bytes (the bencode
// reader and HttpAnnounceReplyParser for HTTP, UdpTrackerPacket for UDP, WebSocketTrackerMessage
// for WebSocket), never a decoding of its own. Also the hex dump of any bytes.
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

private:
    static void addHttp(QStandardItem *parent, const ExchangeLogEntry &entry, int &budget);
    static void addHttpPeers(QStandardItem *parent, QByteArrayView key, const BencodeValue &value,
                             int &budget);
    static void addUdp(QStandardItem *parent, const ExchangeLogEntry &entry);
    static void addUdpAnnounce(QStandardItem *parent, const UdpTrackerReply &decoded);
    static void addUdpScrape(QStandardItem *parent, const UdpTrackerReply &decoded);
    static void addWebSocket(QStandardItem *parent, const QByteArray &reply, int &budget);
    static void addWebSocketFiles(QStandardItem *parent, const WebSocketTrackerReply &decoded,
                                  int &budget);
};
