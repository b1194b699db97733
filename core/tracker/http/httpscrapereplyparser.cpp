#include "tracker/http/httpscrapereplyparser.h"

#include "bencode/bencodedecoder.h"
#include "tracker/http/httpreplytext.h"
#include "tracker/trackermessagetext.h"

#include <limits>

namespace {

qint64 countOrUnknown(const BencodeValue &value)
{
    return value.isInteger() && value.toInteger() >= 0 ? value.toInteger() : -1;
}

} // namespace

HttpScrapeReplyParser::Reply HttpScrapeReplyParser::parse(const QByteArray &body,
                                                          const QList<QByteArray> &requestedHashes)
{
    Reply reply;
    for (const QByteArray &infoHash : requestedHashes)
        reply.entries.append(ScrapeEntry{infoHash});
    const BencodeDocument document = BencodeDecoder::decode(body);
    const BencodeValue root = document.root();
    if (!document.isValid()) {
        // Quote the body only when it is text from its first byte, not broken bencode.
        const QString text =
            document.error().offset == 0 ? HttpReplyText::firstLine(body) : QString();
        reply.errorMessage =
            text.isEmpty()
                ? tr("The scrape reply is not bencode (%1).").arg(document.error().describe())
                : tr("The scrape reply is not bencode (%1); it "
                     "reads: %2")
                      .arg(document.error().describe(), text);
    } else if (!root.isDictionary()) {
        reply.errorMessage = tr("The scrape reply is bencode but not a dictionary.");
    } else if (root.contains("failure reason")) {
        reply.outcome = ExchangeOutcome::TrackerFailure;
        reply.failureReason = TrackerMessageText::safe(root.value("failure reason").stringView());
        reply.errorMessage = tr("The tracker refused the scrape: %1").arg(reply.failureReason);
        return reply;
    } else if (!root.value("files").isDictionary()) {
        reply.errorMessage = tr("The scrape reply has no \"files\" dictionary.");
    } else {
        readFiles(root.value("files"), reply, requestedHashes);
        const BencodeValue interval = root.value("flags").value("min_request_interval");
        if (interval.isInteger() && interval.toInteger() >= 0)
            reply.minRequestInterval =
                int(qMin<qint64>(interval.toInteger(), std::numeric_limits<int>::max()));
        return reply;
    }
    reply.outcome = ExchangeOutcome::InvalidResponse;
    return reply;
}

void HttpScrapeReplyParser::readFiles(const BencodeValue &files, Reply &reply,
                                      const QList<QByteArray> &requestedHashes)
{
    QHash<QByteArray, BencodeValue> byHash;
    bool sawMangledKeys = false;
    for (const auto &[key, value] : files.entries()) {
        QByteArray infoHash = key.toByteArray();
        if (key.size() != kInfoHashSize) {
            const QByteArray unmangled = unmangleUtf8InfoHash(key);
            sawMangledKeys = sawMangledKeys || !unmangled.isEmpty();
            if (!unmangled.isEmpty())
                infoHash = unmangled;
        }
        if (!requestedHashes.contains(infoHash))
            ++reply.unrequestedCount;
        else if (!byHash.contains(infoHash))
            byHash.insert(infoHash, value);
    }
    for (ScrapeEntry &entry : reply.entries) {
        const auto found = byHash.constFind(entry.infoHash);
        if (found == byHash.constEnd() || !found.value().isDictionary())
            continue;
        entry = readEntry(entry.infoHash, found.value());
        ++reply.answeredCount;
    }
    if (sawMangledKeys)
        reply.notes += tr("The tracker wrote the info hashes of its reply as UTF-8 text "
                          "(a bittorrent-tracker quirk); they were read back as bytes.");
    if (reply.unrequestedCount > 0)
        reply.notes += tr("The reply has %n entries for torrents that were not asked for.", nullptr,
                          reply.unrequestedCount);
}

ScrapeEntry HttpScrapeReplyParser::readEntry(const QByteArray &infoHash, const BencodeValue &value)
{
    ScrapeEntry entry{infoHash};
    entry.present = true;
    entry.seeders = countOrUnknown(value.value("complete"));
    entry.completed = countOrUnknown(value.value("downloaded"));
    entry.leechers = countOrUnknown(value.value("incomplete"));
    entry.downloaders = countOrUnknown(value.value("downloaders"));
    return entry;
}

QByteArray HttpScrapeReplyParser::unmangleUtf8InfoHash(QByteArrayView key)
{
    if (key.size() <= kInfoHashSize || key.size() > 2 * kInfoHashSize)
        return QByteArray();
    const QString text = QString::fromUtf8(key);
    if (text.size() != kInfoHashSize)
        return QByteArray();
    QByteArray bytes;
    bytes.reserve(kInfoHashSize);
    for (const QChar character : text) {
        if (character.unicode() > 0xff)
            return QByteArray();
        bytes += char(character.unicode());
    }
    return bytes;
}
