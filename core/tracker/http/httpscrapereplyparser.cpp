#include "tracker/http/httpscrapereplyparser.h"

#include "bencode/bencodedecoder.h"
#include "tracker/http/httpreplytext.h"
#include "tracker/trackermessagetext.h"

#include <limits>

namespace {

Error malformed(const QString &message)
{
    return Error(Error::Kind::Malformed, message);
}

qint64 countOrUnknown(const BencodeValue &value)
{
    return value.isInteger() && value.toInteger() >= 0 ? value.toInteger() : -1;
}

} // namespace

Expected<HttpScrapeReplyParser::Reply>
HttpScrapeReplyParser::parse(const QByteArray &body, const QList<QByteArray> &requestedHashes)
{
    const Expected<BencodeDocument> document = BencodeDecoder::decode(body);
    if (!document) {
        // Quote the body only when it is text from its first byte, not broken bencode.
        const Error &error = document.error();
        const QString text = error.offset() == 0 ? HttpReplyText::firstLine(body) : QString();
        return malformed(text.isEmpty()
                             ? tr("The scrape reply is not bencode (%1).").arg(error.describe())
                             : tr("The scrape reply is not bencode (%1); it reads: %2")
                                   .arg(error.describe(), text));
    }
    const BencodeValue root = document->root();
    if (!root.isDictionary())
        return malformed(tr("The scrape reply is bencode but not a dictionary."));
    Reply reply;
    for (const QByteArray &infoHash : requestedHashes)
        reply.entries.append(ScrapeEntry{infoHash});
    if (root.contains("failure reason")) {
        reply.failureReason = TrackerMessageText::safe(root.value("failure reason").stringView());
        return reply;
    }
    if (!root.value("files").isDictionary())
        return malformed(tr("The scrape reply has no \"files\" dictionary."));
    readFiles(root.value("files"), reply, requestedHashes);
    const BencodeValue interval = root.value("flags").value("min_request_interval");
    if (interval.isInteger() && interval.toInteger() >= 0)
        reply.minRequestInterval =
            int(qMin<qint64>(interval.toInteger(), std::numeric_limits<int>::max()));
    return reply;
}

QString HttpScrapeReplyParser::refusalMessage(const QString &failureReason)
{
    return tr("The tracker refused the scrape: %1").arg(failureReason);
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
