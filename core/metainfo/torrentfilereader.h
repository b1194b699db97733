#pragma once

#include "common/expected.h"
#include "metainfo/infohasher.h"
#include "metainfo/metainfo.h"

#include <QCoreApplication>

// Reads a .torrent file from disk and parses it, blocking: TorrentLoader runs it on a worker
// thread, the `info` command directly. The file is mapped, not copied, and unmapped once parsed
// (nothing in the Metainfo points into it); files that cannot be mapped (pipes) are read.
class TorrentFileReader
{
    Q_DECLARE_TR_FUNCTIONS(TorrentFileReader)

public:
    // Far above real torrents (a few MB; 40 MB for a huge piece list), below the bencode limit.
    static constexpr qint64 kMaxFileSize = qint64(256) * 1024 * 1024;

    // progress (optional) hears how much of the info dictionary is hashed, from this thread;
    // returning false from it cancels the read (the result is then an Error, Cancelled). Files
    // that cannot be read are FileAccess errors, torrents that cannot be parsed Malformed.
    static Expected<Metainfo> read(const QString &path, qint64 maxFileSize = kMaxFileSize,
                                   const InfoHasher::Progress &progress = {});

private:
    static Expected<Metainfo> readUnchecked(const QString &path, qint64 maxFileSize);
};
