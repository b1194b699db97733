#include "metainfo/metainfofilelistreader.h"

#include "bencode/bencodevalue.h"
#include "metainfo/metainfopathchecker.h"

namespace {
bool isPadPath(const QStringList &path)
{
    return (path.size() > 1 && path.first() == u".pad") ||
           (!path.isEmpty() && path.last().startsWith(u"_____padding_file_"));
}

QString listedFileLabel(int number)
{
    return MetainfoFileListReader::tr("file %1 of the file list").arg(number);
}

Error malformed(const QString &message)
{
    return Error(Error::Kind::Malformed, message);
}
} // namespace

Expected<MetainfoFileListing> MetainfoFileListReader::read(const BencodeValue &info,
                                                           const QString &name,
                                                           MetainfoPathChecker &paths)
{
    const BencodeValue files = info.value("files");
    if (!files.isValid())
        return readSingleFile(info, name);
    if (!files.isList())
        return malformed(tr("the file list (\"files\") is not a list"));
    if (files.size() == 0)
        return malformed(tr("the file list is empty"));
    if (files.size() > kMaxFileCount) {
        return malformed(
            tr("the torrent lists %1 files, more than the limit of %n", nullptr, kMaxFileCount)
                .arg(files.size()));
    }
    MetainfoFileListing listing;
    listing.isMultiFile = true;
    listing.files.reserve(files.size());
    int number = 0;
    for (BencodeValue entry = files.firstChild(); entry.isValid(); entry = entry.nextSibling()) {
        if (const Expected<void> read = readListedFile(entry, ++number, paths, listing); !read)
            return read.error();
    }
    return listing;
}

Expected<MetainfoFileListing> MetainfoFileListReader::readSingleFile(const BencodeValue &info,
                                                                     const QString &name)
{
    MetainfoFile file;
    file.path = QStringList{name};
    readAttributes(info, file);
    if (!info.contains("length"))
        return malformed(tr("the info dictionary has neither a file length nor a file list"));
    const Expected<qint64> size = readLength(info, 0);
    if (!size)
        return size.error();
    file.size = *size;
    MetainfoFileListing listing;
    if (const Expected<void> added = addFile(listing, std::move(file)); !added)
        return added.error();
    return listing;
}

Expected<void> MetainfoFileListReader::readListedFile(const BencodeValue &entry, int number,
                                                      MetainfoPathChecker &paths,
                                                      MetainfoFileListing &listing)
{
    if (!entry.isDictionary())
        return malformed(tr("%1 is not a dictionary").arg(listedFileLabel(number)));
    MetainfoFile file;
    readAttributes(entry, file);
    // BEP 47: a symlink holds no data, so it may come without a length (libtorrent loads it).
    if (!file.isSymlink || entry.contains("length")) {
        const Expected<qint64> size = readLength(entry, number);
        if (!size)
            return size.error();
        file.size = *size;
    }
    if (const Expected<void> read = readPath(entry, number, paths, file); !read)
        return read;
    file.isPadFile = file.isPadFile || isPadPath(file.path);
    return addFile(listing, std::move(file));
}

Expected<void> MetainfoFileListReader::readPath(const BencodeValue &entry, int number,
                                                MetainfoPathChecker &paths, MetainfoFile &file)
{
    BencodeValue path = entry.value("path.utf-8");
    if (!path.isList() || path.size() == 0)
        path = entry.value("path");
    if (path.isValid() && !path.isList())
        return malformed(tr("the path of %1 is not a list").arg(listedFileLabel(number)));
    if (path.size() == 0) {
        if (!file.isPadFile)
            return malformed(tr("%1 has no path").arg(listedFileLabel(number)));
        file.path = QStringList{QStringLiteral(".pad"), QString::number(file.size)};
        return {};
    }
    file.path.reserve(path.size());
    for (BencodeValue element = path.firstChild(); element.isValid();
         element = element.nextSibling()) {
        if (!element.isString()) {
            return malformed(
                tr("the path of %1 holds something other than text").arg(listedFileLabel(number)));
        }
        file.path.append(paths.decodeElement(element.stringView()));
        if (const Expected<void> safe = MetainfoPathChecker::checkElement(element.stringView());
            !safe)
            paths.recordPathProblem(listedFileLabel(number), safe.error());
    }
    return {};
}

Expected<qint64> MetainfoFileListReader::readLength(const BencodeValue &entry, int number)
{
    const BencodeValue length = entry.value("length");
    const auto fileLabel = [number] {
        return number > 0 ? listedFileLabel(number) : tr("the file");
    };
    if (!length.isValid())
        return malformed(tr("%1 has no length").arg(fileLabel()));
    if (!length.isInteger())
        return malformed(tr("the length of %1 is not a number").arg(fileLabel()));
    const qint64 size = length.toInteger();
    if (size < 0)
        return malformed(tr("the length of %1 is negative (%2)").arg(fileLabel()).arg(size));
    if (size > kMaxFileSize)
        return malformed(tr("the length of %1 is too large (%2 bytes)").arg(fileLabel()).arg(size));
    return size;
}

void MetainfoFileListReader::readAttributes(const BencodeValue &fileEntry, MetainfoFile &file)
{
    const QByteArrayView attributes = fileEntry.value("attr").stringView();
    file.isPadFile = attributes.contains('p');
    file.isExecutable = attributes.contains('x');
    file.isHidden = attributes.contains('h');
    file.isSymlink = attributes.contains('l');
    if (!file.isSymlink)
        return;
    const BencodeValue target = fileEntry.value("symlink path");
    for (BencodeValue element = target.firstChild(); element.isValid();
         element = element.nextSibling())
        file.symlinkTarget.append(element.toUtf8String());
}

Expected<void> MetainfoFileListReader::addFile(MetainfoFileListing &listing, MetainfoFile file)
{
    if (file.isSymlink)
        file.size = 0; // a symlink takes no room in the torrent's data (BEP 47)
    // Cannot overflow: the sum so far and the new size are each at most kMaxFileSize = 2^52.
    listing.paddedSize += file.size;
    if (file.isPadFile) {
        ++listing.padFileCount;
    } else {
        listing.totalSize += file.size;
        ++listing.fileCount;
    }
    if (listing.paddedSize > kMaxFileSize)
        return malformed(tr("the files add up to more than %1 bytes").arg(kMaxFileSize));
    listing.files.append(std::move(file));
    return {};
}
