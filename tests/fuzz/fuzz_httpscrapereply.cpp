// libFuzzer target over an HTTP tracker's scrape reply: the bencode scrape parser for three
// requested hashes, the UTF-8 hash unmangling, the text shown for a body that is not bencode, and
// the reply linter's findings on the result.
#include "diagnostics/replylinter.h"
#include "fuzzcheck.h"
#include "fuzztrackerhashes.h"
#include "tracker/http/httpreplytext.h"
#include "tracker/http/httpscrapereplyparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A copy of exactly size bytes, so that AddressSanitizer catches any read past the end.
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QList<QByteArray> requestedHashes = fuzzRequestedHashes();

    const Expected<HttpScrapeReplyParser::Reply> parsed =
        HttpScrapeReplyParser::parse(body, requestedHashes);
    FUZZ_CHECK(parsed || !parsed.error().message().isEmpty());
    const HttpScrapeReplyParser::Reply reply = parsed.valueOr({});
    FUZZ_CHECK(!parsed || reply.entries.size() == requestedHashes.size());
    FUZZ_CHECK(reply.answeredCount <= requestedHashes.size());
    for (qsizetype index = 0; index < reply.entries.size(); ++index)
        FUZZ_CHECK(reply.entries.at(index).infoHash == requestedHashes.at(index));

    ScrapeResult result;
    result.outcome = !parsed               ? ExchangeOutcome::InvalidResponse
                     : reply.failureReason ? ExchangeOutcome::TrackerFailure
                                           : ExchangeOutcome::Success;
    result.errorMessage = parsed ? QString() : parsed.error().message();
    result.failureReason = reply.failureReason.value_or(QString());
    result.entries = reply.entries;
    result.minRequestInterval = reply.minRequestInterval;
    result.notes = reply.notes;
    (void)ReplyLinter::lintScrape(result, true);

    const QString line = HttpReplyText::firstLine(body);
    FUZZ_CHECK(line.size() <= HttpReplyText::kMaxLineLength);
    FUZZ_CHECK(!line.contains(u'\n'));

    const QByteArray unmangled = HttpScrapeReplyParser::unmangleUtf8InfoHash(body);
    FUZZ_CHECK(unmangled.isEmpty() || unmangled.size() == HttpScrapeReplyParser::kInfoHashSize);
    return 0;
}
