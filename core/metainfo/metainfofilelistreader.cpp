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
} // namespace

MetainfoFileListing MetainfoFileListReader::read(const BencodeValue &info, const QString &name,
                                                 MetainfoPathChecker &paths)
{
    const BencodeValue files = info.value("files");
    if (!files.isValid())
        return readSingleFile(info, name);
    MetainfoFileListing listing;
    listing.isMultiFile = true;
    if (!files.isList()) {
        listing.error = tr("the file list (\"files\") is not a list");
        return listing;
    }
    if (files.size() == 0) {
        listing.error = tr("the file list is empty");
        return listing;
    }
    if (files.size() > kMaxFileCount) {
        listing.error = tr("the torrent lists %1 files, more than the limit of %2")
                            .arg(files.size())
                            .arg(kMaxFileCount);
        return listing;
    }
    listing.files.reserve(files.size());
    int number = 0;
    for (BencodeValue entry = files.firstChild(); entry.isValid(); entry = entry.nextSibling()) {
        if (!readListedFile(entry, ++number, paths, listing))
            return listing;
    }
    return listing;
}

MetainfoFileListing MetainfoFileListReader::readSingleFile(const BencodeValue &info,
                                                           const QString &name)
{
    MetainfoFileListing listing;
    MetainfoFile file;
    file.path = QStringList{name};
    readAttributes(info, file);
    if (!info.contains("length")) {
        listing.error = tr("the info dictionary has neither a file length nor a file list");
        return listing;
    }
    if (!readLength(info, 0, file.size, listing.error))
        return listing;
    addFile(listing, std::move(file));
    return listing;
}

bool MetainfoFileListReader::readListedFile(const BencodeValue &entry, int number,
                                            MetainfoPathChecker &paths,
                                            MetainfoFileListing &listing)
{
    if (!entry.isDictionary()) {
        listing.error = tr("%1 is not a dictionary").arg(listedFileLabel(number));
        return false;
    }
    MetainfoFile file;
    readAttributes(entry, file);
    if (!readLength(entry, number, file.size, listing.error))
        return false;
    if (!readPath(entry, number, paths, file, listing.error))
        return false;
    file.isPadFile = file.isPadFile || isPadPath(file.path);
    return addFile(listing, std::move(file));
}

bool MetainfoFileListReader::readPath(const BencodeValue &entry, int number,
                                      MetainfoPathChecker &paths, MetainfoFile &file,
                                      QString &error)
{
    BencodeValue path = entry.value("path.utf-8");
    if (!path.isList() || path.size() == 0)
        path = entry.value("path");
    if (path.isValid() && !path.isList()) {
        error = tr("the path of %1 is not a list").arg(listedFileLabel(number));
        return false;
    }
    if (path.size() == 0) {
        if (file.isPadFile) {
            file.path = QStringList{QStringLiteral(".pad"), QString::number(file.size)};
            return true;
        }
        error = tr("%1 has no path").arg(listedFileLabel(number));
        return false;
    }
    file.path.reserve(path.size());
    QString problem;
    for (BencodeValue element = path.firstChild(); element.isValid();
         element = element.nextSibling()) {
        if (!element.isString()) {
            error =
                tr("the path of %1 holds something other than text").arg(listedFileLabel(number));
            return false;
        }
        file.path.append(paths.decodeElement(element.stringView(), &problem));
        if (!problem.isEmpty())
            paths.recordPathProblem(listedFileLabel(number), problem);
    }
    return true;
}

bool MetainfoFileListReader::readLength(const BencodeValue &entry, int number, qint64 &size,
                                        QString &error)
{
    const BencodeValue length = entry.value("length");
    const auto fileLabel = [number] {
        return number > 0 ? listedFileLabel(number) : tr("the file");
    };
    if (!length.isValid()) {
        error = tr("%1 has no length").arg(fileLabel());
        return false;
    }
    if (!length.isInteger()) {
        error = tr("the length of %1 is not a number").arg(fileLabel());
        return false;
    }
    size = length.toInteger();
    if (size < 0) {
        error = tr("the length of %1 is negative (%2)").arg(fileLabel()).arg(size);
        return false;
    }
    if (size > kMaxFileSize) {
        error = tr("the length of %1 is too large (%2 bytes)").arg(fileLabel()).arg(size);
        return false;
    }
    return true;
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

bool MetainfoFileListReader::addFile(MetainfoFileListing &listing, MetainfoFile file)
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
    if (listing.paddedSize > kMaxFileSize) {
        listing.error = tr("the files add up to more than %1 bytes").arg(kMaxFileSize);
        return false;
    }
    listing.files.append(std::move(file));
    return true;
}
