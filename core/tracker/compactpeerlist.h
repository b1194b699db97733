#pragma once

#include "tracker/trackerpeer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <optional>

// The bytes at the end of a compact peer list that make no whole entry.
struct StrayPeerBytes
{
    QByteArray bytes;       // fewer than entrySize
    int entrySize = 0;      // 6 (IPv4) or 18 (IPv6)
    qsizetype listSize = 0; // the whole list, in bytes
};

// Compact peer lists, one rule for every protocol: BEP 23 "peers" and BEP 7 "peers6" over HTTP,
// the peers of a BEP 15 announce reply over UDP. An entry is an IPv4 (6 bytes) or IPv6 (18 bytes)
// address followed by the port, big-endian. The complete entries are read; bytes at the end that
// make no whole entry are handed back to be reported, never a reason to throw the list away.
class CompactPeerList
{
    Q_DECLARE_TR_FUNCTIONS(CompactPeerList)

public:
    static constexpr int kIpv4EntrySize = 6;
    static constexpr int kIpv6EntrySize = 18;

    // Appends the usable entries of bytes (entrySize 6 or 18) to peers while it holds fewer than
    // maxPeers; entries with port 0 or an unspecified address, and those over the cap, are
    // counted in dropped. An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is read as IPv4.
    static std::optional<StrayPeerBytes> read(QByteArrayView bytes, int entrySize, int maxPeers,
                                              QList<TrackerPeer> &peers, int &dropped);
    // The stray bytes named for people, the same words for every protocol.
    static QString describe(const StrayPeerBytes &stray);
};
