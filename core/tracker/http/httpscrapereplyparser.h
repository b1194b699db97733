#pragma once

#include "bencode/bencodevalue.h"
#include "common/expected.h"
#include "tracker/scraperesult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

// Reads an HTTP tracker's scrape reply (BEP 48, BEP 21 `downloaders`). Pure and bounded.
class HttpScrapeReplyParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpScrapeReplyParser)

public:
    static constexpr qsizetype kInfoHashSize = 20;

    // What a scrape reply says. A refusal (`failure reason`) is a reply too: the tracker's words
    // are kept, and nothing else is read.
    struct Reply
    {
        std::optional<QString> failureReason; // the tracker's own words, made safe to show
        // One per requested hash, in request order; hashes the tracker left out are present=false
        // with every count -1.
        QList<ScrapeEntry> entries;
        int answeredCount = 0;       // requested hashes the reply had
        int unrequestedCount = 0;    // keys in `files` we did not ask for
        int minRequestInterval = -1; // flags.min_request_interval, seconds
        QStringList notes;
    };

    // The reply, or an Error (Malformed) when the body is not one: not bencode, or no `files`.
    static Expected<Reply> parse(const QByteArray &body, const QList<QByteArray> &requestedHashes);
    // "The tracker refused the scrape: …", for a reply with a failure reason.
    static QString refusalMessage(const QString &failureReason);

    // bittorrent-tracker (npm) writes binary keys as UTF-8 of their Latin-1 reading (up to 40
    // bytes); this gives back the 20 bytes when key is such a mangled hash, else an empty array.
    static QByteArray unmangleUtf8InfoHash(QByteArrayView key);

private:
    static void readFiles(const BencodeValue &files, Reply &reply,
                          const QList<QByteArray> &requestedHashes);
    static ScrapeEntry readEntry(const QByteArray &infoHash, const BencodeValue &value);
};
