#pragma once

#include "common/expected.h"
#include "metainfo/metainfo.h"

#include <QByteArray>
#include <QCoreApplication>

class BencodeValue;
struct MetainfoFileListing;
class MetainfoPathChecker;

// Reads a .torrent file's bytes (v1, v2 and hybrid, BEP 3/12/27/47/52) into a Metainfo.
// Validates like libtorrent: what libtorrent refuses to load is an error here too, with two
// exceptions an inspector needs: suspicious paths and missing v2 piece layers are warnings, so
// that the trackers of such a file can still be inspected. The data is never copied: strings are
// views into it, and the info hashes are digests of the info dictionary's exact bytes.
class MetainfoParser
{
    Q_DECLARE_TR_FUNCTIONS(MetainfoParser)

public:
    // libtorrent's own ceiling: INT_MAX / 2.
    static constexpr qint64 kMaxPieceLength = qint64(0x7fffffff) / 2;
    // BEP 52: a v2 piece is a power of two of at least one 16 KiB block.
    static constexpr qint64 kMinV2PieceLength = 16 * 1024;
    // Creation dates after the year 9999 are nonsense (and beyond what QDateTime shows).
    static constexpr qint64 kMaxCreationDate = 253402300799;
    static constexpr qsizetype kSha1Size = 20;
    static constexpr qsizetype kSha256Size = 32;

    // The torrent, or an Error (Malformed) saying what is wrong with it: "the info dictionary is
    // missing", with the byte offset when the bencode itself is broken.
    static Expected<Metainfo> parse(const QByteArray &data, const QString &sourceName);

private:
    static Expected<void> readInfo(const BencodeValue &info, Metainfo &metainfo);
    static Expected<void> readVersion(const BencodeValue &info, Metainfo &metainfo);
    static Expected<void> readPieceLength(const BencodeValue &info, Metainfo &metainfo);
    static Expected<void> readName(const BencodeValue &info, MetainfoPathChecker &paths,
                                   Metainfo &metainfo);
    static Expected<void> readFiles(const BencodeValue &info, MetainfoPathChecker &paths,
                                    Metainfo &metainfo);
    static Expected<MetainfoFileListing> readTree(const BencodeValue &info,
                                                  const MetainfoFileListing &v1,
                                                  MetainfoPathChecker &paths,
                                                  const Metainfo &metainfo);
    static Expected<void> checkPieces(const BencodeValue &info, Metainfo &metainfo);
    static Expected<void> checkHybrid(const MetainfoFileListing &v1, const MetainfoFileListing &v2,
                                      qint64 pieceLength);
    static Expected<void> checkPieceLayers(const BencodeValue &root, Metainfo &metainfo);
    static void readDescription(const BencodeValue &root, Metainfo &metainfo);
    static void hashInfo(const BencodeValue &info, Metainfo &metainfo);
};
