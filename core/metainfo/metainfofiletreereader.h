#pragma once

#include "common/expected.h"
#include "metainfo/metainfofilelisting.h"

#include <QCoreApplication>

class BencodeValue;
class MetainfoPathChecker;

// Reads a BEP 52 "file tree": nested dictionaries whose keys are path elements, each file a
// dictionary under the empty key with "length", "pieces root" and BEP 47 attributes. Files come
// out in the tree's order, which is the order the v1 part of a hybrid torrent must repeat.
class MetainfoFileTreeReader
{
    Q_DECLARE_TR_FUNCTIONS(MetainfoFileTreeReader)

public:
    static constexpr qsizetype kPiecesRootSize = 32;

    // Errors are Malformed.
    static Expected<MetainfoFileListing> read(const BencodeValue &fileTree, const QString &name,
                                              qint64 pieceLength, MetainfoPathChecker &paths);

private:
    MetainfoFileTreeReader(qint64 pieceLength, MetainfoPathChecker &paths);
    Expected<void> readDirectory(const BencodeValue &directory);
    Expected<void> readEntry(const BencodeValue &entry);
    Expected<void> readFile(const BencodeValue &fileEntry);
    Expected<qint64> readLength(const BencodeValue &fileEntry) const;
    QString currentLabel() const;

    qint64 m_pieceLength;
    MetainfoPathChecker &m_paths;
    QStringList m_path;
    MetainfoFileListing m_listing;
};
