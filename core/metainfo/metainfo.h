#pragma once

#include "metainfo/trackerurl.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One file of a torrent. Pad files (BEP 47 attr "p", or the .pad/ convention) are kept, marked,
// and left out of file counts.
struct MetainfoFile
{
    // Path elements as they should be shown (UTF-8 decoded), below the torrent's directory when
    // the torrent has one (isMultiFile); a single-file torrent's only file is {name}.
    QStringList path;
    qint64 size = 0;
    bool isPadFile = false;
    bool isExecutable = false;
    bool isHidden = false;
    bool isSymlink = false;
    QByteArray piecesRoot;     // v2: 32 bytes, empty for files of at most one block or v1-only
    QStringList symlinkTarget; // BEP 47 "symlink path", when isSymlink
    QString displayPath() const { return path.join(u'/'); }
};

// A tracker in the torrent's tier list, with its position.
struct MetainfoTracker
{
    TrackerUrl url;
    int tier = 0;
};

enum class MetainfoVersion { V1, V2, Hybrid, MagnetOnly };

// Everything Tracker Inspector reads from a .torrent file or a magnet link. Unknown counts and
// sizes are -1 (a magnet has no info dictionary, so no size, files or pieces).
struct Metainfo
{
    QString sourceName; // file path or "magnet link" — for messages
    MetainfoVersion version = MetainfoVersion::V1;
    QByteArray infoHashV1; // 20 bytes (SHA-1), empty when none
    QByteArray infoHashV2; // 32 bytes (SHA-256), empty when none
    QString name;
    QList<MetainfoFile> files;
    int fileCount = -1; // pad files excluded
    int padFileCount = 0;
    qint64 totalSize = -1; // pad files excluded
    qint64 pieceLength = -1;
    qint64 pieceCount = -1;
    bool isPrivate = false;
    QString source;         // info["source"]
    QDateTime creationDate; // invalid when absent
    QString createdBy;
    QString comment;
    QStringList urlList;                   // BEP 19 web seeds
    QList<QList<TrackerUrl>> trackerTiers; // BEP 12, cleaned: no empty tiers, no duplicates
    QStringList peerAddresses;             // magnet x.pe
    qint64 infoSize = -1;                  // bytes of the info dictionary
    qint64 paddedSize = -1;                // totalSize plus pad files: what the v1 pieces cover
    bool isMultiFile = false; // files live in a directory called name (paths are below it)
    // A list of trackers checked with an info hash of its own, not a torrent (TrackerListDocument).
    bool isTrackerList = false;
    QStringList warnings; // sentences: the file loads, but the user should know

    bool hasV1() const { return !infoHashV1.isEmpty(); }
    bool hasV2() const { return !infoHashV2.isEmpty(); }
    // The 20-byte hash a tracker gets for v2 (BEP 52): SHA-256 truncated.
    QByteArray trackerHashV2() const { return infoHashV2.left(20); }
    QList<MetainfoTracker> trackers() const; // flattened, in tier order
    int trackerCount() const;
};
