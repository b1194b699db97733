#pragma once

#include "bencode/bencodevalue.h"
#include "tracker/announceresult.h"
#include "tracker/compactpeerlist.h"

#include <QByteArray>
#include <QCoreApplication>

// Reads an HTTP tracker's announce reply (BEP 3, 7, 23, 24, 31) into an AnnounceResult. Pure and
// bounded: any bytes give a result, never a crash, and at most maxPeers peers are kept.
class HttpAnnounceReplyParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpAnnounceReplyParser)

public:
    static constexpr int kDefaultMaxPeers = 5000;
    static constexpr int kDefaultIntervalSeconds = 1800; // what clients assume without `interval`
    static constexpr int kCompactIpv4PeerSize = CompactPeerList::kIpv4EntrySize;
    static constexpr int kCompactIpv6PeerSize = CompactPeerList::kIpv6EntrySize;

    // Sets outcome (Success, TrackerFailure or InvalidResponse), errorMessage and every reply
    // field of result; leaves result.exchange alone.
    static void parse(const QByteArray &body, AnnounceResult &result,
                      int maxPeers = kDefaultMaxPeers);

private:
    explicit HttpAnnounceReplyParser(AnnounceResult &result, int maxPeers);
    void readFailure(const BencodeValue &root);
    void readCounts(const BencodeValue &root);
    bool readPeers(const BencodeValue &root);
    bool readPeerValue(const BencodeValue &value, int compactSize);
    void readDictionaryPeers(const BencodeValue &list);
    static TrackerPeer readDictionaryPeer(const BencodeValue &item);
    void addPeer(const TrackerPeer &peer);
    void readExternalIp(const BencodeValue &value);
    void keepUnknownKeys(const BencodeValue &root);
    int readSeconds(const BencodeValue &value, const char *key);
    void invalid(const QString &message);

    AnnounceResult &m_result;
    int m_maxPeers = kDefaultMaxPeers;
};
