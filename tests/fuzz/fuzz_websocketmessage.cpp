// libFuzzer target over a WebSocket (WebTorrent) tracker message: the JSON message reader, then the
// reply reader that turns announce, scrape and failure messages into results, and the binary
// string conversion both ways.
#include "fuzzcheck.h"
#include "fuzztrackerhashes.h"
#include "tracker/websocket/websockettrackermessage.h"
#include "tracker/websocket/websockettrackerreplyreader.h"

#include <cstddef>
#include <cstdint>

namespace {

using Kind = WebSocketTrackerReply::Kind;

void readResults(const WebSocketTrackerReply &reply)
{
    static const QList<QByteArray> requestedHashes = fuzzRequestedHashes();
    if (reply.kind == Kind::AnnounceReply || reply.kind == Kind::FailureOnly) {
        AnnounceResult result;
        WebSocketTrackerReplyReader::readAnnounce(reply, &result);
        FUZZ_CHECK(result.succeeded() == result.errorMessage.isEmpty());
    }
    if (reply.kind == Kind::ScrapeReply || reply.kind == Kind::FailureOnly) {
        ScrapeResult result;
        WebSocketTrackerReplyReader::readScrape(reply, requestedHashes, &result);
        FUZZ_CHECK(result.entries.size() == requestedHashes.size());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView message(reinterpret_cast<const char *>(data), qsizetype(size));
    const WebSocketTrackerReply reply = WebSocketTrackerMessage::parse(message);
    FUZZ_CHECK((reply.kind == Kind::Invalid) == !reply.error.isEmpty());
    FUZZ_CHECK(reply.infoHash.isEmpty() ||
               reply.infoHash.size() == WebSocketTrackerMessage::kHashSize);
    FUZZ_CHECK(reply.fromPeerId.isEmpty() ||
               reply.fromPeerId.size() == WebSocketTrackerMessage::kHashSize);
    for (const WebSocketScrapeFile &file : reply.files)
        FUZZ_CHECK(file.infoHash.size() == WebSocketTrackerMessage::kHashSize);
    readResults(reply);

    const QString text = QString::fromUtf8(message);
    const std::optional<QByteArray> bytes =
        WebSocketTrackerMessage::bytesFromBinaryString(text, int(text.size()));
    if (bytes)
        FUZZ_CHECK(WebSocketTrackerMessage::binaryString(*bytes) == text);
    const QByteArray hash = message.first(qMin<qsizetype>(message.size(), 20)).toByteArray();
    const std::optional<QByteArray> roundTrip = WebSocketTrackerMessage::bytesFromBinaryString(
        WebSocketTrackerMessage::binaryString(hash), int(hash.size()));
    FUZZ_CHECK(roundTrip && *roundTrip == hash);
    return 0;
}
