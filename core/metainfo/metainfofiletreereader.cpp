#include "metainfo/metainfofiletreereader.h"

#include "bencode/bencodevalue.h"
#include "metainfo/metainfofilelistreader.h"
#include "metainfo/metainfopathchecker.h"

namespace {
Error malformed(const QString &message)
{
    return Error(Error::Kind::Malformed, message);
}
} // namespace

MetainfoFileTreeReader::MetainfoFileTreeReader(qint64 pieceLength, MetainfoPathChecker &paths)
    : m_pieceLength(pieceLength)
    , m_paths(paths)
{}

Expected<MetainfoFileListing> MetainfoFileTreeReader::read(const BencodeValue &fileTree,
                                                           const QString &name, qint64 pieceLength,
                                                           MetainfoPathChecker &paths)
{
    if (!fileTree.isDictionary())
        return malformed(tr("the file tree is not a dictionary"));
    if (fileTree.contains(""))
        return malformed(tr("the file tree has a file without a name at its top"));
    MetainfoFileTreeReader reader(pieceLength, paths);
    if (const Expected<void> read = reader.readDirectory(fileTree); !read)
        return read.error();
    MetainfoFileListing &listing = reader.m_listing;
    if (listing.files.isEmpty())
        return malformed(tr("the file tree holds no files"));
    // BEP 52: a single file at the top of the tree, named like the torrent, is a single-file
    // torrent; anything else lives in a folder called name.
    listing.isMultiFile = !(listing.files.size() == 1 && listing.files.first().path.size() == 1 &&
                            listing.files.first().path.first() == name);
    return std::move(listing);
}

Expected<void> MetainfoFileTreeReader::readDirectory(const BencodeValue &directory)
{
    for (BencodeValue key = directory.firstChild(); key.isValid();) {
        const BencodeValue entry = key.nextSibling();
        m_path.append(m_paths.decodeElement(key.stringView()));
        if (const Expected<void> safe = MetainfoPathChecker::checkElement(key.stringView()); !safe)
            m_paths.recordPathProblem(currentLabel(), safe.error());
        if (const Expected<void> read = readEntry(entry); !read)
            return read;
        m_path.removeLast();
        key = entry.nextSibling();
    }
    return {};
}

// The value under one name of the tree: a file (a dictionary holding only the empty key) or a
// folder.
Expected<void> MetainfoFileTreeReader::readEntry(const BencodeValue &entry)
{
    if (!entry.isDictionary())
        return malformed(tr("the file tree entry %1 is not a dictionary").arg(currentLabel()));
    const BencodeValue fileEntry = entry.value("");
    if (!fileEntry.isValid()) {
        if (entry.size() == 0)
            return malformed(tr("the folder %1 in the file tree is empty").arg(currentLabel()));
        return readDirectory(entry);
    }
    if (entry.size() != 1)
        return malformed(tr("%1 is both a file and a folder in the file tree").arg(currentLabel()));
    return readFile(fileEntry);
}

Expected<void> MetainfoFileTreeReader::readFile(const BencodeValue &fileEntry)
{
    if (!fileEntry.isDictionary())
        return malformed(tr("the file entry of %1 is not a dictionary").arg(currentLabel()));
    if (m_listing.files.size() >= MetainfoFileListReader::kMaxFileCount) {
        return malformed(tr("the file tree holds more than %n files", nullptr,
                            MetainfoFileListReader::kMaxFileCount));
    }
    MetainfoFile file;
    file.path = m_path;
    MetainfoFileListReader::readAttributes(fileEntry, file);
    if (file.isPadFile)
        return malformed(
            tr("%1 is marked as a pad file, which a file tree may not hold").arg(currentLabel()));
    if (!file.isSymlink) {
        const Expected<qint64> size = readLength(fileEntry);
        if (!size)
            return size.error();
        file.size = *size;
    }
    const BencodeValue piecesRoot = fileEntry.value("pieces root");
    if (piecesRoot.isValid() &&
        (!piecesRoot.isString() || piecesRoot.stringView().size() != kPiecesRootSize))
        return malformed(tr("the pieces root of %1 is not 32 bytes long").arg(currentLabel()));
    if (file.size > 0 && !piecesRoot.isValid())
        return malformed(tr("%1 has no pieces root").arg(currentLabel()));
    file.piecesRoot = piecesRoot.toByteArray();
    if (file.size > 0)
        m_listing.pieceCount += (file.size + m_pieceLength - 1) / m_pieceLength;
    return MetainfoFileListReader::addFile(m_listing, std::move(file));
}

Expected<qint64> MetainfoFileTreeReader::readLength(const BencodeValue &fileEntry) const
{
    const BencodeValue length = fileEntry.value("length");
    if (!length.isInteger())
        return malformed(tr("%1 has no length in the file tree").arg(currentLabel()));
    const qint64 size = length.toInteger();
    if (size < 0)
        return malformed(tr("the length of %1 is negative (%2)").arg(currentLabel()).arg(size));
    if (size > MetainfoFileListReader::kMaxFileSize)
        return malformed(
            tr("the length of %1 is too large (%2 bytes)").arg(currentLabel()).arg(size));
    return size;
}

QString MetainfoFileTreeReader::currentLabel() const
{
    return u'"' + m_path.join(u'/') + u'"';
}
