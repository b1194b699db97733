#include "metainfo/metainfofiletreereader.h"

#include "bencode/bencodevalue.h"
#include "metainfo/metainfofilelistreader.h"
#include "metainfo/metainfopathchecker.h"

MetainfoFileTreeReader::MetainfoFileTreeReader(qint64 pieceLength, MetainfoPathChecker &paths)
    : m_pieceLength(pieceLength)
    , m_paths(paths)
{}

MetainfoFileListing MetainfoFileTreeReader::read(const BencodeValue &fileTree, const QString &name,
                                                 qint64 pieceLength, MetainfoPathChecker &paths)
{
    MetainfoFileTreeReader reader(pieceLength, paths);
    MetainfoFileListing &listing = reader.m_listing;
    if (!fileTree.isDictionary()) {
        listing.error = tr("the file tree is not a dictionary");
        return listing;
    }
    if (fileTree.contains("")) {
        listing.error = tr("the file tree has a file without a name at its top");
        return listing;
    }
    if (!reader.readDirectory(fileTree))
        return listing;
    if (listing.files.isEmpty()) {
        listing.error = tr("the file tree holds no files");
        return listing;
    }
    // BEP 52: a single file at the top of the tree, named like the torrent, is a single-file
    // torrent; anything else lives in a folder called name.
    listing.isMultiFile = !(listing.files.size() == 1 && listing.files.first().path.size() == 1 &&
                            listing.files.first().path.first() == name);
    return listing;
}

bool MetainfoFileTreeReader::readDirectory(const BencodeValue &directory)
{
    QString problem;
    for (BencodeValue key = directory.firstChild(); key.isValid();) {
        const BencodeValue entry = key.nextSibling();
        m_path.append(m_paths.decodeElement(key.stringView(), &problem));
        if (!problem.isEmpty())
            m_paths.recordPathProblem(currentLabel(), problem);
        if (!entry.isDictionary())
            return fail(tr("the file tree entry %1 is not a dictionary").arg(currentLabel()));
        const BencodeValue fileEntry = entry.value("");
        if (fileEntry.isValid()) {
            if (entry.size() != 1)
                return fail(
                    tr("%1 is both a file and a folder in the file tree").arg(currentLabel()));
            if (!readFile(fileEntry))
                return false;
        } else if (entry.size() == 0) {
            return fail(tr("the folder %1 in the file tree is empty").arg(currentLabel()));
        } else if (!readDirectory(entry)) {
            return false;
        }
        m_path.removeLast();
        key = entry.nextSibling();
    }
    return true;
}

bool MetainfoFileTreeReader::readFile(const BencodeValue &fileEntry)
{
    if (!fileEntry.isDictionary())
        return fail(tr("the file entry of %1 is not a dictionary").arg(currentLabel()));
    if (m_listing.files.size() >= MetainfoFileListReader::kMaxFileCount) {
        return fail(tr("the file tree holds more than %1 files")
                        .arg(MetainfoFileListReader::kMaxFileCount));
    }
    MetainfoFile file;
    file.path = m_path;
    MetainfoFileListReader::readAttributes(fileEntry, file);
    if (file.isPadFile)
        return fail(
            tr("%1 is marked as a pad file, which a file tree may not hold").arg(currentLabel()));
    const BencodeValue length = fileEntry.value("length");
    if (!file.isSymlink) {
        if (!length.isInteger())
            return fail(tr("%1 has no length in the file tree").arg(currentLabel()));
        file.size = length.toInteger();
        if (file.size < 0)
            return fail(tr("the length of %1 is negative (%2)").arg(currentLabel()).arg(file.size));
        if (file.size > MetainfoFileListReader::kMaxFileSize)
            return fail(
                tr("the length of %1 is too large (%2 bytes)").arg(currentLabel()).arg(file.size));
    }
    const BencodeValue piecesRoot = fileEntry.value("pieces root");
    if (piecesRoot.isValid() &&
        (!piecesRoot.isString() || piecesRoot.stringView().size() != kPiecesRootSize))
        return fail(tr("the pieces root of %1 is not 32 bytes long").arg(currentLabel()));
    if (file.size > 0 && !piecesRoot.isValid())
        return fail(tr("%1 has no pieces root").arg(currentLabel()));
    file.piecesRoot = piecesRoot.toByteArray();
    if (file.size > 0)
        m_listing.pieceCount += (file.size + m_pieceLength - 1) / m_pieceLength;
    if (!MetainfoFileListReader::addFile(m_listing, std::move(file)))
        return false;
    return true;
}

bool MetainfoFileTreeReader::fail(const QString &message)
{
    m_listing.error = message;
    return false;
}

QString MetainfoFileTreeReader::currentLabel() const
{
    return u'"' + m_path.join(u'/') + u'"';
}
