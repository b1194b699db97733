// libFuzzer target over tracker URL handling: TrackerUrl::parse on any text, then everything built
// from the URL it gives (HTTP announce and BEP 48 scrape URLs, BEP 41 UDP URLData options), with
// bytes of the input as info hash, peer id and tracker id.
#include "fuzzcheck.h"
#include "metainfo/trackerurl.h"
#include "tracker/http/trackerrequesturl.h"
#include "tracker/udp/udptrackerpacket.h"

#include <cstddef>
#include <cstdint>

namespace {

constexpr qsizetype kHashSize = 20;

// percentEncode leaves only unreserved characters and %XX, and decoding gives the bytes back.
void checkPercentEncoding(const QByteArray &bytes)
{
    const QByteArray encoded = TrackerRequestUrl::percentEncode(bytes);
    for (const char byte : encoded)
        FUZZ_CHECK((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                   (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' || byte == '_' ||
                   byte == '~' || byte == '%');
    FUZZ_CHECK(QByteArray::fromPercentEncoding(encoded) == bytes);
}

// The options are URLData chunks of at most 255 bytes and an end marker, and carry the path and
// query exactly.
void checkUrlDataOptions(const QUrl &url)
{
    const QByteArray options = UdpTrackerPacket::urlDataOptions(url);
    const QByteArray expected =
        url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (expected.isEmpty()) {
        FUZZ_CHECK(options.isEmpty());
        return;
    }
    QByteArray carried;
    qsizetype offset = 0;
    while (offset + 1 < options.size() && options.at(offset) == UdpTrackerPacket::kOptionUrlData) {
        const qsizetype length = quint8(options.at(offset + 1));
        FUZZ_CHECK(length > 0 && offset + 2 + length < options.size());
        carried += options.mid(offset + 2, length);
        offset += 2 + length;
    }
    FUZZ_CHECK(offset == options.size() - 1);
    FUZZ_CHECK(options.back() == UdpTrackerPacket::kOptionEndOfOptions);
    FUZZ_CHECK(carried == expected);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const TrackerUrl tracker = TrackerUrl::parse(QString::fromUtf8(input));
    (void)tracker.protocolName();
    (void)tracker.port();
    FUZZ_CHECK(tracker.isSupported() == tracker.problem().isEmpty());

    checkPercentEncoding(input);
    AnnounceRequest request;
    request.trackerUrl = tracker.url();
    request.infoHash = input.right(kHashSize);
    request.peerId = input.left(kHashSize);
    request.trackerId = input.left(64);
    const QUrl announce = TrackerRequestUrl::announceUrl(request);
    if (tracker.protocol() == TrackerProtocol::Http || tracker.protocol() == TrackerProtocol::Https)
        FUZZ_CHECK(announce.query(QUrl::FullyEncoded)
                       .contains(QString::fromLatin1(
                           "info_hash=" + TrackerRequestUrl::percentEncode(request.infoHash))));

    const Expected<QUrl> scrape = TrackerRequestUrl::scrapeUrl(tracker.url());
    FUZZ_CHECK(scrape ? scrape->isValid() : !scrape.error().message().isEmpty());
    if (scrape)
        (void)TrackerRequestUrl::scrapeBatchUrl(*scrape, {request.infoHash, request.peerId});

    checkUrlDataOptions(tracker.url());
    (void)UdpTrackerPacket::announceRequest(0x41727101980ULL, 7, request);
    return 0;
}
