#include "metainfo/metainfoparser.h"

#include "bencode/bencodedecoder.h"
#include "metainfo/infohasher.h"
#include "metainfo/metainfofilelistreader.h"
#include "metainfo/metainfofiletreereader.h"
#include "metainfo/metainfopathchecker.h"
#include "metainfo/metainfotrackerreader.h"

#include <QHash>

namespace {
MetainfoParseResult failure(MetainfoParseResult &result, const QString &error)
{
    result.ok = false;
    result.errorMessage = error;
    return result;
}

qint64 divideRoundingUp(qint64 dividend, qint64 divisor)
{
    return dividend / divisor + (dividend % divisor != 0 ? 1 : 0);
}
} // namespace

MetainfoParseResult MetainfoParser::parse(const QByteArray &data, const QString &sourceName)
{
    MetainfoParseResult result;
    Metainfo &metainfo = result.metainfo;
    metainfo.sourceName = sourceName;
    const BencodeDocument document = BencodeDecoder::decode(data);
    if (!document.isValid())
        return failure(result,
                       tr("the file is not valid bencode: %1").arg(document.error().describe()));
    for (const BencodeIssue &warning : document.warnings())
        metainfo.warnings.append(warning.describe());
    const BencodeValue root = document.root();
    if (!root.isDictionary())
        return failure(result,
                       tr("the file holds no dictionary at its top, so it is not a torrent"));
    const BencodeValue info = root.value("info");
    if (!info.isValid())
        return failure(result, tr("the info dictionary is missing"));
    if (!info.isDictionary())
        return failure(result, tr("the info entry is not a dictionary"));
    QString error;
    if (!readInfo(info, metainfo, error) || !checkPieceLayers(root, metainfo, error))
        return failure(result, error);
    hashInfo(info, metainfo);
    if (metainfo.name.isEmpty()) {
        metainfo.name = QString::fromLatin1(
            (metainfo.hasV1() ? metainfo.infoHashV1 : metainfo.infoHashV2).toHex());
        metainfo.warnings.append(tr("the name is empty; the info hash is shown instead"));
    }
    readDescription(root, metainfo);
    MetainfoTrackerReader::read(root, metainfo);
    result.ok = true;
    return result;
}

bool MetainfoParser::readInfo(const BencodeValue &info, Metainfo &metainfo, QString &error)
{
    MetainfoPathChecker paths;
    if (!readVersion(info, metainfo, error) || !readPieceLength(info, metainfo, error) ||
        !readName(info, paths, metainfo, error) || !readFiles(info, paths, metainfo, error) ||
        !checkPieces(info, metainfo, error))
        return false;
    metainfo.warnings.append(paths.warnings());
    const BencodeValue privateFlag = info.value("private");
    if (privateFlag.isValid() && !privateFlag.isInteger())
        metainfo.warnings.append(tr("the private flag is not a number; the torrent is treated as "
                                    "public"));
    metainfo.isPrivate = privateFlag.toInteger() != 0;
    metainfo.source = info.value("source").toUtf8String();
    metainfo.infoSize = info.endOffset() - info.startOffset();
    return true;
}

bool MetainfoParser::readVersion(const BencodeValue &info, Metainfo &metainfo, QString &error)
{
    const qint64 metaVersion = info.value("meta version").toInteger(-1);
    const BencodeValue fileTree = info.value("file tree");
    if (metaVersion > 2) {
        error = tr("the torrent uses meta version %1, which is not supported").arg(metaVersion);
        return false;
    }
    if (metaVersion < 2) {
        if (fileTree.isValid()) {
            error = tr("the info dictionary has a file tree but no \"meta version\" 2");
            return false;
        }
        metainfo.version = MetainfoVersion::V1;
        return true;
    }
    if (!fileTree.isValid()) {
        error = tr("the torrent is meta version 2 but has no file tree");
        return false;
    }
    const bool hasV1Files = info.contains("files") || info.contains("length");
    metainfo.version = hasV1Files ? MetainfoVersion::Hybrid : MetainfoVersion::V2;
    return true;
}

bool MetainfoParser::readPieceLength(const BencodeValue &info, Metainfo &metainfo, QString &error)
{
    const BencodeValue pieceLength = info.value("piece length");
    if (!pieceLength.isValid()) {
        error = tr("the piece length is missing");
        return false;
    }
    if (!pieceLength.isInteger()) {
        error = tr("the piece length is not a number");
        return false;
    }
    const qint64 length = pieceLength.toInteger();
    if (length <= 0 || length > kMaxPieceLength) {
        error = tr("the piece length %1 is out of range (1 to %2 bytes)")
                    .arg(length)
                    .arg(kMaxPieceLength);
        return false;
    }
    if (metainfo.version != MetainfoVersion::V1 &&
        (length < kMinV2PieceLength || (length & (length - 1)) != 0)) {
        error = tr("the piece length %1 is not a power of two of at least 16 KiB, as v2 torrents "
                   "need")
                    .arg(length);
        return false;
    }
    metainfo.pieceLength = length;
    return true;
}

bool MetainfoParser::readName(const BencodeValue &info, MetainfoPathChecker &paths,
                              Metainfo &metainfo, QString &error)
{
    BencodeValue name = info.value("name.utf-8");
    if (!name.isString())
        name = info.value("name");
    if (!name.isValid()) {
        error = tr("the torrent has no name");
        return false;
    }
    if (!name.isString()) {
        error = tr("the name is not text");
        return false;
    }
    metainfo.name = paths.decodeName(name.stringView());
    return true;
}

bool MetainfoParser::readFiles(const BencodeValue &info, MetainfoPathChecker &paths,
                               Metainfo &metainfo, QString &error)
{
    MetainfoFileListing v1;
    MetainfoFileListing v2;
    if (metainfo.version != MetainfoVersion::V2)
        v1 = MetainfoFileListReader::read(info, metainfo.name, paths);
    if (!v1.ok()) {
        error = v1.error;
        return false;
    }
    if (metainfo.version != MetainfoVersion::V1) {
        // A hybrid's tree repeats the v1 paths, which were checked already: do not warn twice.
        MetainfoPathChecker treePaths;
        v2 = MetainfoFileTreeReader::read(
            info.value("file tree"), metainfo.name, metainfo.pieceLength,
            metainfo.version == MetainfoVersion::Hybrid ? treePaths : paths);
        if (!v2.ok() || (metainfo.version == MetainfoVersion::Hybrid &&
                         !checkHybrid(v1, v2, metainfo.pieceLength, v2.error))) {
            error = v2.error;
            return false;
        }
    }
    MetainfoFileListing &shown = metainfo.version == MetainfoVersion::V2 ? v2 : v1;
    if (shown.totalSize == 0) {
        error = tr("the torrent holds no data: its files are all empty");
        return false;
    }
    if (metainfo.version == MetainfoVersion::Hybrid) {
        qsizetype treeIndex = 0;
        for (MetainfoFile &file : shown.files) {
            if (!file.isPadFile)
                file.piecesRoot = v2.files[treeIndex++].piecesRoot;
        }
    }
    metainfo.files = std::move(shown.files);
    metainfo.fileCount = shown.fileCount;
    metainfo.padFileCount = shown.padFileCount;
    metainfo.totalSize = shown.totalSize;
    metainfo.paddedSize = shown.paddedSize;
    metainfo.isMultiFile = shown.isMultiFile;
    metainfo.pieceCount = v2.pieceCount;
    return true;
}

// libtorrent refuses a hybrid whose v1 file list and v2 file tree disagree; so do we.
bool MetainfoParser::checkHybrid(const MetainfoFileListing &v1, const MetainfoFileListing &v2,
                                 qint64 pieceLength, QString &error)
{
    if (v1.fileCount != v2.fileCount) {
        error = tr("the v1 file list (%1 files) and the v2 file tree (%2 files) of this hybrid "
                   "torrent disagree")
                    .arg(v1.fileCount)
                    .arg(v2.fileCount);
        return false;
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
            error = tr("the v1 file \"%1\" (%2 bytes) does not match the v2 file \"%3\" (%4 "
                       "bytes) of this hybrid torrent")
                        .arg(file.displayPath())
                        .arg(file.size)
                        .arg(treeFile.displayPath())
                        .arg(treeFile.size);
            return false;
        }
        if (offset % pieceLength != 0 && file.size > 0) {
            error = tr("the v1 file \"%1\" does not start on a piece boundary, as the v2 part of "
                       "this hybrid torrent needs")
                        .arg(file.displayPath());
            return false;
        }
        offset += file.size;
    }
    return true;
}

bool MetainfoParser::checkPieces(const BencodeValue &info, Metainfo &metainfo, QString &error)
{
    if (metainfo.version == MetainfoVersion::V2)
        return true;
    const BencodeValue pieces = info.value("pieces");
    if (!pieces.isValid()) {
        error = tr("the piece hashes (\"pieces\") are missing");
        return false;
    }
    if (!pieces.isString()) {
        error = tr("the piece hashes (\"pieces\") are not a byte string");
        return false;
    }
    const qsizetype size = pieces.stringView().size();
    if (size % kSha1Size != 0) {
        error = tr("the piece hashes take %1 bytes, which is not a multiple of 20").arg(size);
        return false;
    }
    const qint64 expected = divideRoundingUp(metainfo.paddedSize, metainfo.pieceLength);
    if (size / kSha1Size != expected) {
        error = tr("the torrent has %1 piece hashes, but %2 bytes in pieces of %3 bytes need %4")
                    .arg(size / kSha1Size)
                    .arg(metainfo.paddedSize)
                    .arg(metainfo.pieceLength)
                    .arg(expected);
        return false;
    }
    metainfo.pieceCount = expected;
    return true;
}

// BEP 52 "piece layers": for every file larger than a piece, the SHA-256 of each of its pieces.
// libtorrent refuses a torrent whose layers are missing; an inspector only needs the trackers,
// so a missing layer is a warning here, and a layer of the wrong size an error.
bool MetainfoParser::checkPieceLayers(const BencodeValue &root, Metainfo &metainfo, QString &error)
{
    if (metainfo.version == MetainfoVersion::V1)
        return true;
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
            error = tr("the piece layer of \"%1\" takes %2 bytes instead of %3")
                        .arg(file.displayPath())
                        .arg(layer.value())
                        .arg(expected);
            return false;
        }
    }
    if (missing > 0) {
        metainfo.warnings.append(tr("the v2 piece layers of %1 files are missing: the data of "
                                    "those files cannot be verified")
                                     .arg(missing));
    }
    return true;
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
