#pragma once

#include "common/expected.h"
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

    // Errors are Malformed.
    static Expected<MetainfoFileListing> read(const BencodeValue &info, const QString &name,
                                              MetainfoPathChecker &paths);
    // BEP 47 "attr": p pad file, x executable, h hidden, l symlink.
    static void readAttributes(const BencodeValue &fileEntry, MetainfoFile &file);
    // Adds a file to the listing's totals; an Error when the sizes would overflow.
    static Expected<void> addFile(MetainfoFileListing &listing, MetainfoFile file);

private:
    static Expected<MetainfoFileListing> readSingleFile(const BencodeValue &info,
                                                        const QString &name);
    static Expected<void> readListedFile(const BencodeValue &entry, int number,
                                         MetainfoPathChecker &paths, MetainfoFileListing &listing);
    static Expected<void> readPath(const BencodeValue &entry, int number,
                                   MetainfoPathChecker &paths, MetainfoFile &file);
    // number: the file's place in the list, counted from 1; 0 for a single-file torrent.
    static Expected<qint64> readLength(const BencodeValue &entry, int number);
};
