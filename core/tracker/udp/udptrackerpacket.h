#pragma once

#include "common/expected.h"
#include "tracker/announceoverrides.h"
#include "tracker/announcerequest.h"
#include "tracker/compactpeerlist.h"
#include "tracker/trackerpeer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

// BEP 15 actions, the second field of every request and reply.
enum class UdpTrackerAction : quint32 { Connect = 0, Announce = 1, Scrape = 2, Error = 3 };

// The counts of one torrent in a scrape reply (BEP 15 order: seeders, completed, leechers).
struct UdpScrapeCounts
{
    qint64 seeders = -1;
    qint64 completed = -1;
    qint64 leechers = -1;
};

// What the client expects of a reply; anything else makes the reply malformed.
struct UdpReplyExpectation
{
    quint32 transactionId = 0;
    UdpTrackerAction action = UdpTrackerAction::Connect;
    int peerEntrySize = 6;      // 6 over IPv4, 18 over IPv6
    int maxPeersKept = 200;     // peers over this are counted in peersDropped
    int requestedHashCount = 0; // scrape: how many hashes the request carried
};

// The 8 bytes every reply starts with, as the packet says.
struct UdpReplyHeader
{
    quint32 actionNumber = 0; // known or not
    quint32 transactionId = 0;
};

// One reply, parsed (an Error instead when it is to be ignored).
struct UdpTrackerReply
{
    quint32 transactionId = 0; // as the packet says
    quint32 actionNumber = 0;  // as the packet says, known or not
    UdpTrackerAction action = UdpTrackerAction::Connect;
    quint64 connectionId = 0; // connect
    qint64 interval = -1;     // announce
    qint64 leechers = -1;     // announce
    qint64 seeders = -1;      // announce
    QList<TrackerPeer> peers; // announce
    int peersDropped = 0;     // announce: over the cap, port 0 or unspecified address
    // announce: the peer bytes ended in part of an entry (the complete entries are kept)
    std::optional<StrayPeerBytes> strayPeerBytes;
    // announce over IPv6 whose peer list only fits 6-byte IPv4 entries (WebTorrent's tracker sends
    // so): read as IPv4 entries rather than thrown away, and said in a note.
    bool ipv4EntriesOverIpv6 = false;
    QList<UdpScrapeCounts> scrapeCounts; // scrape: in request order, maybe fewer than asked
    QString errorMessage;                // error action: the tracker's text
};

// Builds BEP 15 requests and parses replies: pure functions over bytes, every bound checked, so
// that they can be fuzzed and tested byte for byte. Integers are big-endian on the wire.
class UdpTrackerPacket
{
    Q_DECLARE_TR_FUNCTIONS(UdpTrackerPacket)

public:
    static constexpr quint64 kProtocolId = 0x41727101980ULL;
    static constexpr int kConnectRequestSize = 16;
    static constexpr int kConnectReplySize = 16;
    static constexpr int kAnnounceRequestSize = 98; // without BEP 41 options
    static constexpr int kAnnounceReplyHeaderSize = 20;
    static constexpr int kScrapeRequestHeaderSize = 16;
    static constexpr int kScrapeReplyHeaderSize = 8;
    static constexpr int kScrapeReplyEntrySize = 12;
    static constexpr int kReplyHeaderSize = 8; // action + transaction id
    // The largest UDP payload (65,535 bytes less the 8-byte UDP and 20-byte IPv4 headers): any
    // reply up to this size is valid and read whole.
    static constexpr qint64 kMaxDatagramSize = 65'507;
    static constexpr int kInfoHashSize = 20;
    static constexpr int kPeerIdSize = 20;
    static constexpr int kIpv4PeerEntrySize = CompactPeerList::kIpv4EntrySize;
    static constexpr int kIpv6PeerEntrySize = CompactPeerList::kIpv6EntrySize;
    // BEP 41
    static constexpr quint8 kOptionEndOfOptions = 0x0;
    static constexpr quint8 kOptionNop = 0x1;
    static constexpr quint8 kOptionUrlData = 0x2;
    static constexpr int kMaxUrlDataChunk = 255;

    static QByteArray connectRequest(quint32 transactionId);
    // The 98-byte announce, followed by the BEP 41 URLData options of the tracker URL.
    static QByteArray announceRequest(quint64 connectionId, quint32 transactionId,
                                      const AnnounceRequest &request);
    static QByteArray scrapeRequest(quint64 connectionId, quint32 transactionId,
                                    const QList<QByteArray> &infoHashes);
    // URLData options for the path and query of url (empty when it has neither), end marker last.
    static QByteArray urlDataOptions(const QUrl &url);
    static QByteArray urlDataOptions(const QByteArray &pathAndQuery);
    // What an announce carries as URL data: the tracker URL's path and query, and the request's
    // extra parameters joined to that query.
    static QByteArray urlData(const AnnounceRequest &request);
    // The announce's IP address field: the announced address when it is IPv4, else 0 (the
    // packet's source address).
    static quint32 ipv4Field(const QString &announcedAddress);
    // BEP 15 event numbers: 0 none, 1 completed, 2 started, 3 stopped (paused is sent as none).
    static quint32 eventNumber(AnnounceEvent event);

    // The reply, or an Error (Malformed) saying why it is to be ignored: too short, another
    // transaction's, an action not asked for, sizes that do not add up.
    static Expected<UdpTrackerReply> parseReply(QByteArrayView packet,
                                                const UdpReplyExpectation &expected);
    // A reply kept in an exchange record, read again for people (the inspector's decoded view):
    // by the same rules as parseReply, taking the packet's own transaction id and action as the
    // expected ones; overIpv6 says the tracker was contacted over IPv6 (18-byte peer entries).
    static Expected<UdpTrackerReply> parseStoredReply(QByteArrayView packet, bool overIpv6,
                                                      int maxPeersKept);
    // The header of any packet of at least kReplyHeaderSize bytes, even one parseReply refuses.
    static std::optional<UdpReplyHeader> readHeader(QByteArrayView packet);
    // "connect", "announce", "scrape", "error", or the number of an unknown action.
    static QString actionName(quint32 action);

private:
    static Expected<void> parseConnect(QByteArrayView packet, UdpTrackerReply &reply);
    static Expected<void> parseAnnounce(QByteArrayView packet, const UdpReplyExpectation &expected,
                                        UdpTrackerReply &reply);
    static Expected<void> parseScrape(QByteArrayView packet, const UdpReplyExpectation &expected,
                                      UdpTrackerReply &reply);
    static void parseError(QByteArrayView packet, UdpTrackerReply &reply);
};
