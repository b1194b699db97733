// libFuzzer target over an HTTP tracker's announce reply: the bencode reply parser (with the usual
// and a tiny peer cap), then what the inspector derives from the result: the reply linter's
// findings and the client names of the peers' ids.
#include "diagnostics/replylinter.h"
#include "fuzzcheck.h"
#include "tracker/http/httpannouncereplyparser.h"
#include "tracker/peeridclientname.h"

#include <cstddef>
#include <cstdint>

namespace {

constexpr int kTinyPeerCap = 2;

void parseAndLint(const QByteArray &body, int maxPeers)
{
    AnnounceResult result;
    HttpAnnounceReplyParser::parse(body, result, maxPeers);
    FUZZ_CHECK(result.peers.size() <= maxPeers);
    FUZZ_CHECK(result.succeeded() == result.errorMessage.isEmpty());
    for (const TrackerPeer &peer : result.peers) {
        FUZZ_CHECK(peer.port != 0);
        (void)peer.toString();
        (void)PeerIdClientName::fromPeerId(peer.peerId);
    }
    ReplyLinter::AnnounceContext context;
    context.numwant = 50;
    context.ourPort = 6881;
    context.ourPeerId = QByteArrayLiteral("-TI0100-abcdefghijkl");
    context.trackerAddress = QHostAddress::LocalHost;
    (void)ReplyLinter::lintAnnounce(result, context);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A copy of exactly size bytes, so that AddressSanitizer catches any read past the end.
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    parseAndLint(body, HttpAnnounceReplyParser::kDefaultMaxPeers);
    parseAndLint(body, kTinyPeerCap);
    return 0;
}
