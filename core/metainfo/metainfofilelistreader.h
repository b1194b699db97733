#pragma once

#include "metainfo/metainfofilelisting.h"

#include <QCoreApplication>

class BencodeValue;
class MetainfoPathChecker;

// Reads the v1 file list of an info dictionary: "length" for a single file, or "files" (BEP 3),
// with "path.utf-8" preferred, BEP 47 attributes and pad files.
class MetainfoFileListReader
{
    Q_DECLARE_TR_FUNCTIONS(MetainfoFileListReader)

public:
    static constexpr int kMaxFileCount = 1'000'000;
    // Larger than any real file system allows; keeps every sum far from overflowing.
    static constexpr qint64 kMaxFileSize = qint64(1) << 52;

    static MetainfoFileListing read(const BencodeValue &info, const QString &name,
                                    MetainfoPathChecker &paths);
    // BEP 47 "attr": p pad file, x executable, h hidden, l symlink.
    static void readAttributes(const BencodeValue &fileEntry, MetainfoFile &file);
    // Adds a file to the listing's totals; false (and listing.error set) when the sizes overflow.
    static bool addFile(MetainfoFileListing &listing, MetainfoFile file);

private:
    static MetainfoFileListing readSingleFile(const BencodeValue &info, const QString &name);
    static bool readListedFile(const BencodeValue &entry, int number, MetainfoPathChecker &paths,
                               MetainfoFileListing &listing);
    static bool readPath(const BencodeValue &entry, int number, MetainfoPathChecker &paths,
                         MetainfoFile &file, QString &error);
    // number: the file's place in the list, counted from 1; 0 for a single-file torrent.
    static bool readLength(const BencodeValue &entry, int number, qint64 &size, QString &error);
};
