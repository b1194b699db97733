// libFuzzer target over BEP 15 replies: the input is one UDP packet, read as the reply to each
// request kind (connect, announce, scrape), with IPv4 and IPv6 peer entries, a small and the usual
// peer cap, and once with a transaction id that does not match.
#include "fuzzcheck.h"
#include "tracker/udp/udptrackerpacket.h"

#include <QtEndian>
#include <array>
#include <cstddef>
#include <cstdint>

namespace {

constexpr int kSmallPeerCap = 3;
constexpr int kUsualPeerCap = 200;
constexpr int kMaxScrapeHashes = 74; // what fits a BEP 15 scrape request

void checkReply(QByteArrayView packet, const UdpReplyExpectation &expected)
{
    const Expected<UdpTrackerReply> parsed = UdpTrackerPacket::parseReply(packet, expected);
    FUZZ_CHECK(parsed || !parsed.error().message().isEmpty());
    if (!parsed)
        return;
    const UdpTrackerReply &reply = *parsed;
    FUZZ_CHECK(reply.action == expected.action || reply.action == UdpTrackerAction::Error);
    if (reply.action == UdpTrackerAction::Announce) {
        const qsizetype entries = (packet.size() - UdpTrackerPacket::kAnnounceReplyHeaderSize) /
                                  (reply.ipv4EntriesOverIpv6 ? UdpTrackerPacket::kIpv4PeerEntrySize
                                                             : expected.peerEntrySize);
        // IPv4 entries are read over IPv6 only when 18-byte entries cannot fit.
        FUZZ_CHECK(!reply.ipv4EntriesOverIpv6 ||
                   (expected.peerEntrySize == UdpTrackerPacket::kIpv6PeerEntrySize &&
                    (packet.size() - UdpTrackerPacket::kAnnounceReplyHeaderSize) %
                            UdpTrackerPacket::kIpv6PeerEntrySize !=
                        0));
        FUZZ_CHECK(reply.peers.size() + reply.peersDropped == entries);
        FUZZ_CHECK(reply.peers.size() <= expected.maxPeersKept);
        for (const TrackerPeer &peer : reply.peers) {
            FUZZ_CHECK(peer.port != 0 && !peer.address.isNull());
            (void)peer.toString();
        }
    }
    if (reply.action == UdpTrackerAction::Scrape)
        FUZZ_CHECK(reply.scrapeCounts.size() <= expected.requestedHashCount);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A copy of exactly size bytes, so that AddressSanitizer catches any read past the end.
    const QByteArray packet(reinterpret_cast<const char *>(data), qsizetype(size));
    const quint32 transactionId =
        packet.size() >= 8 ? qFromBigEndian<quint32>(packet.constData() + 4) : 0;

    constexpr std::array actions = {UdpTrackerAction::Connect, UdpTrackerAction::Announce,
                                    UdpTrackerAction::Scrape};
    constexpr std::array peerEntrySizes = {UdpTrackerPacket::kIpv4PeerEntrySize,
                                           UdpTrackerPacket::kIpv6PeerEntrySize};
    for (const UdpTrackerAction action : actions) {
        for (const int peerEntrySize : peerEntrySizes) {
            UdpReplyExpectation expected;
            expected.transactionId = transactionId;
            expected.action = action;
            expected.peerEntrySize = peerEntrySize;
            expected.maxPeersKept = peerEntrySize == 6 ? kUsualPeerCap : kSmallPeerCap;
            expected.requestedHashCount = peerEntrySize == 6 ? kMaxScrapeHashes : 1;
            checkReply(packet, expected);
        }
    }
    UdpReplyExpectation mismatched;
    mismatched.transactionId = ~transactionId;
    mismatched.action = UdpTrackerAction::Announce;
    FUZZ_CHECK(!UdpTrackerPacket::parseReply(packet, mismatched));
    return 0;
}
