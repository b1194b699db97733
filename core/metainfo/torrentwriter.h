#pragma once

#include "common/expected.h"
#include "metainfo/metainfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Writes a copy of a torrent with an edited tracker list. The tracker list lives outside the info
// dictionary, so the copy keeps the info hash: the original file is read again, its top-level
// dictionary rewritten with "announce" / "announce-list" replaced (or removed when the list is
// empty), and every other key and value — the info dictionary above all — copied byte for byte in
// its original order. A magnet link has no file: its copy is a magnet URI with the new trackers.
// Files are written atomically (QSaveFile), only to the path given.
class TorrentWriter
{
    Q_DECLARE_TR_FUNCTIONS(TorrentWriter)

public:
    // Above real torrents, the same ceiling as for reading (TorrentFileReader::kMaxFileSize).
    static constexpr qint64 kMaxFileSize = qint64(256) * 1024 * 1024;

    // Writes the copy and gives the bytes written: a .torrent re-read from metainfo.sourceName
    // (refused if it no longer has the info hash it was opened with), or, for a magnet link, the
    // magnet URI and a newline. Errors: FileAccess when a file cannot be read or written,
    // Malformed when the original changed or cannot be copied faithfully.
    static Expected<QByteArray> write(const Metainfo &metainfo,
                                      const QList<QList<TrackerUrl>> &tiers,
                                      const QString &targetPath);

    // The torrent's bytes with the tracker list replaced. One tracker is written as "announce"
    // alone; more also as "announce-list" (BEP 12), with "announce" its first URL.
    static Expected<QByteArray> replaceTrackers(const QByteArray &torrent,
                                                const QList<QList<TrackerUrl>> &tiers);

    // magnet:?xt=...&dn=...&xl=...&tr=... with the metainfo's hashes, name, size, web seeds and
    // peer addresses, and the given trackers in tier order (magnet links have no tiers).
    static QString magnetUri(const Metainfo &metainfo, const QList<QList<TrackerUrl>> &tiers);

private:
    static Expected<QByteArray> readTorrent(const Metainfo &metainfo);
    static Expected<QByteArray> saveFile(const QByteArray &data, const QString &targetPath);
};
