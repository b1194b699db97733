#include "metainfo/metainfoparser.h"

#include "bencode/bencodedecoder.h"
#include "metainfo/infohasher.h"
#include "metainfo/metainfofilelistreader.h"
#include "metainfo/metainfofiletreereader.h"
#include "metainfo/metainfopathchecker.h"
#include "metainfo/metainfotrackerreader.h"

#include <QHash>

namespace {
Error malformed(const QString &message)
{
    return Error(Error::Kind::Malformed, message);
}

qint64 divideRoundingUp(qint64 dividend, qint64 divisor)
{
    return dividend / divisor + (dividend % divisor != 0 ? 1 : 0);
}
} // namespace

Expected<Metainfo> MetainfoParser::parse(const QByteArray &data, const QString &sourceName)
{
    const Expected<BencodeDocument> document = BencodeDecoder::decode(data);
    if (!document) {
        const Error &error = document.error();
        return Error(Error::Kind::Malformed,
                     tr("the file is not valid bencode: %1").arg(error.message()), error.offset());
    }
    Metainfo metainfo;
    metainfo.sourceName = sourceName;
    for (const BencodeIssue &warning : document->warnings())
        metainfo.warnings.append(warning.describe());
    const BencodeValue root = document->root();
    if (!root.isDictionary())
        return malformed(tr("the file holds no dictionary at its top, so it is not a torrent"));
    const BencodeValue info = root.value("info");
    if (!info.isValid())
        return malformed(tr("the info dictionary is missing"));
    if (!info.isDictionary())
        return malformed(tr("the info entry is not a dictionary"));
    const Expected<void> read =
        readInfo(info, metainfo).andThen([&] { return checkPieceLayers(root, metainfo); });
    if (!read)
        return read.error();
    hashInfo(info, metainfo);
    if (metainfo.name.isEmpty()) {
        metainfo.name = QString::fromLatin1(
            (metainfo.hasV1() ? metainfo.infoHashV1 : metainfo.infoHashV2).toHex());
        metainfo.warnings.append(tr("the name is empty; the info hash is shown instead"));
    }
    readDescription(root, metainfo);
    MetainfoTrackerReader::read(root, metainfo);
    return metainfo;
}

Expected<void> MetainfoParser::readInfo(const BencodeValue &info, Metainfo &metainfo)
{
    MetainfoPathChecker paths;
    const Expected<void> read = readVersion(info, metainfo)
                                    .andThen([&] { return readPieceLength(info, metainfo); })
                                    .andThen([&] { return readName(info, paths, metainfo); })
                                    .andThen([&] { return readFiles(info, paths, metainfo); })
                                    .andThen([&] { return checkPieces(info, metainfo); });
    if (!read)
        return read;
    metainfo.warnings.append(paths.warnings());
    const BencodeValue privateFlag = info.value("private");
    if (privateFlag.isValid() && !privateFlag.isInteger())
        metainfo.warnings.append(tr("the private flag is not a number; the torrent is treated as "
                                    "public"));
    metainfo.isPrivate = privateFlag.toInteger() != 0;
    metainfo.source = info.value("source").toUtf8String();
    metainfo.infoSize = info.endOffset() - info.startOffset();
    return {};
}

Expected<void> MetainfoParser::readVersion(const BencodeValue &info, Metainfo &metainfo)
{
    const qint64 metaVersion = info.value("meta version").toInteger(-1);
    const BencodeValue fileTree = info.value("file tree");
    if (metaVersion > 2)
        return malformed(
            tr("the torrent uses meta version %1, which is not supported").arg(metaVersion));
    if (metaVersion < 2) {
        if (fileTree.isValid())
            return malformed(tr("the info dictionary has a file tree but no \"meta version\" 2"));
        metainfo.version = MetainfoVersion::V1;
        return {};
    }
    if (!fileTree.isValid())
        return malformed(tr("the torrent is meta version 2 but has no file tree"));
    const bool hasV1Files = info.contains("files") || info.contains("length");
    metainfo.version = hasV1Files ? MetainfoVersion::Hybrid : MetainfoVersion::V2;
    return {};
}

Expected<void> MetainfoParser::readPieceLength(const BencodeValue &info, Metainfo &metainfo)
{
    const BencodeValue pieceLength = info.value("piece length");
    if (!pieceLength.isValid())
        return malformed(tr("the piece length is missing"));
    if (!pieceLength.isInteger())
        return malformed(tr("the piece length is not a number"));
    const qint64 length = pieceLength.toInteger();
    if (length <= 0 || length > kMaxPieceLength) {
        return malformed(tr("the piece length %1 is out of range (1 to %2 bytes)")
                             .arg(length)
                             .arg(kMaxPieceLength));
    }
    if (metainfo.version != MetainfoVersion::V1 &&
        (length < kMinV2PieceLength || (length & (length - 1)) != 0)) {
        return malformed(tr("the piece length %1 is not a power of two of at least 16 KiB, as v2 "
                            "torrents need")
                             .arg(length));
    }
    metainfo.pieceLength = length;
    return {};
}

Expected<void> MetainfoParser::readName(const BencodeValue &info, MetainfoPathChecker &paths,
                                        Metainfo &metainfo)
{
    BencodeValue name = info.value("name.utf-8");
    if (!name.isString())
        name = info.value("name");
    if (!name.isValid())
        return malformed(tr("the torrent has no name"));
    if (!name.isString())
        return malformed(tr("the name is not text"));
    metainfo.name = paths.decodeName(name.stringView());
    return {};
}

Expected<void> MetainfoParser::readFiles(const BencodeValue &info, MetainfoPathChecker &paths,
                                         Metainfo &metainfo)
{
    Expected<MetainfoFileListing> v1;
    Expected<MetainfoFileListing> v2;
    if (metainfo.version != MetainfoVersion::V2)
        v1 = MetainfoFileListReader::read(info, metainfo.name, paths);
    if (v1 && metainfo.version != MetainfoVersion::V1)
        v2 = readTree(info, *v1, paths, metainfo);
    for (const Expected<MetainfoFileListing> *listing : {&v1, &v2}) {
        if (!*listing)
            return listing->error();
    }
    MetainfoFileListing &shown = metainfo.version == MetainfoVersion::V2 ? *v2 : *v1;
    if (shown.totalSize == 0)
        return malformed(tr("the torrent holds no data: its files are all empty"));
    if (metainfo.version == MetainfoVersion::Hybrid) {
        qsizetype treeIndex = 0;
        for (MetainfoFile &file : shown.files) {
            if (!file.isPadFile)
                file.piecesRoot = v2->files[treeIndex++].piecesRoot;
        }
    }
    metainfo.files = std::move(shown.files);
    metainfo.fileCount = shown.fileCount;
    metainfo.padFileCount = shown.padFileCount;
    metainfo.totalSize = shown.totalSize;
    metainfo.paddedSize = shown.paddedSize;
    metainfo.isMultiFile = shown.isMultiFile;
    metainfo.pieceCount = v2->pieceCount;
    return {};
}

// The v2 file tree; a hybrid's must agree with its v1 file list.
Expected<MetainfoFileListing> MetainfoParser::readTree(const BencodeValue &info,
                                                       const MetainfoFileListing &v1,
                                                       MetainfoPathChecker &paths,
                                                       const Metainfo &metainfo)
{
    const bool isHybrid = metainfo.version == MetainfoVersion::Hybrid;
    // A hybrid's tree repeats the v1 paths, which were checked already: do not warn twice.
    MetainfoPathChecker treePaths;
    Expected<MetainfoFileListing> v2 = MetainfoFileTreeReader::read(
        info.value("file tree"), metainfo.name, metainfo.pieceLength, isHybrid ? treePaths : paths);
    if (!v2 || !isHybrid)
        return v2;
    if (const Expected<void> agree = checkHybrid(v1, *v2, metainfo.pieceLength); !agree)
        return agree.error();
    return v2;
}

// libtorrent refuses a hybrid whose v1 file list and v2 file tree disagree; so do we.
Expected<void> MetainfoParser::checkHybrid(const MetainfoFileListing &v1,
                                           const MetainfoFileListing &v2, qint64 pieceLength)
{
    if (v1.fileCount != v2.fileCount) {
        return malformed(tr("the v1 file list (%1 files) and the v2 file tree (%2 files) of this "
                            "hybrid torrent disagree")
                             .arg(v1.fileCount)
                             .arg(v2.fileCount));
    }
    qsizetype treeIndex = 0;
    qint64 offset = 0;
    for (const MetainfoFile &file : v1.files) {
        if (file.isPadFile) {
            offset += file.size;
            continue;
        }
        const MetainfoFile &treeFile = v2.files[treeIndex++];
        if (file.path != treeFile.path || file.size != treeFile.size) {
            return malformed(tr("the v1 file \"%1\" (%2 bytes) does not match the v2 file \"%3\" "
                                "(%4 bytes) of this hybrid torrent")
                                 .arg(file.displayPath())
                                 .arg(file.size)
                                 .arg(treeFile.displayPath())
                                 .arg(treeFile.size));
        }
        if (offset % pieceLength != 0 && file.size > 0) {
            return malformed(tr("the v1 file \"%1\" does not start on a piece boundary, as the v2 "
                                "part of this hybrid torrent needs")
                                 .arg(file.displayPath()));
        }
        offset += file.size;
    }
    return {};
}

Expected<void> MetainfoParser::checkPieces(const BencodeValue &info, Metainfo &metainfo)
{
    if (metainfo.version == MetainfoVersion::V2)
        return {};
    const BencodeValue pieces = info.value("pieces");
    if (!pieces.isValid())
        return malformed(tr("the piece hashes (\"pieces\") are missing"));
    if (!pieces.isString())
        return malformed(tr("the piece hashes (\"pieces\") are not a byte string"));
    const qsizetype size = pieces.stringView().size();
    if (size % kSha1Size != 0)
        return malformed(
            tr("the piece hashes take %1 bytes, which is not a multiple of 20").arg(size));
    const qint64 expected = divideRoundingUp(metainfo.paddedSize, metainfo.pieceLength);
    if (size / kSha1Size != expected) {
        return malformed(
            tr("the torrent has %1 piece hashes, but %2 bytes in pieces of %3 bytes need %4")
                .arg(size / kSha1Size)
                .arg(metainfo.paddedSize)
                .arg(metainfo.pieceLength)
                .arg(expected));
    }
    metainfo.pieceCount = expected;
    return {};
}

// BEP 52 "piece layers": for every file larger than a piece, the SHA-256 of each of its pieces.
// libtorrent refuses a torrent whose layers are missing; an inspector only needs the trackers,
// so a missing layer is a warning here, and a layer of the wrong size an error.
Expected<void> MetainfoParser::checkPieceLayers(const BencodeValue &root, Metainfo &metainfo)
{
    if (metainfo.version == MetainfoVersion::V1)
        return {};
    QHash<QByteArray, qsizetype> layerSizes;
    const BencodeValue layers = root.value("piece layers");
    for (BencodeValue key = layers.firstChild(); key.isValid() && layers.isDictionary();
         key = key.nextSibling().nextSibling()) {
        layerSizes.insert(key.toByteArray(), key.nextSibling().stringView().size());
    }
    int missing = 0;
    for (const MetainfoFile &file : std::as_const(metainfo.files)) {
        if (file.isPadFile || file.size <= metainfo.pieceLength)
            continue;
        const auto layer = layerSizes.constFind(file.piecesRoot);
        if (layer == layerSizes.constEnd()) {
            ++missing;
            continue;
        }
        const qint64 expected = divideRoundingUp(file.size, metainfo.pieceLength) * kSha256Size;
        if (layer.value() != expected) {
            return malformed(tr("the piece layer of \"%1\" takes %2 bytes instead of %3")
                                 .arg(file.displayPath())
                                 .arg(layer.value())
                                 .arg(expected));
        }
    }
    if (missing > 0) {
        metainfo.warnings.append(tr("the v2 piece layers of %n files are missing: the data "
                                    "of those files cannot be verified",
                                    nullptr, missing));
    }
    return {};
}

void MetainfoParser::readDescription(const BencodeValue &root, Metainfo &metainfo)
{
    BencodeValue comment = root.value("comment.utf-8");
    if (!comment.isString())
        comment = root.value("comment");
    metainfo.comment = comment.toUtf8String();
    metainfo.createdBy = root.value("created by").toUtf8String();
    const BencodeValue creationDate = root.value("creation date");
    if (!creationDate.isValid())
        return;
    if (creationDate.isInteger() && creationDate.toInteger() >= 0 &&
        creationDate.toInteger() <= kMaxCreationDate)
        metainfo.creationDate = QDateTime::fromSecsSinceEpoch(creationDate.toInteger(), Qt::UTC);
    else
        metainfo.warnings.append(tr("the creation date is not a valid time; it was ignored"));
}

void MetainfoParser::hashInfo(const BencodeValue &info, Metainfo &metainfo)
{
    const bool hasV1 = metainfo.version != MetainfoVersion::V2;
    const bool hasV2 = metainfo.version != MetainfoVersion::V1;
    InfoHasher::Digests digests = InfoHasher::digests(info.rawBytes(), hasV1, hasV2);
    metainfo.infoHashV1 = std::move(digests.sha1);
    metainfo.infoHashV2 = std::move(digests.sha256);
}
